package dev.clapboard.api;

/** A token just created: {@code secret} is shown this once and stored only as a hash. */
public record NewApiToken(ApiTokenSummary token, String secret) {
}
