/**
 * Review and approval of generated videos: timestamped comments with replies and mentions, decisions per
 * reviewer that move the card on the board, and the queue of videos waiting for the signed-in reviewer.
 */
@NullMarked
package dev.clapboard.review;

import org.jspecify.annotations.NullMarked;
