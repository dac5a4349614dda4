package dev.clapboard.bench;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The baseline of the UI benchmarks: the app shell (MainLayout) around nothing. Exists only in bench runs. */
@Route("bench-empty")
@PermitAll
public class EmptyView extends Main {
}
