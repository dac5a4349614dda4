package dev.clapboard.compliance;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same behaviour on PostgreSQL, where the compliance migrations and queries must run too. */
@ClapboardTest
class ModerationServiceOnPostgresTest extends ModerationServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
