@NullMarked
package dev.clapboard.base.ui;

import org.jspecify.annotations.NullMarked;
