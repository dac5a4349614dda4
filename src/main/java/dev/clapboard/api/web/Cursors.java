package dev.clapboard.api.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Opaque page cursors: which list, which position, and an HMAC over both, so a cursor cannot be edited or used
 * for another list (400). The position is a page of the services' paged reads; the key comes from
 * {@code clapboard.api.cursor-secret}, or is random per start when unset (cursors then end with a restart).
 */
@Component
class Cursors {

    /** The next page of a list; {@code part} picks a sub-list (the lane of a card list). */
    record Position(int part, int page, int size) {
    }

    /** The cursor was not made by us for this list. */
    static final class TamperedCursorException extends RuntimeException {
        TamperedCursorException() {
            super("The cursor is not valid for this list; start again without one.");
        }
    }

    private final byte[] key;

    Cursors(@Value("${clapboard.api.cursor-secret:}") String secret) {
        if (secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    String next(String list, Position position) {
        var payload = position.part() + ":" + position.page() + ":" + position.size();
        return encode(payload) + "." + encode(mac(list + "|" + payload));
    }

    /**
     * The page of {@code list} the cursor names; the first page of {@code size} when it is null. A cursor keeps
     * the page size it was made with.
     */
    Position read(String list, @Nullable String cursor, int size) {
        if (cursor == null || cursor.isBlank()) {
            return new Position(0, 0, size);
        }
        try {
            var dot = cursor.indexOf('.');
            var payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
            var signature = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(list + "|" + payload))) {
                throw new TamperedCursorException();
            }
            var parts = payload.split(":");
            return new Position(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            if (e instanceof TamperedCursorException tampered) {
                throw tampered;
            }
            throw new TamperedCursorException();
        }
    }

    private static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private byte[] mac(String text) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
