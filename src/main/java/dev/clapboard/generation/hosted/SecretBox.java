package dev.clapboard.generation.hosted;

import dev.clapboard.security.SecretSealer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts provider secrets (API keys, webhook secrets) and, as the {@link SecretSealer}, members' two-factor
 * secrets with AES-256-GCM before they reach the database. The
 * master key comes from {@code clapboard.secrets.master-key} (base64 of 32 bytes) or, when that is empty, from
 * a key file outside the database that is created on first start. Losing the key loses the stored secrets:
 * back the file up. To rotate, start once with the new key and the old one in
 * {@code clapboard.secrets.previous-master-key}: {@link MasterKeyCheck} seals every stored secret again.
 */
@Component
public class SecretBox implements SecretSealer {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom random = new SecureRandom();

    private final SecretKey key;
    private final @Nullable SecretKey previousKey;

    @Autowired
    SecretBox(@Value("${clapboard.secrets.master-key:}") String masterKey,
            @Value("${clapboard.secrets.key-file:${CLAPBOARD_DATA_DIR:./data}/secret.key}") Path keyFile,
            @Value("${clapboard.secrets.previous-master-key:}") String previousMasterKey) {
        this(masterKey.isBlank() ? fromFile(keyFile) : decode(masterKey, "clapboard.secrets.master-key"),
                previousMasterKey.isBlank() ? null
                        : decode(previousMasterKey, "clapboard.secrets.previous-master-key"));
    }

    SecretBox(String masterKey, Path keyFile) {
        this(masterKey, keyFile, "");
    }

    SecretBox(byte[] key) {
        this(key, null);
    }

    SecretBox(byte[] key, byte @Nullable [] previousKey) {
        this.key = new SecretKeySpec(key, "AES");
        this.previousKey = previousKey == null ? null : new SecretKeySpec(previousKey, "AES");
    }

    @Override
    public String encrypt(String secret) {
        try {
            var iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            var sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            var out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws WrongMasterKeyException when the value was sealed with another master key (or was altered) */
    @Override
    public String decrypt(String sealed) {
        try {
            return open(sealed, key);
        } catch (WrongMasterKeyException e) {
            if (previousKey == null) {
                throw e;
            }
            return open(sealed, previousKey);
        }
    }

    /** The secret sealed with the current key when it was sealed with the previous one; empty otherwise. */
    @Override
    public Optional<String> resealed(String sealed) {
        try {
            open(sealed, key);
            return Optional.empty();
        } catch (WrongMasterKeyException e) {
            if (previousKey == null) {
                throw e;
            }
            return Optional.of(encrypt(open(sealed, previousKey)));
        }
    }

    private static String open(String sealed, SecretKey with) {
        if (!sealed.startsWith(PREFIX)) {
            throw new WrongMasterKeyException("A stored secret is not in the expected format");
        }
        try {
            var bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, with, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new WrongMasterKeyException("A stored provider secret cannot be decrypted with this master key");
        }
    }

    /** The stored secrets were sealed with another master key. */
    public static class WrongMasterKeyException extends IllegalStateException {
        WrongMasterKeyException(String message) {
            super(message);
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            var bytes = Base64.getDecoder().decode(base64.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException(source + " must be base64 of 32 bytes (AES-256), got " + bytes.length);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64");
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file), "The key file " + file.toAbsolutePath());
            }
            var bytes = new byte[32];
            random.nextBytes(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the file keeps the directory's permissions
            }
            log.info("Created the master key for provider secrets at {}; back it up", file.toAbsolutePath());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file.toAbsolutePath(), e);
        }
    }
}
