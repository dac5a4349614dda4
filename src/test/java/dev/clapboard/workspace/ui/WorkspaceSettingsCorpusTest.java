package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.workspace.InputRefusedException;
import dev.clapboard.workspace.Limits;
import dev.clapboard.workspace.WorkspaceSettings;
import dev.clapboard.workspace.WorkspaceSettingsService;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad-input corpus for the workspace settings (name, seats, quotas, currency, exchange rate, time zone): each
 * bad value is named at its field and nothing is saved; the service refuses the same values when called
 * directly. All cases share one workspace of their own, which no case changes.
 */
class WorkspaceSettingsCorpusTest extends KaribuTest {

    private static final String HUGE = "W".repeat(100_000);
    private static final String EUROS = " in euros, more than 0, with at most 2 decimals.";
    private static final String RATE = "Enter an exchange rate above 0, such as 0.92.";
    private static @Nullable String adminEmail;

    record Bad(String what, Consumer<WorkspaceSettingsView> input, Function<WorkspaceSettingsView, HasValidation> field,
            String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    WorkspaceSettingsService settings;
    @Autowired
    SecondWorkspace secondWorkspace;

    WorkspaceSettings before;

    @BeforeEach
    void signInToTheCorpusWorkspace() {
        if (adminEmail == null) {
            adminEmail = secondWorkspace.create("Settings Corpus", "admin@settings-corpus.example", Roles.ADMIN, "C")
                    .memberEmail();
        }
        signIn(adminEmail, SecondWorkspace.PASSWORD);
        reload();
        before = settings.current();
    }

    static Stream<Bad> refused() {
        return Stream.of(
                new Bad("an empty name", v -> _setValue(v.name, ""), v -> v.name, "Enter a workspace name."),
                new Bad("a blank name", v -> _setValue(v.name, " \t "), v -> v.name,
                        "Enter a workspace name of 1 to " + Limits.WORKSPACE_NAME_MAX_LENGTH + " characters."),
                new Bad("a zero-width-only name", v -> _setValue(v.name, "\u200B\u200B"), v -> v.name,
                        "Enter a workspace name of 1 to " + Limits.WORKSPACE_NAME_MAX_LENGTH + " characters."),
                new Bad("a 100k-character name", v -> _setValue(v.name, HUGE), v -> v.name,
                        "Use at most " + Limits.WORKSPACE_NAME_MAX_LENGTH + " characters."),
                new Bad("a name of 1,000 emoji", v -> _setValue(v.name, "\uD83C\uDFAC".repeat(1000)), v -> v.name,
                        "Use at most " + Limits.WORKSPACE_NAME_MAX_LENGTH + " characters."),
                new Bad("no seat limit", v -> _setValue(v.seatLimit, null), v -> v.seatLimit,
                        "Enter a seat limit from 1 to 10000."),
                new Bad("a seat limit of 0", v -> _setValue(v.seatLimit, 0), v -> v.seatLimit,
                        "Enter a seat limit from 1 to 10000."),
                new Bad("a negative seat limit", v -> _setValue(v.seatLimit, Integer.MIN_VALUE), v -> v.seatLimit,
                        "Enter a seat limit from 1 to 10000."),
                new Bad("a seat limit over 10,000", v -> _setValue(v.seatLimit, 10_001), v -> v.seatLimit,
                        "Enter a seat limit from 1 to 10000."),
                new Bad("a negative invite quota", v -> _setValue(v.defaultInviteQuota, -1), v -> v.defaultInviteQuota,
                        "Enter an invite quota from 0 to 10000."),
                new Bad("zero seconds per member", v -> _setValue(v.defaultMemberSeconds, 0), v -> v.defaultMemberSeconds,
                        "Enter the seconds per member from 1 to " + Limits.MAX_SECONDS + "."),
                new Bad("the largest int as seconds per month", v -> _setValue(v.monthlySeconds, Integer.MAX_VALUE),
                        v -> v.monthlySeconds, "Enter the seconds for the workspace from 1 to " + Limits.MAX_SECONDS + "."),
                new Bad("negative money per member", v -> _setValue(v.defaultMemberEuros, new BigDecimal("-50")),
                        v -> v.defaultMemberEuros, "Enter the spend per member" + EUROS),
                new Bad("a tenth of a cent per member", v -> _setValue(v.defaultMemberEuros, new BigDecimal("0.001")),
                        v -> v.defaultMemberEuros, "Enter the spend per member" + EUROS),
                new Bad("zero money per month", v -> _setValue(v.monthlyEuros, BigDecimal.ZERO), v -> v.monthlyEuros,
                        "Enter the workspace's spend" + EUROS),
                new Bad("a cent over ten million per month",
                        v -> _setValue(v.monthlyEuros, new BigDecimal("10000000.01")), v -> v.monthlyEuros,
                        "Enter the workspace's spend" + EUROS),
                new Bad("a googol euros per month", v -> _setValue(v.monthlyEuros, new BigDecimal("1E+100")),
                        v -> v.monthlyEuros, "Enter the workspace's spend" + EUROS),
                new Bad("no money per month", v -> _setValue(v.monthlyEuros, null), v -> v.monthlyEuros,
                        "Enter the workspace's spend" + EUROS),
                new Bad("no currency", v -> _setValue(v.currency, null), v -> v.currency, "Choose a currency."),
                new Bad("no exchange rate", v -> _setValue(v.usdToEur, ""), v -> v.usdToEur,
                        "Enter the exchange rate, such as 0.92."),
                new Bad("an exchange rate in words", v -> _setValue(v.usdToEur, "ninety cents"), v -> v.usdToEur,
                        "Enter a number, such as 0.92."),
                new Bad("SQL after the rate", v -> _setValue(v.usdToEur, "0.92; DROP TABLE workspace"), v -> v.usdToEur,
                        "Enter a number, such as 0.92."),
                new Bad("a negative rate", v -> _setValue(v.usdToEur, "-0.92"), v -> v.usdToEur, RATE),
                new Bad("a rate of zero", v -> _setValue(v.usdToEur, "0.000"), v -> v.usdToEur, RATE),
                new Bad("a rate of 1e400", v -> _setValue(v.usdToEur, "1e400"), v -> v.usdToEur, RATE),
                new Bad("a rate that rounds to zero", v -> _setValue(v.usdToEur, "0.0000001"), v -> v.usdToEur,
                        "Use at most 6 decimals for the exchange rate."),
                new Bad("a rate with a zero-width space", v -> _setValue(v.usdToEur, "0.9\u200B2"), v -> v.usdToEur,
                        "Enter a number, such as 0.92."),
                new Bad("no time zone", v -> _setValue(v.timeZone, null), v -> v.timeZone, "Choose a time zone."));
    }

    @ParameterizedTest(name = "{0} is named at its field and nothing is saved")
    @MethodSource("refused")
    void a_bad_setting_is_named_at_its_field_and_nothing_is_saved(Bad bad) {
        UI.getCurrent().navigate("settings");
        var view = _get(WorkspaceSettingsView.class);

        bad.input().accept(view);
        _click(view.save);

        var field = bad.field().apply(view);
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(settings.current()).isEqualTo(before);
    }

    record BadCall(String what, UnaryOperator<WorkspaceSettings> change, String field) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<BadCall> refusedByTheService() {
        return Stream.of(
                new BadCall("a time zone that does not exist", s -> with(s, "Mars/Olympus", s.currency(), s.usdToEur()),
                        "timeZone"),
                new BadCall("a time zone with a path", s -> with(s, "../../etc/localtime", s.currency(), s.usdToEur()),
                        "timeZone"),
                new BadCall("a fixed offset far beyond UTC+18", s -> with(s, "+25:00", s.currency(), s.usdToEur()),
                        "timeZone"),
                new BadCall("a currency that is not offered", s -> with(s, s.timeZone(), "XAU", s.usdToEur()),
                        "currency"),
                new BadCall("a lower-case currency", s -> with(s, s.timeZone(), "eur", s.usdToEur()), "currency"),
                new BadCall("a script as currency", s -> with(s, s.timeZone(), "<b>", s.usdToEur()), "currency"),
                new BadCall("a rate with 20 decimals", s -> with(s, s.timeZone(), s.currency(),
                        new BigDecimal("0.00000000000000000001")), "usdToEur"),
                new BadCall("a rate over 1000", s -> with(s, s.timeZone(), s.currency(), new BigDecimal("1000.000001")),
                        "usdToEur"));
    }

    @ParameterizedTest(name = "the service refuses {0} and names the field")
    @MethodSource("refusedByTheService")
    void the_service_refuses_what_the_form_cannot_send_and_names_the_field(BadCall bad) {
        assertThatThrownBy(() -> settings.save(bad.change().apply(before)))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        refused -> assertThat(refused.field()).isEqualTo(bad.field()));
        assertThat(settings.current()).isEqualTo(before);
    }

    private static WorkspaceSettings with(WorkspaceSettings s, String zone, String currency, BigDecimal rate) {
        return new WorkspaceSettings(s.name(), s.seatLimit(), s.defaultInviteQuota(), s.defaultMemberSeconds(),
                s.defaultMemberEuros(), s.monthlySeconds(), s.monthlyEuros(), currency, rate, zone);
    }
}
