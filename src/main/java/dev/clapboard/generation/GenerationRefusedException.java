package dev.clapboard.generation;

/** A generation request was refused before anything was spent; the message says exactly why. */
public class GenerationRefusedException extends RuntimeException {

    public GenerationRefusedException(String message) {
        super(message);
    }
}
