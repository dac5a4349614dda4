package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import jakarta.annotation.security.PermitAll;

/** The workspace's template library and a text search over every card's latest prompt. */
@Route("prompts")
@PageTitle("Prompts · Clapboard")
@Menu(order = 10, icon = "vaadin:pencil", title = "Prompts")
@PermitAll
class PromptsView extends Main {

    final TextField search = new TextField();
    final TemplateLibrary library;
    final PromptSearchResults results;
    final TabSheet tabs = new TabSheet();

    PromptsView(TemplateService templates, PromptService prompts, CurrentUser currentUser) {
        addClassName("prompts-view");
        search.setPlaceholder("Search templates and prompts");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(32rem, 100%)");
        library = new TemplateLibrary(templates, currentUser.require().hasRole(Roles.CREATOR), search::getValue);
        results = new PromptSearchResults(prompts, search::getValue);
        search.addValueChangeListener(e -> {
            library.refresh();
            results.refresh();
        });
        tabs.add("Templates", library);
        tabs.add("Prompts on cards", results);
        tabs.setSizeFull();
        add(search, tabs);
    }
}
