package dev.clapboard;

import dev.clapboard.support.ClapboardTest;
import dev.clapboard.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ClapboardTest
class SchemaOnPostgresTest extends SchemaContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
