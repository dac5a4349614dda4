package dev.clapboard.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.Money;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.notification.OutboxService;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.NewInvite;
import dev.clapboard.workspace.QuotaService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** With no SMTP server (the demo), mail is logged and an admin reads it in the outbox. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    InviteService invites;
    @Autowired
    QuotaService quotas;
    @Autowired
    OutboxService outbox;
    @Autowired
    SecondWorkspace secondWorkspace;

    @Test
    void an_admin_reads_the_invite_mail_with_its_link_in_the_outbox() {
        var studio = secondWorkspace.create("Outbox Alpha", "admin@outbox-alpha.example", Roles.ADMIN, "C");
        signIn(studio.memberEmail(), SecondWorkspace.PASSWORD);
        invites.invite(new NewInvite("pat@newcomer.example", Roles.CREATOR));
        awaitMessages(1);

        reload();
        UI.getCurrent().navigate("outbox");
        var view = _get(OutboxView.class);

        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("pat@newcomer.example",
                "Member of Outbox Alpha invited you to Outbox Alpha on Clapboard", "Sent", "1");
        _clickItem(view.grid, 0);
        assertThat(view.body.getText()).contains("invited you to join Outbox Alpha on Clapboard as a creator",
                "http://localhost:8080/invite/");
    }

    @Test
    void a_member_who_spent_80_percent_of_their_quota_gets_a_mail() {
        var studio = secondWorkspace.create("Outbox Beta", "admin@outbox-beta.example", Roles.ADMIN, "C");
        signIn(studio.memberEmail(), SecondWorkspace.PASSWORD);

        quotas.reserve(500, Money.euros(1));

        awaitMessages(1);
        var mail = outbox.list(PageRequest.of(0, 10)).getContent().getFirst();
        assertThat(mail.kind()).isEqualTo("QUOTA_80");
        assertThat(mail.recipient()).isEqualTo("admin@outbox-beta.example");
        assertThat(outbox.find(mail.id()).orElseThrow().textBody()).contains("80 %", "500 of 600 seconds");
    }

    @Test
    void admins_see_only_their_own_workspaces_mail() {
        signIn(DemoLogins.ADMIN);
        invites.invite(new NewInvite("quinn@newcomer.example", Roles.CREATOR));
        awaitMessages(1);
        var invite = invites.list(PageRequest.of(0, 1)).getContent().getFirst();
        invites.revoke(invite.id());

        secondWorkspace.create("Outbox Gamma", "admin@outbox-gamma.example", Roles.ADMIN, "C");
        signIn("admin@outbox-gamma.example", SecondWorkspace.PASSWORD);

        assertThat(outbox.list(PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void a_manager_cannot_open_the_outbox_and_the_service_refuses_too() {
        signIn(DemoLogins.MANAGER);
        reload();

        openUrl("outbox");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        assertThatThrownBy(() -> outbox.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    private void awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> outbox.list(PageRequest.of(0, 50)).stream().filter(m -> m.sent()).count() >= count);
    }
}
