package dev.clapboard.audit.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.audit.ProvenanceService;
import jakarta.annotation.security.PermitAll;

/** The provenance record of one stored video as JSON; another workspace's video (or none) is "not found". */
@Route("provenance/:" + ProvenanceView.GENERATION_ID)
@PageTitle("Provenance · Clapboard")
@PermitAll
class ProvenanceView extends Main implements BeforeEnterObserver {

    static final String GENERATION_ID = "generationId";

    private final ProvenanceService provenance;
    final Pre json = new Pre();

    ProvenanceView(ProvenanceService provenance) {
        this.provenance = provenance;
        addClassName("provenance-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(GENERATION_ID).flatMap(Ids::parse);
        var found = id.flatMap(provenance::json);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        json.setText(found.get());
        removeAll();
        add(new H2("Provenance of generation " + id.get()), json, new Anchor("review/" + id.get(), "Back to the review"));
    }
}
