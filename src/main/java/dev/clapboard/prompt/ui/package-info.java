@NullMarked
package dev.clapboard.prompt.ui;

import org.jspecify.annotations.NullMarked;
