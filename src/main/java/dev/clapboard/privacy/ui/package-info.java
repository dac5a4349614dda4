@NullMarked
package dev.clapboard.privacy.ui;

import org.jspecify.annotations.NullMarked;
