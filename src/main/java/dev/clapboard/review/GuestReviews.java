package dev.clapboard.review;

import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.VideoStream;
import dev.clapboard.review.GuestAccess.State;
import dev.clapboard.review.domain.GuestLink;
import dev.clapboard.review.domain.GuestLinkRepository;
import dev.clapboard.review.domain.ReviewAudit;
import dev.clapboard.review.domain.ReviewAuditRepository;
import dev.clapboard.review.domain.ReviewComment;
import dev.clapboard.review.domain.ReviewCommentRepository;
import dev.clapboard.security.SystemActor;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guest side of a review link, for people without an account: check the link (and its password), watch the
 * video (or each video of a playlist), read and write comments on it; a video outside the link is refused.
 * Nobody is signed in, so every step names its workspace from the link and runs as that workspace
 * ({@link SystemActor}); each guest action is audited. Five wrong passwords in a row lock the
 * link for a quarter of an hour.
 */
@Service
public class GuestReviews {

    public static final int MAX_GUEST_NAME_LENGTH = 80;

    private final GuestLinkRepository links;
    private final ReviewAuditRepository audit;
    private final ReviewCommentRepository comments;
    private final GenerationService generations;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<ApprovalBlocker> blockers;

    GuestReviews(GuestLinkRepository links, ReviewAuditRepository audit, ReviewCommentRepository comments,
            GenerationService generations, PasswordEncoder passwords, TransactionTemplate transaction, Clock clock,
            List<ApprovalBlocker> blockers) {
        this.blockers = List.copyOf(blockers);
        this.links = links;
        this.audit = audit;
        this.comments = comments;
        this.generations = generations;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The HTTP session attribute that says this browser gave the link's password (read by the media endpoint). */
    public static String unlockedAttribute(String token) {
        return "clapboard.guest-unlocked." + GuestTokens.hash(token);
    }

    /** Where the link stands, without a password; an open link counts as viewed. */
    public GuestAccess open(String token) {
        var access = access(token, null, false);
        link(token).filter(l -> access.state() == State.OPEN)
                .ifPresent(l -> audit(l, "guest", "OPENED", null));
        return access;
    }

    /** Checks a password; a wrong one counts towards the lock. */
    public GuestAccess unlock(String token, String password) {
        var access = access(token, password, true);
        link(token).filter(l -> access.state() == State.OPEN).ifPresent(l -> audit(l, "guest", "UNLOCKED", null));
        return access;
    }

    /** The comments on the link's (first) video. */
    public List<TimedComment> comments(String token, @Nullable String password) {
        var link = openLink(token, password);
        return comments(token, password, link.getGenerationId());
    }

    /** The comments on one video of the link. */
    public List<TimedComment> comments(String token, @Nullable String password, long generationId) {
        var link = openLink(token, password);
        var video = shared(link, generationId);
        return inWorkspace(link, () -> comments.findByGenerationIdOrderByAtMillisAscCreatedAtAsc(video)
                .stream().map(c -> ReviewService.view(c, false, clock)).toList());
    }

    /** A guest's comment on the link's (first) video, shown under {@code guestName} and marked external. */
    public TimedComment comment(String token, @Nullable String password, String guestName, NewComment comment) {
        return comment(token, password, openLink(token, password).getGenerationId(), guestName, comment);
    }

    /** A guest's comment on one video of the link, shown under {@code guestName} and marked external. */
    public TimedComment comment(String token, @Nullable String password, long generationId, String guestName,
            NewComment comment) {
        var link = openLink(token, password);
        var videoId = shared(link, generationId);
        var name = guestName.strip();
        if (name.isEmpty() || name.length() > MAX_GUEST_NAME_LENGTH) {
            throw new ReviewRefusedException("name", "Give your name (up to " + MAX_GUEST_NAME_LENGTH
                    + " characters), so the team knows who wrote.");
        }
        var body = ReviewService.checkedBody(comment.body());
        var fps = new int[1];
        var saved = inWorkspace(link, () -> {
            var video = generations.find(videoId).orElseThrow();
            ReviewService.checkTime(video, comment);
            fps[0] = ReviewService.framesPerSecond(video);
            var entity = new ReviewComment(videoId, null, null, name, body, comment.atMillis(),
                    comment.untilMillis(), clock.instant());
            entity.external();
            return ReviewService.view(comments.save(entity), false, clock);
        });
        audit(link, name, "COMMENTED", (link.isPlaylist() ? "on video " + videoId + " " : "") + "at "
                + ReviewService.position(comment.atMillis(), fps[0]) + ": " + body);
        return saved;
    }

    /**
     * The video behind a link for the guest media endpoint: {@code passwordChecked} says the guest's session
     * passed the password already. Empty when the link does not open.
     */
    public Optional<VideoStream> video(String token, boolean passwordChecked) {
        return video(token, passwordChecked, null);
    }

    /** One video of the link (its first when {@code generationId} is null); empty when it is not part of it. */
    public Optional<VideoStream> video(String token, boolean passwordChecked, @Nullable Long generationId) {
        var found = link(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var link = found.get();
        var state = stateOf(link, clock);
        if (state != State.OPEN && !(state == State.PASSWORD_NEEDED && passwordChecked)) {
            return Optional.empty();
        }
        var videoId = generationId == null ? link.getGenerationId() : generationId;
        if (!link.videos().contains(videoId) || inWorkspace(link, () -> objected(videoId))) {
            return Optional.empty();
        }
        return inWorkspace(link, () -> generations.video(videoId));
    }

    /** The link's state without looking at any password: for the media endpoint's status codes. */
    public State state(String token) {
        return link(token).map(l -> stateOf(l, clock)).orElse(State.UNKNOWN);
    }

    private GuestAccess access(String token, @Nullable String password, boolean countFailure) {
        var found = link(token);
        if (found.isEmpty()) {
            return GuestAccess.closed(State.UNKNOWN);
        }
        var link = found.get();
        var state = stateOf(link, clock);
        if (state == State.PASSWORD_NEEDED && password != null) {
            state = checkPassword(link, password, countFailure) ? State.OPEN : stateOf(reload(link), clock);
        }
        if (state != State.OPEN) {
            return GuestAccess.closed(state);
        }
        var videos = inWorkspace(link, () -> link.videos().stream().filter(id -> !objected(id))
                .map(generations::find).flatMap(Optional::stream)
                .filter(g -> g.status() == GenerationStatus.SUCCEEDED)
                .map(g -> new GuestAccess.GuestVideo(g.id(), "Variant " + g.variantIndex() + " · " + g.style(),
                        g.durationSeconds(), ReviewService.framesPerSecond(g)))
                .toList());
        if (videos.isEmpty()) {
            return GuestAccess.closed(blocked(link) ? State.REVOKED : State.UNKNOWN);
        }
        return new GuestAccess(State.OPEN, link.getTitle(), videos);
    }

    /**
     * {@code generationId} if the link shares it and nobody objects to showing it; a guest never reaches another
     * video through a link.
     */
    private long shared(GuestLink link, long generationId) {
        if (!link.videos().contains(generationId) || inWorkspace(link, () -> objected(generationId))) {
            throw refused("This video is not part of this review link.");
        }
        return generationId;
    }

    /** Whether another feature objects to any of the link's videos (a person in it revoked their consent). */
    private boolean blocked(GuestLink link) {
        return inWorkspace(link, () -> link.videos().stream().anyMatch(this::objected));
    }

    /** A video another feature objects to is no longer shown to guests; call inside the link's workspace. */
    private boolean objected(long generationId) {
        return blockers.stream().anyMatch(b -> b.reasonNotToApprove(generationId).isPresent());
    }

    private boolean checkPassword(GuestLink link, String password, boolean countFailure) {
        var hash = link.getPasswordHash();
        var right = hash != null && passwords.matches(password, hash);
        if (countFailure) {
            transaction.executeWithoutResult(status -> links.findById(link.getId()).ifPresent(l -> {
                if (right) {
                    l.rightPassword();
                } else {
                    l.wrongPassword(clock.instant());
                }
            }));
            if (!right) {
                audit(link, "guest", "WRONG_PASSWORD", null);
            }
        }
        return right;
    }

    private GuestLink openLink(String token, @Nullable String password) {
        var link = link(token).orElseThrow(() -> refused("This review link does not exist."));
        var state = stateOf(link, clock);
        if (state == State.PASSWORD_NEEDED && password != null && link.getPasswordHash() != null
                && passwords.matches(password, link.getPasswordHash())) {
            state = State.OPEN;
        }
        return switch (state) {
            case OPEN -> link;
            case EXPIRED -> throw refused("This review link has expired.");
            case REVOKED -> throw refused("This review link was revoked.");
            case LOCKED -> throw refused("Too many wrong passwords; try again in 15 minutes.");
            default -> throw refused("This review link needs its password.");
        };
    }

    private static State stateOf(GuestLink link, Clock clock) {
        var now = clock.instant();
        if (link.getRevokedAt() != null) {
            return State.REVOKED;
        }
        if (!link.getExpiresAt().isAfter(now)) {
            return State.EXPIRED;
        }
        if (link.isLocked(now)) {
            return State.LOCKED;
        }
        return link.getPasswordHash() == null ? State.OPEN : State.PASSWORD_NEEDED;
    }

    private Optional<GuestLink> link(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(transaction.execute(status -> links.findByTokenHash(GuestTokens.hash(token))
                .orElse(null)));
    }

    private GuestLink reload(GuestLink link) {
        return transaction.execute(status -> links.findById(link.getId()).orElseThrow());
    }

    private <T> T inWorkspace(GuestLink link, Supplier<T> work) {
        return SystemActor.callInWorkspace(link.getWorkspaceId(), () -> transaction.execute(status -> work.get()));
    }

    private void audit(GuestLink link, String actor, String action, @Nullable String detail) {
        transaction.executeWithoutResult(status -> audit.save(new ReviewAudit(link.getWorkspaceId(), link.getId(),
                actor, action, detail, clock.instant())));
    }

    private static ReviewRefusedException refused(String message) {
        return new ReviewRefusedException(ReviewRefusedException.VIDEO, message);
    }
}
