@NullMarked
package dev.clapboard.audit.ui;

import org.jspecify.annotations.NullMarked;
