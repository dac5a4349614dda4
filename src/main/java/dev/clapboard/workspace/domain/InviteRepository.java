package dev.clapboard.workspace.domain;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InviteRepository extends JpaRepository<Invite, Long> {

    Optional<Invite> findByTokenHash(String tokenHash);

    Optional<Invite> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Invite> findFirstByWorkspaceIdAndEmailAndStatus(long workspaceId, String email, InviteStatus status);

    long countByWorkspaceIdAndStatus(long workspaceId, InviteStatus status);

    long countByWorkspaceIdAndInvitedByAccountIdAndStatusIn(long workspaceId, long invitedByAccountId,
            Collection<InviteStatus> statuses);

    /** Invites counted per inviter among {@code inviterIds}: [inviter id, count] pairs, for one page of members. */
    @Query("""
            select i.invitedByAccountId, count(i) from Invite i
            where i.workspaceId = :workspaceId and i.invitedByAccountId in :inviterIds and i.status in :statuses
            group by i.invitedByAccountId""")
    java.util.List<Object[]> countByInviters(long workspaceId, Collection<Long> inviterIds,
            Collection<InviteStatus> statuses);

    String INVITE_ROW = """
            select new dev.clapboard.workspace.domain.InviteRow(i.id, i.email, i.role, i.status, a.displayName,
                a.id, i.sentAt, i.expiresAt)
            from Invite i join Account a on a.id = i.invitedByAccountId
            """;

    @Query(value = INVITE_ROW + "where i.workspaceId = :workspaceId order by i.createdAt desc, i.id desc",
            countQuery = "select count(i) from Invite i where i.workspaceId = :workspaceId")
    Page<InviteRow> invitesOf(long workspaceId, Pageable pageable);

    @Query(value = INVITE_ROW + """
            where i.workspaceId = :workspaceId and i.invitedByAccountId = :inviterId
            order by i.createdAt desc, i.id desc""",
            countQuery = """
            select count(i) from Invite i where i.workspaceId = :workspaceId and i.invitedByAccountId = :inviterId""")
    Page<InviteRow> invitesBy(long workspaceId, long inviterId, Pageable pageable);
}
