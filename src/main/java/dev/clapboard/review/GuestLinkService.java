package dev.clapboard.review;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.review.domain.GuestLink;
import dev.clapboard.review.domain.GuestLinkRepository;
import dev.clapboard.review.domain.ReviewAudit;
import dev.clapboard.review.domain.ReviewAuditRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers share one video, or a playlist of videos, with people outside the workspace through an expiring,
 * revocable link.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MANAGER')")
public class GuestLinkService {

    public static final int MAX_DAYS = 30;
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PLAYLIST_VIDEOS = 50;
    public static final int MAX_TITLE_LENGTH = 200;

    private final GuestLinkRepository links;
    private final ReviewAuditRepository audit;
    private final GenerationService generations;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String baseUrl;
    private final List<ApprovalBlocker> blockers;

    GuestLinkService(GuestLinkRepository links, ReviewAuditRepository audit, GenerationService generations,
            CurrentUser currentUser, PasswordEncoder passwords, Clock clock,
            @Value("${clapboard.base-url}") String baseUrl, List<ApprovalBlocker> blockers) {
        this.blockers = List.copyOf(blockers);
        this.links = links;
        this.audit = audit;
        this.generations = generations;
        this.currentUser = currentUser;
        this.passwords = passwords;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A new link valid for {@code days} (1 to 30), with a password when one is given. */
    @Transactional
    public GuestLinkSummary create(long generationId, int days, @Nullable String password) {
        checkShareable(generationId);
        return save(generationId, days, password, null, List.of());
    }

    /**
     * One link for several finished videos, played in the given order; guests comment on each. Refused, with
     * nothing saved, when a video is not finished or not in this workspace.
     */
    @Transactional
    public GuestLinkSummary createPlaylist(String title, List<Long> generationIds, int days,
            @Nullable String password) {
        var ids = generationIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "Pick at least one video to share.");
        }
        if (ids.size() > MAX_PLAYLIST_VIDEOS) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "A link shares at most "
                    + MAX_PLAYLIST_VIDEOS + " videos; this has " + ids.size() + ".");
        }
        var name = title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE_LENGTH) {
            throw new ReviewRefusedException("title", "Give the playlist a title (up to " + MAX_TITLE_LENGTH
                    + " characters); guests see it.");
        }
        ids.forEach(this::checkShareable);
        return save(ids.getFirst(), days, password, name, ids);
    }

    private void checkShareable(long generationId) {
        var video = generations.find(generationId).orElseThrow(() -> new ReviewRefusedException(
                ReviewRefusedException.VIDEO, "That video does not exist in this workspace."));
        if (video.status() != GenerationStatus.SUCCEEDED) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "Only a finished video can be shared.");
        }
        blockers.stream().map(b -> b.reasonNotToApprove(generationId)).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(reason -> {
                    throw new ReviewRefusedException(ReviewRefusedException.VIDEO, reason + ". It cannot be shared.");
                });
    }

    private GuestLinkSummary save(long generationId, int days, @Nullable String password, @Nullable String title,
            List<Long> playlist) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ReviewRefusedException("days", "A link is valid for 1 to " + MAX_DAYS + " days.");
        }
        var secret = password == null || password.isBlank() ? null : password;
        if (secret != null && secret.length() < MIN_PASSWORD_LENGTH) {
            throw new ReviewRefusedException("password", "Use at least " + MIN_PASSWORD_LENGTH
                    + " characters, or no password.");
        }
        var me = currentUser.require();
        var token = GuestTokens.newToken();
        var now = clock.instant();
        var link = new GuestLink(me.workspaceId(), generationId, GuestTokens.hash(token),
                secret == null ? null : passwords.encode(secret), now.plus(Duration.ofDays(days)), me.accountId(), now);
        if (title != null) {
            link.sharePlaylist(title, playlist);
        }
        links.save(link);
        audit.save(new ReviewAudit(me.workspaceId(), link.getId(), me.displayName(), "LINK_CREATED",
                (title == null ? "" : "playlist of " + playlist.size() + " videos " + playlist + ", ")
                        + "valid " + days + " days" + (secret == null ? "" : ", with password"), now));
        return summary(link, baseUrl + "/guest/" + token);
    }

    @Transactional
    public void revoke(long linkId) {
        var me = currentUser.require();
        var link = links.findByIdAndWorkspaceId(linkId, me.workspaceId()).orElseThrow(() -> new ReviewRefusedException(
                ReviewRefusedException.VIDEO, "That link does not exist."));
        link.revoke(clock.instant());
        audit.save(new ReviewAudit(me.workspaceId(), linkId, me.displayName(), "LINK_REVOKED", null, clock.instant()));
    }

    /** The video's links, newest first. */
    public List<GuestLinkSummary> links(long generationId) {
        return links.findByWorkspaceIdAndGenerationIdOrderByCreatedAtDesc(currentUser.require().workspaceId(),
                generationId).stream().map(l -> summary(l, null)).toList();
    }

    /** The workspace's playlist links, newest first (the latest hundred). */
    public List<GuestLinkSummary> playlists() {
        return links.playlists(currentUser.require().workspaceId(),
                org.springframework.data.domain.PageRequest.of(0, 100)).stream().map(l -> summary(l, null)).toList();
    }

    /** What happened through a link, oldest first, as "actor: ACTION detail". */
    public List<String> audit(long linkId) {
        return audit.findByWorkspaceIdAndLinkIdOrderByIdAsc(currentUser.require().workspaceId(), linkId).stream()
                .map(a -> a.getActor() + ": " + a.getAction() + (a.getDetail() == null ? "" : " " + a.getDetail()))
                .toList();
    }

    private static GuestLinkSummary summary(GuestLink link, @Nullable String url) {
        return new GuestLinkSummary(link.getId(), link.getGenerationId(), link.getExpiresAt(),
                link.getPasswordHash() != null, link.getRevokedAt(), link.getCreatedAt(), url, link.getTitle(),
                link.videos());
    }
}
