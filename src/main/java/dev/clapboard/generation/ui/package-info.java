@NullMarked
package dev.clapboard.generation.ui;

import org.jspecify.annotations.NullMarked;
