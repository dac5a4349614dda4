package dev.clapboard.compliance;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import dev.clapboard.support.MovableClock;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The retention job's cross-workspace native query and the V18 columns on PostgreSQL. */
@ClapboardTest
@Import(MovableClock.Config.class)
class ConsentRetentionOnPostgresTest extends ConsentRetentionTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
