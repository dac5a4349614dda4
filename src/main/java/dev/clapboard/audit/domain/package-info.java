@NullMarked
package dev.clapboard.audit.domain;

import org.jspecify.annotations.NullMarked;
