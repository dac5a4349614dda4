package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.domain.InviteRepository;
import dev.clapboard.workspace.domain.InviteStatus;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's settings. Every value is checked before anything is saved. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorkspaceSettingsService {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;
    private final InviteRepository invites;
    private final CurrentUser currentUser;

    WorkspaceSettingsService(WorkspaceRepository workspaces, MembershipRepository memberships,
            InviteRepository invites, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.invites = invites;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public WorkspaceSettings current() {
        return settingsOf(workspace());
    }

    /** The USD→EUR rate for provider prices; any member's run needs it. */
    public BigDecimal usdToEur() {
        return workspace().getUsdToEur();
    }

    public ZoneId timeZone() {
        return ZoneId.of(workspace().getTimeZone());
    }

    /** @throws InputRefusedException naming the field at fault; nothing is saved then */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public WorkspaceSettings save(WorkspaceSettings settings) {
        var workspace = workspaces.lockById(currentUser.require().workspaceId()).orElseThrow();
        validate(settings, workspace.getId());
        workspace.setName(settings.name().strip());
        workspace.setLimits(settings.seatLimit(), settings.defaultInviteQuota(), settings.defaultMemberSeconds(),
                settings.defaultMemberEuros(), settings.monthlySeconds(), settings.monthlyEuros());
        workspace.setMoneySettings(settings.currency(), settings.usdToEur().setScale(6, RoundingMode.HALF_EVEN),
                settings.timeZone());
        return settingsOf(workspace);
    }

    private void validate(WorkspaceSettings s, long workspaceId) {
        Limits.requireName("name", s.name(), Workspace.NAME_MAX_LENGTH, "a workspace name");
        Limits.requireRange("seatLimit", s.seatLimit(), 1, Limits.MAX_SEATS, "a seat limit");
        long taken = memberships.countByWorkspaceId(workspaceId)
                + invites.countByWorkspaceIdAndStatus(workspaceId, InviteStatus.PENDING);
        if (s.seatLimit() < taken) {
            throw new InputRefusedException("seatLimit", "The workspace already uses " + taken
                    + " seats (members plus pending invites). Remove members or revoke invites first.");
        }
        Limits.requireRange("defaultInviteQuota", s.defaultInviteQuota(), 0, Limits.MAX_INVITE_QUOTA,
                "a default invite quota");
        Limits.requireRange("defaultMemberSeconds", s.defaultMemberSeconds(), 1, Limits.MAX_SECONDS,
                "the seconds of video per member and month");
        Limits.requireEuros("defaultMemberEuros", s.defaultMemberEuros(), "the spend per member and month");
        Limits.requireRange("monthlySeconds", s.monthlySeconds(), 1, Limits.MAX_SECONDS,
                "the seconds of video for the workspace per month");
        Limits.requireEuros("monthlyEuros", s.monthlyEuros(), "the workspace's spend per month");
        Limits.requireCurrency("currency", s.currency());
        Limits.requireRate("usdToEur", s.usdToEur());
        Limits.requireZone("timeZone", s.timeZone());
    }

    private Workspace workspace() {
        return workspaces.findById(currentUser.require().workspaceId()).orElseThrow();
    }

    static WorkspaceSettings settingsOf(Workspace w) {
        return new WorkspaceSettings(w.getName(), w.getSeatLimit(), w.getDefaultInviteQuota(),
                w.getDefaultMemberSeconds(), w.getDefaultMemberEuros(), w.getMonthlySeconds(), w.getMonthlyEuros(),
                w.getCurrency(), w.getUsdToEur(), w.getTimeZone());
    }
}
