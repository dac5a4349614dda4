package dev.clapboard.api.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.api.ApiScope;
import dev.clapboard.api.ApiTokenDraft;
import dev.clapboard.api.ApiTokenService;
import dev.clapboard.api.ApiTokenSummary;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * API tokens of the workspace: create one (its secret is shown once), see when each was last used, revoke any.
 * Links to the API documentation (Swagger UI) for admins.
 */
@Route("api-tokens")
@PageTitle("API tokens · Clapboard")
@Menu(order = 93, icon = "vaadin:key", title = "API tokens")
@RolesAllowed(Roles.ADMIN)
class ApiTokensView extends Main {

    private final ApiTokenService tokens;
    private final Clock clock;
    private final Binder<ApiTokenDraft> binder = new Binder<>(ApiTokenDraft.class);

    final TextField name = new TextField("Name");
    final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    final Select<Integer> validDays = new Select<>();
    final Button create = new Button("Create token", e -> create());
    final Grid<ApiTokenSummary> grid = new Grid<>();
    /** The secret of the token just created, in the dialog that shows it once. */
    final TextField secret = new TextField("Secret");
    @Nullable Dialog secretDialog;

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("list-view");
        name.setPlaceholder("e.g. Website CMS");
        name.setMaxLength(ApiTokenDraft.NAME_MAX_LENGTH);
        // without a message the built-in length check marks the field red and says nothing
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(
                "Keep the name within " + ApiTokenDraft.NAME_MAX_LENGTH + " characters."));
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> s.value() + " – " + s.description());
        validDays.setLabel("Valid for");
        validDays.setItems(30, 90, 365);
        validDays.setItemLabelGenerator(d -> d + " days");
        binder.forField(name).asRequired("Give the token a name.").bind("name");
        binder.forField(scopes).asRequired("Choose at least one scope.").bind("scopes");
        binder.forField(validDays).asRequired("Choose how long the token is valid.").bind("validDays");
        binder.readRecord(new ApiTokenDraft("", Set.of(ApiScope.CAMPAIGNS_READ), 90));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, validDays, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> t.hint() + "…").setHeader("Token").setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream().map(ApiScope::value).collect(Collectors.joining(", ")))
                .setHeader("Scopes").setFlexGrow(1);
        grid.addColumn(t -> t.role().charAt(0) + t.role().substring(1).toLowerCase()).setHeader("Acts as")
                .setAutoWidth(true);
        grid.addColumn(ApiTokenSummary::createdBy).setHeader("Created by").setAutoWidth(true);
        grid.addColumn(t -> Dates.format(t.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(t -> Dates.format(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addColumn(this::status).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(query -> tokens.list(toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No API tokens yet.");
        grid.setSizeFull();
        var docs = new Anchor("swagger-ui/index.html", "API documentation (Swagger UI)");
        docs.setRouterIgnore(true);
        docs.setTarget("_blank");
        add(new Paragraph("Other systems call the REST API under /api/v1 with a token: its calls act in this "
                + "workspace with the scopes chosen here, as the admin who created it. "), docs, form, scopes, grid);
    }

    String status(ApiTokenSummary token) {
        if (token.revokedAt() != null) {
            return "Revoked";
        }
        return token.usable(clock.instant()) ? "Active" : "Expired";
    }

    private Component actions(ApiTokenSummary token) {
        var revoke = new Button("Revoke", e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setEnabled(token.revokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiTokenSummary token) {
        var confirm = new ConfirmDialog("Revoke “" + token.name() + "”?",
                "Calls with this token are refused from now on. This cannot be undone.", "Revoke", e -> {
                    tokens.revoke(token.id());
                    grid.getDataProvider().refreshAll();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void create() {
        try {
            var draft = binder.writeRecord();
            var created = tokens.create(draft);
            binder.readRecord(new ApiTokenDraft("", Set.of(ApiScope.CAMPAIGNS_READ), draft.validDays()));
            grid.getDataProvider().refreshAll();
            showOnce(created.secret(), created.token().name());
        } catch (ValidationException e) {
            // the fields show what is missing
        } catch (IllegalArgumentException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
        }
    }

    private void showOnce(String value, String tokenName) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Token “" + tokenName + "” created");
        secret.setValue(value);
        secret.setReadOnly(true);
        secret.setWidthFull();
        dialog.add(new Paragraph("Copy the secret now: it is shown only this once. Send it as "
                + "“Authorization: Bearer …”."), secret);
        dialog.getFooter().add(new Button("Done", e -> {
            secret.clear();
            dialog.close();
        }));
        dialog.setWidth("min(40rem, 95vw)");
        secretDialog = dialog;
        dialog.open();
    }
}
