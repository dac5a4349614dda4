package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.NewInvite;
import dev.clapboard.workspace.WorkspaceSettings;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class WorkspaceSettingsViewTest extends KaribuTest {

    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    InviteService invites;

    /** Each test gets its own workspace, so changed settings never leak into other tests. */
    private WorkspaceSettingsView open(String name) {
        var studio = secondWorkspace.create(name, "admin@" + name.toLowerCase().replace(' ', '-') + ".example",
                Roles.ADMIN, "C");
        signIn(studio.memberEmail(), SecondWorkspace.PASSWORD);
        reload();
        UI.getCurrent().navigate("settings");
        return _get(WorkspaceSettingsView.class);
    }

    @Test
    void an_admin_changes_the_settings_and_they_are_kept() {
        var view = open("Settings Alpha");
        assertThat(view.usdToEur.getValue()).isEqualTo("0.920000");

        _setValue(view.name, "Settings Alpha Renamed");
        _setValue(view.seatLimit, 40);
        _setValue(view.defaultInviteQuota, 3);
        _setValue(view.monthlyEuros, new BigDecimal("1200.00"));
        _setValue(view.currency, "USD");
        _setValue(view.usdToEur, "0.8750");
        _setValue(view.timeZone, "Europe/Berlin");
        _click(view.save);

        assertThat(settings.current()).isEqualTo(new WorkspaceSettings("Settings Alpha Renamed", 40, 3, 600,
                new BigDecimal("50.00"), 6000, new BigDecimal("1200.00"), "USD", new BigDecimal("0.875000"),
                "Europe/Berlin"));
    }

    @Test
    void an_exchange_rate_of_zero_or_text_is_refused_at_the_field_and_nothing_is_saved() {
        var view = open("Settings Beta");
        _setValue(view.name, "Half Saved?");

        for (var bad : new String[] {"0", "-1.2", "about one", ""}) {
            _setValue(view.usdToEur, bad);
            _click(view.save);
            assertThat(view.usdToEur.isInvalid()).as(bad).isTrue();
            assertThat(view.usdToEur.getErrorMessage()).as(bad).containsAnyOf("exchange rate", "number");
        }

        assertThat(view.status.getText()).startsWith("Nothing was saved");
        assertThat(settings.current().name()).isEqualTo("Settings Beta");
        assertThat(settings.current().usdToEur()).isEqualByComparingTo("0.92");
    }

    @Test
    void a_huge_name_and_zero_or_negative_quotas_are_refused_at_their_fields() {
        var view = open("Settings Gamma");

        _setValue(view.name, "N".repeat(500));
        _setValue(view.seatLimit, 0);
        _setValue(view.defaultMemberSeconds, -60);
        _setValue(view.monthlyEuros, new BigDecimal("0"));
        _click(view.save);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.seatLimit.isInvalid()).isTrue();
        assertThat(view.defaultMemberSeconds.isInvalid()).isTrue();
        assertThat(view.monthlyEuros.isInvalid()).isTrue();
        assertThat(settings.current().name()).isEqualTo("Settings Gamma");
        assertThat(settings.current().seatLimit()).isEqualTo(25);
    }

    @Test
    void the_service_refuses_bad_values_too_and_names_the_field() {
        open("Settings Delta");
        var good = settings.current();

        assertThatThrownBy(() -> settings.save(new WorkspaceSettings(good.name(), good.seatLimit(),
                good.defaultInviteQuota(), good.defaultMemberSeconds(), good.defaultMemberEuros(), good.monthlySeconds(),
                good.monthlyEuros(), good.currency(), BigDecimal.ZERO, good.timeZone())))
                .hasMessageContaining("exchange rate");
        assertThatThrownBy(() -> settings.save(new WorkspaceSettings(good.name(), 0, good.defaultInviteQuota(),
                good.defaultMemberSeconds(), good.defaultMemberEuros(), good.monthlySeconds(), good.monthlyEuros(),
                good.currency(), good.usdToEur(), "Mars/Olympus")))
                .hasMessageContaining("seat limit");
        assertThat(settings.current()).isEqualTo(good);
    }

    @Test
    void a_seat_limit_below_the_seats_in_use_is_refused_at_the_field() {
        var view = open("Settings Epsilon");
        invites.invite(new NewInvite("pending@settings-epsilon.example", Roles.CREATOR));

        _setValue(view.seatLimit, 1);
        _click(view.save);

        assertThat(view.seatLimit.isInvalid()).isTrue();
        assertThat(view.seatLimit.getErrorMessage()).contains("already uses 2 seats");
        assertThat(settings.current().seatLimit()).isEqualTo(25);

        _setValue(view.seatLimit, 2);
        _click(view.save);
        assertThat(settings.current().seatLimit()).isEqualTo(2);
    }

    @Test
    void a_manager_cannot_open_the_settings_and_the_service_refuses_too() {
        signIn(DemoLogins.MANAGER);
        reload();

        openUrl("settings");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        assertThatThrownBy(() -> settings.current()).isInstanceOf(AccessDeniedException.class);
    }
}
