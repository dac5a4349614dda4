package dev.clapboard.workspace;

/**
 * A new secret to scan or type into an authenticator app; nothing is stored until a code from the app confirms
 * it. {@code qrCodeSvg} draws {@code otpauthUri} as a QR code.
 */
public record TwoFactorSetup(String secret, String otpauthUri, String qrCodeSvg) {
}
