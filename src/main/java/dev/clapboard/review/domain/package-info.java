@NullMarked
package dev.clapboard.review.domain;

import org.jspecify.annotations.NullMarked;
