package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. Belongs to workspaces through {@link Membership}s. */
@Entity
public class Account {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String email;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private @Nullable Instant lockedUntil;
    private @Nullable Long lastWorkspaceId;
    private @Nullable Instant lastSignInAt;
    private Instant createdAt;
    private int credentialsVersion;
    private @Nullable String totpSecretCipher;
    private @Nullable Instant totpEnabledAt;
    private long totpLastStep;
    @Version
    private long version;

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public Account(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** E-mail addresses are compared case-insensitively, so they are stored in lower case. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public @Nullable Long getLastWorkspaceId() {
        return lastWorkspaceId;
    }

    public void setLastWorkspaceId(long workspaceId) {
        this.lastWorkspaceId = workspaceId;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** Sessions remember the version they signed in under; a different one ends them. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    /** A new password: sets it and ends every session signed in with an older one. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.credentialsVersion++;
    }

    /** The TOTP secret sealed with the master key, or null when two-factor sign-in is off. */
    public @Nullable String getTotpSecretCipher() {
        return totpSecretCipher;
    }

    public boolean hasTwoFactor() {
        return totpSecretCipher != null;
    }

    public @Nullable Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    public void turnOnTwoFactor(String sealedSecret, long acceptedStep, Instant at) {
        this.totpSecretCipher = sealedSecret;
        this.totpLastStep = acceptedStep;
        this.totpEnabledAt = at;
    }

    /** The same secret sealed with a new master key (rotation). */
    public void resealTwoFactorSecret(String sealedSecret) {
        this.totpSecretCipher = sealedSecret;
    }

    public void turnOffTwoFactor() {
        this.totpSecretCipher = null;
        this.totpEnabledAt = null;
        this.totpLastStep = 0;
    }

    /** The last 30-second step a code was accepted for: codes of that step and older are spent. */
    public long getTotpLastStep() {
        return totpLastStep;
    }

    public void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }
}
