package dev.clapboard.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.TimedComment;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The browser's own video player with review controls: position in time and frames, speed, loop, keyboard
 * shortcuts, and a timeline with a marker per comment. The browser reports the position on every time update,
 * seek and pause; the shortcuts are a small script, so no client-side build is needed.
 */
class ReviewPlayer extends Div {

    /** Space, J/K/L, arrows and C, ignored while typing; C asks the server to comment at the current time. */
    private static final String SHORTCUTS = """
            const video = $0; const frame = 1 / $1;
            if (window.__clapboardReviewKeys) document.removeEventListener('keydown', window.__clapboardReviewKeys);
            window.__clapboardReviewKeys = e => {
              if (!video.isConnected || e.ctrlKey || e.metaKey || e.altKey) return;
              const typing = e.composedPath().some(n => n instanceof HTMLElement
                  && (n.matches('input, textarea, [contenteditable=""], [contenteditable="true"]')));
              if (typing) return;
              switch (e.key) {
                case ' ': video.paused ? video.play() : video.pause(); break;
                case 'k': case 'K': video.pause(); break;
                case 'l': case 'L':
                  if (video.paused) { video.playbackRate = 1; video.play(); }
                  else video.playbackRate = Math.min(video.playbackRate * 2, 4);
                  break;
                case 'j': case 'J': video.pause(); video.currentTime = Math.max(0, video.currentTime - 1); break;
                case 'ArrowLeft': video.pause(); video.currentTime = Math.max(0, video.currentTime - frame); break;
                case 'ArrowRight': video.pause(); video.currentTime = Math.min(video.duration || 0, video.currentTime + frame); break;
                case 'c': case 'C': video.pause(); video.dispatchEvent(new CustomEvent('comment-here')); break;
                default: return;
              }
              e.preventDefault();
            };
            document.addEventListener('keydown', window.__clapboardReviewKeys);
            """;

    private final long lengthMillis;
    private final int framesPerSecond;
    final Video video;
    final Span position = new Span();
    final Select<Double> speed = new Select<>();
    final Checkbox loop = new Checkbox("Loop");
    final Div timeline = new Div();
    private long positionMillis;
    private LongConsumer commentHere = millis -> { };
    private LongConsumer moveListener = millis -> { };

    ReviewPlayer(GenerationSummary generation) {
        this("media/" + generation.videoMediaId(), "media/" + generation.thumbnailMediaId(),
                generation.durationSeconds(), ReviewService.framesPerSecond(generation));
    }

    ReviewPlayer(String source, @Nullable String poster, int durationSeconds, int framesPerSecond) {
        addClassName("review-player");
        lengthMillis = durationSeconds * 1000L;
        this.framesPerSecond = framesPerSecond;
        video = new Video(source, poster);
        for (var event : List.of("timeupdate", "seeked", "pause")) {
            video.getElement().addEventListener(event, e -> moved(e.getEventData().get("element.currentTime").asDouble()))
                    .addEventData("element.currentTime");
        }
        video.getElement().addEventListener("comment-here", e -> {
            moved(e.getEventData().get("element.currentTime").asDouble());
            commentHere.accept(positionMillis);
        }).addEventData("element.currentTime");
        position.addClassName("review-position");
        speed.setAriaLabel("Playback speed");
        speed.setItems(0.25, 0.5, 1.0, 1.5, 2.0);
        speed.setItemLabelGenerator(s -> String.format(Locale.ROOT, "%s×", s % 1 == 0 ? s.intValue() : s));
        speed.setValue(1.0);
        speed.setWidth("6rem");
        speed.addValueChangeListener(e -> video.getElement().setProperty("playbackRate", e.getValue()));
        loop.addValueChangeListener(e -> video.getElement().setProperty("loop", e.getValue()));
        var play = new Button("Play / pause", e -> video.getElement().executeJs("this.paused ? this.play() : this.pause()"));
        play.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var controls = new HorizontalLayout(play, speed, loop, position);
        controls.setAlignItems(HorizontalLayout.Alignment.CENTER);
        controls.addClassName("review-controls");
        timeline.addClassName("review-timeline");
        var keys = new Span("Space play/pause · J back 1 s · K pause · L play/faster · ←/→ one frame · C comment here");
        keys.addClassName("review-keys");
        add(video, timeline, controls, keys);
        moved(0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(SHORTCUTS, video.getElement(), framesPerSecond);
    }

    void onCommentHere(LongConsumer listener) {
        this.commentHere = listener;
    }

    void onMoved(LongConsumer listener) {
        this.moveListener = listener;
    }

    long positionMillis() {
        return positionMillis;
    }

    /** Moves the playhead, as clicking a marker does. */
    void seek(long millis) {
        video.getElement().executeJs("this.pause(); this.currentTime = $0", millis / 1000.0);
        moved(millis / 1000.0);
    }

    /** One marker per comment thread, placed at its time; a span is drawn as wide as it lasts. */
    void showMarkers(List<TimedComment> comments) {
        timeline.removeAll();
        comments.stream().filter(c -> c.parentId() == null).forEach(c -> {
            var marker = new Div();
            marker.addClassName("review-marker");
            if (c.resolved()) {
                marker.addClassName("resolved");
            }
            marker.getStyle().set("left", percent(c.atMillis()));
            if (c.untilMillis() != null) {
                marker.getStyle().set("width", percent(c.untilMillis() - c.atMillis()));
            }
            marker.getElement().setAttribute("title", label(c.atMillis()) + " — " + c.authorName());
            marker.getElement().setAttribute("data-at", String.valueOf(c.atMillis()));
            marker.addClickListener(e -> seek(c.atMillis()));
            timeline.add(marker);
        });
    }

    /** A moment of this video in time and frames, at its own frame rate. */
    String label(long millis) {
        return ReviewService.position(millis, framesPerSecond);
    }

    String percent(long millis) {
        return String.format(Locale.ROOT, "%.3f%%", lengthMillis == 0 ? 0 : millis * 100.0 / lengthMillis);
    }

    private void moved(double seconds) {
        positionMillis = Math.max(0, Math.min(lengthMillis, Math.round(seconds * 1000)));
        position.setText(label(positionMillis) + " @ " + framesPerSecond + " fps");
        moveListener.accept(positionMillis);
    }

    /** A native {@code <video>} element with the browser's controls. */
    @Tag("video")
    static class Video extends HtmlComponent {

        Video(String source, @Nullable String poster) {
            getElement().setAttribute("src", source);
            if (poster != null) {
                getElement().setAttribute("poster", poster);
            }
            getElement().setAttribute("controls", true);
            getElement().setAttribute("preload", "auto");
            getElement().setAttribute("playsinline", true);
            addClassName("review-video");
        }
    }
}
