package dev.clapboard.base;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the header of the app shell (such as the notification bell), so the shell
 * shows it without depending on that feature. It lives in base's root package, the part other modules may use.
 */
public interface HeaderWidget {

    /** A new component for one shell (one browser tab); called once per shell. */
    Component create();
}
