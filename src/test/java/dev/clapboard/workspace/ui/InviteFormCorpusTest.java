package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the invite form: addresses that are empty, huge, malformed, carry markup, SQL, control or
 * invisible characters are refused at the e-mail field, and neither an invite nor a mail is written.
 */
class InviteFormCorpusTest extends KaribuTest {

    private static final String INVALID = "Enter a valid e-mail address, such as name@example.com.";

    @Autowired
    JdbcTemplate jdbc;

    static Stream<String> refused() {
        return Stream.of("not-an-address", "name@", "@northwind.example", "name@northwind", "two@@northwind.example",
                "name @northwind.example", "name@north wind.example", "a".repeat(100_000) + "@northwind.example",
                "name@" + "d".repeat(400) + ".example", "<script>alert(1)</script>@evil.example",
                "\"><img src=x onerror=alert(1)>@evil.example", "x'; DROP TABLE invite;--@evil.example",
                "name@northwind.example\r\nBcc: everyone@evil.example", "na\u0000me@northwind.example",
                "ad\u200Bmin@northwind.example", "admin\u202E@northwind.example", "name@northwind..example",
                "name@-northwind.example", ".name@northwind.example", "name@northwind.example.", "\uD83D\uDE80@northwind.example",
                "=HYPERLINK(\"http://evil.example\")@evil.example");
    }

    @ParameterizedTest(name = "the address {0} is refused at the field and nothing is written")
    @MethodSource("refused")
    void a_bad_address_is_refused_at_the_field_and_no_invite_or_mail_is_written(String address) {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("invites");
        var view = _get(InvitesView.class);
        var invites = rows("invite");
        var mails = rows("mail_message");

        _setValue(view.email, address);
        _click(view.invite);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo(INVALID);
        assertThat(rows("invite")).isEqualTo(invites);
        assertThat(rows("mail_message")).isEqualTo(mails);
    }

    @ParameterizedTest(name = "an empty address is refused at the field")
    @MethodSource("empty")
    void an_empty_address_is_refused_at_the_field(String address) {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("invites");
        var view = _get(InvitesView.class);
        var invites = rows("invite");

        _setValue(view.email, address);
        _click(view.invite);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isIn("Enter the e-mail address to invite.", INVALID);
        assertThat(rows("invite")).isEqualTo(invites);
    }

    static Stream<String> empty() {
        return Stream.of("", "   ", "\t\n");
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
