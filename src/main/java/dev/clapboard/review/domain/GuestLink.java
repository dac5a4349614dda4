package dev.clapboard.review.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A link that lets a guest watch one video, or a playlist of videos, and comment on them. Not a tenant entity: a guest has no workspace
 * until the link is found by its token hash, so services scope it to {@code workspaceId} explicitly.
 */
@Entity
@Table(name = "review_guest_link")
public class GuestLink {

    public static final int MAX_FAILED_PASSWORDS = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long workspaceId;
    private long generationId;
    private String tokenHash;
    private @Nullable String passwordHash;
    private Instant expiresAt;
    private @Nullable Instant revokedAt;
    private long createdBy;
    private Instant createdAt;
    private int failedAttempts;
    private @Nullable Instant lockedUntil;
    private @Nullable String title;
    /** Read with the link: the guest side works outside a persistence context. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_guest_link_video", joinColumns = @JoinColumn(name = "link_id"))
    @OrderColumn(name = "position")
    @Column(name = "generation_id")
    private List<Long> playlist = new ArrayList<>();
    @Version
    private long version;

    protected GuestLink() {
        this.tokenHash = "";
        this.expiresAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public GuestLink(long workspaceId, long generationId, String tokenHash, @Nullable String passwordHash,
            Instant expiresAt, long createdBy, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.generationId = generationId;
        this.tokenHash = tokenHash;
        this.passwordHash = passwordHash;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Makes this link share {@code generationIds} in this order (the first is its {@code generationId}). */
    public void sharePlaylist(String title, List<Long> generationIds) {
        this.title = title;
        this.playlist = new ArrayList<>(generationIds);
    }

    /** The videos this link opens, in order: its playlist, or its one video. */
    public List<Long> videos() {
        return playlist.isEmpty() ? List.of(generationId) : List.copyOf(playlist);
    }

    public boolean isPlaylist() {
        return !playlist.isEmpty();
    }

    public @Nullable String getTitle() {
        return title;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Counts a wrong password; the fifth in a row locks the link for {@link #LOCK}. */
    public void wrongPassword(Instant at) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_PASSWORDS) {
            lockedUntil = at.plus(LOCK);
            failedAttempts = 0;
        }
    }

    public void rightPassword() {
        failedAttempts = 0;
    }

    public boolean isLocked(Instant at) {
        return lockedUntil != null && lockedUntil.isAfter(at);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getGenerationId() {
        return generationId;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
