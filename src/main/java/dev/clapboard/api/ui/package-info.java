@NullMarked
package dev.clapboard.api.ui;

import org.jspecify.annotations.NullMarked;
