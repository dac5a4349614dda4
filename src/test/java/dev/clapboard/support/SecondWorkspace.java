package dev.clapboard.support;

import dev.clapboard.base.Money;
import dev.clapboard.campaign.domain.BoardLane;
import dev.clapboard.campaign.domain.BoardLaneRepository;
import dev.clapboard.campaign.domain.Campaign;
import dev.clapboard.campaign.domain.CampaignRepository;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.domain.Account;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.MembershipRepository;
import dev.clapboard.workspace.domain.Workspace;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.time.Instant;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds another team's workspace next to the demo one, for tests that two workspaces never mix. */
@Component
public class SecondWorkspace {

    public static final String PASSWORD = "contoso-secret-2026";

    private final WorkspaceRepository workspaces;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final CampaignRepository campaigns;
    private final BoardLaneRepository lanes;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    SecondWorkspace(WorkspaceRepository workspaces, AccountRepository accounts, MembershipRepository memberships,
            CampaignRepository campaigns, BoardLaneRepository lanes, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction) {
        this.lanes = lanes;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.memberships = memberships;
        this.campaigns = campaigns;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    public record Created(long workspaceId, long campaignId, String memberEmail, long memberAccountId) {
    }

    /** A workspace with one member of {@code role} and one campaign named {@code campaignName}. */
    public Created create(String workspaceName, String memberEmail, String role, String campaignName) {
        var ids = transaction.execute(status -> {
            var now = Instant.now();
            var workspace = workspaces.save(new Workspace(workspaceName, now));
            var account = accounts.findByEmail(Account.normalise(memberEmail)).orElseGet(() -> accounts.save(
                    new Account(memberEmail, "Member of " + workspaceName, passwordEncoder.encode(PASSWORD), now)));
            memberships.save(new Membership(workspace.getId(), account.getId(), role, now));
            return new long[] {workspace.getId(), account.getId()};
        });
        long campaignId = SystemActor.callInWorkspace(ids[0], () -> transaction.execute(status -> {
            var campaign = campaigns.save(new Campaign(campaignName, "Contoso", Money.euros(500), ids[1], Instant.now()));
            lanes.saveAll(BoardLane.standardLanes(campaign.getId()));
            return campaign.getId();
        }));
        return new Created(ids[0], campaignId, memberEmail, ids[1]);
    }

    /** Gives an existing account a seat in the workspace. */
    public void addMember(long workspaceId, String email, String role) {
        transaction.executeWithoutResult(status -> {
            var account = accounts.findByEmail(Account.normalise(email)).orElseThrow();
            memberships.save(new Membership(workspaceId, account.getId(), role, Instant.now()));
        });
    }

    /** Gives a seat in the workspace to the account of {@code email}, created with {@link #PASSWORD} if new. */
    public void addMemberAccount(long workspaceId, String email, String role) {
        transaction.executeWithoutResult(status -> {
            var account = accounts.findByEmail(Account.normalise(email)).orElseGet(() -> accounts.save(
                    new Account(email, "Member " + email, passwordEncoder.encode(PASSWORD), Instant.now())));
            memberships.save(new Membership(workspaceId, account.getId(), role, Instant.now()));
        });
    }
}
