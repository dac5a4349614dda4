@NullMarked
package dev.clapboard.api.domain;

import org.jspecify.annotations.NullMarked;
