@NullMarked
package dev.clapboard.security.ui;

import org.jspecify.annotations.NullMarked;
