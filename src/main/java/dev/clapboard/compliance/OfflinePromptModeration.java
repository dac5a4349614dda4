package dev.clapboard.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The built-in moderation, offline: public figures from {@code compliance/public-figures.txt} (plus the ones a
 * workspace added) are blocked, sexual or violent terms together with terms about minors are blocked, and
 * violent or explicit terms alone need a manager's review. Word lists avoid film vocabulary that only looks
 * violent ("shot", "shoot", "killer feature").
 */
@Component
class OfflinePromptModeration implements PromptModeration {

    static final String FIGURES = "/compliance/public-figures.txt";

    private static final Set<String> MINORS = Set.of("child", "children", "kid", "kids", "minor", "minors",
            "toddler", "toddlers", "baby", "babies", "infant", "infants", "boy", "boys", "girl", "girls", "teen",
            "teens", "teenager", "teenagers", "teenage", "schoolgirl", "schoolgirls", "schoolboy", "schoolboys",
            "schoolchildren", "underage", "preteen", "preteens", "juvenile", "youngster", "youngsters");
    private static final Set<String> SEXUAL = Set.of("nude", "nudes", "naked", "nudity", "sex", "sexual", "sexy",
            "sexualised", "sexualized", "erotic", "porn", "porno", "pornographic", "topless", "undressed",
            "undressing", "undress", "seductive", "sensual", "nsfw", "lingerie", "fetish", "explicit", "intercourse");
    private static final Set<String> VIOLENT = Set.of("kill", "kills", "killing", "killed", "murder", "murders",
            "murdered", "murdering", "stab", "stabs", "stabbed", "stabbing", "gunfire", "gunshot", "gunshots",
            "gunfight", "bloodbath", "bloodied", "gore", "gory", "torture", "tortured", "torturing", "assault",
            "assaulted", "massacre", "behead", "beheaded", "beheading", "decapitated", "decapitation", "corpse",
            "corpses", "strangle", "strangled", "strangling", "suicide", "terrorist", "terrorists", "abuse",
            "abused", "abusing", "rape", "raped", "kidnap", "kidnapped", "kidnapping", "hostage", "hostages",
            "mutilated", "mutilation", "dismembered", "lynching", "slaughter", "slaughtered", "weapon", "weapons",
            "gun", "guns", "rifle", "rifles", "pistol", "pistols", "grenade", "bombing", "beaten", "bleeding",
            "wounded", "injured");
    private static final List<List<String>> VIOLENT_PHRASES = List.of(List.of("shot", "dead"),
            List.of("open", "fire"), List.of("mass", "shooting"), List.of("blood", "soaked"), List.of("war", "crime"));
    /** "12-year-old", "a 9 year old": an age under 18 is a minor. */
    private static final Pattern YOUNG_AGE = Pattern.compile("\\b(\\d{1,2}) (?:year|years|yr|yrs)\\b");

    private final List<Figure> figures;

    OfflinePromptModeration() {
        this.figures = load();
    }

    /** A public figure as listed, with every way of writing them as lists of words. */
    record Figure(String name, List<List<String>> forms) {
    }

    @Override
    public ModerationVerdict assess(String prompt, Collection<String> addedPublicFigures) {
        var words = Names.words(prompt);
        var reasons = new ArrayList<String>();
        var named = new ArrayList<String>();
        figures.stream().filter(f -> f.forms().stream().anyMatch(form -> Names.occursIn(form, words)))
                .map(Figure::name).forEach(named::add);
        addedPublicFigures.stream().filter(name -> Names.occursIn(Names.words(name), words)).forEach(named::add);
        if (!named.isEmpty()) {
            reasons.add("names " + String.join(", ", named.stream().distinct().toList())
                    + (named.size() == 1 ? ", a public figure" : ", public figures")
                    + "; Clapboard does not generate public figures");
        }
        var minors = words.stream().anyMatch(MINORS::contains) || youngAge(String.join(" ", words));
        var sexual = words.stream().filter(SEXUAL::contains).distinct().toList();
        var violent = new ArrayList<>(words.stream().filter(VIOLENT::contains).distinct().toList());
        VIOLENT_PHRASES.stream().filter(phrase -> Names.occursExactlyIn(phrase, words))
                .map(phrase -> String.join(" ", phrase)).forEach(violent::add);
        if (minors && (!sexual.isEmpty() || !violent.isEmpty())) {
            reasons.add("puts minors in a " + (sexual.isEmpty() ? "violent" : "sexual") + " context ("
                    + String.join(", ", sexual.isEmpty() ? violent : sexual) + ")");
            return new ModerationVerdict(ModerationOutcome.BLOCKED, reasons);
        }
        if (!named.isEmpty()) {
            return new ModerationVerdict(ModerationOutcome.BLOCKED, reasons);
        }
        if (!sexual.isEmpty() || !violent.isEmpty()) {
            var terms = new ArrayList<>(sexual);
            terms.addAll(violent);
            reasons.add("contains " + (sexual.isEmpty() ? "violent" : violent.isEmpty() ? "explicit"
                    : "explicit and violent") + " terms (" + String.join(", ", terms) + ")");
            return new ModerationVerdict(ModerationOutcome.NEEDS_REVIEW, reasons);
        }
        return ModerationVerdict.ALLOWED;
    }

    private static boolean youngAge(String normalised) {
        var matcher = YOUNG_AGE.matcher(normalised);
        while (matcher.find()) {
            if (Integer.parseInt(matcher.group(1)) < 18) {
                return true;
            }
        }
        return false;
    }

    int figureCount() {
        return figures.size();
    }

    private static List<Figure> load() {
        var stream = Objects.requireNonNull(OfflinePromptModeration.class.getResourceAsStream(FIGURES), FIGURES);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> {
                        var forms = Arrays.stream(line.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                                .map(Names::words).filter(w -> !w.isEmpty()).toList();
                        return new Figure(line.split("\\|")[0].strip(), forms);
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
