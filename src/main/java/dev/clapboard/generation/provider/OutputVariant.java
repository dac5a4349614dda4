package dev.clapboard.generation.provider;

/**
 * The files of a generation: the outputs of a finished job (video, thumbnail) and, stored the same way, the
 * image a generation starts from (its first frame), normalised to PNG.
 */
public enum OutputVariant {
    VIDEO("video/mp4", "mp4"), THUMBNAIL("image/jpeg", "jpg"), REFERENCE("image/png", "png");

    public final String contentType;
    public final String extension;

    OutputVariant(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }
}
