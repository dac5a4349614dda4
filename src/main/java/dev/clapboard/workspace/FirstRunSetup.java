package dev.clapboard.workspace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Production never seeds people: on an empty database it logs the one-time setup link instead. */
@Component
@Profile("prod")
class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final WorkspaceSetupService setup;
    private final String baseUrl;

    FirstRunSetup(WorkspaceSetupService setup, @Value("${clapboard.base-url}") String baseUrl) {
        this.setup = setup;
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logSetupLinkOnEmptyDatabase() {
        setup.openIfEmpty().ifPresent(token -> log.warn("""

                ==============================================================
                 Clapboard has no workspace yet. Create the first one and its
                 admin here (the link works once, until this server restarts):
                 {}/setup/{}
                ==============================================================""", baseUrl, token));
    }
}
