package dev.clapboard.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.prompt.WordDiff.Change;
import dev.clapboard.prompt.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void shows_removed_and_inserted_words_between_the_same_ones() {
        var parts = WordDiff.between("A person talks in an office, wide shot.",
                "A 45-year-old director talks in a modern office, wide shot.");

        assertThat(parts).containsExactly(
                new Part(Change.SAME, "A"),
                new Part(Change.REMOVED, "person"),
                new Part(Change.INSERTED, "45-year-old director"),
                new Part(Change.SAME, "talks in"),
                new Part(Change.REMOVED, "an"),
                new Part(Change.INSERTED, "a modern"),
                new Part(Change.SAME, "office, wide shot."));
    }

    @Test
    void identical_texts_are_one_unchanged_part_and_empty_texts_none() {
        assertThat(WordDiff.between("same  words\nhere", "same words here"))
                .containsExactly(new Part(Change.SAME, "same words here"));
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "new")).containsExactly(new Part(Change.INSERTED, "new"));
    }
}
