package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.review.GuestAccess;
import dev.clapboard.review.GuestReviews;
import org.jspecify.annotations.Nullable;

/**
 * What someone outside the workspace sees through a review link: the video (or a playlist to pick from) and its
 * comments, and a form to comment under their own name; no prices, no campaign data, no menu. An expired,
 * revoked or unknown link says so plainly; a password-protected one asks for the password first.
 */
@Route(value = "guest/:" + GuestReviewView.TOKEN, autoLayout = false)
@PageTitle("Review · Clapboard")
@AnonymousAllowed
class GuestReviewView extends Main implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final GuestReviews guests;
    private String token = "";
    final H2 headline = new H2();
    final Paragraph message = new Paragraph();
    final PasswordField password = new PasswordField("Password");
    final Button open = new Button("Open", e -> unlock());
    @Nullable GuestCommentsPanel comments;
    @Nullable ReviewPlayer player;
    final Div playlist = new Div();
    final java.util.Map<Long, Button> picks = new java.util.LinkedHashMap<>();
    private final Div stage = new Div();

    GuestReviewView(GuestReviews guests) {
        this.guests = guests;
        addClassName("guest-review");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        show(guests.open(token), null);
    }

    private void unlock() {
        var access = guests.unlock(token, password.getValue());
        if (access.state() == GuestAccess.State.OPEN) {
            VaadinSession.getCurrent().getSession().setAttribute(GuestReviews.unlockedAttribute(token), Boolean.TRUE);
            show(access, password.getValue());
        } else if (access.state() == GuestAccess.State.PASSWORD_NEEDED) {
            password.setErrorMessage("Wrong password.");
            password.setInvalid(true);
        } else {
            show(access, null);
        }
    }

    private void show(GuestAccess access, @Nullable String givenPassword) {
        removeAll();
        add(new H1("Clapboard review"));
        switch (access.state()) {
            case OPEN -> {
                var first = access.video();
                headline.setText(access.title() != null ? access.title() : first == null ? "" : first.title());
                stage.addClassName("review-stage");
                playlist.removeAll();
                picks.clear();
                playlist.addClassName("guest-playlist");
                if (access.videos().size() > 1) {
                    for (int i = 0; i < access.videos().size(); i++) {
                        var video = access.videos().get(i);
                        var pick = new Button((i + 1) + ". " + video.title(), e -> play(video, givenPassword));
                        pick.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        picks.put(video.generationId(), pick);
                        playlist.add(pick);
                    }
                    add(headline, playlist, stage);
                } else {
                    add(headline, stage);
                }
                if (first != null) {
                    play(first, givenPassword);
                }
            }
            case PASSWORD_NEEDED -> {
                headline.setText("This review link is protected");
                message.setText("Enter the password you were given with the link.");
                add(headline, message, password, open);
            }
            case LOCKED -> says("Too many wrong passwords", "Try again in 15 minutes.");
            case EXPIRED -> says("This review link has expired", "Ask the person who sent it for a new link.");
            case REVOKED -> says("This review link was revoked", "Ask the person who sent it for a new link.");
            case UNKNOWN -> says("This review link does not exist", "Check that you copied the whole link.");
        }
    }

    /** Shows one video of the link with its comments; the playlist marks it as playing. */
    private void play(GuestAccess.GuestVideo video, @Nullable String givenPassword) {
        var shown = new ReviewPlayer("guest-media/" + token + "/" + video.generationId(), null,
                video.durationSeconds(), video.framesPerSecond());
        var panel = new GuestCommentsPanel(guests, token, givenPassword, video.generationId(), shown);
        shown.onCommentHere(panel::commentAt);
        shown.onMoved(panel::followPlayer);
        player = shown;
        comments = panel;
        stage.removeAll();
        stage.add(shown, panel);
        picks.forEach((id, pick) -> pick.getElement().setAttribute("aria-current",
                String.valueOf(id == video.generationId())));
    }

    private void says(String title, String text) {
        headline.setText(title);
        message.setText(text);
        add(headline, message);
    }
}
