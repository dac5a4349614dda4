package dev.clapboard.generation.provider;

/** The outputs of a finished job. */
public enum OutputVariant {
    VIDEO("video/mp4", "mp4"), THUMBNAIL("image/jpeg", "jpg");

    public final String contentType;
    public final String extension;

    OutputVariant(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
