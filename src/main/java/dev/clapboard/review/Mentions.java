package dev.clapboard.review;

import dev.clapboard.workspace.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds {@code @Display Name} or {@code @e-mail} mentions of workspace members in a comment. An {@code @} that
 * starts a word but names nobody in the workspace is refused, so nobody believes a stranger was told.
 */
final class Mentions {

    private Mentions() {
    }

    static Set<Member> in(String body, List<Member> members) {
        var candidates = new ArrayList<Candidate>();
        for (var member : members) {
            candidates.add(new Candidate(member.displayName(), member));
            candidates.add(new Candidate(member.email(), member));
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.text().length()).reversed());
        var lower = body.toLowerCase(Locale.ROOT);
        var found = new LinkedHashSet<Member>();
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(body.charAt(at - 1)) && "([{\"'".indexOf(body.charAt(at - 1)) < 0) {
                continue; // inside a word or an e-mail address, not a mention
            }
            var rest = lower.substring(at + 1);
            var match = candidates.stream().filter(c -> rest.startsWith(c.text().toLowerCase(Locale.ROOT)))
                    .filter(c -> endsWord(rest, c.text().length())).findFirst();
            if (match.isPresent()) {
                found.add(match.get().member());
            } else if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
                throw new ReviewRefusedException(ReviewRefusedException.BODY, "“@" + firstWord(body.substring(at + 1))
                        + "” is not a member of this workspace. Mention members by name, like @"
                        + members.getFirst().displayName() + ".");
            }
        }
        return found;
    }

    private static boolean endsWord(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && end < 60 && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end);
    }

    private record Candidate(String text, Member member) {
    }
}
