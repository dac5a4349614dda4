package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.clapboard.base.Money;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.QuotaService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

class MyAccountViewTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    QuotaService quotas;
    @Autowired
    CurrentUser currentUser;

    /** A fresh creator of their own workspace, so renaming and new passwords never touch the demo logins. */
    private String open(String name) {
        var email = "me@" + name.toLowerCase().replace(' ', '-') + ".example";
        secondWorkspace.create(name, email, Roles.CREATOR, "C");
        signIn(email, SecondWorkspace.PASSWORD);
        reload();
        UI.getCurrent().navigate("account");
        return email;
    }

    @Test
    void a_member_renames_themselves() {
        open("Account Alpha");
        var view = _get(MyAccountView.class);

        _setValue(view.name, "  Ada Quinn  ");
        _click(view.saveName);

        assertThat(view.nameStatus.getText()).isEqualTo("Name saved.");
        assertThat(currentUser.require().displayName()).isEqualTo("Ada Quinn");
    }

    @Test
    void a_member_finds_where_to_download_their_data() {
        open("Account Data");

        var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Download my data"));

        assertThat(link.getHref()).isEqualTo("account/data");
    }

    @Test
    void an_empty_or_huge_name_is_refused_at_the_field() {
        open("Account Beta");
        var view = _get(MyAccountView.class);

        _setValue(view.name, "x".repeat(121));
        _click(view.saveName);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).contains("1 to 120 characters");
        assertThat(currentUser.require().displayName()).isEqualTo("Member of Account Beta");
    }

    @Test
    void changing_the_password_needs_the_current_one_and_a_good_new_one() {
        var email = open("Account Gamma");
        var view = _get(MyAccountView.class);

        _setValue(view.currentPassword, "not-my-password");
        _setValue(view.newPassword, "a-brand-new-password-7");
        _click(view.changePassword);
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("That is not your current password.");

        _setValue(view.currentPassword, SecondWorkspace.PASSWORD);
        _setValue(view.newPassword, "short");
        _click(view.changePassword);
        assertThat(view.newPassword.getErrorMessage()).contains("at least 12 characters");

        _setValue(view.newPassword, "a-brand-new-password-7");
        _click(view.changePassword);
        assertThat(view.passwordStatus.getText()).isEqualTo("Password changed.");
        assertThat(signIn.as(email, "a-brand-new-password-7").isAuthenticated()).isTrue();
        org.junit.jupiter.api.Assertions.assertThrows(BadCredentialsException.class,
                () -> signIn.as(email, SecondWorkspace.PASSWORD));
    }

    @Test
    void a_member_sees_their_quota_use_as_progress_bars() {
        open("Account Delta");
        quotas.reserve(300, Money.of("5.00", Money.EUR));

        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("account");

        var bars = _find(ProgressBar.class);
        assertThat(bars).hasSize(4);
        assertThat(bars.getFirst().getValue()).isEqualTo(0.5);
        assertThat(bars.get(1).getValue()).isEqualTo(0.1);
        assertThat(bars.getFirst().getElement().getAttribute("aria-label")).isEqualTo("Your video: 300 of 600 s");
    }

    @Test
    void changing_the_password_ends_the_other_sessions_of_the_account_but_not_this_one() throws Exception {
        var email = open("Account Sessions");
        var member = SecurityContextHolder.getContext().getAuthentication();
        var thisBrowser = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        var phone = new MockHttpSession();
        assertThat(requestIn(thisBrowser, member)).isTrue();
        assertThat(requestIn(phone, member)).isTrue();

        var view = _get(MyAccountView.class);
        _setValue(view.currentPassword, SecondWorkspace.PASSWORD);
        _setValue(view.newPassword, "a-brand-new-password-8");
        _click(view.changePassword);

        assertThat(requestIn(phone, member)).as("the phone's session ended").isFalse();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(requestIn(thisBrowser, member)).as("the session that changed it stays").isTrue();
        assertThat(currentUser.require().email()).isEqualTo(email);
    }

    /** One request of a browser session through the filter that ends stale sessions; true if still signed in. */
    private boolean requestIn(HttpSession session, Authentication member) throws Exception {
        var previous = SecurityContextHolder.getContext();
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(member);
        SecurityContextHolder.setContext(signedIn);
        try {
            var request = new MockHttpServletRequest("POST", "/");
            request.setSession(session);
            context.getBean("activeMemberFilter", Filter.class)
                    .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            return SecurityContextHolder.getContext().getAuthentication() != null;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
