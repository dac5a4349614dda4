package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.LoginThrottle;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SecondFactorRequiredException;
import dev.clapboard.security.ui.LoginView;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.TwoFactorCodes;
import dev.clapboard.workspace.TwoFactorService;
import dev.clapboard.workspace.TwoFactorSignIn;
import dev.clapboard.workspace.domain.AccountRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing in with two factors: the password alone signs nobody in, the code page finishes the sign-in, and
 * codes are spent once and throttled like passwords. Each test uses its own account (the throttle counts per
 * account, and the demo accounts are shared by the whole test run).
 */
class TwoFactorSignInTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    AccountRepository accounts;

    private long accountIdOf(Member member) {
        return accounts.findByEmail(member.email()).orElseThrow().getId();
    }

    private record Member(String email, String secret, List<String> recoveryCodes) {
    }

    /** A member of a new workspace who turned two-factor sign-in on (with the code of the current step). */
    private Member memberWithTwoFactor(String name) {
        var email = name.toLowerCase().replace(' ', '-') + "@two-factor.example";
        secondWorkspace.create(name, email, Roles.CREATOR, "C");
        signIn.as(email, SecondWorkspace.PASSWORD);
        var setup = twoFactor.start();
        var codes = twoFactor.turnOn(setup.secret(), TwoFactorCodes.now(setup.secret()));
        SignIn.out();
        return new Member(email, setup.secret(), codes);
    }

    /** The password step through the real authentication manager, leaving its outcome in this browser's session. */
    private void passwordStep(Member member) {
        var refusal = catchRefusal(member);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);
        UI.getCurrent().navigate("two-factor");
    }

    private SecondFactorRequiredException catchRefusal(Member member) {
        try {
            signIn.as(member.email(), SecondWorkspace.PASSWORD);
        } catch (SecondFactorRequiredException expected) {
            return expected;
        }
        throw new AssertionError("the password alone signed " + member.email() + " in");
    }

    /** Signs out of this browser session, as the menu's "Sign out" does. */
    private static void signOut() {
        SignIn.out();
        VaadinSession.getCurrent().getSession().removeAttribute("SPRING_SECURITY_CONTEXT");
    }

    private void enter(String code) {
        var view = _get(TwoFactorView.class);
        _setValue(view.code, code);
        _click(view.verify);
    }

    private static boolean signedInAs(String email) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ClapboardUser user && user.email().equals(email)
                && VaadinSession.getCurrent().getSession().getAttribute("SPRING_SECURITY_CONTEXT") != null;
    }

    @Test
    void the_right_password_alone_signs_a_two_factor_member_in_nowhere_and_leads_to_the_code_page() throws Exception {
        var member = memberWithTwoFactor("Password Only");
        var mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
        var browser = new MockHttpSession();

        var answer = mvc.perform(post("/login").param("username", member.email())
                .param("password", SecondWorkspace.PASSWORD).with(csrf()).session(browser)).andReturn().getResponse();

        assertThat(answer.getRedirectedUrl()).endsWith("/login?error");
        assertThat(browser.getAttribute("SPRING_SECURITY_CONTEXT")).as("nobody signed in").isNull();
        var pending = browser.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(pending).isInstanceOf(SecondFactorRequiredException.class);

        // the browser follows the redirect with that session
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, pending);
        openUrl("login?error");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TwoFactorView.class);

        // a visitor's answer: the login page, or "not found" for pages that are not for everyone signed in
        openUrl("campaigns");
        assertThat(UI.getCurrent().getCurrentView()).as("no view before the code")
                .isInstanceOfAny(LoginView.class, NotFoundView.class);
        openUrl("account");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void the_right_code_signs_the_member_in_with_a_new_session() {
        var member = memberWithTwoFactor("Right Code");
        passwordStep(member);
        var before = VaadinSession.getCurrent().getSession().getId();

        enter(TwoFactorCodes.next(member.secret()));

        assertThat(signedInAs(member.email())).isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getId()).as("session fixation").isNotEqualTo(before);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
    }

    @Test
    void a_wrong_code_is_refused_at_the_field_and_a_code_once_used_is_refused_the_next_time() {
        var member = memberWithTwoFactor("Replayed Code");
        passwordStep(member);

        enter(TwoFactorCodes.wrong(member.secret()));
        var view = _get(TwoFactorView.class);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo(TwoFactorSignIn.WRONG_CODE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        var code = TwoFactorCodes.next(member.secret());
        enter(code);
        assertThat(signedInAs(member.email())).isTrue();

        signOut();
        passwordStep(member);
        enter(code);
        assertThat(_get(TwoFactorView.class).code.getErrorMessage()).isEqualTo(TwoFactorSignIn.WRONG_CODE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_recovery_code_signs_in_once() {
        var member = memberWithTwoFactor("Recovery Code");
        assertThat(member.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        var recovery = member.recoveryCodes().get(3);
        passwordStep(member);

        enter(recovery.toUpperCase());
        assertThat(signedInAs(member.email())).isTrue();

        signOut();
        passwordStep(member);
        enter(recovery);
        assertThat(_get(TwoFactorView.class).code.getErrorMessage()).isEqualTo(TwoFactorSignIn.WRONG_CODE);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void wrong_codes_count_toward_sign_in_throttling() {
        var member = memberWithTwoFactor("Guessed Code");
        passwordStep(member);
        for (int i = 0; i < 5; i++) {
            enter(TwoFactorCodes.wrong(member.secret()));
            assertThat(_get(TwoFactorView.class).code.getErrorMessage()).isEqualTo(TwoFactorSignIn.WRONG_CODE);
        }

        enter(TwoFactorCodes.next(member.secret()));

        assertThat(_get(TwoFactorView.class).code.getErrorMessage())
                .startsWith("Too many sign-in attempts. Try again in ");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(context.getBean(LoginThrottle.class).waitBefore(member.email(), "192.0.2.1"))
                .as("the password form refuses the account too, from any address").isPresent();
    }

    @Test
    void without_a_password_step_the_code_page_asks_for_the_password_first() {
        openUrl("two-factor");

        _assertOne(Paragraph.class, spec -> spec.withText(TwoFactorView.NOTHING_PENDING));
        assertThat(_find(TextField.class)).as("no code field").isEmpty();
    }

    @Test
    void a_password_step_older_than_five_minutes_no_longer_counts() {
        var member = memberWithTwoFactor("Lapsed Step");
        var stale = new SecondFactorRequiredException(accountIdOf(member),
                member.email(), Instant.now().minus(SecondFactorRequiredException.VALID_FOR).minusSeconds(1));
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, stale);

        openUrl("two-factor");

        _assertOne(Paragraph.class, spec -> spec.withText(TwoFactorView.NOTHING_PENDING));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
