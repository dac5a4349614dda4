package dev.clapboard.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Mail goes out on a background thread after commit ({@code @Async}) and is retried on a schedule. */
@Configuration
@EnableAsync
@EnableScheduling
class NotificationConfiguration {
}
