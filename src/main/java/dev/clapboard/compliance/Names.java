package dev.clapboard.compliance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tolerant name matching for moderation and the people register: case, accents and punctuation are ignored and
 * each word may be misspelt a little, so "Angela Merkle" and "Barak Obama" are found, but short words must match
 * exactly and a multi-word name needs one word spelt right, so ordinary word pairs are not mistaken for names.
 */
final class Names {

    private Names() {
    }

    /** Lower case, accents stripped, every run of non-letters and non-digits one space. */
    static String normalise(String text) {
        var decomposed = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static List<String> words(String text) {
        var normal = normalise(text);
        return normal.isEmpty() ? List.of() : Arrays.asList(normal.split(" "));
    }

    /** Whether {@code name} (already split into words) occurs in {@code words}, allowing small misspellings. */
    static boolean occursIn(List<String> name, List<String> words) {
        if (name.isEmpty() || words.size() < name.size()) {
            return false;
        }
        for (int start = 0; start + name.size() <= words.size(); start++) {
            if (matchesAt(name, words, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} occurs in {@code words} spelt exactly (after normalising). */
    static boolean occursExactlyIn(List<String> name, List<String> words) {
        return !name.isEmpty() && java.util.Collections.indexOfSubList(words, name) >= 0;
    }

    private static boolean matchesAt(List<String> name, List<String> words, int start) {
        boolean oneExact = false;
        for (int i = 0; i < name.size(); i++) {
            var expected = name.get(i);
            var actual = words.get(start + i);
            if (expected.equals(actual)) {
                oneExact = true;
                continue;
            }
            if (distance(expected, actual) > allowedEdits(expected, name.size() == 1)) {
                return false;
            }
        }
        return oneExact || name.size() == 1;
    }

    /**
     * Short words must be exact ("Tom", "Kim"); longer ones may have one typo, very long ones two. A one-word
     * name is only forgiven from eight letters on: shorter single words collide with ordinary ones ("Ronaldo" and
     * "Ronald").
     */
    static int allowedEdits(String word, boolean alone) {
        int length = word.length();
        if (alone) {
            return length >= 10 ? 2 : length >= 8 ? 1 : 0;
        }
        return length <= 4 ? 0 : length <= 8 ? 1 : 2;
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ("Merkle" for "Merkel"). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        var d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
