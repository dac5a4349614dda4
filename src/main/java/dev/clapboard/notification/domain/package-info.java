@NullMarked
package dev.clapboard.notification.domain;

import org.jspecify.annotations.NullMarked;
