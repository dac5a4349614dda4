package dev.clapboard.campaign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.Campaigns;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.KaribuTest;
import java.math.BigDecimal;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A save while the database is unreachable (PostgreSQL refuses connections and has ended the open ones, as in a
 * failover): the member reads that nothing was saved and may try again, the form keeps what they typed, and
 * the same click saves once the database is back, because the pool replaces its broken connections.
 */
class CampaignSaveDuringOutageTest extends KaribuTest {

    static final String DATABASE_LOST = "The database connection was lost; nothing was saved. Try again.";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1500");
    }

    @Autowired
    Campaigns campaigns;
    @Autowired
    CampaignService campaignService;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @AfterEach
    void cleanUp() {
        allowConnections(true);
        campaigns.removeTestCampaigns();
    }

    @Test
    void a_save_during_a_database_outage_says_nothing_was_saved_keeps_the_input_and_a_retry_saves_once() {
        signIn(DemoLogins.MANAGER);
        reload();
        UI.getCurrent().navigate("");
        _click(_get(CampaignsView.class).create);
        var dialog = _get(CampaignDialog.class);
        _setValue(dialog.name, "Outage push");
        _setValue(dialog.brand, "Northwind Cloud");
        _setValue(dialog.budget, new BigDecimal("2500"));

        allowConnections(false);
        var failure = catchThrowable(() -> _click(dialog.save));
        assertThat(failure).as("the save failed for want of a connection").isNotNull();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure)); // as Vaadin's request handler does
        MockVaadin.clientRoundtrip(false);

        NotificationsKt.expectNotifications(DATABASE_LOST);
        assertThat(dialog.isOpened()).as("the form stays open").isTrue();
        assertThat(dialog.name.getValue()).isEqualTo("Outage push");
        assertThat(dialog.budget.getValue()).isEqualByComparingTo("2500");

        allowConnections(true);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(campaignService.list(PageRequest.of(0, 10)).getContent())
                .filteredOn(c -> c.name().equals("Outage push")).singleElement()
                .satisfies(c -> assertThat(c.budget().amount()).isEqualByComparingTo("2500"));
    }

    /** Closes the app's database to new connections and ends its open ones, or opens it again. */
    private void allowConnections(boolean allowed) {
        var database = databaseUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (var admin = EmbeddedPostgresDatabase.server().getPostgresDatabase().getConnection();
                var statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections " + allowed);
            if (!allowed) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + database + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change connections to " + database, e);
        }
    }
}
