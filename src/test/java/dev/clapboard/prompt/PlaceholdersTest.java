package dev.clapboard.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    @Test
    void filling_a_template_produces_exactly_the_text_with_the_values() {
        var body = "Show {product} to {audience} in {setting}, duration {duration} seconds. {product} again.";

        var text = Placeholders.fill(body, Map.of("product", "Northwind Analytics", "audience", "CFOs",
                "setting", "a glass office", "duration", "8"));

        assertThat(text).isEqualTo("Show Northwind Analytics to CFOs in a glass office, duration 8 seconds. "
                + "Northwind Analytics again.");
    }

    @Test
    void a_missing_required_placeholder_blocks_use_with_a_message_naming_it() {
        var body = "Show {product} to {audience} for {duration} seconds.";

        assertThatThrownBy(() -> Placeholders.fill(body, Map.of("product", "Northwind", "audience", "  ")))
                .isInstanceOf(PromptInputException.class)
                .hasMessage("Fill in {audience}, {duration} before using this template.");
    }

    @Test
    void placeholders_inside_values_and_values_for_unknown_names_are_left_as_typed() {
        var text = Placeholders.fill("Say: {line}", Map.of("line", "use {curly} braces and {{ too", "unused", "x"));

        assertThat(text).isEqualTo("Say: use {curly} braces and {{ too");
    }

    @Test
    void doubled_braces_stand_for_literal_ones() {
        assertThat(Placeholders.names("JSON {{\"a\": 1}} for {product}")).containsExactly("product");
        assertThat(Placeholders.fill("JSON {{\"a\": 1}} for {product}", Map.of("product", "X")))
                .isEqualTo("JSON {\"a\": 1} for X");
    }

    @Test
    void emoji_and_right_to_left_text_are_kept_exactly() {
        var text = Placeholders.fill("🎬 {product} — מוצר חדש {audience} 👩‍💻",
                Map.of("product", "تحليلات 📊", "audience", "للمديرين"));

        assertThat(text).isEqualTo("🎬 تحليلات 📊 — מוצר חדש للمديرين 👩‍💻");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Show {product to buyers| The '{' at character 6 is never closed",
            "Show {product {audience}| The '{' at character 6 is never closed",
            "Show {} now| The placeholder at character 6 has no name",
            "Show {product name}| The placeholder {product name} at character 6 may only use letters a–z, digits",
            "Show {prödukt}| may only use letters a–z, digits, '_' and '-' (found 'ö')",
            "Show product} now| The '}' at character 13 has no opening '{'"})
    void syntax_errors_get_a_clear_message(String body, String message) {
        assertThat(Placeholders.syntaxError(body)).hasValueSatisfying(m -> assertThat(m).contains(message));
        assertThatThrownBy(() -> Placeholders.fill(body, Map.of())).isInstanceOf(PromptInputException.class);
    }

    @Test
    void every_built_in_template_parses_and_fills_without_leftover_braces() {
        assertThat(BuiltInTemplates.ALL).hasSizeGreaterThanOrEqualTo(10);
        for (var template : BuiltInTemplates.ALL) {
            assertThat(template.placeholders()).as(template.name()).isNotEmpty().contains("duration");
            var values = new java.util.HashMap<String, String>();
            template.placeholders().forEach(n -> values.put(n, "x"));
            assertThat(template.fill(values)).doesNotContain("{", "}");
            assertThat(template.description()).isNotBlank();
            assertThat(template.exampleOutput()).isNotBlank();
        }
    }
}
