package dev.clapboard.workspace.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.workspace.TwoFactorService;
import org.springframework.stereotype.Component;

/**
 * An admin of a workspace that requires two-factor sign-in, who has not set it up, lands on My account (where
 * it is set up) whatever page they open, from their first page after signing in until it is on.
 */
@Component
class TwoFactorGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final TwoFactorService twoFactor;

    TwoFactorGate(CurrentUser currentUser, TwoFactorService twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == MyAccountView.class) {
            return;
        }
        var user = currentUser.get();
        if (user.isPresent() && user.get().role().equals(Roles.ADMIN) && twoFactor.setupRequired()) {
            event.forwardTo(MyAccountView.class);
        }
    }
}
