package dev.clapboard.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.prompt.StructuredPrompt.DialogueLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructuredPromptTest {

    @Test
    void the_builder_fields_assemble_into_one_prompt_text() {
        var structured = new StructuredPrompt("a 45-year-old managing director", "explains software features",
                "in a modern office", "medium shot", "slow push-in", "35 mm", "soft daylight", "photorealistic",
                List.of(new DialogueLine("Director", "This saves us a morning every week."),
                        new DialogueLine("", "")),
                "quiet office hum", "light piano", 8, "16:9");

        assertThat(structured.assemble()).isEqualTo("A 45-year-old managing director explains software features "
                + "in a modern office. Camera: medium shot, slow push-in, 35 mm lens. Lighting: soft daylight. "
                + "Style: photorealistic. Dialogue: Director says: \"This saves us a morning every week.\" "
                + "Ambience: quiet office hum. Music: light piano. Duration: 8 seconds. Aspect ratio: 16:9.");
    }

    @Test
    void empty_fields_leave_nothing_behind() {
        assertThat(StructuredPrompt.empty().assemble()).isEmpty();
        var onlySubject = new StructuredPrompt("a red bicycle", "", "", "", "", "", "", "", List.of(), "", "", null, "");
        assertThat(onlySubject.assemble()).isEqualTo("A red bicycle.");
    }
}
