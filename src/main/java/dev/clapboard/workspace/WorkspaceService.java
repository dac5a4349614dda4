package dev.clapboard.workspace;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.domain.MemberRow;
import dev.clapboard.workspace.domain.MembershipRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace and its members, always scoped to the signed-in member's workspace. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorkspaceService {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    WorkspaceService(MembershipRepository memberships, CurrentUser currentUser) {
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<Member> members(Pageable pageable) {
        return memberships.membersOf(currentUser.require().workspaceId(), pageable).map(WorkspaceService::toMember);
    }

    /** Members of the current workspace among {@code accountIds}, e.g. to show owners' names. */
    public Map<Long, Member> membersById(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return memberships.membersOf(currentUser.require().workspaceId(), accountIds).stream()
                .map(WorkspaceService::toMember).collect(Collectors.toMap(Member::accountId, Function.identity()));
    }

    private static Member toMember(MemberRow row) {
        return new Member(row.accountId(), row.displayName(), row.email(), row.role(), row.enabled(), row.joinedAt());
    }

    /** Everyone in the current workspace, by name, e.g. to pick whom a card is assigned to. */
    public List<Member> allMembers() {
        return memberships.membersOf(currentUser.require().workspaceId(), Pageable.unpaged())
                .map(WorkspaceService::toMember).getContent();
    }
}
