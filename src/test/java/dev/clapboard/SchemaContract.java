package dev.clapboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clapboard.campaign.CampaignService;
import dev.clapboard.support.DemoLogins;
import dev.clapboard.support.SignIn;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * What must hold on every database we support: Flyway applied every migration on a fresh database, Hibernate
 * validated the mapping against it (or the context would not start), and the demo data reads back.
 */
abstract class SchemaContract {

    @Autowired
    Flyway flyway;
    @Autowired
    SignIn signIn;
    @Autowired
    CampaignService campaigns;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void every_migration_is_applied() {
        var info = flyway.info();
        assertThat(info.all()).isNotEmpty();
        assertThat(info.all()).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(info.pending()).isEmpty();
    }

    @Test
    void the_mapped_entities_read_and_write_through_the_schema() {
        signIn.as(DemoLogins.MANAGER);
        var page = campaigns.list(PageRequest.of(0, 10));
        assertThat(page.getContent()).singleElement().satisfies(c -> {
            assertThat(c.name()).contains("Northwind Analytics");
            assertThat(c.ownerName()).isEqualTo("Marco Manning");
            assertThat(c.baselineCost().amount()).isEqualByComparingTo("20000");
        });
    }
}
