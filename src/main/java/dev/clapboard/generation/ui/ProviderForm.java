package dev.clapboard.generation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.clapboard.generation.ProviderEndpointService;
import dev.clapboard.generation.ProviderEndpointService.EndpointForm;
import dev.clapboard.generation.ProviderEndpointService.EndpointRefusedException;
import dev.clapboard.generation.ProviderEndpointService.EndpointSummary;
import dev.clapboard.generation.ProviderKind;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Adds or edits one endpoint; problems are shown at their field and nothing is saved until all are fixed. */
class ProviderForm extends Div {

    private final ProviderEndpointService endpoints;
    private final Consumer<String> onSaved;
    private @Nullable Long editing;

    final H3 title = new H3();
    final Select<ProviderKind> kind = new Select<>();
    final TextField displayName = new TextField("Name");
    final TextField baseUrl = new TextField("Base URL");
    final PasswordField apiKey = new PasswordField("API key");
    final PasswordField webhookSecret = new PasswordField("Webhook signing secret");
    final TextField currency = new TextField("Currency");
    final TextArea priceTable = new TextArea("Models and prices per second");
    final TextField downloadHosts = new TextField("Other download hosts");
    final Checkbox enabled = new Checkbox("Enabled");
    final Button save = new Button("Save provider", e -> save());
    final Button cancel = new Button("Cancel", e -> setVisible(false));
    private final Map<String, HasValidation> fields;

    ProviderForm(ProviderEndpointService endpoints, Consumer<String> onSaved) {
        this.endpoints = endpoints;
        this.onSaved = onSaved;
        kind.setLabel("API");
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(ProviderKind::label);
        baseUrl.setHelperText("e.g. https://api.example.com/v1 or https://generativelanguage.googleapis.com/v1beta");
        priceTable.setHelperText("One line per model: \"model price\" or \"model 1280x720 price\", e.g. sora-2 0.10");
        downloadHosts.setHelperText("Hosts outside the API a download may be redirected to, comma separated");
        webhookSecret.setHelperText("whsec_… from the provider; leave empty to keep it (or to generate one)");
        fields = Map.of("displayName", displayName, "baseUrl", baseUrl, "apiKey", apiKey, "webhookSecret",
                webhookSecret, "currency", currency, "priceTable", priceTable, "downloadHosts", downloadHosts);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(kind, displayName, baseUrl, apiKey, webhookSecret, currency, priceTable,
                downloadHosts, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(title, form, save, cancel);
        addClassName("provider-form");
        setVisible(false);
    }

    void edit(@Nullable EndpointSummary endpoint) {
        editing = endpoint == null ? null : endpoint.id();
        title.setText(endpoint == null ? "New provider" : "Edit " + endpoint.displayName());
        kind.setValue(endpoint == null ? ProviderKind.VIDEOS_API : endpoint.kind());
        kind.setReadOnly(endpoint != null);
        displayName.setValue(endpoint == null ? "" : endpoint.displayName());
        baseUrl.setValue(endpoint == null ? "" : endpoint.baseUrl());
        apiKey.clear();
        apiKey.setPlaceholder(endpoint == null ? "" : endpoint.maskedKey() + " (leave empty to keep)");
        webhookSecret.clear();
        currency.setValue(endpoint == null ? "USD" : endpoint.currency());
        priceTable.setValue(endpoint == null ? "" : endpoint.priceTable());
        downloadHosts.setValue(endpoint == null ? "" : endpoint.downloadHosts());
        enabled.setValue(endpoint == null || endpoint.enabled());
        fields.values().forEach(f -> f.setInvalid(false));
        setVisible(true);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        var form = new EndpointForm(editing, kind.getValue(), displayName.getValue(), baseUrl.getValue(),
                apiKey.getValue(), webhookSecret.getValue(), currency.getValue(), priceTable.getValue(),
                downloadHosts.getValue(), enabled.getValue());
        var problems = endpoints.problems(form);
        if (!problems.isEmpty()) {
            problems.forEach(this::showAt);
            return;
        }
        try {
            var saved = endpoints.save(form);
            apiKey.clear();
            webhookSecret.clear();
            setVisible(false);
            onSaved.accept(saved.generatedWebhookSecret() == null ? "Saved " + saved.endpoint().displayName() + "."
                    : "Saved " + saved.endpoint().displayName() + ". Webhook signing secret (shown once, copy it to "
                            + "the provider): " + saved.generatedWebhookSecret());
        } catch (EndpointRefusedException e) {
            showAt(e.field(), e.getMessage());
        }
    }

    private void showAt(String field, String message) {
        var target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
