/**
 * Hosted video providers configured per workspace: the {@code /v1/videos} API family and Gemini Veo, their
 * HTTP clients, encrypted keys and signed webhooks.
 */
@NullMarked
package dev.clapboard.generation.hosted;

import org.jspecify.annotations.NullMarked;
