package dev.clapboard.base;

/** Checks on text people type that every feature needs alike. */
public final class Texts {

    private Texts() {
    }

    /**
     * Blank, or made only of zero-width and other format characters (U+200B, U+200E, U+2060, U+FEFF …): text
     * that looks empty on screen, so it must not count as a name.
     */
    public static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }
}
