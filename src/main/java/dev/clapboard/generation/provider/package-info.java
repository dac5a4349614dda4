@NullMarked
package dev.clapboard.generation.provider;

import org.jspecify.annotations.NullMarked;
