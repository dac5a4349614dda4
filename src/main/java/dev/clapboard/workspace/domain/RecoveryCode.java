package dev.clapboard.workspace.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time code that stands in for the authenticator app; only its SHA-256 is kept. */
@Entity
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long accountId;
    private String codeHash;
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        this.codeHash = "";
    }

    public RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    public @Nullable Instant getUsedAt() {
        return usedAt;
    }
}
