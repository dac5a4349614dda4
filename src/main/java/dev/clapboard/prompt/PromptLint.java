package dev.clapboard.prompt;

import dev.clapboard.prompt.LintWarning.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Warnings about a prompt as it is typed, each with how to fix it. Heuristics on words, deliberately simple:
 * they nudge towards "a 45-year-old managing director in a modern office explains software features, medium
 * shot" and away from "a person talks".
 */
public final class PromptLint {

    static final int MIN_WORDS = 8;

    private static final Pattern VAGUE_SUBJECT = Pattern.compile(
            "\\b(a person|someone|somebody|some people|people|a guy|something|a thing|stuff)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTING = Pattern.compile(
            "\\b(in|at|inside|outside|on|across|through|along|under|beneath|beside|near|above|against|over)"
                    + "\\s+(a|an|the|his|her|their|our|its|front of)\\b"
                    + "|\\b(office|studio|room|kitchen|street|city|beach|forest|stage|hall|booth|warehouse|factory|"
                    + "background|backdrop|landscape|desert|mountains?|park|store|shop|café|cafe|lab|laboratory|"
                    + "classroom|conference|trade fair|exhibition|rooftop|outdoors|indoors|set)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAMERA = Pattern.compile(
            "\\b(camera|shot|close-?ups?|wide|medium|tracking|dolly|pan|pans|panning|tilt|zoom|zooms|handheld|"
                    + "drone|aerial|lens|\\d+\\s?mm|angle|pov|crane|push-?in|pull-?back|over-the-shoulder|"
                    + "split[- ]screen|steadicam|gimbal|macro|bird's-eye|top-down|time-?lapse)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "\\b(\\d{1,4})\\s*(?:-\\s*)?(s|sec|secs|second|seconds|sek|sekunden)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]{1,40})\\}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** Looks that cannot be had at once; a word of two families in one prompt is a conflict. */
    private static final List<Set<String>> STYLE_FAMILIES = List.of(
            Set.of("photorealistic", "photoreal", "realistic", "hyperrealistic", "documentary"),
            Set.of("anime", "cartoon", "animated", "manga", "claymation", "watercolour", "watercolor", "pixel"));
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /**
     * Capitalised words that start names of things rather than people, so "Northwind Analytics" or "Trade Fair"
     * are not taken for a person. The heuristic is a hook for the compliance feature, not a verdict.
     */
    private static final Set<String> NOT_PERSON_WORDS = Set.of("analytics", "media", "app", "apps", "studio",
            "studios", "cloud", "office", "pro", "max", "plus", "labs", "inc", "gmbh", "ltd", "ag", "group",
            "bank", "street", "city", "hall", "fair", "center", "centre", "park", "dashboard", "suite", "camera",
            "lens", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "i", "ceo", "cto", "cfo", "ai", "tv", "ui", "style", "audience", "duration",
            "lighting", "music", "ambience", "dialogue", "aspect", "ratio", "says");

    private PromptLint() {
    }

    /**
     * @param durationSeconds the duration chosen next to the prompt, or null to look for one in the text
     * @param allowedDurations the durations the selected provider accepts, in seconds
     */
    public static List<LintWarning> check(String text, @Nullable Integer durationSeconds,
            List<Integer> allowedDurations) {
        var warnings = new ArrayList<LintWarning>();
        if (text.isBlank()) {
            warnings.add(new LintWarning(Kind.EMPTY, "The prompt is empty.",
                    "Describe who does what, where, and how the camera sees it.", null));
            return warnings;
        }
        if (text.length() > PromptService.MAX_TEXT_LENGTH) {
            warnings.add(new LintWarning(Kind.TOO_LONG, String.format(Locale.ROOT,
                    "The prompt has %,d characters; the limit is %,d.", text.length(), PromptService.MAX_TEXT_LENGTH),
                    "Shorten it: keep one scene per prompt and move background notes to the card.", null));
        }
        long words = WORD.matcher(text).results().count();
        if (words < MIN_WORDS) {
            warnings.add(new LintWarning(Kind.TOO_SHORT, "Too short to steer the video (" + words + " words).",
                    "Describe who does what, where, and how the camera sees it, e.g. \"A 45-year-old managing "
                            + "director in a modern office explains software features, medium shot\".", null));
        }
        var vague = VAGUE_SUBJECT.matcher(text);
        if (vague.find()) {
            warnings.add(new LintWarning(Kind.NO_SUBJECT, "No clear subject: \"" + vague.group() + "\" is vague.",
                    "Say exactly who or what is shown: age, role, look, e.g. \"a 45-year-old managing director\" "
                            + "rather than \"a person\".", vague.group()));
        }
        if (!SETTING.matcher(text).find()) {
            warnings.add(new LintWarning(Kind.NO_SETTING, "No setting: where does this happen?",
                    "Name the place and its mood, e.g. \"in a bright, modern open-plan office\".", null));
        }
        if (!CAMERA.matcher(text).find()) {
            warnings.add(new LintWarning(Kind.NO_CAMERA, "No camera direction.",
                    "Add shot size and movement, e.g. \"medium shot, slow push-in, 35 mm lens\".", null));
        }
        duration(text, durationSeconds, allowedDurations).ifPresent(warnings::add);
        placeholders(text).forEach(warnings::add);
        conflictingStyles(text).ifPresent(warnings::add);
        possiblePeople(text).forEach(warnings::add);
        return warnings;
    }

    private static Optional<LintWarning> duration(String text, @Nullable Integer chosen,
            List<Integer> allowed) {
        var allowedText = allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " seconds";
        Integer seconds = chosen;
        String match = null;
        if (seconds == null) {
            Matcher m = DURATION.matcher(text);
            if (m.find()) {
                seconds = Integer.parseInt(m.group(1));
                match = m.group();
            }
        }
        if (seconds == null) {
            return Optional.of(new LintWarning(Kind.DURATION_MISSING, "No duration given.",
                    "Choose a duration the provider allows: " + allowedText + ".", null));
        }
        if (!allowed.isEmpty() && !allowed.contains(seconds)) {
            return Optional.of(new LintWarning(Kind.DURATION_NOT_ALLOWED,
                    seconds + " seconds is not a duration the provider allows.",
                    "Use " + allowedText + ", or split the idea into several clips.", match));
        }
        return Optional.empty();
    }

    private static List<LintWarning> placeholders(String text) {
        var names = new LinkedHashSet<String>();
        PLACEHOLDER.matcher(text).results().forEach(r -> names.add(r.group(1)));
        return names.stream().map(n -> new LintWarning(Kind.UNFILLED_PLACEHOLDER,
                "The placeholder {" + n + "} is not filled in.",
                "Replace {" + n + "} with the real value.", "{" + n + "}")).toList();
    }

    private static Optional<LintWarning> conflictingStyles(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        var found = new ArrayList<String>();
        for (var family : STYLE_FAMILIES) {
            LETTERS.matcher(lower).results().map(MatchResult::group).filter(family::contains).findFirst()
                    .ifPresent(found::add);
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new LintWarning(Kind.CONFLICTING_STYLES,
                "Conflicting styles: \"" + found.get(0) + "\" and \"" + found.get(1) + "\".",
                "Keep one look per prompt; make the other look a style variant.", String.join(" + ", found)));
    }

    /**
     * Two or more capitalised words in a row, not counting a sentence's first word, e.g. "… featuring Maria
     * Schmidt". A two-word name that opens a sentence is missed: the price of not flagging every "Show Northwind".
     */
    private static List<LintWarning> possiblePeople(String text) {
        var found = new LinkedHashSet<String>();
        var tokens = WORD.matcher(text).results().toList();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNameWord(tokens.get(i).group())) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && isNameWord(tokens.get(end).group())
                    && adjacent(text, tokens.get(end - 1).end(), tokens.get(end).start())) {
                end++;
            }
            int first = startsSentence(text, tokens.get(i).start()) ? i + 1 : i;
            if (end - first >= 2) {
                found.add(text.substring(tokens.get(first).start(), tokens.get(end - 1).end()));
            }
            i = end;
        }
        return found.stream().map(name -> new LintWarning(Kind.POSSIBLE_REAL_PERSON,
                "\"" + name + "\" may be a real person.",
                "Only show real people with their recorded consent; otherwise describe a fictional person "
                        + "(age, role, look) instead of naming one.", name)).toList();
    }

    private static boolean isNameWord(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase)
                && !NOT_PERSON_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean adjacent(String text, int endOfPrevious, int start) {
        return text.substring(endOfPrevious, start).equals(" ");
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?:\"“'\n".indexOf(text.charAt(i)) >= 0;
    }
}
