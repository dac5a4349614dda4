package dev.clapboard.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Browserless UI tests: the real views, services and database, in a faked Vaadin environment. Karibu has no
 * servlet filters, so {@link #signIn} hands the authenticated member to the fake request the way Spring
 * Security's filter would, and Vaadin's route access control sees it.
 */
@ClapboardTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected SignIn signIn;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    protected Authentication signIn(DemoLogins login) {
        return signIn(login.email, login.password);
    }

    protected Authentication signIn(String email, String password) {
        var authentication = signIn.as(email, password);
        exposeToVaadin(authentication);
        return authentication;
    }

    /** Opens {@code path} as if typed into the address bar (a page load, not an in-app navigation). */
    protected void openUrl(String path) {
        var ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** Starts a new UI for the signed-in member, as the page load after a sign-in would. */
    protected void reload() {
        UI.getCurrent().getPage().reload();
    }

    /**
     * Karibu's own discovery sees public classes only, and our views are package-private by design, so we
     * scan with ClassGraph ignoring visibility.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        var routes = new Routes().autoDiscoverViews("dev.clapboard");
        try (var scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("dev.clapboard").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class)
                    .forEach(view -> routes.getRoutes().add(view));
            scan.getClassesImplementing(HasErrorParameter.class).filter(c -> !c.isAbstract())
                    .loadClasses().forEach(view -> routes.getErrorRoutes()
                            .add((Class<? extends HasErrorParameter<?>>) view));
        }
        return routes;
    }

    private static void exposeToVaadin(Authentication authentication) {
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
