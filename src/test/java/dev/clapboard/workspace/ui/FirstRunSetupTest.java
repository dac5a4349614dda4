package dev.clapboard.workspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.workspace.domain.AccountRepository;
import dev.clapboard.workspace.domain.WorkspaceRepository;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** A production install on an empty database: no demo people, one setup link in the log, usable once. */
@ActiveProfiles(value = {"prod", "test"}, inheritProfiles = false)
@TestPropertySource(properties = "vaadin.productionMode=false")
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunSetupTest extends KaribuTest {

    private static final Pattern SETUP_LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{20,})");

    @Autowired
    AccountRepository accounts;
    @Autowired
    WorkspaceRepository workspaces;
    @Autowired
    CurrentUser currentUser;

    static String token;

    @Test
    @Order(1)
    void production_seeds_nobody_and_logs_a_setup_link(CapturedOutput output) {
        assertThat(accounts.count()).isZero();
        assertThat(workspaces.count()).isZero();
        var link = SETUP_LINK.matcher(output.getAll());
        assertThat(link.find()).as("setup link in the log").isTrue();
        token = link.group(1);
    }

    @Test
    @Order(2)
    void bad_input_is_refused_at_the_field_and_creates_nothing() {
        UI.getCurrent().navigate("setup/" + token);
        var view = _get(SetupView.class);
        fill(view, "Acme Studio", "Ada Lovelace", "ada@acme.example", "short");

        _click(view.create);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("at least 12 characters");
        assertThat(workspaces.count()).isZero();

        _setValue(view.password, "ada@acme.example-password");
        _click(view.create);
        assertThat(view.password.getErrorMessage()).contains("e-mail");

        _setValue(view.password, "password1234");
        _setValue(view.email, "not an address");
        _click(view.create);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(accounts.count()).isZero();
    }

    @Test
    @Order(3)
    void the_first_person_creates_the_workspace_and_signs_in_as_its_admin() {
        UI.getCurrent().navigate("setup/" + token);
        var view = _get(SetupView.class);
        fill(view, "Acme Studio", "Ada Lovelace", "Ada@Acme.example", "analytical-engine-1843");

        _click(view.create);

        _assertOne(H1.class, spec -> spec.withText("Your workspace is ready"));
        signIn("ada@acme.example", "analytical-engine-1843");
        assertThat(currentUser.require().workspaceName()).isEqualTo("Acme Studio");
        assertThat(currentUser.require().role()).isEqualTo(Roles.ADMIN);
    }

    @Test
    @Order(4)
    void the_link_used_twice_says_so_and_creates_nothing() {
        UI.getCurrent().navigate("setup/" + token);

        _assertOne(Paragraph.class, spec -> spec.withText("This setup link has already been used. Sign in instead."));
        assertThat(workspaces.count()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void a_made_up_link_is_not_valid() {
        UI.getCurrent().navigate("setup/made-up-token-made-up-token");

        _assertOne(Paragraph.class, spec -> spec.withText("This setup link is not valid. Use the link from the server log."));
    }

    private static void fill(SetupView view, String workspace, String name, String email, String password) {
        _setValue(view.workspaceName, workspace);
        _setValue(view.adminName, name);
        _setValue(view.email, email);
        _setValue(view.password, password);
    }
}
