package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ConsentInvitation;
import dev.clapboard.compliance.ConsentLinks;
import java.util.Objects;

/**
 * What a person sees through their consent link, without an account: exactly the declaration they consent to,
 * their name and a tick to confirm; once confirmed, a button to revoke at any time. An expired, revoked or
 * unknown link says so plainly.
 */
@Route(value = "consent/:" + ConsentCaptureView.TOKEN, autoLayout = false)
@PageTitle("Consent · Clapboard")
@AnonymousAllowed
class ConsentCaptureView extends Main implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final ConsentLinks links;
    private String token = "";
    final H2 headline = new H2();
    final Pre text = new Pre();
    final Paragraph message = new Paragraph();
    final TextField name = new TextField("Your full name");
    final Checkbox agree = new Checkbox("I have read the declaration above and I consent.");
    final Button confirm = new Button("Confirm my consent", e -> confirm());
    final Button revoke = new Button("Revoke my consent", e -> revoke());

    ConsentCaptureView(ConsentLinks links) {
        this.links = links;
        addClassName("consent-capture");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        text.addClassName("consent-text");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        show(links.open(token));
    }

    private void confirm() {
        name.setInvalid(false);
        agree.getElement().removeAttribute("invalid");
        try {
            show(links.confirm(token, name.getValue(), agree.getValue(), clientAddress()));
        } catch (ComplianceRefusedException refused) {
            if (ComplianceRefusedException.NAME.equals(refused.field())) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            } else {
                message.setText(refused.getMessage());
            }
        }
    }

    private void revoke() {
        try {
            show(links.revoke(token, clientAddress()));
        } catch (ComplianceRefusedException refused) {
            message.setText(refused.getMessage());
        }
    }

    private void show(ConsentInvitation invitation) {
        removeAll();
        add(new H1("Clapboard consent"));
        message.setText("");
        switch (invitation.state()) {
            case OPEN -> {
                headline.setText("Consent of " + invitation.personName());
                text.setText(Objects.requireNonNullElse(invitation.text(), ""));
                name.setHelperText("Type " + invitation.signerName() + " to sign.");
                add(headline, text, name, agree, confirm, message);
            }
            case CONFIRMED -> {
                headline.setText("Consent of " + invitation.personName());
                text.setText(Objects.requireNonNullElse(invitation.text(), ""));
                message.setText("You confirmed this consent at " + invitation.confirmedAt()
                        + ". You can revoke it at any time; videos not yet published will then not be approved or "
                        + "shared.");
                add(headline, text, message, revoke);
            }
            case EXPIRED -> {
                message.setText("This consent link has expired. Ask the team that sent it for a new one.");
                add(message);
            }
            case REVOKED -> {
                message.setText("This consent was revoked.");
                add(message);
            }
            case UNKNOWN -> {
                message.setText("This consent link does not exist.");
                add(message);
            }
        }
    }

    /** The address the confirmation came from, as the servlet container sees it (behind a proxy: the proxy's). */
    private static String clientAddress() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        var address = session == null ? null : session.getBrowser().getAddress();
        return address == null ? "unknown" : address;
    }
}
