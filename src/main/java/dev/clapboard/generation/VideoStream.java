package dev.clapboard.generation;

import org.springframework.core.io.Resource;

/** A generation's stored video, ready to stream (Range requests are answered from {@code content}). */
public record VideoStream(String contentType, String sha256, Resource content) {
}
