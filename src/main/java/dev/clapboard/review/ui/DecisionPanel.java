package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.ReviewSummary;
import dev.clapboard.review.Verdict;
import java.util.Locale;

/**
 * The video's review state and decisions; reviewers and managers approve, request changes (saying what) or
 * reject (saying why). Creators see the decisions but cannot make them.
 */
class DecisionPanel extends Div {

    private final ReviewService reviews;
    private final GenerationSummary video;
    final Span state = new Span();
    final TextArea note = new TextArea("Note");
    final Button approve = new Button("Approve", e -> decide(Verdict.APPROVE));
    final Button requestChanges = new Button("Request changes", e -> decide(Verdict.REQUEST_CHANGES));
    final Button reject = new Button("Reject", e -> decide(Verdict.REJECT));
    final Div decisions = new Div();

    DecisionPanel(ReviewService reviews, GenerationSummary video, boolean mayDecide) {
        this.reviews = reviews;
        this.video = video;
        addClassName("review-decisions");
        state.addClassName("review-state");
        note.setHelperText("Required to request changes or reject; saved with your decision.");
        note.setWidthFull();
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new HorizontalLayout(approve, requestChanges, reject);
        buttons.setWrap(true);
        add(new H3("Decision"), state);
        if (!mayDecide) {
            add(new Paragraph("Reviewers and managers decide on videos; you can comment."));
        } else if (video.status() != GenerationStatus.SUCCEEDED) {
            add(new Paragraph("This generation has no finished video to decide on."));
        } else {
            add(note, buttons);
        }
        add(decisions);
        show(reviews.summary(video.id()));
    }

    private void decide(Verdict verdict) {
        note.setInvalid(false);
        try {
            show(reviews.decide(video.id(), verdict, note.getValue()));
            note.clear();
            Notification.show("Decision saved: " + verdict.label().toLowerCase(Locale.ROOT) + ".");
        } catch (ReviewRefusedException e) {
            if (ReviewRefusedException.NOTE.equals(e.field())) {
                note.setErrorMessage(e.getMessage());
                note.setInvalid(true);
            } else {
                Notification.show(e.getMessage());
            }
        }
    }

    private void show(ReviewSummary summary) {
        state.setText(summary.state().label());
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add("badge " + switch (summary.state()) {
            case APPROVED -> "success";
            case REJECTED -> "error";
            case CHANGES_REQUESTED -> "contrast";
            case WAITING -> "";
        });
        decisions.removeAll();
        summary.decisions().forEach(d -> {
            var line = new Div(new Span(d.reviewerName() + " (" + d.reviewerRole().toLowerCase(Locale.ROOT) + "): "
                    + d.verdict().label()));
            if (d.note() != null) {
                line.add(CommentText.of(d.note()));
            }
            line.addClassName("review-decision");
            decisions.add(line);
        });
    }
}
