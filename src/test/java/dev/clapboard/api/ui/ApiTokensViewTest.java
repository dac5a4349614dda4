package dev.clapboard.api.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.api.ApiScope;
import dev.clapboard.api.ApiTokenService;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An admin creates a token, copies its secret from the one dialog that shows it, and revokes it later. */
class ApiTokensViewTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    JdbcClient jdbc;

    ApiTokensView openAsNewAdmin(String workspace) {
        var created = secondWorkspace.create(workspace, "admin@" + workspace.toLowerCase().replace(' ', '-')
                + ".example", Roles.ADMIN, "Campaign of " + workspace);
        signIn(created.memberEmail(), SecondWorkspace.PASSWORD);
        reload();
        UI.getCurrent().navigate("api-tokens");
        return _get(ApiTokensView.class);
    }

    @Test
    void a_new_tokens_secret_is_shown_once_and_only_its_hint_stays_in_the_list() {
        var view = openAsNewAdmin("Token Alpha");

        _setValue(view.name, "Website CMS");
        _setValue(view.scopes, Set.of(ApiScope.CAMPAIGNS_READ, ApiScope.GENERATIONS_WRITE));
        _click(view.create);

        assertThat(view.secretDialog).isNotNull();
        assertThat(view.secretDialog.isOpened()).isTrue();
        var secret = view.secret.getValue();
        assertThat(secret).startsWith("cbk_");
        assertThat(jdbc.sql("select secret_hash from api_token where name = 'Website CMS'").query(String.class)
                .single()).isEqualTo(ApiTokenService.hash(secret));
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Website CMS", secret.substring(0, 10) + "…",
                "campaigns:read, generations:write", "Creator", "Active").doesNotContain(secret);

        _click(_get(view.secretDialog, Button.class, spec -> spec.withText("Done")));
        assertThat(view.secret.getValue()).isEmpty();
        UI.getCurrent().navigate("api-tokens");
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class).stream()
                .map(f -> f.getValue())).doesNotContain(secret);
    }

    @Test
    void a_token_without_a_name_is_not_created() {
        var view = openAsNewAdmin("Token Beta");

        _setValue(view.name, "");
        _click(view.create);

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the token a name.");
        assertThat(view.secretDialog).isNull();
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void revoking_a_token_asks_first_and_then_shows_it_revoked() {
        var view = openAsNewAdmin("Token Gamma");
        _setValue(view.name, "Old integration");
        _click(view.create);
        view.secretDialog.close();

        _click(_get(_getCellComponent(view.grid, 0, "actions"), Button.class, spec -> spec.withText("Revoke")));
        var confirm = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst().orElseThrow();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(_getFormattedRow(view.grid, 0)).contains("Old integration", "Revoked");
        assertThat(jdbc.sql("select count(*) from api_token where name = 'Old integration' and revoked_at is not null")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(_get(_getCellComponent(view.grid, 0, "actions"), Button.class).isEnabled()).isFalse();
    }

    @Test
    void only_admins_open_the_token_and_webhook_views() {
        for (var login : new DemoLogins[] {DemoLogins.MANAGER, DemoLogins.CREATOR, DemoLogins.REVIEWER}) {
            signIn(login);
            openUrl("api-tokens");
            _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
            openUrl("webhooks");
            _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
        }
    }
}
