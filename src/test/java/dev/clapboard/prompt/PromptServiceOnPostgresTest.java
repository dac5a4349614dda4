package dev.clapboard.prompt;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same behaviour on PostgreSQL: text search escaping, emoji, time precision, the immutability guard. */
@ClapboardTest
class PromptServiceOnPostgresTest extends PromptServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
