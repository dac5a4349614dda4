package dev.clapboard.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Listeners between features ({@code @ApplicationModuleListener}) run after the publisher's commit on their
 * own thread, so a slow or failing listener never holds up or undoes the member's action; the JPA event
 * registry keeps the publication until the listener succeeded.
 */
@Configuration
@EnableAsync
class AsyncEvents {
}
