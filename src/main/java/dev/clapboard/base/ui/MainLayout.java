package dev.clapboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.clapboard.base.HeaderWidget;
import dev.clapboard.base.MenuBadge;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.WorkspaceSwitcher;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in view. The side menu comes from {@code @Menu} routes through
 * {@link MenuConfiguration}, which leaves out every route the member's role may not open. Features add to it
 * without the shell depending on them: {@link HeaderWidget} beans go into the header, {@link MenuBadge} beans
 * put a count next to their menu entry (refreshed on every navigation).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final List<MenuBadge> badges;
    private final Map<MenuBadge, Span> badgeLabels = new HashMap<>();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, WorkspaceSwitcher switcher,
            ObjectProvider<HeaderWidget> headerWidgets, ObjectProvider<MenuBadge> menuBadges) {
        var user = currentUser.require();
        this.badges = menuBadges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        var widgets = new Div();
        widgets.addClassName("header-widgets");
        headerWidgets.orderedStream().forEach(widget -> widgets.add(widget.create()));
        addToNavbar(new DrawerToggle(), viewTitle, widgets);
        addToDrawer(brand(user), new Scroller(sideNav()), userMenu(user, authenticationContext, switcher));
    }

    private static Component brand(ClapboardUser user) {
        var logo = new Image("images/clapboard.svg", "");
        logo.addClassName("app-logo");
        var name = new Span("Clapboard");
        name.addClassName("app-name");
        var workspace = new Span(user.workspaceName());
        workspace.addClassName("app-workspace");
        var link = new Anchor(".", logo, new Div(name, workspace));
        link.addClassName("app-brand");
        return link;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.addClassName("app-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        badges.stream().filter(badge -> sameRoute(badge.route(), entry.path())).findFirst().ifPresent(badge -> {
            var label = new Span();
            label.getElement().getThemeList().addAll(List.of("badge", "pill", "small", "contrast"));
            label.addClassName("menu-badge");
            item.setSuffixComponent(label);
            badgeLabels.put(badge, label);
        });
        return item;
    }

    private static boolean sameRoute(String a, String b) {
        return a.replaceAll("^/+", "").equals(b.replaceAll("^/+", ""));
    }

    private void refreshBadges() {
        badgeLabels.forEach((badge, label) -> {
            var count = badge.count();
            label.setText(String.valueOf(count));
            label.getElement().setAttribute("aria-label", count + " waiting");
            label.setVisible(count > 0);
        });
    }

    private static Component userMenu(ClapboardUser user, AuthenticationContext authenticationContext,
            WorkspaceSwitcher switcher) {
        var avatar = new Avatar(user.displayName());
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        var top = menu.addItem(avatar);
        top.add(new Span(user.displayName()));
        top.getElement().setAttribute("aria-label", "Account menu of " + user.displayName());
        var sub = top.getSubMenu();
        sub.addItem(new Span(user.role().charAt(0) + user.role().substring(1).toLowerCase() + " in "
                + user.workspaceName())).setEnabled(false);
        user.seats().stream().filter(seat -> seat.workspaceId() != user.workspaceId())
                .forEach(seat -> sub.addItem("Switch to " + seat.workspaceName(), e -> {
                    switcher.switchTo(seat.workspaceId());
                    e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
                }));
        sub.addItem(new Span(VaadinIcon.SIGN_OUT.create(), new Span(" Sign out")), e -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Page titles read "Campaigns · Clapboard" for the browser tab; the header needs only the first part.
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("").replace(" · Clapboard", ""));
        refreshBadges();
    }
}
