/**
 * Campaigns with their budget and traditional-production baseline; later their boards, lanes and cards.
 */
@NullMarked
package dev.clapboard.campaign;

import org.jspecify.annotations.NullMarked;
