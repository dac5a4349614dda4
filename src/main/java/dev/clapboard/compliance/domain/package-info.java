@NullMarked
package dev.clapboard.compliance.domain;

import org.jspecify.annotations.NullMarked;
