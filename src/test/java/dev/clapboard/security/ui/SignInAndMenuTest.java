package dev.clapboard.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.base.ui.MainLayout;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.workspace.domain.AccountRepository;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.transaction.support.TransactionTemplate;

class SignInAndMenuTest extends KaribuTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "ADMIN;    Campaigns,Prompts,My reviews,Generations,Reports,People,Moderation,Invites,Members,Audit trail,API tokens,Webhooks,Workspace settings,Providers,Outbox,My account",
            "MANAGER;  Campaigns,Prompts,My reviews,Generations,Reports,People,Moderation,Invites,My account",
            "CREATOR;  Campaigns,Prompts,Generations,People,My account",
            "REVIEWER; Campaigns,Prompts,My reviews,Generations,People,My account"})
    void each_role_sees_exactly_the_menu_it_may_open(DemoLogins login, String expectedMenu) {
        signIn(login);
        reload();
        UI.getCurrent().navigate("");

        _assertOne(MainLayout.class);
        var labels = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).isEqualTo(List.of(expectedMenu.split(",")));
    }

    @Test
    void a_reviewer_who_types_the_members_address_is_refused() {
        signIn(DemoLogins.REVIEWER);
        reload();

        openUrl("members");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("members");
        _assertNone(com.vaadin.flow.component.grid.Grid.class);
    }

    @Test
    void an_admin_opens_the_members_view() {
        signIn(DemoLogins.ADMIN);
        reload();

        UI.getCurrent().navigate("members");

        _assertNone(NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.grid.Grid.class).getGenericDataView().getItems().count())
                .isEqualTo(4);
    }

    @Test
    void a_visitor_who_is_not_signed_in_gets_the_login_page() {
        UI.getCurrent().navigate("members");

        _assertOne(LoginView.class);
        _assertNone(MainLayout.class);
    }

    @Test
    void a_wrong_password_shows_an_error_and_leaves_no_session() {
        assertThatThrownBy(() -> signIn(DemoLogins.ADMIN.email, "not-the-password"))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        var view = _get(LoginView.class);
        assertThat(view.form.isError()).isTrue();
        assertThat(view.errorMessage()).isEqualTo(LoginView.WRONG_CREDENTIALS);

        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
    }

    @Test
    void a_disabled_account_is_told_so_on_the_login_page() {
        transaction.executeWithoutResult(s -> accounts.findByEmail(DemoLogins.CREATOR.email).orElseThrow()
                .setEnabled(false));
        try {
            var refusal = org.junit.jupiter.api.Assertions.assertThrows(DisabledException.class,
                    () -> signIn(DemoLogins.CREATOR));
            // What Spring Security's failure handler does before redirecting to login?error
            VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, refusal);

            UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

            assertThat(_get(LoginView.class).errorMessage()).isEqualTo(LoginView.DISABLED);
        } finally {
            transaction.executeWithoutResult(s -> accounts.findByEmail(DemoLogins.CREATOR.email).orElseThrow()
                    .setEnabled(true));
        }
    }

    @Test
    void an_unknown_address_shows_a_friendly_not_found_page() {
        signIn(DemoLogins.MANAGER);
        reload();

        openUrl("no/such/page");

        _assertOne(NotFoundView.class);
    }
}
