package dev.clapboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A failure while opening a page: the member sees a reference to quote, the log has the stack trace. */
@PageTitle("Something went wrong · Clapboard")
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    private final Paragraph message = new Paragraph();

    ServerErrorView() {
        addClassName("error-view");
        add(new H1("Something went wrong"), message, new Anchor(".", "Back to Clapboard"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ErrorReference.next();
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        message.setText("This page could not be opened. If it keeps happening, tell your admin the reference "
                + reference + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
