package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.clapboard.base.ui.FieldErrors;
import dev.clapboard.prompt.Placeholders;
import dev.clapboard.prompt.PromptInputException;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptTemplate;
import dev.clapboard.prompt.TemplateCategory;
import dev.clapboard.prompt.TemplateDraft;
import dev.clapboard.prompt.TemplateService;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Creates a workspace template, or changes one. The form checks placeholders as they are typed. */
class TemplateDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<TemplateCategory> category = new ComboBox<>("Category", TemplateCategory.values());
    final TextArea description = new TextArea("Description");
    final TextArea body = new TextArea("Template text");
    final TextArea example = new TextArea("Example output");
    final Button save = new Button("Save template");

    TemplateDialog(TemplateService templates, @Nullable PromptTemplate existing, Consumer<PromptTemplate> saved) {
        setHeaderTitle(existing == null ? "New template" : "Edit template");
        setWidth("min(48rem, 95vw)");
        category.setItemLabelGenerator(TemplateCategory::label);
        name.setMaxLength(TemplateService.NAME_MAX_LENGTH);
        // without a message the built-in length check marks the field red and says nothing
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(
                "Use at most " + TemplateService.NAME_MAX_LENGTH + " characters for the name."));
        body.setHelperText("Mark what changes each time with placeholders such as {product}, {audience}, "
                + "{duration} or {setting}. Write {{ or }} for a literal brace. Up to 10,000 characters.");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setMinHeight("8rem");

        var binder = new Binder<>(TemplateDraft.class);
        binder.forField(name).asRequired("Give the template a name.").bind("name");
        binder.forField(category).asRequired("Choose a category.").bind("category");
        binder.forField(description).bind("description");
        binder.forField(body).asRequired("Write the template text.")
                .withValidator((value, context) -> {
                    if (value.length() > PromptService.MAX_TEXT_LENGTH) {
                        return ValidationResult.error(String.format(Locale.ROOT, "The text has %,d characters; the limit is %,d.",
                                value.length(), PromptService.MAX_TEXT_LENGTH));
                    }
                    return Placeholders.syntaxError(value).map(ValidationResult::error).orElse(ValidationResult.ok());
                }).bind("body");
        binder.forField(example).bind("exampleOutput");
        binder.readRecord(existing == null
                ? new TemplateDraft("", TemplateCategory.PRODUCT_PRESENTATION, "", "", "")
                : new TemplateDraft(existing.name(), existing.category(), existing.description(), existing.body(),
                        existing.exampleOutput()));

        var errors = new FieldErrors().field(TemplateService.FIELD_NAME, name)
                .field(TemplateService.FIELD_DESCRIPTION, description).field(TemplateService.FIELD_BODY, body)
                .field(TemplateService.FIELD_EXAMPLE, example);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                var draft = binder.writeRecord();
                saved.accept(existing == null ? templates.create(draft) : templates.update(existing.key(), draft));
                close();
            } catch (ValidationException invalid) {
                // the binder already shows each message at its field
            } catch (PromptInputException refused) {
                errors.show(refused);
            }
        });
        var form = new FormLayout(name, category, description, body, example);
        form.setColspan(description, 2);
        form.setColspan(body, 2);
        form.setColspan(example, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
