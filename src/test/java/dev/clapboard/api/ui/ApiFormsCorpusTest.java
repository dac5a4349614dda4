package dev.clapboard.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import dev.clapboard.api.ApiScope;
import dev.clapboard.api.WebhookEvent;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the API token and outgoing webhook forms: bad names, URLs that are not http(s), carry
 * credentials or point into private networks (server-side request forgery) are named at their field and
 * nothing is stored.
 */
class ApiFormsCorpusTest extends KaribuTest {

    private static final String PRIVATE = "is on a loopback, private or link-local network";

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> badUrls() {
        return Stream.of(
                Arguments.of("an empty URL", "", "Enter the URL deliveries are posted to."),
                Arguments.of("a blank URL", "   ", "Enter the URL deliveries are posted to."),
                Arguments.of("a 100k-character URL", "https://example.com/" + "a".repeat(100_000),
                        "Keep the URL within 2000 characters."),
                Arguments.of("a javascript: URL", "javascript:alert(document.cookie)", "Use an http:// or https:// URL."),
                Arguments.of("a file: URL", "file:///etc/passwd", "Use an http:// or https:// URL."),
                Arguments.of("an FTP URL", "ftp://192.0.2.1/hook", "Use an http:// or https:// URL."),
                Arguments.of("a data: URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                        "Use an http:// or https:// URL."),
                Arguments.of("text with spaces", "not a url at all", "That is not a valid URL."),
                Arguments.of("a URL with markup", "https://example.com/<script>", "That is not a valid URL."),
                Arguments.of("a URL without host", "https:///hook", "The URL needs a host name."),
                Arguments.of("a URL with credentials", "https://user:secret@192.0.2.1/hook",
                        "Leave credentials out of the URL; deliveries are signed instead."),
                Arguments.of("the loopback address", "http://127.0.0.1:8080/hook", PRIVATE),
                Arguments.of("the cloud metadata address", "http://169.254.169.254/latest/meta-data/", PRIVATE),
                Arguments.of("a private 10.x address", "https://10.1.2.3/hook", PRIVATE),
                Arguments.of("a private 192.168.x address", "https://192.168.0.1/hook", PRIVATE),
                Arguments.of("the any-address", "http://0.0.0.0/hook", PRIVATE),
                Arguments.of("IPv6 loopback", "http://[::1]/hook", PRIVATE),
                Arguments.of("an IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]/hook", PRIVATE),
                Arguments.of("an IPv6 unique local address", "http://[fd00::1]/hook", PRIVATE));
    }

    @ParameterizedTest(name = "a webhook to {0} is refused at the URL field and nothing is stored")
    @MethodSource("badUrls")
    void a_bad_webhook_url_is_refused_at_the_field_and_nothing_is_stored(String what, String url, String message) {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("webhooks");
        var view = _get(WebhooksView.class);
        var before = rows("outgoing_webhook");

        _setValue(view.url, url);
        _setValue(view.events, Set.of(WebhookEvent.values()[0]));
        _click(view.add);

        assertThat(view.url.isInvalid()).isTrue();
        assertThat(view.url.getErrorMessage()).contains(message);
        assertThat(rows("outgoing_webhook")).isEqualTo(before);
    }

    static Stream<Arguments> badTokenNames() {
        return Stream.of(
                Arguments.of("an empty name", "", "Give the token a name."),
                Arguments.of("a blank name", " \t ", "Give the token a name."),
                Arguments.of("a 101-character name", "t".repeat(101), "Keep the name within 100 characters."),
                Arguments.of("a 100k-character name", "t".repeat(100_000), "Keep the name within 100 characters."),
                Arguments.of("101 emoji", "\uD83D\uDD11".repeat(101), "Keep the name within 100 characters."));
    }

    @ParameterizedTest(name = "a token with {0} is refused at the name field and nothing is stored")
    @MethodSource("badTokenNames")
    void a_bad_token_name_is_refused_at_the_field_and_nothing_is_stored(String what, String name, String message) {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("api-tokens");
        var view = _get(ApiTokensView.class);
        var before = rows("api_token");

        _setValue(view.name, name);
        _setValue(view.scopes, Set.of(ApiScope.CAMPAIGNS_READ));
        _click(view.create);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo(message);
        assertThat(rows("api_token")).isEqualTo(before);
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
