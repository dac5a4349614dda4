@NullMarked
package dev.clapboard.compliance.ui;

import org.jspecify.annotations.NullMarked;
