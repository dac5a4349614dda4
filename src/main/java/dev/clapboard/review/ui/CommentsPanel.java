package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.NewComment;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.ReviewService;
import dev.clapboard.review.TimedComment;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writing comments at the player's position and reading them as threads: each thread has its time (click to
 * seek), replies, resolve/reopen, and edit/delete for its author.
 */
class CommentsPanel extends Div {

    static final String LIMIT = String.format(Locale.ENGLISH, "Plain text, up to %,d characters. Mention members "
            + "with @Name.", ReviewService.MAX_COMMENT_LENGTH);

    private final ReviewService reviews;
    private final GenerationSummary video;
    private final ReviewPlayer player;
    private final Consumer<List<TimedComment>> changed;
    final TextArea body = new TextArea("Comment");
    final NumberField at = new NumberField("At (s)");
    final NumberField until = new NumberField("Until (s, optional)");
    final Button add = new Button("Comment");
    final Div threads = new Div();

    CommentsPanel(ReviewService reviews, GenerationSummary video, ReviewPlayer player,
            Consumer<List<TimedComment>> changed) {
        this.reviews = reviews;
        this.video = video;
        this.player = player;
        this.changed = changed;
        addClassName("review-comments");
        body.setHelperText(LIMIT);
        body.setWidthFull();
        for (var field : List.of(at, until)) {
            field.setStep(0.001);
            field.setMin(0);
            field.setMax(video.durationSeconds());
            field.setWidth("9rem");
        }
        at.setValue(0.0);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addComment());
        var when = new HorizontalLayout(at, until, add);
        when.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        threads.addClassName("review-threads");
        add(new H3("Comments"), body, when, threads);
        refresh();
    }

    /** Follows the player while nothing is being written, so a new comment lands where the video is. */
    void followPlayer(long millis) {
        if (body.getValue().isBlank()) {
            at.setValue(millis / 1000.0);
        }
    }

    /** Pressing C: comment at this very moment. */
    void commentAt(long millis) {
        at.setValue(millis / 1000.0);
        body.focus();
    }

    void refresh() {
        var all = reviews.comments(video.id());
        threads.removeAll();
        all.stream().filter(c -> c.parentId() == null).forEach(root -> {
            var thread = new Div(comment(root));
            thread.addClassName("review-thread");
            all.stream().filter(c -> Long.valueOf(root.id()).equals(c.parentId())).forEach(reply -> {
                var shown = comment(reply);
                shown.addClassName("review-reply");
                thread.add(shown);
            });
            thread.add(replyBox(root));
            threads.add(thread);
        });
        if (all.isEmpty()) {
            threads.add(new Span("No comments yet. Press C while watching to comment at that moment."));
        }
        changed.accept(all);
    }

    private void addComment() {
        body.setInvalid(false);
        at.setInvalid(false);
        until.setInvalid(false);
        var atValue = at.getValue();
        if (atValue == null) {
            at.setErrorMessage("Pick a time.");
            at.setInvalid(true);
            return;
        }
        var untilValue = until.getValue();
        try {
            reviews.comment(video.id(), new NewComment(Math.round(atValue * 1000),
                    untilValue == null ? null : Math.round(untilValue * 1000), body.getValue()));
        } catch (ReviewRefusedException e) {
            var field = switch (e.field()) {
                case ReviewRefusedException.AT -> at;
                case ReviewRefusedException.UNTIL -> until;
                default -> body;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        body.clear();
        until.clear();
        refresh();
    }

    private Div comment(TimedComment c) {
        var time = new Button(player.label(c.atMillis())
                + (c.untilMillis() == null ? "" : " – " + player.label(c.untilMillis())),
                e -> player.seek(c.atMillis()));
        time.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        time.addClassName("review-time");
        var author = new Span(c.authorName() + (c.external() ? " (guest)" : ""));
        author.addClassName("review-author");
        var header = new HorizontalLayout(author, time);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (c.edited()) {
            header.add(new Span("(edited)"));
        }
        if (c.resolved()) {
            var resolved = new Span("Resolved");
            resolved.getElement().getThemeList().add("badge success");
            header.add(resolved);
        }
        var shown = new Div(header, CommentText.of(c.body()));
        shown.addClassName("review-comment");
        var actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (c.parentId() == null) {
            actions.add(small(c.resolved() ? "Reopen" : "Resolve", () -> act(() -> reviews.resolve(c.id(), !c.resolved()))));
        }
        if (c.mayEdit()) {
            actions.add(small("Edit", () -> edit(shown, c)));
        }
        if (c.mayDelete()) {
            actions.add(small("Delete", () -> act(() -> reviews.delete(c.id()))));
        }
        shown.add(actions);
        return shown;
    }

    private Div replyBox(TimedComment root) {
        var reply = new TextArea();
        reply.setPlaceholder("Reply");
        reply.setAriaLabel("Reply to " + root.authorName());
        reply.setWidthFull();
        var send = small("Reply", () -> {
            try {
                reviews.reply(root.id(), reply.getValue());
                refresh();
            } catch (ReviewRefusedException e) {
                reply.setErrorMessage(e.getMessage());
                reply.setInvalid(true);
            }
        });
        var box = new Div(reply, send);
        box.addClassName("review-reply-box");
        return box;
    }

    private void edit(Div shown, TimedComment c) {
        var text = new TextArea();
        text.setValue(c.body());
        text.setWidthFull();
        var save = small("Save", () -> {
            try {
                reviews.edit(c.id(), text.getValue());
                refresh();
            } catch (ReviewRefusedException e) {
                text.setErrorMessage(e.getMessage());
                text.setInvalid(true);
            }
        });
        shown.add(text, save);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ReviewRefusedException e) {
            com.vaadin.flow.component.notification.Notification.show(e.getMessage());
        }
        refresh();
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
