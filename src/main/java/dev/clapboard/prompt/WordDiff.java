package dev.clapboard.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-level difference of two texts: the longest common subsequence of their words, after trimming the common
 * start and end (most edits touch a small middle, which keeps the table small).
 */
public final class WordDiff {

    public enum Change { SAME, REMOVED, INSERTED }

    /** A run of consecutive words with the same change, joined by single spaces. */
    public record Part(Change change, String text) {
    }

    /** Beyond this many cells the middle is shown as wholly removed and inserted rather than aligned. */
    private static final long MAX_TABLE_CELLS = 4_000_000;

    private WordDiff() {
    }

    public static List<Part> between(String before, String after) {
        var left = words(before);
        var right = words(after);
        int start = 0;
        while (start < left.length && start < right.length && left[start].equals(right[start])) {
            start++;
        }
        int endLeft = left.length;
        int endRight = right.length;
        while (endLeft > start && endRight > start && left[endLeft - 1].equals(right[endRight - 1])) {
            endLeft--;
            endRight--;
        }
        var parts = new Runs();
        for (int i = 0; i < start; i++) {
            parts.add(Change.SAME, left[i]);
        }
        middle(Arrays.copyOfRange(left, start, endLeft), Arrays.copyOfRange(right, start, endRight), parts);
        for (int i = endLeft; i < left.length; i++) {
            parts.add(Change.SAME, left[i]);
        }
        return parts.list;
    }

    private static void middle(String[] left, String[] right, Runs parts) {
        if ((long) (left.length + 1) * (right.length + 1) > MAX_TABLE_CELLS) {
            Arrays.stream(left).forEach(w -> parts.add(Change.REMOVED, w));
            Arrays.stream(right).forEach(w -> parts.add(Change.INSERTED, w));
            return;
        }
        // common[i][j]: length of the longest common subsequence of left[i..] and right[j..]
        int[][] common = new int[left.length + 1][right.length + 1];
        for (int i = left.length - 1; i >= 0; i--) {
            for (int j = right.length - 1; j >= 0; j--) {
                common[i][j] = left[i].equals(right[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i].equals(right[j])) {
                parts.add(Change.SAME, left[i++]);
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(Change.REMOVED, left[i++]);
            } else {
                parts.add(Change.INSERTED, right[j++]);
            }
        }
        while (i < left.length) {
            parts.add(Change.REMOVED, left[i++]);
        }
        while (j < right.length) {
            parts.add(Change.INSERTED, right[j++]);
        }
    }

    private static String[] words(String text) {
        var trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    private static final class Runs {
        final List<Part> list = new ArrayList<>();

        void add(Change change, String word) {
            if (!list.isEmpty() && list.getLast().change() == change) {
                list.set(list.size() - 1, new Part(change, list.getLast().text() + " " + word));
            } else {
                list.add(new Part(change, word));
            }
        }
    }
}
