package dev.clapboard.prompt.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.TemplateCategory;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad-input corpus for the template form: each bad value is named at its field and writes no template; markup,
 * SQL and every kind of unicode in a template are saved as typed and shown as text.
 */
class TemplateFormCorpusTest extends KaribuTest {

    private static final String HUGE = "x".repeat(100_000);
    private static final String MARKER = "Corpus template ";

    record Bad(String what, Consumer<TemplateDialog> input, Function<TemplateDialog, HasValidation> field,
            String message) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeCorpusTemplates() {
        jdbc.update("delete from prompt_template where name like ?", MARKER + "%");
    }

    static Stream<Bad> refused() {
        return Stream.of(
                new Bad("an empty name", d -> _setValue(d.name, ""), d -> d.name, "Give the template a name."),
                new Bad("a blank name", d -> _setValue(d.name, "   "), d -> d.name, "Give the template a name."),
                new Bad("a zero-width name", d -> _setValue(d.name, "\u200B\u2060\uFEFF"), d -> d.name,
                        "Give the template a name."),
                new Bad("a 100k-character name", d -> _setValue(d.name, HUGE), d -> d.name,
                        "Use at most " + TemplateService.NAME_MAX_LENGTH + " characters for the name."),
                new Bad("a 100k-character description", d -> _setValue(d.description, HUGE), d -> d.description,
                        "Use at most " + TemplateService.DESCRIPTION_MAX_LENGTH + " characters for the description."),
                new Bad("a 100k-character example", d -> _setValue(d.example, HUGE), d -> d.example,
                        "Use at most " + TemplateService.EXAMPLE_MAX_LENGTH + " characters for the example."),
                new Bad("an empty text", d -> _setValue(d.body, ""), d -> d.body, "Write the template text."),
                new Bad("a 100k-character text", d -> _setValue(d.body, HUGE), d -> d.body,
                        String.format(java.util.Locale.ROOT, "The text has %,d characters; the limit is %,d.",
                                HUGE.length(), PromptService.MAX_TEXT_LENGTH)),
                new Bad("an unclosed placeholder", d -> _setValue(d.body, "A tour of {place"), d -> d.body,
                        "The '{' at character 11 is never closed. Close the placeholder with '}', or write '{{' for "
                                + "a literal brace."),
                new Bad("a placeholder inside a placeholder", d -> _setValue(d.body, "A {a{b}} tour"), d -> d.body,
                        "The '{' at character 3 is never closed. Close the placeholder with '}', or write '{{' for "
                                + "a literal brace."),
                new Bad("no category", d -> _setValue(d.category, null), d -> d.category, "Choose a category."));
    }

    @ParameterizedTest(name = "{0} is named at its field and writes no template")
    @MethodSource("refused")
    void a_bad_value_is_named_at_its_field_and_writes_no_template(Bad bad) {
        var dialog = openValidForm();
        var before = templates();

        bad.input().accept(dialog);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        var field = bad.field().apply(dialog);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(bad.message());
        assertThat(templates()).isEqualTo(before);
    }

    static Stream<String> harmless() {
        return Stream.of("<script>alert('x')</script> in {place}", "{product}'); DROP TABLE prompt_template;--",
                "=HYPERLINK(\"http://evil.example\") {product}", "Z\u0335a\u0337l\u0336g\u0338o {product}",
                "\u0645\u0646\u062a\u062c {product} \u0641\u064a \u0627\u0644\u0645\u0643\u062a\u0628",
                "\uD83D\uDE80 launch of {product} \uD83C\uDFAC", "Zero\u200Bwidth {product}");
    }

    @ParameterizedTest(name = "the text {0} is saved and shown as typed")
    @MethodSource("harmless")
    void odd_but_harmless_text_is_saved_as_typed(String text) {
        var dialog = openValidForm();
        var before = templates();

        _setValue(dialog.body, text);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(templates()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select body from prompt_template where name = ?", String.class,
                MARKER + "harmless")).isEqualTo(text);
    }

    private TemplateDialog openValidForm() {
        signIn(DemoLogins.CREATOR);
        reload();
        UI.getCurrent().navigate("prompts");
        _click(_get(PromptsView.class).library.create);
        var dialog = _get(TemplateDialog.class);
        _setValue(dialog.name, MARKER + "harmless");
        _setValue(dialog.category, TemplateCategory.EXPLAINER);
        _setValue(dialog.body, "A tour of {place}");
        return dialog;
    }

    private long templates() {
        return jdbc.queryForObject("select count(*) from prompt_template", Long.class);
    }
}
