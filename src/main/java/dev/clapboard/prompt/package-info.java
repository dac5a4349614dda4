/**
 * Prompt studio: templates with placeholders, versioned prompts on cards, structured prompts, style variants for
 * A/B tests and prompt lint.
 */
@NullMarked
package dev.clapboard.prompt;

import org.jspecify.annotations.NullMarked;
