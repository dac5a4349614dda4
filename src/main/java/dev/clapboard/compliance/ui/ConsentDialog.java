package dev.clapboard.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ComplianceRefusedException;
import dev.clapboard.compliance.ConsentDraft;
import dev.clapboard.compliance.ConsentLinkSent;
import dev.clapboard.compliance.ConsentService;
import dev.clapboard.compliance.PersonSummary;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * A new consent for one person: its scope, and either the signed declaration (uploaded, checked by its bytes) or
 * a link the person confirms themselves. After a link is made, the dialog shows it once to copy.
 */
class ConsentDialog extends Dialog {

    enum Mode {
        DECLARATION, LINK
    }

    final Checkbox allCampaigns = new Checkbox("All campaigns");
    final MultiSelectComboBox<CampaignSummary> campaigns = new MultiSelectComboBox<>("Campaigns");
    final CheckboxGroup<Channel> channels = new CheckboxGroup<>("Channels");
    final TextField territories = new TextField("Territories");
    final TextField purposes = new TextField("Purposes");
    final DatePicker validFrom = new DatePicker("Valid from", LocalDate.now());
    final DatePicker validUntil = new DatePicker("Valid until (empty: until revoked)");
    final Checkbox voice = new Checkbox("The voice may be used too");
    final TextField guardianName = new TextField("Parent or guardian");
    final TextField guardianRelation = new TextField("Relationship (e.g. mother)");
    final Upload declaration;
    final Span declarationStatus = new Span();
    final IntegerField days = new IntegerField("Link valid for (days)");
    final TextField link = new TextField("Consent link");
    final Paragraph status = new Paragraph();
    final Button save;
    private final FieldErrors errors = new FieldErrors(status);
    private final ConsentService consents;
    private final PersonSummary person;
    private final Mode mode;
    private final Runnable changed;
    private @Nullable String fileName;
    private byte @Nullable [] file;

    ConsentDialog(ConsentService consents, CampaignService campaignService, PersonSummary person, Mode mode,
            Runnable changed) {
        this.consents = consents;
        this.person = person;
        this.mode = mode;
        this.changed = changed;
        setHeaderTitle((mode == Mode.DECLARATION ? "Signed declaration of " : "Consent link for ") + person.name());
        campaigns.setItems(campaignService.list(PageRequest.of(0, 500)).getContent());
        campaigns.setItemLabelGenerator(CampaignSummary::name);
        allCampaigns.addValueChangeListener(e -> campaigns.setEnabled(!e.getValue()));
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(Channel::label);
        territories.setValue("EU");
        territories.setHelperText("Where the videos may be shown, e.g. \"EU\", \"DACH\", \"worldwide\".");
        purposes.setHelperText("What for, e.g. \"product advertising\", \"recruiting\".");
        guardianName.setVisible(!person.adult());
        guardianRelation.setVisible(!person.adult());
        declaration = new Upload(UploadHandler.inMemory((metadata, data) -> {
            fileName = metadata.fileName();
            file = data;
            declarationStatus.setText(metadata.fileName() + " will be stored with the consent.");
        }));
        declaration.setMaxFiles(1);
        declaration.setMaxFileSize(ConsentService.MAX_DECLARATION_BYTES);
        declaration.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        declaration.setUploadButton(new Button("Upload signed declaration (PDF or image)"));
        declaration.addFileRejectedListener(e -> declarationStatus.setText(e.getErrorMessage()
                + " Upload the signed declaration as a PDF or image of at most 20 MB."));
        declaration.setVisible(mode == Mode.DECLARATION);
        declarationStatus.setVisible(mode == Mode.DECLARATION);
        days.setValue(14);
        days.setMin(1);
        days.setMax(ConsentService.MAX_LINK_DAYS);
        days.setVisible(mode == Mode.LINK);
        link.setReadOnly(true);
        link.setVisible(false);
        link.setWidthFull();
        errors.field(ComplianceRefusedException.CAMPAIGNS, campaigns).field(ComplianceRefusedException.CHANNELS, channels)
                .field("territories", territories).field("purposes", purposes)
                .field(ComplianceRefusedException.VALID_UNTIL, validUntil)
                .field(ComplianceRefusedException.GUARDIAN, guardianName)
                .field(ComplianceRefusedException.GUARDIAN_RELATION, guardianRelation)
                .field(ComplianceRefusedException.DAYS, days);
        save = new Button(mode == Mode.DECLARATION ? "Record consent" : "Create link", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(allCampaigns, campaigns, channels, territories, purposes, validFrom, validUntil, voice,
                guardianName, guardianRelation, days);
        add(form, declaration, declarationStatus, link, status);
        getFooter().add(new Button("Close", e -> close()), save);
        setWidth("min(44rem, 100vw)");
    }

    /** Keeps an uploaded declaration as the upload does; tests hand the bytes in directly. */
    void accept(String name, byte[] data) {
        fileName = name;
        file = data;
    }

    private void save() {
        errors.clear();
        if (validFrom.getValue() == null) {
            validFrom.setErrorMessage("Give the first day the consent is valid.");
            validFrom.setInvalid(true);
            return;
        }
        var draft = new ConsentDraft(allCampaigns.getValue(), campaigns.getValue().stream().map(CampaignSummary::id)
                .collect(Collectors.toSet()), channels.getValue(), territories.getValue(), purposes.getValue(),
                validFrom.getValue(), validUntil.getValue(), voice.getValue(), guardianName.getValue(),
                guardianRelation.getValue());
        try {
            if (mode == Mode.DECLARATION) {
                if (file == null || fileName == null) {
                    declarationStatus.setText("Upload the signed declaration first.");
                    status.setText("Upload the signed declaration first.");
                    return;
                }
                consents.recordDeclaration(person.id(), draft, fileName, file);
                close();
            } else {
                ConsentLinkSent sent = consents.requestByLink(person.id(), draft, days.getValue() == null ? 0
                        : days.getValue());
                link.setValue(sent.url());
                link.setHelperText("Give this link to " + person.name() + "; it is shown only now and expires on "
                        + sent.expiresAt().toString().substring(0, 10) + ".");
                link.setVisible(true);
                save.setEnabled(false);
            }
            changed.run();
        } catch (ComplianceRefusedException refused) {
            errors.show(refused);
            if (refused.field().equals(ComplianceRefusedException.FILE)) {
                declarationStatus.setText(refused.getMessage());
            }
        }
    }
}
