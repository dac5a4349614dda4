/** The {@code /api/v1} controllers, the token gate in front of them and problem+json errors. */
@NullMarked
package dev.clapboard.api.web;

import org.jspecify.annotations.NullMarked;
