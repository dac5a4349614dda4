package dev.clapboard.compliance;

import java.util.List;

/** A moderation result with every reason found, e.g. "names Angela Merkel, a public figure". */
public record ModerationVerdict(ModerationOutcome outcome, List<String> reasons) {

    public static final ModerationVerdict ALLOWED = new ModerationVerdict(ModerationOutcome.ALLOWED, List.of());

    public ModerationVerdict {
        reasons = List.copyOf(reasons);
    }

    public String reason() {
        return String.join("; ", reasons);
    }
}
