package dev.clapboard.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad-input corpus for the hosted provider form: each bad value is named at its field and no endpoint is
 * saved; values longer than their database column are refused at the field rather than failing on save.
 */
class ProviderFormCorpusTest extends KaribuTest {

    record Bad(String what, Consumer<ProviderForm> input, Function<ProviderForm, HasValidation> field, String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeEndpoints() {
        jdbc.sql("delete from provider_endpoint").update();
    }

    static Stream<Bad> refused() {
        return Stream.of(
                new Bad("an empty name", f -> _setValue(f.displayName, ""), f -> f.displayName,
                        "Name the provider (up to 100 characters)."),
                new Bad("a 101-character name", f -> _setValue(f.displayName, "n".repeat(101)), f -> f.displayName,
                        "Name the provider (up to 100 characters)."),
                new Bad("a 600-character URL", f -> _setValue(f.baseUrl, "https://gateway.example.com/" + "v".repeat(572)),
                        f -> f.baseUrl, "Keep the URL within 500 characters."),
                new Bad("a javascript: URL", f -> _setValue(f.baseUrl, "javascript:alert(1)"), f -> f.baseUrl,
                        "Use an http:// or https:// URL, e.g. https://api.example.com/v1."),
                new Bad("a URL with credentials", f -> _setValue(f.baseUrl, "https://u:p@gateway.example.com/v1"),
                        f -> f.baseUrl, "Leave out query, fragment and credentials; the key goes in its own field."),
                new Bad("a 2,000-character key", f -> _setValue(f.apiKey, "k".repeat(2000)), f -> f.apiKey,
                        "An API key is at most 500 characters; paste it again."),
                new Bad("a key with a line break", f -> _setValue(f.apiKey, "sk-live\nabc"), f -> f.apiKey,
                        "The key contains spaces or line breaks; paste it again without them."),
                new Bad("a 2,000-character webhook secret", f -> _setValue(f.webhookSecret, "w".repeat(2000)),
                        f -> f.webhookSecret, "A webhook secret is at most 500 characters."),
                new Bad("a currency in words", f -> _setValue(f.currency, "dollars"), f -> f.currency,
                        "Use a three-letter currency code such as USD."),
                new Bad("a currency with markup", f -> _setValue(f.currency, "<b>"), f -> f.currency,
                        "Use a three-letter currency code such as USD."),
                new Bad("a negative price", f -> _setValue(f.priceTable, "sora-2 -0.10"), f -> f.priceTable,
                        "Line 1: a price cannot be negative."),
                new Bad("a price in words", f -> _setValue(f.priceTable, "sora-2 free"), f -> f.priceTable,
                        "Line 1: \"free\" is not a price per second like 0.10."),
                new Bad("an empty price table", f -> _setValue(f.priceTable, ""), f -> f.priceTable,
                        "Name at least one model and its price per second."),
                new Bad("a 10,000-line price table", f -> _setValue(f.priceTable, "sora-2 0.10\n".repeat(10_000)),
                        f -> f.priceTable, "Keep the price table within 4,000 characters."),
                new Bad("2,000 characters of download hosts", f -> _setValue(f.downloadHosts, "cdn.example.com ".repeat(125)),
                        f -> f.downloadHosts, "Keep the download hosts within 1,000 characters."));
    }

    @ParameterizedTest(name = "{0} is named at its field and no provider is saved")
    @MethodSource("refused")
    void a_bad_value_is_named_at_its_field_and_no_provider_is_saved(Bad bad) {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("providers");
        var view = _get(ProvidersView.class);
        _click(view.add);
        _setValue(view.form.displayName, "Gateway");
        _setValue(view.form.baseUrl, "https://gateway.example.com/v1");
        _setValue(view.form.apiKey, "sk-live-abcdef");
        _setValue(view.form.priceTable, "sora-2 0.10");

        bad.input().accept(view.form);
        _click(view.form.save);

        var field = bad.field().apply(view.form);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(jdbc.sql("select count(*) from provider_endpoint").query(Long.class).single()).isZero();
    }
}
