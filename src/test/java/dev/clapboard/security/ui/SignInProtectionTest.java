package dev.clapboard.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.MovableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in through the real filter chain (form post to /login): throttling per account and per address, the
 * session id changing at sign-in, and the security headers on the login page.
 */
@ClapboardTest
@Import(MovableClock.Config.class)
class SignInProtectionTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    MovableClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_sixth_attempt_after_five_wrong_passwords_is_refused_even_with_the_right_password() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(DemoLogins.REVIEWER.email, "wrong-password-" + i, "10.0.0.1").failure())
                    .isEqualTo(LoginView.WRONG_CREDENTIALS);
        }

        var sixth = signIn(DemoLogins.REVIEWER.email, DemoLogins.REVIEWER.password, "10.0.0.1");

        assertThat(sixth.signedIn()).isFalse();
        assertThat(sixth.failure()).isEqualTo("Too many sign-in attempts. Try again in 3 minutes.");
    }

    @Test
    void the_stated_wait_is_enough_and_the_right_password_works_after_it() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn(DemoLogins.CREATOR.email, "wrong-password-" + i, "10.0.0.2");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(DemoLogins.CREATOR.email, DemoLogins.CREATOR.password, "10.0.0.2").failure())
                .isEqualTo("Too many sign-in attempts. Try again in 2 minutes.");

        clock.advance(Duration.ofMinutes(2));

        assertThat(signIn(DemoLogins.CREATOR.email, DemoLogins.CREATOR.password, "10.0.0.2").signedIn()).isTrue();
    }

    @Test
    void an_address_that_guessed_at_many_accounts_is_refused_for_every_account() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("nobody-" + i + "@guess.example", "wrong-password", "10.0.0.3");
        }

        var manager = signIn(DemoLogins.MANAGER.email, DemoLogins.MANAGER.password, "10.0.0.3");
        assertThat(manager.signedIn()).isFalse();
        assertThat(manager.failure()).startsWith("Too many sign-in attempts. Try again in 1 minute");

        assertThat(signIn(DemoLogins.MANAGER.email, DemoLogins.MANAGER.password, "10.0.0.4").signedIn())
                .as("the same account from another address").isTrue();
    }

    @Test
    void a_right_password_from_a_guessing_address_does_not_clear_it_for_other_accounts() throws Exception {
        for (int i = 0; i < 19; i++) {
            signIn("someone-" + i + "@guess.example", "wrong-password", "10.0.0.5");
        }
        assertThat(signIn(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, "10.0.0.5").signedIn()).isTrue();
        signIn("someone-19@guess.example", "wrong-password", "10.0.0.5");

        assertThat(signIn("someone-20@guess.example", "wrong-password", "10.0.0.5").failure())
                .startsWith("Too many sign-in attempts.");
    }

    @Test
    void signing_in_gives_the_session_a_new_id() throws Exception {
        var session = new MockHttpSession();
        var before = session.getId();

        var result = mvc.perform(loginPost(DemoLogins.ADMIN.email, DemoLogins.ADMIN.password, "10.0.0.6")
                .session(session).with(request -> {
                    // as if the browser sent the session cookie of the page it signs in from
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                })).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed in").isNotNull();
        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void the_answer_to_a_sign_in_is_sent_with_the_security_headers() throws Exception {
        // MockMvc has no Vaadin servlet to render the page itself; SmokeIT checks the page in a real browser.
        var response = mvc.perform(loginPost(DemoLogins.ADMIN.email, "wrong-password", "10.0.0.7")).andReturn()
                .getResponse();

        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'").contains("default-src 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS outside prod").isNull();
    }

    private Attempt signIn(String email, String password, String address) throws Exception {
        var session = new MockHttpSession();
        MvcResult result = mvc.perform(loginPost(email, password, address).session(session)).andReturn();
        var url = result.getResponse().getRedirectedUrl();
        boolean failed = url != null && url.contains("login?error");
        assertThat(failed).isEqualTo(session.getAttribute("SPRING_SECURITY_CONTEXT") == null);
        return new Attempt(!failed, failed ? LoginView.messageFor(
                session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)) : null);
    }

    /** What the login form posts. */
    private static MockHttpServletRequestBuilder loginPost(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        });
    }

    private record Attempt(boolean signedIn, @org.jspecify.annotations.Nullable String failure) {
    }
}
