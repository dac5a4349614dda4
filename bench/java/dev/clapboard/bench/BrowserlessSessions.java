package dev.clapboard.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import io.github.classgraph.ClassGraph;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Many Vaadin sessions on one servlet, in process (Karibu-Testing): each {@link #open} is a new browser session
 * whose first page load builds a UI, exactly the server-side objects a real session holds (VaadinSession, UI,
 * state tree, components, data communicators, the security context in the HTTP session). The HTTP layer and the
 * browser are not there; {@link #respond} writes the UIDL response a request would send, so the work of
 * serialising the changes is timed and the state tree is left as it is between requests.
 */
public final class BrowserlessSessions {

    private final Function0<UI> uiFactory = UI::new;
    private final ServletContext servletContext;
    private final Method createSession;
    private final List<VaadinSession> sessions = new ArrayList<>();
    private boolean firstUsed;

    public BrowserlessSessions(ApplicationContext context) throws Exception {
        // a new browser arrives signed out (its first UI shows the login page)
        SecurityContextHolder.clearContext();
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes(), context, uiFactory));
        servletContext = VaadinServlet.getCurrent().getServletContext();
        // Karibu makes one session per setup; a new setup would also make a new servlet and service, which a real
        // server shares between sessions, so further sessions come from Karibu's own (private) factory
        createSession = MockVaadin.class.getDeclaredMethod("createSession", ServletContext.class, Function0.class);
        createSession.setAccessible(true);
    }

    /**
     * A new session signed in as {@code authentication}, with its first UI current on this thread and the
     * session locked by it (as during a request) until {@link #release}.
     */
    public UI open(Authentication authentication) throws Exception {
        if (firstUsed) {
            SecurityContextHolder.clearContext();
            createSession.invoke(MockVaadin.INSTANCE, servletContext, uiFactory);
        }
        firstUsed = true;
        var session = VaadinSession.getCurrent();
        sessions.add(session);
        var securityContext = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(securityContext);
        session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                securityContext);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return UI.getCurrent();
    }

    /** Ends the current request: unlocks the session, so background pushes (board presence) can reach it. */
    public void release() {
        VaadinSession.getCurrent().unlock();
    }

    public List<VaadinSession> sessions() {
        return sessions;
    }

    /**
     * Closes every UI the way Vaadin does when its session ends (the UI leaves the session, its components detach
     * and let go of listeners), and forgets the sessions. Not fireSessionDestroy: Karibu answers that with a new
     * session, as a browser would reload. Call with no session locked.
     */
    public void closeAll() {
        for (var session : sessions) {
            for (var ui : new ArrayList<>(session.getUIs())) {
                ui.accessSynchronously(() -> {
                    ui.close();
                    session.removeUI(ui);
                });
            }
        }
        sessions.clear();
    }

    /** Writes the response to the client's current request; returns its length in characters. */
    public static int respond(UI ui) {
        return new UidlWriter().createUidl(ui, false).toString().length();
    }

    /** Flushes what background threads changed in each session's UIs, as server push would. */
    public void flushAll() {
        for (var session : sessions) {
            session.accessSynchronously(() -> session.getUIs().forEach(BrowserlessSessions::respond));
        }
    }

    /** Karibu's own discovery sees public views only; ours are package-private by design (see KaribuTest). */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
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
}
