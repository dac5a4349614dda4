/**
 * Generations of videos: the provider SPI and its providers (the offline local renderer first), cost
 * estimates, the media store and streaming of stored outputs.
 */
@NullMarked
package dev.clapboard.generation;

import org.jspecify.annotations.NullMarked;
