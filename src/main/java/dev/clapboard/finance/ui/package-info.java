/** Report views for managers. */
@NullMarked
package dev.clapboard.finance.ui;

import org.jspecify.annotations.NullMarked;
