@NullMarked
package dev.clapboard.workspace.domain;

import org.jspecify.annotations.NullMarked;
