/**
 * The app shell (main layout, error pages and handler) and small value types every feature shares, such as
 * {@link dev.clapboard.base.Money}.
 */
@NullMarked
package dev.clapboard.base;

import org.jspecify.annotations.NullMarked;
