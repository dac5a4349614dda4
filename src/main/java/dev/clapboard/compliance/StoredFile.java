package dev.clapboard.compliance;

/** An uploaded file as stored: reference media or a signed declaration. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
