package dev.clapboard.workspace.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** Every seat of an account, oldest first, with the workspace name, for sign-in and switching. */
    @Query("""
            select new dev.clapboard.workspace.domain.SeatRow(w.id, w.name, m.role)
            from Membership m join Workspace w on w.id = m.workspaceId
            where m.accountId = :accountId order by m.joinedAt, m.id""")
    List<SeatRow> seatsOf(long accountId);

    @Query(value = """
            select new dev.clapboard.workspace.domain.MemberRow(a.id, a.displayName, a.email, m.role, a.enabled, m.joinedAt)
            from Membership m join Account a on a.id = m.accountId
            where m.workspaceId = :workspaceId order by lower(a.displayName), a.id""",
            countQuery = "select count(m) from Membership m where m.workspaceId = :workspaceId")
    Page<MemberRow> membersOf(long workspaceId, Pageable pageable);

    @Query("""
            select new dev.clapboard.workspace.domain.MemberRow(a.id, a.displayName, a.email, m.role, a.enabled, m.joinedAt)
            from Membership m join Account a on a.id = m.accountId
            where m.workspaceId = :workspaceId and a.id in :accountIds""")
    List<MemberRow> membersOf(long workspaceId, Collection<Long> accountIds);
}
