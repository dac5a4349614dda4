package dev.clapboard.notification;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.TestSmtpServer;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import dev.clapboard.workspace.WorkspaceService;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The invite e-mail end to end, through a real SMTP server (GreenMail): the admin invites, the message
 * arrives, the invitee follows its link, sets a password, and is a member with the invited role.
 */
class InviteByMailTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/(invite/[A-Za-z0-9_-]{20,})");
    private static final TestSmtpServer smtp = TestSmtpServer.started();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    CurrentUser currentUser;
    @Autowired
    WorkspaceService workspaceService;
    @Autowired
    OutboxService outboxService;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.start();
        smtp.purge();
    }

    @Test
    void an_invitee_follows_the_mailed_link_sets_a_password_and_signs_in_with_the_invited_role() throws Exception {
        invite("dana@newcomer.example", Roles.REVIEWER);

        var mail = smtp.awaitMailTo("dana@newcomer.example");
        assertThat(mail.getSubject()).isEqualTo("Alice Adams invited you to Northwind Media on Clapboard");
        var link = LINK.matcher(plainText(mail));
        assertThat(link.find()).as("accept link in the mail").isTrue();

        signOut();
        UI.getCurrent().navigate(link.group(1));
        _assertOne(H1.class, spec -> spec.withText("Join Northwind Media"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Dana Newcomer");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "a-long-new-password-42");
        _click(_get(Button.class, spec -> spec.withText("Join Northwind Media")));

        _assertOne(H1.class, spec -> spec.withText("Welcome to Northwind Media"));
        assertThat(currentUser.require().email()).isEqualTo("dana@newcomer.example");

        signOut();
        signIn("dana@newcomer.example", "a-long-new-password-42");
        assertThat(currentUser.require().workspaceName()).isEqualTo("Northwind Media");
        assertThat(currentUser.require().role()).isEqualTo(Roles.REVIEWER);

        var accepted = smtp.awaitMailTo(DemoLogins.ADMIN.email);
        assertThat(accepted.getSubject()).isEqualTo("Dana Newcomer joined Northwind Media");
    }

    @Test
    void the_same_link_used_twice_shows_a_clear_page_and_creates_nothing() throws Exception {
        invite("eli@newcomer.example", Roles.CREATOR);
        var link = LINK.matcher(plainText(smtp.awaitMailTo("eli@newcomer.example")));
        assertThat(link.find()).isTrue();
        signOut();
        UI.getCurrent().navigate(link.group(1));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Eli");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), "eli-password-2026!");
        _click(_get(Button.class, spec -> spec.withText("Join Northwind Media")));
        signOut();

        UI.getCurrent().navigate(link.group(1));

        _assertOne(Paragraph.class, spec -> spec.withText("This invite has already been used. Sign in instead."));
        signIn(DemoLogins.ADMIN);
        assertThat(workspaceService.members(PageRequest.of(0, 50)).getContent())
                .filteredOn(m -> m.email().equals("eli@newcomer.example")).hasSize(1);
    }

    @Test
    void a_failed_send_does_not_undo_the_invite_shows_in_the_outbox_and_is_retried() throws Exception {
        smtp.stop();
        invite("fay@newcomer.example", Roles.CREATOR);

        _assertOne(Paragraph.class, spec -> spec.withText("Invite sent to fay@newcomer.example."));
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> mailTo("fay@newcomer.example").status().equals("FAILED"));
        var failed = mailTo("fay@newcomer.example");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        outbox.retryDue(failed.createdAt().plus(Duration.ofHours(2)));

        assertThat(smtp.awaitMailTo("fay@newcomer.example").getSubject()).contains("invited you to Northwind Media");
        var sent = mailTo("fay@newcomer.example");
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void an_admin_sends_a_failed_message_again_from_the_outbox() throws Exception {
        smtp.stop();
        invite("gil@newcomer.example", Roles.CREATOR);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread()
                .until(() -> mailTo("gil@newcomer.example").status().equals("FAILED"));
        smtp.start();

        UI.getCurrent().navigate("outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        int row = IntStream.range(0, _size(grid)).filter(i -> _getFormattedRow(grid, i).contains("gil@newcomer.example"))
                .findFirst().orElseThrow();
        assertThat(String.join(" ", _getFormattedRow(grid, row))).contains("Failed:");
        _clickItem(grid, row);
        _click(_get(Button.class, spec -> spec.withText("Send now")));

        assertThat(smtp.awaitMailTo("gil@newcomer.example").getSubject()).contains("invited you to Northwind Media");
        assertThat(mailTo("gil@newcomer.example").status()).isEqualTo("SENT");
    }

    private void invite(String email, String role) {
        signIn(DemoLogins.ADMIN);
        reload();
        UI.getCurrent().navigate("invites");
        _setValue(_get(TextField.class, spec -> spec.withLabel("E-mail")), email);
        @SuppressWarnings("unchecked")
        Select<String> roles = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(roles, role);
        _click(_get(Button.class, spec -> spec.withText("Send invite")));
    }

    private OutboxEntry mailTo(String recipient) {
        return outboxService.list(PageRequest.of(0, 50)).stream().filter(m -> m.recipient().equals(recipient))
                .findFirst().orElseThrow();
    }



    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** Forgets whoever signed in, also the member the accept page put into the session. */
    private static void signOut() {
        VaadinSession.getCurrent().getSession()
                .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SignIn.out();
    }

}
