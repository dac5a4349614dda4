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
 * video, read and write comments. Nobody is signed in, so every step names its workspace from the link and runs
 * as that workspace ({@link SystemActor}); each guest action is audited. Five wrong passwords in a row lock the
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

    public List<TimedComment> comments(String token, @Nullable String password) {
        var link = openLink(token, password);
        return inWorkspace(link, () -> comments.findByGenerationIdOrderByAtMillisAscCreatedAtAsc(link.getGenerationId())
                .stream().map(c -> ReviewService.view(c, false, clock)).toList());
    }

    /** A guest's comment, shown under {@code guestName} and marked external. */
    public TimedComment comment(String token, @Nullable String password, String guestName, NewComment comment) {
        var link = openLink(token, password);
        var name = guestName.strip();
        if (name.isEmpty() || name.length() > MAX_GUEST_NAME_LENGTH) {
            throw new ReviewRefusedException("name", "Give your name (up to " + MAX_GUEST_NAME_LENGTH
                    + " characters), so the team knows who wrote.");
        }
        var body = ReviewService.checkedBody(comment.body());
        var saved = inWorkspace(link, () -> {
            var video = generations.find(link.getGenerationId()).orElseThrow();
            ReviewService.checkTime(video, comment);
            var entity = new ReviewComment(link.getGenerationId(), null, null, name, body, comment.atMillis(),
                    comment.untilMillis(), clock.instant());
            entity.external();
            return ReviewService.view(comments.save(entity), false, clock);
        });
        audit(link, name, "COMMENTED", "at " + ReviewService.position(comment.atMillis()) + ": " + body);
        return saved;
    }

    /**
     * The video behind a link for the guest media endpoint: {@code passwordChecked} says the guest's session
     * passed the password already. Empty when the link does not open.
     */
    public Optional<VideoStream> video(String token, boolean passwordChecked) {
        var found = link(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var link = found.get();
        var state = stateOf(link, clock);
        if (state != State.OPEN && !(state == State.PASSWORD_NEEDED && passwordChecked) || blocked(link)) {
            return Optional.empty();
        }
        return inWorkspace(link, () -> generations.video(link.getGenerationId()));
    }

    /** The link's state without looking at any password: for the media endpoint's status codes. */
    public State state(String token) {
        return link(token).map(l -> stateOf(l, clock)).orElse(State.UNKNOWN);
    }

    private GuestAccess access(String token, @Nullable String password, boolean countFailure) {
        var found = link(token);
        if (found.isEmpty()) {
            return new GuestAccess(State.UNKNOWN, null);
        }
        var link = found.get();
        var state = stateOf(link, clock);
        if (state == State.PASSWORD_NEEDED && password != null) {
            state = checkPassword(link, password, countFailure) ? State.OPEN : stateOf(reload(link), clock);
        }
        if (state != State.OPEN) {
            return new GuestAccess(state, null);
        }
        if (blocked(link)) {
            return new GuestAccess(State.REVOKED, null);
        }
        var video = inWorkspace(link, () -> generations.find(link.getGenerationId()))
                .filter(g -> g.status() == GenerationStatus.SUCCEEDED);
        return video.map(g -> new GuestAccess(State.OPEN, new GuestAccess.GuestVideo("Variant " + g.variantIndex()
                + " · " + g.style(), g.durationSeconds()))).orElseGet(() -> new GuestAccess(State.UNKNOWN, null));
    }

    /** A video another feature objects to (a person in it revoked their consent) is no longer shown to guests. */
    private boolean blocked(GuestLink link) {
        return inWorkspace(link, () -> blockers.stream()
                .anyMatch(b -> b.reasonNotToApprove(link.getGenerationId()).isPresent()));
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
