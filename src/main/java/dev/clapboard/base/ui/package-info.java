/**
 * The app shell (main layout, error pages) and {@link dev.clapboard.base.ui.FieldErrors}, the one helper
 * features' views use from here; it is exposed as the named interface {@code ui} for that.
 */
@NullMarked
@NamedInterface("ui")
package dev.clapboard.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
