@NullMarked
package dev.clapboard.generation.domain;

import org.jspecify.annotations.NullMarked;
