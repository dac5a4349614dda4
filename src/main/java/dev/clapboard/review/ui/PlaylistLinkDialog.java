package dev.clapboard.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.review.GuestLinkService;
import dev.clapboard.review.GuestLinkSummary;
import dev.clapboard.review.ReviewRefusedException;
import dev.clapboard.review.ReviewState;
import dev.clapboard.review.ReviewedVideo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A manager shares several videos of a campaign through one guest link: the approved ones are ticked to start
 * with; the link is shown once to copy. Earlier playlist links are listed to revoke.
 */
class PlaylistLinkDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final GuestLinkService links;
    final Grid<ReviewedVideo> videos = new Grid<>();
    final TextField title = new TextField("Title guests see");
    final IntegerField days = new IntegerField("Valid for (days)");
    final PasswordField password = new PasswordField("Password (optional)");
    final Button create = new Button("Create playlist link", e -> create());
    final Span problem = new Span();
    final TextField url = new TextField("Link to send");
    final Div existing = new Div();

    PlaylistLinkDialog(GuestLinkService links, List<ReviewedVideo> campaignVideos, String campaignTitle) {
        this.links = links;
        setHeaderTitle("Share several videos with a guest");
        videos.setSelectionMode(Grid.SelectionMode.MULTI);
        videos.addColumn(v -> "Variant " + v.video().variantIndex() + " · " + v.video().style()).setHeader("Video")
                .setAutoWidth(true);
        videos.addColumn(v -> v.review().state().label()).setHeader("Review");
        videos.addColumn(v -> "#" + v.video().id()).setHeader("Id").setAutoWidth(true);
        videos.setItems(campaignVideos);
        campaignVideos.stream().filter(v -> v.review().state() == ReviewState.APPROVED).forEach(videos::select);
        videos.setAllRowsVisible(campaignVideos.size() <= 8);
        title.setValue(campaignTitle);
        title.setMaxLength(GuestLinkService.MAX_TITLE_LENGTH);
        title.setWidthFull();
        days.setMin(1);
        days.setMax(GuestLinkService.MAX_DAYS);
        days.setValue(7);
        days.setHelperText("At most " + GuestLinkService.MAX_DAYS + " days.");
        password.setHelperText("At least " + GuestLinkService.MIN_PASSWORD_LENGTH + " characters, or leave empty.");
        problem.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.TextColor.ERROR);
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(days, password, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new Span("Approved videos are ticked. Guests play each and comment under their name; they see no prices "
                + "or campaign data."), videos, problem, title, form, url, existing);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("min(52rem, 95vw)");
        refresh();
    }

    private void create() {
        title.setInvalid(false);
        days.setInvalid(false);
        password.setInvalid(false);
        problem.setText("");
        var chosen = videos.getSelectedItems().stream().map(v -> v.video())
                .sorted(Comparator.comparing(v -> v.requestedAt())).map(v -> v.id()).toList();
        try {
            var link = links.createPlaylist(title.getValue(), chosen, days.getValue() == null ? 0 : days.getValue(),
                    password.getValue());
            url.setValue(link.url() == null ? "" : link.url());
            url.setVisible(true);
            password.clear();
            refresh();
        } catch (ReviewRefusedException e) {
            switch (e.field()) {
                case "title" -> invalid(title, e.getMessage());
                case "password" -> invalid(password, e.getMessage());
                case "days" -> invalid(days, e.getMessage());
                default -> problem.setText(e.getMessage());
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void refresh() {
        existing.removeAll();
        for (GuestLinkSummary link : links.playlists()) {
            var text = new Span(link.title() + " · " + link.generationIds().size() + " videos · created "
                    + WHEN.format(link.createdAt()) + " · "
                    + (link.revokedAt() != null ? "revoked" : "expires " + WHEN.format(link.expiresAt()))
                    + (link.hasPassword() ? " · password" : ""));
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
