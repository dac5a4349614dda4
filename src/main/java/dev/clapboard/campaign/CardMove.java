package dev.clapboard.campaign;

/** The keyboard moves of a card: one place up or down in its lane, or to the end of the lane left or right. */
public enum CardMove {
    UP, DOWN, LEFT, RIGHT
}
