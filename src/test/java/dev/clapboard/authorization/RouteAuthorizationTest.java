package dev.clapboard.authorization;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.compliance.PeopleService;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.review.ReviewableVideos;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.Roles;
import dev.clapboard.security.ui.LoginView;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route of the route registry, opened by every role as a typed-in address, against one table of who may
 * open it. A guest (someone with a guest link but no account) is anonymous as far as routes go.
 */
class RouteAuthorizationTest extends KaribuTest {

    /**
     * Who may open a route: anyone, only visitors who are not signed in (members are sent home), any member, or
     * the lowest role (a role includes those below it).
     */
    enum Access {
        PUBLIC, SIGNED_OUT, MEMBER, REVIEWER, CREATOR, MANAGER, ADMIN;

        boolean allows(@Nullable DemoLogins login) {
            return switch (this) {
                case PUBLIC -> true;
                case SIGNED_OUT -> login == null;
                case MEMBER -> login != null;
                default -> login != null && Roles.includedIn(login.name()).contains(name());
            };
        }
    }

    /** The authorization table of the UI: add a line here when you add a view. */
    static final Map<String, Access> ROUTES = Map.ofEntries(
            entry("", Access.MEMBER),
            entry("account", Access.MEMBER),
            // with the demo admin's id: only they (an admin) see it; every member's own is PersonalDataViewTest's
            entry("account/data/:accountId?", Access.ADMIN),
            entry("api-tokens", Access.ADMIN),
            entry("audit", Access.ADMIN),
            entry("campaigns/:campaignId", Access.MEMBER),
            entry("campaigns/:campaignId/cards/:cardId/people", Access.MEMBER),
            entry("campaigns/:campaignId/cards/:cardId/prompt", Access.MEMBER),
            entry("campaigns/:campaignId/compliance", Access.MANAGER),
            entry("campaigns/:campaignId/report", Access.MANAGER),
            entry("consent/:token", Access.PUBLIC),
            entry("forgot-password", Access.PUBLIC),
            entry("generations", Access.MEMBER),
            entry("guest/:token", Access.PUBLIC),
            entry("invite/:token", Access.PUBLIC),
            entry("invites", Access.MANAGER),
            entry("login", Access.SIGNED_OUT),
            entry("members", Access.ADMIN),
            entry("moderation", Access.MANAGER),
            entry("my-reviews", Access.REVIEWER),
            entry("notifications", Access.MEMBER),
            entry("notifications/settings", Access.MEMBER),
            entry("outbox", Access.ADMIN),
            entry("people", Access.MEMBER),
            entry("people/:personId", Access.MEMBER),
            entry("prompts", Access.MEMBER),
            entry("provenance/:generationId", Access.MEMBER),
            entry("providers", Access.ADMIN),
            entry("reports", Access.MANAGER),
            entry("reset-password/:token", Access.PUBLIC),
            entry("review/:generationId", Access.MEMBER),
            entry("review/compare", Access.REVIEWER),
            entry("settings", Access.ADMIN),
            entry("setup/:token", Access.PUBLIC),
            entry("two-factor", Access.PUBLIC),
            entry("webhooks", Access.ADMIN));

    /** Roles to open every route as; null is a visitor who is not signed in (or a guest). */
    enum Visitor {
        ADMIN(DemoLogins.ADMIN), MANAGER(DemoLogins.MANAGER), CREATOR(DemoLogins.CREATOR),
        REVIEWER(DemoLogins.REVIEWER), ANONYMOUS(null);

        final @Nullable DemoLogins login;

        Visitor(@Nullable DemoLogins login) {
            this.login = login;
        }
    }

    // Made once per test context: a real video takes seconds to render
    private static @Nullable GenerationSummary demoVideo;
    private static @Nullable GenerationSummary secondVideo;
    private static long demoPersonId;
    private static long demoAdminId;

    @Autowired
    ReviewableVideos videos;
    @Autowired
    PeopleService people;
    @Autowired
    SecondWorkspace secondWorkspace;

