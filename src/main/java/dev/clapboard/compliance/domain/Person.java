package dev.clapboard.compliance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A real person who may appear in the workspace's videos ("cameo subject"). */
@Entity(name = "CompliancePerson")
@jakarta.persistence.Table(name = "compliance_person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @TenantId
    private @Nullable Long workspaceId;
    private String name;
    private boolean adult;
    private @Nullable String notes;
    private @Nullable String referenceKey;
    private @Nullable String referenceType;
    private @Nullable String referenceFileName;
    private Instant createdAt;
    private @Nullable Instant erasedAt;
    @Version
    private long version;

    protected Person() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public Person(String name, boolean adult, @Nullable String notes, Instant createdAt) {
        this.name = name;
        this.adult = adult;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    public void change(String name, boolean adult, @Nullable String notes) {
        this.name = name;
        this.adult = adult;
        this.notes = notes;
    }

    public void reference(String key, String contentType, String fileName) {
        this.referenceKey = key;
        this.referenceType = contentType;
        this.referenceFileName = fileName;
    }

    /**
     * Erased from the register (GDPR Art. 17): the name becomes {@code pseudonym}, the notes and the reference
     * go. The row stays, because consent records (kept as evidence) and flags point at it.
     */
    public void erase(String pseudonym, Instant at) {
        this.name = pseudonym;
        this.notes = null;
        this.referenceKey = null;
        this.referenceType = null;
        this.referenceFileName = null;
        this.erasedAt = at;
    }

    public @Nullable Instant getErasedAt() {
        return erasedAt;
    }

    public long getId() {
        return java.util.Objects.requireNonNull(id);
    }

    public @Nullable Long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public boolean isAdult() {
        return adult;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable String getReferenceKey() {
        return referenceKey;
    }

    public @Nullable String getReferenceType() {
        return referenceType;
    }

    public @Nullable String getReferenceFileName() {
        return referenceFileName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
