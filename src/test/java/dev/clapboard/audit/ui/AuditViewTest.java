package dev.clapboard.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import dev.clapboard.audit.AuditAction;
import dev.clapboard.base.ui.NotFoundView;
import dev.clapboard.security.Roles;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.KaribuTest;
import dev.clapboard.support.SecondWorkspace;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditViewTest extends KaribuTest {

    @Autowired
    SecondWorkspace secondWorkspace;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_filters_the_trail_by_action_and_verifies_the_chain_intact() {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        _setValue(view.action, AuditAction.SIGNED_IN);
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            view.grid.getDataProvider().refreshAll();
            return _size(view.grid) > 0;
        });

        assertThat(_getFormattedRow(view.grid, 0)).contains("Signed in");
        for (int row = 0; row < _size(view.grid); row++) {
            assertThat(_getFormattedRow(view.grid, row)).contains("Signed in");
        }
        _click(view.verify);
        assertThat(view.verifyResult.getText()).matches("Chain intact \\(\\d+ entries\\)\\.");
    }

    @Test
    void verify_names_the_first_broken_entry_after_a_row_was_changed_in_the_database() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var studio = secondWorkspace.create("Audit View " + suffix, "audit-" + suffix + "@studio.example", Roles.ADMIN,
                "Tampered");
        signIn(studio.memberEmail(), SecondWorkspace.PASSWORD);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            view.grid.getDataProvider().refreshAll();
            return _size(view.grid) > 0;
        });
        long id = jdbc.sql("select min(id) from audit_entry where workspace_id = :w").param("w", studio.workspaceId())
                .query(Long.class).single();
        jdbc.sql("update audit_entry set actor_name = 'Mallory' where id = :id").param("id", id).update();

        _click(view.verify);

        assertThat(view.verifyResult.getText()).startsWith("Chain broken at entry #1 (id " + id + ", ")
                .contains("Signed in").endsWith("its content does not match its hash: the entry was changed.");
    }

    @Test
    void a_last_day_before_the_first_is_refused_at_the_field() {
        signIn(DemoLogins.ADMIN);
        UI.getCurrent().navigate("audit");
        var view = _get(AuditView.class);

        _setValue(view.from, LocalDate.of(2026, 5, 10));
        _setValue(view.to, LocalDate.of(2026, 5, 9));

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Pick a day on or after 2026-05-10.");
        _setValue(view.to, LocalDate.of(2026, 5, 11));
        assertThat(view.to.isInvalid()).isFalse();
        assertThat(_size(view.grid)).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = DemoLogins.class, names = {"MANAGER", "CREATOR", "REVIEWER"})
    void only_admins_open_the_audit_trail(DemoLogins login) {
        signIn(login);

        openUrl("audit");

        _assertOne(Paragraph.class, spec -> spec.withText(NotFoundView.MESSAGE));
    }
}
