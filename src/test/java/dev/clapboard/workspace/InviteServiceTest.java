package dev.clapboard.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.InviteRepository;
import dev.clapboard.workspace.domain.MembershipRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules of inviting, checked at the service: the boundary, whatever a view shows. */
@ClapboardTest
@RecordApplicationEvents
class InviteServiceTest {

    @Autowired
    InviteService invites;
    @Autowired
    SignIn signIn;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    InviteRepository inviteRows;
    @Autowired
    AccountRepository accounts;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;

    /** Tests share the demo workspace: leave no pending invite of ours behind, so seats stay as they were. */
    @AfterEach
    void revokePendingInvitesAndSignOut() {
        signIn.as(DemoLogins.ADMIN);
        invites.list(PageRequest.of(0, 500)).stream().filter(InviteSummary::pending).forEach(i -> invites.revoke(i.id()));
        SignIn.out();
    }

    @Test
    void a_manager_cannot_invite_an_admin_or_a_manager() {
        signIn.as(DemoLogins.MANAGER);
        long before = inviteRows.count();

        assertThatThrownBy(() -> invites.invite(new NewInvite("boss@newcomer.example", Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("creators and reviewers only");
        assertThatThrownBy(() -> invites.invite(new NewInvite("boss@newcomer.example", Roles.MANAGER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inviteRows.count()).isEqualTo(before);
    }

    @Test
    void creators_and_reviewers_cannot_invite_at_all() {
        for (var login : new DemoLogins[] {DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn.as(login);
            assertThatThrownBy(() -> invites.invite(new NewInvite("x@newcomer.example", Roles.REVIEWER)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> invites.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_admin_of_another_workspace_can_neither_see_nor_revoke_nor_resend_our_invites() {
        signIn.as(DemoLogins.ADMIN);
        invites.invite(new NewInvite("mo@newcomer.example", Roles.CREATOR));
        long ours = inviteRows.findFirstByWorkspaceIdAndEmailAndStatus(currentUser.require().workspaceId(),
                "mo@newcomer.example", dev.clapboard.workspace.domain.InviteStatus.PENDING).orElseThrow().getId();
        var contoso = secondWorkspace.create("Contoso Invites", "boss@contoso-invites.example", Roles.ADMIN, "X");

        signIn.as(contoso.memberEmail(), SecondWorkspace.PASSWORD);

        assertThat(invites.list(PageRequest.of(0, 50)).getContent()).isEmpty();
        assertThatThrownBy(() -> invites.revoke(ours)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invites.resend(ours)).isInstanceOf(IllegalArgumentException.class);
        assertThat(inviteRows.findById(ours).orElseThrow().getStatus())
                .isEqualTo(dev.clapboard.workspace.domain.InviteStatus.PENDING);
    }

    @Test
    void a_manager_cannot_revoke_an_invite_sent_by_someone_else() {
        signIn.as(DemoLogins.ADMIN);
        invites.invite(new NewInvite("nia@newcomer.example", Roles.CREATOR));
        var invite = invites.list(PageRequest.of(0, 1)).getContent().getFirst();

        signIn.as(DemoLogins.MANAGER);

        assertThatThrownBy(() -> invites.revoke(invite.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invites.invite(new NewInvite("nia@newcomer.example", Roles.CREATOR)))
                .isInstanceOf(InputRefusedException.class).hasMessageContaining("pending invite from someone else");
    }

    @Test
    void an_expired_link_shows_expired_and_accepting_it_creates_nothing() {
        var token = inviteAndCaptureToken("old@newcomer.example");
        transaction.executeWithoutResult(s -> inviteRows.findByTokenHash(InviteService.hash(token)).orElseThrow()
                .renew(InviteService.hash(token), Instant.now().minus(8, ChronoUnit.DAYS),
                        Instant.now().minus(1, ChronoUnit.DAYS)));
        SignIn.out();

        assertThat(invites.check(token).state()).isEqualTo(InviteLink.State.EXPIRED);
        assertThatThrownBy(() -> invites.accept(token, new AcceptInvite("Old", "a-long-new-password-42")))
                .isInstanceOf(InputRefusedException.class).hasMessage(InviteLink.State.EXPIRED.message());
        assertThat(accounts.findByEmail("old@newcomer.example")).isEmpty();
    }

    @Test
    void a_revoked_link_shows_revoked_and_accepting_it_creates_nothing() {
        var token = inviteAndCaptureToken("rev@newcomer.example");
        invites.revoke(invites.list(PageRequest.of(0, 1)).getContent().getFirst().id());
        SignIn.out();

        assertThat(invites.check(token).state()).isEqualTo(InviteLink.State.REVOKED);
        assertThatThrownBy(() -> invites.accept(token, new AcceptInvite("Rev", "a-long-new-password-42")))
                .isInstanceOf(InputRefusedException.class).hasMessage(InviteLink.State.REVOKED.message());
        assertThat(accounts.findByEmail("rev@newcomer.example")).isEmpty();
    }

    @Test
    void a_resent_invite_kills_the_old_link() {
        var first = inviteAndCaptureToken("res@newcomer.example");
        invites.resend(invites.list(PageRequest.of(0, 1)).getContent().getFirst().id());

        assertThat(invites.check(first).state()).isEqualTo(InviteLink.State.UNKNOWN);
        assertThat(invites.check("made-up-token-made-up-token").state()).isEqualTo(InviteLink.State.UNKNOWN);
    }

    @Test
    void a_weak_password_or_a_huge_name_is_refused_at_the_field_and_creates_nothing() {
        var token = inviteAndCaptureToken("weak@newcomer.example");
        SignIn.out();

        assertThatThrownBy(() -> invites.accept(token, new AcceptInvite("Weak", "password1234")))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> invites.accept(token, new AcceptInvite("W".repeat(500), "a-long-new-password-42")))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(accounts.findByEmail("weak@newcomer.example")).isEmpty();
        assertThat(invites.check(token).state()).isEqualTo(InviteLink.State.OPEN);
    }

    @Test
    void an_existing_account_joins_with_its_current_password_and_keeps_it() {
        var studio = secondWorkspace.create("Fabrikam Studio", "owner@fabrikam.example", Roles.ADMIN, "F1");
        var guest = secondWorkspace.create("Guest Agency", "guest@agency.example", Roles.CREATOR, "G1");
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        invites.invite(new NewInvite(guest.memberEmail(), Roles.REVIEWER));
        var token = events.stream(InviteSent.class).reduce((a, b) -> b).orElseThrow().acceptLink()
                .replaceAll(".*/invite/", "");
        SignIn.out();

        var link = invites.check(token);
        assertThat(link.existingAccount()).isTrue();
        assertThatThrownBy(() -> invites.accept(token, new AcceptInvite("", "not-my-password-at-all")))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(memberships.findByWorkspaceIdAndAccountId(studio.workspaceId(), guest.memberAccountId())).isEmpty();

        invites.accept(token, new AcceptInvite("", SecondWorkspace.PASSWORD));

        signIn.as(guest.memberEmail(), SecondWorkspace.PASSWORD);
        assertThat(currentUser.require().workspaceName()).isEqualTo("Fabrikam Studio");
        assertThat(currentUser.require().role()).isEqualTo(Roles.REVIEWER);
        assertThat(currentUser.require().seats()).hasSize(2);
    }

    private String inviteAndCaptureToken(String email) {
        signIn.as(DemoLogins.ADMIN);
        invites.invite(new NewInvite(email, Roles.CREATOR));
        var sent = events.stream(InviteSent.class).filter(e -> e.email().equals(email)).reduce((a, b) -> b)
                .orElseThrow();
        return sent.acceptLink().replaceAll(".*/invite/", "");
    }
}
