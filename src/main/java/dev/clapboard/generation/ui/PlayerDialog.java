package dev.clapboard.generation.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HtmlComponent;
import dev.clapboard.generation.GenerationSummary;

/** Plays a stored video in the browser's own player; the stream checks the viewer on every request. */
class PlayerDialog extends Dialog {

    PlayerDialog(GenerationSummary generation) {
        setHeaderTitle("Variant " + generation.variantIndex() + " · " + generation.style());
        setWidth("min(60rem, 95vw)");
        var video = new Video("media/" + generation.videoMediaId(), "media/" + generation.thumbnailMediaId());
        var prompt = new Paragraph(generation.promptText());
        prompt.addClassName("player-prompt");
        var details = new Paragraph(generation.providerId() + " · " + generation.model() + " · " + generation.size()
                + " · " + generation.durationSeconds() + " s · AI-generated");
        details.addClassName("player-details");
        add(video, details, prompt);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** A native {@code <video>} element with the browser's controls. */
    @Tag("video")
    static class Video extends HtmlComponent {

        Video(String source, String poster) {
            getElement().setAttribute("src", source);
            getElement().setAttribute("poster", poster);
            getElement().setAttribute("controls", true);
            getElement().setAttribute("preload", "metadata");
            getElement().setAttribute("playsinline", true);
            addClassName("player-video");
        }

        String source() {
            return getElement().getAttribute("src");
        }
    }
}
