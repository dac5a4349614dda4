@NullMarked
package dev.clapboard.generation.provider.local;

import org.jspecify.annotations.NullMarked;
