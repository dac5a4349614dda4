package dev.clapboard.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown routes and for objects that do not exist in the member's workspace. Views the member
 * may not open ({@link AccessDeniedView}) look the same, so nothing reveals what exists elsewhere.
 */
@PageTitle("Not found · Clapboard")
@AnonymousAllowed
public class NotFoundView extends NotFoundContent implements HasErrorParameter<NotFoundException> {

    public static final String MESSAGE = NotFoundContent.MESSAGE;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
