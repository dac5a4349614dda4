package dev.clapboard.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewedVideo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The versions of one concept, newest on top: the first video, its retries and remixes, each with how it came
 * about, its review state and who decided what. Each opens its own review; the one on screen is marked.
 */
class VersionStack extends Div {

    final Div entries = new Div();

    VersionStack(List<ReviewedVideo> versions, long current) {
        addClassName("review-versions");
        add(new H3("Versions"), entries);
        for (var version : versions) {
            var video = version.video();
            var link = new Anchor("review/" + video.id(), "#" + video.id() + " · variant " + video.variantIndex());
            var origin = new Span(origin(video));
            var state = new Span(video.status().isFinal() && video.videoMediaId() != null
                    ? version.review().state().label() : video.status().label());
            state.getElement().getThemeList().add("badge small");
            var decisions = new Span(version.review().decisions().stream()
                    .map(d -> d.reviewerName() + ": " + d.verdict().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(" · ")));
            decisions.addClassName("review-version-decisions");
            var entry = new Div(link, origin, state, decisions);
            entry.addClassName("review-version");
            if (video.id() == current) {
                entry.addClassName("current");
                entry.getElement().setAttribute("aria-current", "true");
            }
            entries.add(entry);
        }
    }

    static String origin(GenerationSummary video) {
        if (video.remixedFromId() != null) {
            return "remixed from #" + video.remixedFromId();
        }
        if (video.retryOfId() != null) {
            return "retry of #" + video.retryOfId();
        }
        return "first version";
    }
}
