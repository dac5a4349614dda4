@NullMarked
package dev.clapboard.prompt.domain;

import org.jspecify.annotations.NullMarked;
