package dev.clapboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The page shown for anything not there, or not the member's to see. */
abstract class NotFoundContent extends Main {

    static final String MESSAGE = "There is nothing here, or nothing you have access to.";

    NotFoundContent() {
        addClassName("error-view");
        add(new H1("Page not found"), new Paragraph(MESSAGE), new Anchor(".", "Back to Clapboard"));
    }
}
