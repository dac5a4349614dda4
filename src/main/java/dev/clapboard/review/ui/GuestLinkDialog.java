package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.GuestLinkSummary;
import dev.clapboard.review.ReviewRefusedException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A manager makes a guest link for the video (shown once, to copy) and revokes earlier ones. */
class GuestLinkDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final GuestLinkService links;
    private final long generationId;
    final IntegerField days = new IntegerField("Valid for (days)");
    final PasswordField password = new PasswordField("Password (optional)");
    final Button create = new Button("Create link", e -> create());
    final TextField url = new TextField("Link to send");
    final Div existing = new Div();

    GuestLinkDialog(GuestLinkService links, long generationId) {
        this.links = links;
        this.generationId = generationId;
        setHeaderTitle("Share with a guest");
        days.setMin(1);
        days.setMax(GuestLinkService.MAX_DAYS);
        days.setValue(7);
        days.setHelperText("At most " + GuestLinkService.MAX_DAYS + " days.");
        password.setHelperText("At least " + GuestLinkService.MIN_PASSWORD_LENGTH + " characters, or leave empty.");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(days, password, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new Span("Guests watch this video and comment under their name; they see no prices or campaign data."),
                form, url, existing);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(44rem, 95vw)");
        refresh();
    }

    private void create() {
        days.setInvalid(false);
        password.setInvalid(false);
        try {
            var link = links.create(generationId, days.getValue() == null ? 0 : days.getValue(), password.getValue());
            url.setValue(link.url() == null ? "" : link.url());
            url.setVisible(true);
            password.clear();
            refresh();
        } catch (ReviewRefusedException e) {
            var field = "password".equals(e.field()) ? password : days;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
        }
    }

    private void refresh() {
        existing.removeAll();
        for (GuestLinkSummary link : links.links(generationId)) {
            var text = new Span("Created " + WHEN.format(link.createdAt()) + " · "
                    + (link.revokedAt() != null ? "revoked" : "expires " + WHEN.format(link.expiresAt()))
                    + (link.hasPassword() ? " · password" : "")
                    + (link.title() == null ? "" : " · playlist \"" + link.title() + "\" of "
                            + link.generationIds().size() + " videos"));
            var row = new HorizontalLayout(text);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            if (link.revokedAt() == null) {
                var revoke = new Button("Revoke", e -> {
                    links.revoke(link.id());
                    refresh();
                });
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                row.add(revoke);
            }
            existing.add(row);
        }
    }
}
