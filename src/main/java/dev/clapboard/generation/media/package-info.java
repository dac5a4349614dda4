@NullMarked
package dev.clapboard.generation.media;

import org.jspecify.annotations.NullMarked;
