package dev.clapboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown routes, for objects that do not exist in the member's workspace, and for views the
 * member may not open: all three look the same, so nothing reveals what exists elsewhere.
 */
@PageTitle("Not found · Clapboard")
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    static final String MESSAGE = "There is nothing here, or nothing you have access to.";

    NotFoundView() {
        addClassName("error-view");
        add(new H1("Page not found"), new Paragraph(MESSAGE), new Anchor(".", "Back to Clapboard"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
