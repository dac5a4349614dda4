package dev.clapboard.generation.provider.local;

import java.awt.Color;
import java.util.Locale;

/** The grading of an animatic: palette, outlines and letterbox per style. */
enum Look {
    PHOTOREAL(new Color(0x9cc3e4), new Color(0xe9eef2), new Color(0x6b7b55), false, false),
    ANIMATED(new Color(0x6fd3ff), new Color(0xfff3b0), new Color(0x7ed957), true, false),
    CINEMATIC(new Color(0x16324a), new Color(0xd9823b), new Color(0x2b2b2b), false, true);

    final Color skyTop;
    final Color skyBottom;
    final Color floor;
    final boolean outlines;
    final boolean letterbox;

    Look(Color skyTop, Color skyBottom, Color floor, boolean outlines, boolean letterbox) {
        this.skyTop = skyTop;
        this.skyBottom = skyBottom;
        this.floor = floor;
        this.outlines = outlines;
        this.letterbox = letterbox;
    }

    /** The look a style name asks for; free-text styles are read for their key words. */
    static Look forStyle(String style) {
        var s = style.toLowerCase(Locale.ROOT);
        if (s.contains("cinema") || s.contains("film") || s.contains("dramatic")) {
            return CINEMATIC;
        }
        if (s.contains("anim") || s.contains("cartoon") || s.contains("anime") || s.contains("comic")) {
            return ANIMATED;
        }
        return PHOTOREAL;
    }
}
