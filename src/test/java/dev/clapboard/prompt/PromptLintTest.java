package dev.clapboard.prompt;

import static dev.clapboard.prompt.LintWarning.Kind.CONFLICTING_STYLES;
import static dev.clapboard.prompt.LintWarning.Kind.DURATION_MISSING;
import static dev.clapboard.prompt.LintWarning.Kind.DURATION_NOT_ALLOWED;
import static dev.clapboard.prompt.LintWarning.Kind.EMPTY;
import static dev.clapboard.prompt.LintWarning.Kind.NO_CAMERA;
import static dev.clapboard.prompt.LintWarning.Kind.NO_SETTING;
import static dev.clapboard.prompt.LintWarning.Kind.NO_SUBJECT;
import static dev.clapboard.prompt.LintWarning.Kind.POSSIBLE_REAL_PERSON;
import static dev.clapboard.prompt.LintWarning.Kind.TOO_LONG;
import static dev.clapboard.prompt.LintWarning.Kind.TOO_SHORT;
import static dev.clapboard.prompt.LintWarning.Kind.UNFILLED_PLACEHOLDER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.prompt.LintWarning.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromptLintTest {

    private static final String GOOD = "A 45-year-old managing director explains software features in a modern "
            + "office, medium shot, slow push-in";

    static Stream<Arguments> prompts() {
        return Stream.of(
                row("", null, EMPTY),
                row("   \n ", null, EMPTY),
                row("a person talks", null, TOO_SHORT, NO_SUBJECT, NO_SETTING, NO_CAMERA, DURATION_MISSING),
                row("Someone walks around.", null, TOO_SHORT, NO_SUBJECT, NO_SETTING, NO_CAMERA, DURATION_MISSING),
                row(GOOD + ", 8 seconds.", null),
                row(GOOD + ", 30 seconds.", null, DURATION_NOT_ALLOWED),
                row(GOOD + ".", 8, new Kind[0]),
                row(GOOD + ".", null, DURATION_MISSING),
                row(GOOD + ".", 30, DURATION_NOT_ALLOWED),
                row("A woman in a car, 8 seconds.", null, TOO_SHORT, NO_CAMERA),
                row("Show {product} to {audience} in a bright office, close-up, 4 seconds, then {product} again.",
                        null, UNFILLED_PLACEHOLDER, UNFILLED_PLACEHOLDER),
                row("A photorealistic anime girl dances in a neon street, wide shot, tracking camera, 8 seconds.",
                        null, CONFLICTING_STYLES),
                row("An anime-style cat with photorealistic fur in a kitchen, close-up, 4 s.", null,
                        CONFLICTING_STYLES),
                row("A documentary interview with Maria Schmidt in her bakery, medium close-up, 12 seconds.", null,
                        POSSIBLE_REAL_PERSON),
                row("Interview with Angela Merkel about the economy in a TV studio, medium shot, 8 seconds.", null,
                        POSSIBLE_REAL_PERSON),
                row("Show Northwind Analytics on a laptop in a quiet office, close-up, slow pan, 8 seconds.", null),
                row("Cinematic drone shot over a mountain lake at sunrise, golden light, 12 seconds.", null),
                row("<script>alert('x')</script> A chef cooks pasta in a rustic kitchen, close-up, 8 seconds.",
                        null),
                row("🎬 שף מבשל פסטה במטבח כפרי, close-up, 8 seconds", null, NO_SETTING),
                row((GOOD + ", 8 seconds. ").repeat(100), null, TOO_LONG));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("prompts")
    void lint_warns_about_exactly_what_is_missing_or_risky(String shortText, String text,
            @Nullable Integer duration, List<Kind> expected) {
        var warnings = PromptLint.check(text, duration, PromptService.DEFAULT_DURATIONS);

        assertThat(warnings).extracting(LintWarning::kind).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(warnings).allSatisfy(w -> {
            assertThat(w.message()).isNotBlank();
            assertThat(w.fix()).isNotBlank();
        });
    }

    @Test
    void warnings_name_what_triggered_them_so_other_features_can_act_on_it() {
        var warnings = PromptLint.check("A chat with Maria Schmidt about {product} in a cafe, close-up, 9 seconds.",
                null, List.of(4, 8, 12));

        assertThat(warnings).extracting(LintWarning::kind, LintWarning::match).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(POSSIBLE_REAL_PERSON, "Maria Schmidt"),
                org.assertj.core.groups.Tuple.tuple(UNFILLED_PLACEHOLDER, "{product}"),
                org.assertj.core.groups.Tuple.tuple(DURATION_NOT_ALLOWED, "9 seconds"));
        assertThat(warnings).filteredOn(w -> w.kind() == DURATION_NOT_ALLOWED).singleElement()
                .satisfies(w -> assertThat(w.fix()).contains("4, 8, 12 seconds"));
    }

    private static Arguments row(String text, @Nullable Integer duration, Kind... expected) {
        var label = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return Arguments.of(label, text, duration, List.of(expected));
    }
}
