@NullMarked
package dev.clapboard.review.ui;

import org.jspecify.annotations.NullMarked;