    @BeforeEach
    void oneVideoOfTheDemoWorkspace() throws InterruptedException {
        if (demoVideo == null) {
            signIn(DemoLogins.CREATOR);
            demoVideo = videos.newVideo("Authorization matrix video");
            secondVideo = videos.newVideo("Authorization matrix second video");
            demoPersonId = people.all().getFirst().id();
            demoAdminId = ((ClapboardUser) signIn(DemoLogins.ADMIN).getPrincipal()).accountId();
            SignIn.out();
        }
    }

    @Test
    void every_route_is_in_the_authorization_table() {
        var registered = new TreeSet<String>();
        for (var route : registry()) {
            registered.add(route.getTemplate());
        }
        var missing = new TreeSet<>(registered);
        missing.removeAll(ROUTES.keySet());
        assertThat(missing).as("add %s to the authorization table in RouteAuthorizationTest", missing).isEmpty();
        assertThat(ROUTES.keySet()).as("routes in the table that no longer exist").isSubsetOf(registered);
    }

    @ParameterizedTest(name = "{0} opens exactly the routes the table allows")
    @EnumSource(Visitor.class)
    void each_role_opens_exactly_the_routes_the_table_allows(Visitor visitor) {
        if (visitor.login != null) {
            signIn(visitor.login);
            reload();
        }
        var wrong = new ArrayList<String>();
        for (var route : registry()) {
            var access = ROUTES.get(route.getTemplate());
            if (access == null) {
                continue; // every_route_is_in_the_authorization_table names it
            }
            var path = withDemoIds(route.getTemplate());
            openUrl(path);
            var rendered = renders(route.getNavigationTarget()) && !notFoundShown();
            var expected = access.allows(visitor.login);
            if (rendered != expected) {
                wrong.add(path + (expected ? " was refused" : " was shown") + " (table: " + access + ")");
            } else if (!expected) {
                assertRefusedProperly(visitor, access, path);
            }
        }
        assertThat(wrong).as(visitor + " got").isEmpty();
    }

    @Test
    void a_member_of_another_workspace_finds_none_of_the_demo_workspace_objects_by_address() {
        var other = secondWorkspace.create("Contoso route matrix", "admin@contoso-routes.example", Roles.ADMIN,
                "Contoso launch");
        signIn(other.memberEmail(), SecondWorkspace.PASSWORD);
        reload();
        var shown = new ArrayList<String>();
        for (var route : registry()) {
            if (route.getTemplate().contains(":") && ROUTES.get(route.getTemplate()) != Access.PUBLIC) {
                var path = withDemoIds(route.getTemplate());
                openUrl(path);
                if (renders(route.getNavigationTarget()) && !notFoundShown()) {
                    shown.add(path);
                }
            }
        }
        assertThat(shown).as("another workspace's objects shown by address").isEmpty();
    }

    private void assertRefusedProperly(Visitor visitor, Access access, String path) {
        if (access == Access.SIGNED_OUT) {
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("%s sends a member home", path)
                    .isEmpty();
        } else if (visitor.login == null) {
            assertThat(renders(LoginView.class)).as("%s sends a visitor to the login", path).isTrue();
        } else {
            assertThat(notFoundShown()).as("%s looks not found to %s", path, visitor).isTrue();
        }
    }

    private static boolean notFoundShown() {
        return !LocatorJ._find(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE)).isEmpty();
    }

    private static boolean renders(Class<?> target) {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().anyMatch(target::isInstance);
    }

    private static List<RouteData> registry() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes();
    }

    private static String withDemoIds(String template) {
        var video = Objects.requireNonNull(demoVideo);
        return template
                .replace(":campaignId", Long.toString(video.campaignId()))
                .replace(":cardId", Long.toString(Objects.requireNonNull(video.cardId())))
                .replace(":generationId", Long.toString(video.id()))
                .replace(":personId", Long.toString(demoPersonId))
                .replace(":token", "no-such-token")
                .replace(":accountId?", Long.toString(demoAdminId))
                + (template.equals("review/compare")
                        ? "?ids=" + video.id() + "," + Objects.requireNonNull(secondVideo).id() : "");
    }

}
