package dev.clapboard.workspace.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** Every seat of an account, oldest first, with the workspace name, for sign-in and switching. */
    @Query("""
            select new dev.clapboard.workspace.domain.SeatRow(w.id, w.name, m.role, m.enabled)
            from Membership m join Workspace w on w.id = m.workspaceId
            where m.accountId = :accountId order by m.joinedAt, m.id""")
    List<SeatRow> seatsOf(long accountId);

    String MEMBER_ROW = """
            select new dev.clapboard.workspace.domain.MemberRow(a.id, a.displayName, a.email, m.role, m.enabled,
                a.enabled, m.joinedAt, a.lastSignInAt, m.inviteQuota, m.monthlySeconds, m.monthlyEuros)
            from Membership m join Account a on a.id = m.accountId
            """;

    @Query(value = MEMBER_ROW + "where m.workspaceId = :workspaceId order by lower(a.displayName), a.id",
            countQuery = "select count(m) from Membership m where m.workspaceId = :workspaceId")
    Page<MemberRow> membersOf(long workspaceId, Pageable pageable);

    @Query(MEMBER_ROW + "where m.workspaceId = :workspaceId and a.id in :accountIds")
    List<MemberRow> membersOf(long workspaceId, Collection<Long> accountIds);

    @Query(MEMBER_ROW + "where m.workspaceId = :workspaceId and a.id = :accountId")
    Optional<MemberRow> memberOf(long workspaceId, long accountId);

    List<Membership> findByAccountIdOrderByJoinedAtAsc(long accountId);

    Optional<Membership> findByWorkspaceIdAndAccountId(long workspaceId, long accountId);

    long countByWorkspaceId(long workspaceId);

    /** 1 when the account may act in the workspace: its seat and the account itself are enabled. */
    @Query("""
            select count(m) from Membership m join Account a on a.id = m.accountId
            where m.workspaceId = :workspaceId and m.accountId = :accountId and m.enabled = true and a.enabled = true""")
    long countActive(long workspaceId, long accountId);

    long countByWorkspaceIdAndRoleAndEnabledTrue(long workspaceId, String role);
}
