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
 * What someone outside the workspace sees through a review link: the video and its comments, and a form to
 * comment under their own name; no prices, no campaign data, no menu. An expired, revoked or unknown link says
 * so plainly; a password-protected one asks for the password first.
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
                var video = access.video();
                headline.setText(video == null ? "" : video.title());
                var shown = new ReviewPlayer("guest-media/" + token, null, video == null ? 0 : video.durationSeconds());
                var panel = new GuestCommentsPanel(guests, token, givenPassword, shown);
                shown.onCommentHere(panel::commentAt);
                shown.onMoved(panel::followPlayer);
                player = shown;
                comments = panel;
                var stage = new Div(shown, panel);
                stage.addClassName("review-stage");
                add(headline, stage);
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

    private void says(String title, String text) {
        headline.setText(title);
        message.setText(text);
        add(headline, message);
    }
}
