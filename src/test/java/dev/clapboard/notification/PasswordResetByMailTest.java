package dev.clapboard.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.support.TestSmtpServer;
import dev.clapboard.workspace.PasswordResetService;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Forgot password?" end to end through a real SMTP server (GreenMail): the same answer for any address, a mail
 * only for a real account, a link that sets a new password once and then shows why it no longer works.
 */
class PasswordResetByMailTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("http://\\S+/(reset-password/[A-Za-z0-9_-]{20,})");
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
    SecondWorkspace secondWorkspace;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purge();
    }

    @Test
    void a_member_resets_a_forgotten_password_through_the_mailed_link_once() throws Exception {
        var email = "forgetful@reset-studio.example";
        secondWorkspace.create("Reset Studio", email, Roles.CREATOR, "C");

        UI.getCurrent().navigate("login");
        var form = _get(LoginForm.class);
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));
        _assertOne(H1.class, spec -> spec.withText("Reset your password"));
        _setValue(_get(EmailField.class), "  Forgetful@Reset-Studio.example ");
        _click(_get(Button.class, spec -> spec.withText("Send reset link")));
        _assertOne(Paragraph.class, spec -> spec.withText(PasswordResetService.ANSWER));

        var mail = smtp.awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Reset your Clapboard password");
        var link = LINK.matcher(plainText(mail));
        assertThat(link.find()).as("reset link in the mail").isTrue();

        UI.getCurrent().navigate(link.group(1));
        _setValue(_get(PasswordField.class), "short");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        assertThat(_get(PasswordField.class).getErrorMessage()).contains("at least 12 characters");

        _setValue(_get(PasswordField.class), "a-remembered-password-9");
        _click(_get(Button.class, spec -> spec.withText("Set password")));
        _assertOne(H1.class, spec -> spec.withText("Password changed"));

        assertThat(signIn(email, "a-remembered-password-9").isAuthenticated()).isTrue();
        SignIn.out();
        assertThatThrownBy(() -> signIn(email, SecondWorkspace.PASSWORD)).isInstanceOf(BadCredentialsException.class);
        SignIn.out();

        UI.getCurrent().navigate(link.group(1));
        _assertOne(H1.class, spec -> spec.withText("This link can't be used"));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "This reset link was already used. Ask for a new one if you still need to reset your password."));
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() throws Exception {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class), "nobody@nowhere-studio.example");
        _click(_get(Button.class, spec -> spec.withText("Send reset link")));

        _assertOne(H1.class, spec -> spec.withText("Check your e-mail"));
        _assertOne(Paragraph.class, spec -> spec.withText(PasswordResetService.ANSWER));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> smtp.received().isEmpty());
    }

    @Test
    void something_that_is_not_an_address_is_refused_at_the_field() {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class), "not an address");
        _click(_get(Button.class, spec -> spec.withText("Send reset link")));

        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Enter your e-mail address, like name@example.com.");
    }

    @Test
    void a_made_up_link_shows_a_clear_page() {
        UI.getCurrent().navigate("reset-password/made-up-token-made-up-token");

        _assertOne(H1.class, spec -> spec.withText("This link can't be used"));
        _assertOne(Paragraph.class, spec -> spec.withText(
                "This reset link is not valid. Check that you copied the whole link, or ask for a new one."));
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

}
