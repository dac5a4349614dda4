package dev.clapboard.review;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.LaneStage;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.review.domain.ReviewComment;
import dev.clapboard.review.domain.ReviewCommentRepository;
import dev.clapboard.review.domain.ReviewDecision;
import dev.clapboard.review.domain.ReviewDecisionRepository;
import dev.clapboard.review.domain.ReviewItemRepository;
import dev.clapboard.security.ClapboardUser;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.security.Roles;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of a generated video: comments at a moment of it, replies, mentions, and reviewers' decisions, which
 * move the card on the board. Every member comments; reviewers and managers decide; creators do not.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    public static final int MAX_COMMENT_LENGTH = 5_000;
    /**
     * The frame rate a video is read at when its file did not declare one (outputs stored before the rate was
     * recorded, files that are not plain MP4); it is also the local renderer's rate.
     */
    public static final int FRAMES_PER_SECOND = 24;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    /** A video counts as approved once someone holding one of these roles approved it. */
    private static final List<String> APPROVERS = List.of(Roles.MANAGER, Roles.ADMIN);

    private final ReviewCommentRepository comments;
    private final ReviewDecisionRepository decisions;
    private final ReviewItemRepository items;
    private final GenerationService generations;
    private final BoardService boards;
    private final PromptService prompts;
    private final WorkspaceService workspace;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final List<ApprovalBlocker> blockers;

    ReviewService(ReviewCommentRepository comments, ReviewDecisionRepository decisions, ReviewItemRepository items,
            GenerationService generations, BoardService boards, PromptService prompts, WorkspaceService workspace,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            @Value("${clapboard.base-url}") String baseUrl, List<ApprovalBlocker> blockers) {
        this.blockers = List.copyOf(blockers);
        this.comments = comments;
        this.decisions = decisions;
        this.items = items;
        this.generations = generations;
        this.boards = boards;
        this.prompts = prompts;
        this.workspace = workspace;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The video under review, if it exists in this workspace. */
    public Optional<GenerationSummary> video(long generationId) {
        return generations.find(generationId);
    }

    /** Every comment on the video, by time; replies follow the time of the comment they answer. */
    public List<TimedComment> comments(long generationId) {
        var me = currentUser.require();
        return comments.findByGenerationIdOrderByAtMillisAscCreatedAtAsc(generationId).stream()
                .map(c -> view(c, me)).toList();
    }

    /** The comments {@code accountId} wrote in this workspace, oldest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<TimedComment> commentsBy(long accountId, Pageable pageable) {
        return comments.findByAuthorAccountIdOrderByIdAsc(accountId, pageable).map(c -> view(c, false, clock));
    }

    /** The review decisions {@code accountId} made in this workspace, oldest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<DecisionMade> decisionsBy(long accountId, Pageable pageable) {
        return decisions.findByReviewerAccountIdOrderByIdAsc(accountId, pageable).map(d -> new DecisionMade(
                d.getGenerationId(), d.getReviewerRole(), d.getVerdict(), d.getNote(), d.getDecidedAt()));
    }

    @Transactional
    public TimedComment comment(long generationId, NewComment comment) {
        checkTime(playable(generationId), comment);
        return save(new ReviewComment(generationId, null, currentUser.require().accountId(),
                currentUser.require().displayName(), checkedBody(comment.body()), comment.atMillis(),
                comment.untilMillis(), clock.instant()));
    }

    /** Refuses a time (or span) that is not inside the video. */
    static void checkTime(GenerationSummary video, NewComment comment) {
        var length = video.durationSeconds() * 1000L;
        if (comment.atMillis() < 0 || comment.atMillis() > length) {
            throw new ReviewRefusedException(ReviewRefusedException.AT, "Pick a time between 0 and "
                    + video.durationSeconds() + " s, the length of the video.");
        }
        var until = comment.untilMillis();
        if (until != null && (until <= comment.atMillis() || until > length)) {
            throw new ReviewRefusedException(ReviewRefusedException.UNTIL, "The end of the span must be after its start "
                    + "and no later than " + video.durationSeconds() + " s.");
        }
    }

    /** Answers a comment; a reply to a reply joins the same thread. */
    @Transactional
    public TimedComment reply(long commentId, String body) {
        var parent = comments.findById(commentId).orElseThrow(() -> gone(commentId));
        var root = parent.getParentId() == null ? parent : comments.findById(parent.getParentId()).orElse(parent);
        var me = currentUser.require();
        return save(new ReviewComment(root.getGenerationId(), root.getId(), me.accountId(), me.displayName(),
                checkedBody(body), root.getAtMillis(), root.getUntilMillis(), clock.instant()));
    }

    /** Changes the text of one's own comment, within {@link #EDIT_WINDOW} of writing it. */
    @Transactional
    public TimedComment edit(long commentId, String body) {
        var comment = own(commentId);
        if (!mayEdit(comment)) {
            throw new ReviewRefusedException(ReviewRefusedException.BODY,
                    "A comment can be edited for 15 minutes after it was written; reply instead.");
        }
        var text = checkedBody(body);
        comment.edit(text, clock.instant());
        publishMentions(comment, text);
        return view(comment, currentUser.require());
    }

    /** Deletes one's own comment, and its replies with it. */
    @Transactional
    public void delete(long commentId) {
        var comment = own(commentId);
        comments.deleteAll(comments.findByParentId(commentId));
        comments.delete(comment);
    }

    @Transactional
    public TimedComment resolve(long commentId, boolean resolved) {
        var comment = comments.findById(commentId).orElseThrow(() -> gone(commentId));
        comment.setResolved(resolved);
        return view(comment, currentUser.require());
    }

    public ReviewSummary summary(long generationId) {
        return summarise(decisions.findByGenerationIdOrderByDecidedAtDesc(generationId));
    }

    /**
     * Records the signed-in reviewer's decision, replacing an earlier one. Approval by a manager moves the card
     * to "Approved"; a change request sends it back to "Prompting" and, when the reviewer may write prompts,
     * saves the request as a note on a new version of the card's prompt.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public ReviewSummary decide(long generationId, Verdict verdict, @Nullable String note) {
        var video = playable(generationId);
        var text = note == null ? "" : note.strip();
        if (verdict == Verdict.REQUEST_CHANGES && text.isEmpty()) {
            throw new ReviewRefusedException(ReviewRefusedException.NOTE, "Say what should change.");
        }
        if (verdict == Verdict.REJECT && text.isEmpty()) {
            throw new ReviewRefusedException(ReviewRefusedException.NOTE, "Give a reason for the rejection.");
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new ReviewRefusedException(ReviewRefusedException.NOTE, tooLong(text));
        }
        if (verdict == Verdict.APPROVE) {
            blocked(generationId).ifPresent(reason -> {
                throw new ReviewRefusedException(ReviewRefusedException.VIDEO, reason + ". It cannot be approved.");
            });
        }
        var me = currentUser.require();
        var decision = decisions.findByGenerationIdAndReviewerAccountId(generationId, me.accountId())
                .orElseGet(() -> new ReviewDecision(generationId, me.accountId()));
        decision.decide(me.displayName(), me.role(), verdict, text.isEmpty() ? null : text, clock.instant());
        decisions.save(decision);
        var summary = summary(generationId);
        var cardId = video.cardId();
        events.publishEvent(new ReviewDecided(me.workspaceId(), video.campaignId(), cardId, generationId,
                video.requestedBy(), me.accountId(), me.displayName(), verdict, text.isEmpty() ? null : text,
                summary.state()));
        if (cardId != null && boards.card(cardId).isPresent()) {
            if (summary.state() == ReviewState.APPROVED && verdict == Verdict.APPROVE) {
                asCreator(me, () -> boards.moveToStage(cardId, LaneStage.APPROVED));
            } else if (verdict == Verdict.REQUEST_CHANGES) {
                asCreator(me, () -> boards.moveToStage(cardId, LaneStage.PROMPTING));
                draftPromptVersion(video, cardId, me, text);
            }
        }
        return summary;
    }

    /**
     * The versions of the concept the video belongs to (the first generation, its retries and remixes), newest
     * first, each with its review state and decisions.
     */
    public List<ReviewedVideo> versions(long generationId) {
        return generations.versions(generationId).stream().map(g -> new ReviewedVideo(g, summary(g.id()))).toList();
    }

    /** A campaign's finished videos, newest first (the latest {@code limit}), with their review state. */
    public List<ReviewedVideo> finishedVideos(long campaignId, int limit) {
        return generations.page(campaignId, java.util.Set.of(GenerationStatus.SUCCEEDED),
                org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .map(g -> new ReviewedVideo(g, summary(g.id()))).toList();
    }

    /** Why the video must not be approved or shared (another feature's objection), if there is a reason. */
    public Optional<String> blocked(long generationId) {
        return blockers.stream().map(b -> b.reasonNotToApprove(generationId)).flatMap(Optional::stream).findFirst();
    }

    /** How many of a campaign's videos are approved (a manager or admin approved them). */
    public int approvedVideos(long campaignId) {
        return Math.toIntExact(decisions.countDecided(campaignId, Verdict.APPROVE, APPROVERS));
    }

    /** When a manager or admin first approved one of the campaign's videos; empty while none is approved. */
    public Optional<Instant> firstApprovalAt(long campaignId) {
        return Optional.ofNullable(decisions.firstDecided(campaignId, Verdict.APPROVE, APPROVERS));
    }

    /** Approved videos and the first approval of every campaign of the workspace that has one (one query). */
    public List<CampaignApprovals> approvalsByCampaign() {
        return decisions.decidedByCampaign(Verdict.APPROVE, APPROVERS).stream()
                .map(r -> new CampaignApprovals(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (Instant) r[2]))
                .toList();
    }

    /** Playable videos the signed-in reviewer has not decided on, oldest first. */
    @PreAuthorize("hasRole('REVIEWER')")
    public Page<GenerationSummary> waitingForMe(Pageable pageable) {
        return items.waitingFor(currentUser.require().accountId(), pageable)
                .map(item -> generations.find(item.getGenerationId()).orElseThrow());
    }

    /** The video's own frame rate as its stored file declares it, else {@link #FRAMES_PER_SECOND}. */
    public static int framesPerSecond(GenerationSummary video) {
        var declared = video.framesPerSecond();
        return declared != null && declared > 0 && declared <= 240 ? declared : FRAMES_PER_SECOND;
    }

    /** A moment as "m:ss.mmm · frame n" at {@link #FRAMES_PER_SECOND}. */
    public static String position(long millis) {
        return position(millis, FRAMES_PER_SECOND);
    }

    /** A moment as "m:ss.mmm · frame n", counting frames at {@code framesPerSecond}. */
    public static String position(long millis, int framesPerSecond) {
        var frame = millis * framesPerSecond / 1000;
        return String.format(java.util.Locale.ROOT, "%d:%02d.%03d · frame %d", millis / 60_000, millis / 1000 % 60,
                millis % 1000, frame);
    }

    private void draftPromptVersion(GenerationSummary video, long cardId, ClapboardUser me, String request) {
        var note = "Changes requested by " + me.displayName() + ": " + request;
        if (note.length() > PromptService.NOTE_MAX_LENGTH) {
            note = note.substring(0, PromptService.NOTE_MAX_LENGTH - 1) + "…";
        }
        prompts.draftChangeRequest(video.campaignId(), cardId, video.promptText(), note);
    }

    /** Board moves need creator rights a reviewer lacks; the move follows the decision, so the system makes it. */
    private static void asCreator(ClapboardUser me, Runnable move) {
        if (me.hasRole(Roles.CREATOR)) {
            move.run();
        } else {
            SystemActor.runInWorkspace(me.workspaceId(), move);
        }
    }

    private static ReviewSummary summarise(List<ReviewDecision> all) {
        var list = all.stream().map(d -> new Decision(d.getReviewerAccountId(), d.getReviewerName(),
                d.getReviewerRole(), d.getVerdict(), d.getNote(), d.getDecidedAt())).toList();
        var managerApproved = list.stream().anyMatch(d -> d.verdict() == Verdict.APPROVE
                && Roles.includedIn(d.reviewerRole()).contains(Roles.MANAGER));
        if (managerApproved) {
            return new ReviewSummary(ReviewState.APPROVED, list);
        }
        var state = list.stream().filter(d -> d.verdict() != Verdict.APPROVE).findFirst()
                .map(d -> d.verdict() == Verdict.REJECT ? ReviewState.REJECTED : ReviewState.CHANGES_REQUESTED)
                .orElse(ReviewState.WAITING);
        return new ReviewSummary(state, list);
    }

    private GenerationSummary playable(long generationId) {
        var video = generations.find(generationId).orElseThrow(() -> new ReviewRefusedException(
                ReviewRefusedException.VIDEO, "That video does not exist in this workspace."));
        if (video.status() != GenerationStatus.SUCCEEDED || video.videoMediaId() == null) {
            throw new ReviewRefusedException(ReviewRefusedException.VIDEO, "This generation "
                    + (video.status().isFinal() ? "has no video (" + video.status().label().toLowerCase() + ")"
                            : "is still " + video.status().label().toLowerCase())
                    + "; only a finished video can be reviewed.");
        }
        return video;
    }

    static String checkedBody(String body) {
        var text = body.strip();
        if (text.isEmpty()) {
            throw new ReviewRefusedException(ReviewRefusedException.BODY, "Write a comment first.");
        }
        if (text.length() > MAX_COMMENT_LENGTH) {
            throw new ReviewRefusedException(ReviewRefusedException.BODY, tooLong(text));
        }
        return text;
    }

    private static String tooLong(String text) {
        return "At most " + String.format(java.util.Locale.ENGLISH, "%,d", MAX_COMMENT_LENGTH)
                + " characters, please (this has " + String.format(java.util.Locale.ENGLISH, "%,d", text.length())
                + ").";
    }

    private TimedComment save(ReviewComment comment) {
        var mentioned = Mentions.in(comment.getBody(), activeMembers());
        comments.save(comment);
        publish(comment, mentioned);
        return view(comment, currentUser.require());
    }

    private void publishMentions(ReviewComment comment, String body) {
        publish(comment, Mentions.in(body, activeMembers()));
    }

    private List<dev.clapboard.workspace.Member> activeMembers() {
        return workspace.allMembers().stream().filter(dev.clapboard.workspace.Member::enabled).toList();
    }

    private void publish(ReviewComment comment, java.util.Set<dev.clapboard.workspace.Member> mentioned) {
        var me = currentUser.require();
        var excerpt = comment.getBody().length() > 300 ? comment.getBody().substring(0, 299) + "…" : comment.getBody();
        for (var member : mentioned) {
            if (member.accountId() != me.accountId()) {
                events.publishEvent(new MentionMade(me.workspaceId(), comment.getGenerationId(), comment.getId(),
                        member.displayName(), member.email(), me.displayName(), excerpt,
                        baseUrl + "/review/" + comment.getGenerationId()));
            }
        }
    }

    private ReviewComment own(long commentId) {
        var comment = comments.findById(commentId).orElseThrow(() -> gone(commentId));
        if (!Long.valueOf(currentUser.require().accountId()).equals(comment.getAuthorAccountId())) {
            throw new ReviewRefusedException(ReviewRefusedException.BODY, "Only its author can change a comment.");
        }
        return comment;
    }

    private boolean mayEdit(ReviewComment comment) {
        return comment.getCreatedAt().plus(EDIT_WINDOW).isAfter(clock.instant());
    }

    private TimedComment view(ReviewComment c, ClapboardUser me) {
        return view(c, Long.valueOf(me.accountId()).equals(c.getAuthorAccountId()), clock);
    }

    static TimedComment view(ReviewComment c, boolean mine, Clock clock) {
        var mayEdit = c.getCreatedAt().plus(EDIT_WINDOW).isAfter(clock.instant());
        return new TimedComment(c.getId(), c.getGenerationId(), c.getParentId(), c.getAuthorAccountId(),
                c.getAuthorName(), c.isExternal(), c.getBody(), c.getAtMillis(), c.getUntilMillis(), c.isResolved(),
                c.getCreatedAt(), c.getEditedAt() != null, mine && mayEdit, mine);
    }

    private static ReviewRefusedException gone(long commentId) {
        return new ReviewRefusedException(ReviewRefusedException.BODY, "Comment " + commentId + " no longer exists.");
    }
}
