package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.TwoFactorCodes;
import dev.clapboard.workspace.TwoFactorService;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Turning two-factor sign-in on and off on My account, and the workspace rule that admins must use it. */
class TwoFactorSetupTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    WorkspaceRepository workspaces;
    @Autowired
    TransactionTemplate transaction;

    private void open(String name, String role) {
        var email = "me@" + name.toLowerCase().replace(' ', '-') + ".example";
        secondWorkspace.create(name, email, role, "C");
        signIn(email, SecondWorkspace.PASSWORD);
        reload();
        UI.getCurrent().navigate("account");
    }

    private TwoFactorSection section() {
        return _get(MyAccountView.class).twoFactor;
    }

    /** Starts the setup and returns the key the page shows. */
    private String startSetup() {
        _click(section().turnOn);
        return Objects.requireNonNull(section().setup).secret();
    }

    @Test
    void turning_on_shows_a_qr_code_and_the_key_and_a_wrong_code_is_refused_at_the_field() {
        open("Setup Wrong Code", Roles.CREATOR);

        var secret = startSetup();

        assertThat(_get(section(), Image.class).getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(_find(section(), Paragraph.class)).anyMatch(p -> p.getText().equals("Key: " + secret));
        assertThat(_get(section(), Pre.class).getText()).startsWith("otpauth://totp/Clapboard:")
                .contains("secret=" + secret);

        _setValue(section().code, TwoFactorCodes.wrong(secret));
        _click(section().confirm);

        assertThat(section().code.isInvalid()).isTrue();
        assertThat(section().code.getErrorMessage()).isEqualTo(TwoFactorService.WRONG_CODE);
        assertThat(twoFactor.status().on()).as("nothing turned on").isFalse();
        assertThat(twoFactor.status().recoveryCodesLeft()).isZero();
    }

    @Test
    void the_right_code_turns_it_on_and_shows_ten_recovery_codes_once() {
        open("Setup Right Code", Roles.REVIEWER);
        var secret = startSetup();

        _setValue(section().code, TwoFactorCodes.now(secret));
        _click(section().confirm);

        assertThat(_find(ListItem.class)).hasSize(10)
                .allMatch(item -> item.getText().matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(twoFactor.status().on()).isTrue();

        _click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("I saved my recovery codes")));
        assertThat(_find(ListItem.class)).as("shown only once").isEmpty();
        assertThat(section().status.getText()).contains("Two-factor sign-in is on").contains("Recovery codes left: 10");

        UI.getCurrent().getPage().reload();
        assertThat(_find(ListItem.class)).isEmpty();
    }

    @Test
    void turning_it_off_needs_the_password_or_a_current_code() {
        open("Setup Turn Off", Roles.CREATOR);
        var secret = startSetup();
        _setValue(section().code, TwoFactorCodes.now(secret));
        _click(section().confirm);
        reload();
        UI.getCurrent().navigate("account");

        _setValue(section().confirmation, "not-my-password");
        _click(section().turnOff);
        assertThat(section().confirmation.isInvalid()).isTrue();
        assertThat(section().confirmation.getErrorMessage()).isEqualTo(TwoFactorService.WRONG_CONFIRMATION);
        assertThat(twoFactor.status().on()).isTrue();

        _setValue(section().confirmation, SecondWorkspace.PASSWORD);
        _click(section().turnOff);
        assertThat(twoFactor.status().on()).isFalse();
        assertThat(section().status.getText()).startsWith("Two-factor sign-in is off.");
    }

    @Test
    void an_admin_of_a_workspace_that_requires_it_is_sent_to_set_it_up_and_can_open_nothing_else_until_done() {
        open("Strict Studio", Roles.ADMIN);
        UI.getCurrent().navigate("settings");
        _setValue(_get(WorkspaceSettingsView.class).adminsNeedTwoFactor, true);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyAccountView.class);
        assertThat(section().status.getText()).isEqualTo(TwoFactorSection.REQUIRED_NOTICE);
        for (var route : new String[] {"", "generations", "members", "settings"}) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as(route).isInstanceOf(MyAccountView.class);
        }
        reload();
        UI.getCurrent().navigate("members");
        assertThat(UI.getCurrent().getCurrentView()).as("after the next sign-in too").isInstanceOf(MyAccountView.class);

        var secret = startSetup();
        _setValue(section().code, TwoFactorCodes.now(secret));
        _click(section().confirm);

        UI.getCurrent().navigate("members");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MembersView.class);
        assertThat(twoFactor.requiredForAdmins()).isTrue();
    }

    @Test
    void the_admin_rule_does_not_hold_back_other_roles() {
        var email = "creator@strict-agency.example";
        var agency = secondWorkspace.create("Strict Agency", email, Roles.CREATOR, "C");
        transaction.executeWithoutResult(status -> workspaces.findById(agency.workspaceId()).orElseThrow()
                .setAdminsNeedTwoFactor(true));
        signIn(email, SecondWorkspace.PASSWORD);
        reload();

        UI.getCurrent().navigate("account");
        assertThat(section().status.getText()).isNotEqualTo(TwoFactorSection.REQUIRED_NOTICE);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).as("the campaigns start page").isNotInstanceOf(MyAccountView.class)
                .isNotInstanceOf(dev.clapboard.base.ui.NotFoundView.class);
    }
}
