@NullMarked
package dev.clapboard.notification.ui;

import org.jspecify.annotations.NullMarked;
