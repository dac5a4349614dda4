/**
 * E-mail and in-app notifications, driven by other features' events: the notification centre (bell, list,
 * per-member e-mail choices; decision 0011), templates (HTML and plain text), the outbox every message is
 * stored in, delivery after the triggering transaction commits, and retries. Other features never call this
 * module; it listens to their public events.
 */
@NullMarked
package dev.clapboard.notification;

import org.jspecify.annotations.NullMarked;
