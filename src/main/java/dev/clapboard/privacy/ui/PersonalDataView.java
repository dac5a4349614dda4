package dev.clapboard.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.clapboard.privacy.PersonalDataExport;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.AccountData;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Download my data": everything Clapboard holds about the signed-in member ({@code account/data}), or, for an
 * admin, about a member of their workspace ({@code account/data/7}, linked from the Members view). Anyone else
 * asking for someone's data gets "not found".
 */
@Route("account/data/:" + PersonalDataView.ACCOUNT_ID + "?")
@PageTitle("Personal data · Clapboard")
@PermitAll
class PersonalDataView extends Main implements BeforeEnterObserver {

    static final String ACCOUNT_ID = "accountId";

    private final PersonalDataExport export;
    private final CurrentUser currentUser;
    @Nullable Anchor download;

    PersonalDataView(PersonalDataExport export, CurrentUser currentUser) {
        this.export = export;
        this.currentUser = currentUser;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = currentUser.require().accountId();
        var parameter = event.getRouteParameters().get(ACCOUNT_ID);
        try {
            long accountId = parameter.isPresent() ? Long.parseLong(parameter.get()) : me;
            show(export.account(accountId), accountId == me);
        } catch (NumberFormatException | NoSuchElementException | AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AccountData account, boolean mine) {
        removeAll();
        long id = account.accountId();
        download = new Anchor((DownloadHandler) event -> {
            event.setFileName(export.fileName(id));
            event.setContentType("application/zip");
            export.write(id, event.getOutputStream());
        }, mine ? "Download my data (ZIP)" : "Download " + account.displayName() + "'s data (ZIP)");
        download.addClassName("personal-data-download");
        add(new H2(mine ? "Your personal data" : "Personal data of " + account.displayName()),
                new Paragraph("One ZIP of JSON files with everything Clapboard holds about "
                        + (mine ? "you" : account.displayName() + " (" + account.email() + ")")
                        + ": the account and memberships, role, sign-in data, notification choices and "
                        + "notifications, comments, review decisions, prompt versions, requested videos, invites "
                        + "sent, API tokens (never their secrets) and audit trail entries. Workspace data comes "
                        + "from this workspace only."),
                download);
    }
}
