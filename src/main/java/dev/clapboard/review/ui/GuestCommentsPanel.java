package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.review.GuestReviews;
import dev.clapboard.review.NewComment;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.TimedComment;
import org.jspecify.annotations.Nullable;

/** Guests read a video's comments and add their own at the player's position, under the name they give. */
class GuestCommentsPanel extends Div {

    private final GuestReviews guests;
    private final String token;
    private final @Nullable String password;
    private final long generationId;
    private final ReviewPlayer player;
    final TextField name = new TextField("Your name");
    final TextArea body = new TextArea("Comment");
    final NumberField at = new NumberField("At (s)");
    final Button add = new Button("Comment", e -> addComment());
    final Div list = new Div();

    GuestCommentsPanel(GuestReviews guests, String token, @Nullable String password, long generationId,
            ReviewPlayer player) {
        this.guests = guests;
        this.token = token;
        this.password = password;
        this.generationId = generationId;
        this.player = player;
        addClassName("review-comments");
        name.setMaxLength(GuestReviews.MAX_GUEST_NAME_LENGTH);
        body.setHelperText(CommentsPanel.LIMIT.replace(" Mention members with @Name.", ""));
        body.setWidthFull();
        at.setStep(0.001);
        at.setMin(0);
        at.setValue(0.0);
        at.setWidth("9rem");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(at, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H3("Comments"), name, body, row, list);
        refresh();
    }

    void followPlayer(long millis) {
        if (body.getValue().isBlank()) {
            at.setValue(millis / 1000.0);
        }
    }

    void commentAt(long millis) {
        at.setValue(millis / 1000.0);
        body.focus();
    }

    private void addComment() {
        name.setInvalid(false);
        body.setInvalid(false);
        at.setInvalid(false);
        try {
            var seconds = at.getValue() == null ? 0 : at.getValue();
            guests.comment(token, password, generationId, name.getValue(), new NewComment(Math.round(seconds * 1000), null,
                    body.getValue()));
        } catch (ReviewRefusedException e) {
            var field = switch (e.field()) {
                case "name" -> name;
                case ReviewRefusedException.AT -> at;
                default -> body;
            };
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return;
        }
        body.clear();
        refresh();
    }

    private void refresh() {
        var all = guests.comments(token, password, generationId);
        list.removeAll();
        for (TimedComment c : all) {
            var author = new Span(c.authorName() + (c.external() ? " (guest)" : ""));
            author.addClassName("review-author");
            var time = new Button(player.label(c.atMillis()), e -> player.seek(c.atMillis()));
            time.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            var shown = new Div(new HorizontalLayout(author, time), CommentText.of(c.body()));
            shown.addClassName(c.parentId() == null ? "review-comment" : "review-reply");
            list.add(shown);
        }
        player.showMarkers(all);
    }
}
