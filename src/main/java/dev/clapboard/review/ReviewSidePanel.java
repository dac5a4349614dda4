package dev.clapboard.review;

import com.vaadin.flow.component.Component;
import dev.clapboard.generation.GenerationSummary;

/**
 * A section another feature adds beside a video under review (e.g. its AI label state and provenance), so the
 * review view shows it without depending on that feature. Beans of this type are asked once per shown video.
 */
public interface ReviewSidePanel {

    Component create(GenerationSummary video);
}
