@NullMarked
package dev.clapboard.workspace.ui;

import org.jspecify.annotations.NullMarked;
