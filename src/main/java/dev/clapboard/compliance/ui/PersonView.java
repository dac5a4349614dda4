package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ConsentRecord;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.ConsentSource;
import dev.clapboard.compliance.ConsentStatus;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.compliance.PersonSummary;
import dev.clapboard.compliance.StoredFile;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One person of the register: their details, reference photo or video, and consent records. Managers change
 * the details, upload reference media, record a signed declaration, send a consent link and revoke a consent.
 * A person of another workspace is "not found".
 */
@Route("people/:" + PersonView.PERSON_ID)
@PermitAll
class PersonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERSON_ID = "personId";

    private final PeopleService people;
    private final ConsentService consents;
    private final CampaignService campaigns;
    private final boolean manager;
    private String title = "Person · Clapboard";
    private long personId;

    final H2 name = new H2();
    final Paragraph details = new Paragraph();
    final Button edit = new Button("Change");
    final Paragraph referenceStatus = new Paragraph();
    final Upload reference;
    final Grid<ConsentRecord> grid = new Grid<>();
    final Button recordDeclaration = new Button("Record signed declaration");
    final Button sendLink = new Button("Send consent link");
    final Button erase = new Button("Erase from register");
    final Paragraph erasedNote = new Paragraph();
    @Nullable ConsentDialog dialog;
    @Nullable EraseDialog eraseDialog;
    @Nullable PersonDialog personDialog;

    PersonView(PeopleService people, ConsentService consents, CampaignService campaigns, CurrentUser currentUser) {
        this.people = people;
        this.consents = consents;
        this.campaigns = campaigns;
        this.manager = currentUser.require().hasRole(Roles.MANAGER);
        addClassName("person-view");
        reference = new Upload(UploadHandler.inMemory((metadata, data) -> attach(metadata.fileName(), data)));
        reference.setMaxFiles(1);
        reference.setMaxFileSize(PeopleService.MAX_REFERENCE_BYTES);
        reference.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "video/mp4", "video/quicktime",
                "video/webm");
        reference.setUploadButton(new Button("Upload photo or video"));
        reference.addFileRejectedListener(e -> referenceStatus.setText(e.getErrorMessage()
                + " Upload a photo or video of at most 50 MB."));
        grid.addColumn(ConsentRecord::headline).setHeader("Consent").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> c.allCampaigns() ? "All campaigns" : c.campaignIds().size() == 1 ? "1 campaign"
                : c.campaignIds().size() + " campaigns").setHeader("Scope").setAutoWidth(true);
        grid.addColumn(PersonView::given).setHeader("Given").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No consent recorded yet.");
        edit.addClickListener(e -> {
            personDialog = new PersonDialog(people, current(), saved -> show());
            personDialog.open();
        });
        recordDeclaration.addClickListener(e -> openConsentDialog(ConsentDialog.Mode.DECLARATION));
        sendLink.addClickListener(e -> openConsentDialog(ConsentDialog.Mode.LINK));
        recordDeclaration.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        erase.addClickListener(e -> {
            eraseDialog = new EraseDialog(people, current(), consents.consents(personId).size(), this::show);
            eraseDialog.open();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = event.getRouteParameters().get(PERSON_ID).flatMap(Ids::parse).flatMap(people::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        personId = found.get().id();
        show();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private PersonSummary current() {
        return people.find(personId).orElseThrow();
    }

    void show() {
        removeAll();
        var person = current();
        title = person.name() + " · Clapboard";
        name.setText(person.name());
        details.setText((person.adult() ? "Adult" : "Minor: consent needs a parent or guardian") + " · "
                + person.consentState() + (person.notes() == null ? "" : " · " + person.notes()));
        var heading = new Div(name, edit, erase);
        heading.addClassName("view-heading");
        for (var changesPerson : new com.vaadin.flow.component.Component[] {edit, erase, reference, recordDeclaration,
                sendLink}) {
            changesPerson.setVisible(manager && !person.erased());
        }
        erasedNote.setVisible(person.erased());
        if (person.erasedAt() != null) {
            erasedNote.setText("Erased from the register on " + person.erasedAt().toString().substring(0, 10)
                    + ". The consent records below are kept as evidence and pseudonymised after the retention "
                    + "period; every video that showed this person is flagged.");
        }
        var referenceSection = new Div(new H3("Reference photo or video"), referenceLine(person), reference);
        var consentButtons = new Div(recordDeclaration, sendLink);
        consentButtons.addClassName("button-row");
        grid.setItems(consents.consents(personId));
        add(new Anchor("people", "← People"), heading, erasedNote, details, referenceSection, new H3("Consent records"),
                consentButtons, grid);
    }

    private com.vaadin.flow.component.Component referenceLine(PersonSummary person) {
        if (person.referenceFileName() == null) {
            referenceStatus.setText("No reference media yet.");
            return referenceStatus;
        }
        referenceStatus.setText("");
        // the status stays on the page, so a refused replacement says why next to the upload
        return new Div(download(() -> people.reference(personId), person.referenceFileName() + " ("
                + person.referenceType() + ")"), referenceStatus);
    }

    private void attach(String fileName, byte[] data) {
        try {
            people.attachReference(personId, fileName, data);
            show();
            Notification.show("Reference media stored.");
        } catch (ComplianceRefusedException refused) {
            referenceStatus.setText(refused.getMessage());
        }
    }

    private void openConsentDialog(ConsentDialog.Mode mode) {
        dialog = new ConsentDialog(consents, campaigns, current(), mode, this::show);
        dialog.open();
    }

    private com.vaadin.flow.component.Component actions(ConsentRecord consent) {
        var cell = new Span();
        if (consent.declarationFileName() != null) {
            cell.add(download(() -> consents.declaration(consent.id()), "Declaration"));
        }
        if (manager && consent.status() != ConsentStatus.REVOKED) {
            var revoke = new Button("Revoke", e -> revoke(consent));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cell.add(revoke);
        }
        return cell;
    }

    void revoke(ConsentRecord consent) {
        try {
            var revoked = consents.revoke(consent.id());
            Notification.show("Consent revoked; " + revoked.affectedGenerationIds().size()
                    + " video(s) flagged \"consent revoked\".");
        } catch (ComplianceRefusedException refused) {
            Notification.show(refused.getMessage());
        }
        show();
    }

    private static String given(ConsentRecord c) {
        var how = c.source() == ConsentSource.UPLOADED_DECLARATION ? "Signed declaration, recorded by " + c.createdBy()
                : c.confirmedAt() == null ? "Link sent by " + c.createdBy()
                        : "Confirmed by " + c.confirmedName() + " at " + c.confirmedAt() + " from " + c.confirmedIp();
        return c.revokedAt() == null ? how : how + "; revoked by " + c.revokedBy() + " at " + c.revokedAt();
    }

    private static Anchor download(Supplier<Optional<StoredFile>> file, String label) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            var stored = file.get().orElseThrow();
            return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                    stored.contentType(), stored.content().length);
        }), label);
        anchor.setTarget("_blank");
        return anchor;
    }
}
