package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import dev.clapboard.support.SignIn;
import dev.clapboard.workspace.InviteLink;
import dev.clapboard.workspace.InviteSent;
import dev.clapboard.workspace.InviteService;
import dev.clapboard.workspace.NewInvite;
import dev.clapboard.workspace.domain.AccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class InviteAcceptViewTest extends KaribuTest {

    @Autowired
    InviteService invites;
    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    AccountRepository accounts;
    @Autowired
    ApplicationEvents events;

    private String invite(String workspace, String email) {
        var studio = secondWorkspace.create(workspace, "admin@" + workspace.toLowerCase().replace(' ', '-')
                + ".example", Roles.ADMIN, "C");
        signIn.as(studio.memberEmail(), SecondWorkspace.PASSWORD);
        invites.invite(new NewInvite(email, Roles.CREATOR));
        var token = events.stream(InviteSent.class).filter(e -> e.email().equals(email)).findFirst().orElseThrow()
                .acceptLink().replaceAll(".*/invite/", "");
        SignIn.out();
        return token;
    }

    @Test
    void a_made_up_link_shows_a_clear_page() {
        UI.getCurrent().navigate("invite/made-up-token-made-up-token");

        _assertOne(H1.class, spec -> spec.withText("This invite can't be used"));
        _assertOne(Paragraph.class, spec -> spec.withText(InviteLink.State.UNKNOWN.message()));
    }

    @Test
    void a_revoked_link_shows_a_clear_page_and_creates_nothing() {
        var token = invite("Accept Alpha", "rae@newcomer.example");
        signIn.as("admin@accept-alpha.example", SecondWorkspace.PASSWORD);
        invites.revoke(invites.list(PageRequest.of(0, 1)).getContent().getFirst().id());
        SignIn.out();

        UI.getCurrent().navigate("invite/" + token);

        _assertOne(Paragraph.class, spec -> spec.withText(InviteLink.State.REVOKED.message()));
        assertThat(accounts.findByEmail("rae@newcomer.example")).isEmpty();
    }

    @Test
    void a_weak_password_is_refused_at_the_field_and_creates_nothing() {
        var token = invite("Accept Beta", "sam@newcomer.example");
        UI.getCurrent().navigate("invite/" + token);
        var view = _get(InviteAcceptView.class);

        _setValue(view.name, "Sam");
        _setValue(view.password, "sam@newcomer.example!");
        _click(view.join);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("e-mail");
        assertThat(accounts.findByEmail("sam@newcomer.example")).isEmpty();
    }
}
