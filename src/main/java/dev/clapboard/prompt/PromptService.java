package dev.clapboard.prompt;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.campaign.CampaignService;
import dev.clapboard.campaign.CampaignSummary;
import dev.clapboard.prompt.domain.Prompt;
import dev.clapboard.prompt.domain.PromptRepository;
import dev.clapboard.prompt.domain.PromptRevision;
import dev.clapboard.prompt.domain.PromptRevisionRepository;
import dev.clapboard.security.CurrentUser;
import dev.clapboard.workspace.Member;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prompts on cards and their versions. Saving never changes a version: every save, restore and variant is a new
 * immutable version, so a generation can always point at the exact text and settings it used. Every member
 * reads; creators and above write. A card is known by its campaign and card id; the campaign must exist in the
 * member's workspace.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PromptService {

    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int NOTE_MAX_LENGTH = 500;
    public static final int MAX_VARIANTS = 12;
    /** What the lint assumes until providers declare their own durations. */
    public static final List<Integer> DEFAULT_DURATIONS = List.of(4, 8, 12);
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_STYLE = "style";
    public static final String FIELD_AUDIENCE = "audience";
    public static final String FIELD_DURATION = "duration";
    public static final String FIELD_ASPECT_RATIO = "aspectRatio";

    private static final String FORMER_MEMBER = "Former member";
    private static final int STYLE_MAX_LENGTH = 60;
    private static final int AUDIENCE_MAX_LENGTH = 120;

    private final PromptRepository prompts;
    private final PromptRevisionRepository revisions;
    private final CampaignService campaigns;
    private final BoardService boards;
    private final WorkspaceService workspace;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PromptService(PromptRepository prompts, PromptRevisionRepository revisions, CampaignService campaigns,
            BoardService boards, WorkspaceService workspace, CurrentUser currentUser, JsonMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.boards = boards;
        this.prompts = prompts;
        this.revisions = revisions;
        this.campaigns = campaigns;
        this.workspace = workspace;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** The card's prompt, or empty when the card is not on that campaign's board in the member's workspace. */
    public Optional<CardPrompt> card(long campaignId, long cardId) {
        var card = boards.card(cardId).filter(c -> c.campaignId() == campaignId);
        if (card.isEmpty()) {
            return Optional.empty();
        }
        return campaigns.find(campaignId).map(campaign -> new CardPrompt(campaignId, campaign.name(), cardId,
                card.get().draft().title(), prompts.findByCampaignIdAndCardId(campaignId, cardId)
                        .flatMap(p -> Optional.ofNullable(p.getLatestVersionId()))
                        .flatMap(revisions::findById).map(r -> versions(List.of(r)).getFirst()).orElse(null)));
    }

    /** The card's versions, newest first. */
    public Page<PromptVersion> history(long campaignId, long cardId, Pageable pageable) {
        var prompt = prompts.findByCampaignIdAndCardId(campaignId, cardId);
        if (prompt.isEmpty()) {
            return Page.empty(pageable);
        }
        var page = revisions.findByPromptIdOrderByNumberDesc(prompt.get().getId(), pageable);
        return new PageImpl<>(versions(page.getContent()), pageable, page.getTotalElements());
    }

    /** The exact text and settings of a version, e.g. the one a generation used; empty in other workspaces. */
    public Optional<PromptVersion> version(long versionId) {
        return revisions.findById(versionId).map(r -> versions(List.of(r)).getFirst());
    }

    /** The variants made together with {@code versionId} (itself included); empty when it is not a variant. */
    public List<PromptVersion> siblings(long versionId) {
        return revisions.findById(versionId).map(PromptRevision::getSiblingGroup)
                .map(group -> versions(revisions.findBySiblingGroupOrderByNumber(group))).orElse(List.of());
    }

    /** Saves a new version of the card's prompt; the card's first save creates its prompt. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public PromptVersion save(long campaignId, long cardId, VersionDraft draft) {
        requireCard(campaignId, cardId);
        validate(draft);
        var prompt = prompts.findByCampaignIdAndCardId(campaignId, cardId)
                .orElseGet(() -> prompts.save(new Prompt(campaignId, cardId, clock.instant())));
        var content = new PromptRevision.Content(draft.text(), structuredJson(draft.structured()),
                blankToNull(draft.style()), blankToNull(draft.audience()), draft.durationSeconds(),
                blankToNull(draft.aspectRatio()), blankToNull(draft.templateKey()));
        return append(prompt, content, draft.note().strip(), null, null);
    }

    /**
     * A reviewer's change request as a new version of the card's prompt: the latest content unchanged (or
     * {@code textWhenNew} when the card has no prompt yet) with the request as its note, for the creators to
     * work from. Open to reviewers, who may ask for changes but not write prompts.
     */
    @Transactional
    @PreAuthorize("hasRole('REVIEWER')")
    public PromptVersion draftChangeRequest(long campaignId, long cardId, String textWhenNew, String note) {
        requireCard(campaignId, cardId);
        var prompt = prompts.findByCampaignIdAndCardId(campaignId, cardId)
                .orElseGet(() -> prompts.save(new Prompt(campaignId, cardId, clock.instant())));
        var content = Optional.ofNullable(prompt.getLatestVersionId()).flatMap(revisions::findById)
                .map(PromptRevision::getContent)
                .orElseGet(() -> new PromptRevision.Content(textWhenNew, null, null, null, null, null, null));
        return append(prompt, content, note.strip(), null, null);
    }

    /** Makes an old version the newest again, as a new version that points back at it. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public PromptVersion restore(long versionId, String note) {
        var old = revisions.findById(versionId).orElseThrow(() -> notFound(versionId));
        var prompt = prompts.findById(old.getPromptId()).orElseThrow(() -> notFound(versionId));
        requireCampaign(prompt.getCampaignId());
        checkNote(note);
        var text = note.isBlank() ? "Restored version " + old.getNumber() : note.strip();
        return append(prompt, old.getContent(), text, null, old.getId());
    }

    /**
     * One variant per style and audience (every style for every audience; no audience keeps the original's),
     * each a new version linked to the others by a sibling group and to {@code versionId} as its parent. A style
     * is a {@link StyleVariant} label or a custom direction.
     */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public List<PromptVersion> variants(long versionId, Collection<String> styles, Collection<String> audiences,
            String note) {
        var source = revisions.findById(versionId).orElseThrow(() -> notFound(versionId));
        var prompt = prompts.findById(source.getPromptId()).orElseThrow(() -> notFound(versionId));
        requireCampaign(prompt.getCampaignId());
        var styleList = styles.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        var audienceList = audiences.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (styleList.isEmpty()) {
            throw new PromptInputException(FIELD_STYLE, "Choose at least one style for the variants.");
        }
        styleList.forEach(s -> checkMax(FIELD_STYLE, s, STYLE_MAX_LENGTH, "A custom style"));
        audienceList.forEach(a -> checkMax(FIELD_AUDIENCE, a, AUDIENCE_MAX_LENGTH, "An audience"));
        int count = styleList.size() * Math.max(1, audienceList.size());
        if (count > MAX_VARIANTS) {
            throw new PromptInputException(FIELD_STYLE, count + " variants at once is too many; make at most "
                    + MAX_VARIANTS + " (styles × audiences).");
        }
        checkNote(note);
        var group = UUID.randomUUID().toString();
        var base = source.getContent();
        var made = new ArrayList<PromptVersion>();
        for (var audience : audienceList.isEmpty() ? Arrays.asList((String) null) : audienceList) {
            for (var style : styleList) {
                var variant = VariantText.of(base, style, audience);
                checkLength(FIELD_TEXT, variant.body());
                var label = "Variant of v" + source.getNumber() + ": " + variant.style()
                        + (audience == null ? "" : " · " + audience);
                made.add(append(prompt, variant, note.isBlank() ? label : label + " – " + note.strip(), group,
                        source.getId()));
            }
        }
        return made;
    }

    /** Cards whose latest prompt version contains {@code text} (ignoring case), newest first. */
    public Page<PromptSearchHit> search(String text, Pageable pageable) {
        var page = revisions.searchLatest(TemplateService.likePattern(text.strip()), pageable);
        var names = names(page.getContent().stream().map(m -> m.authorAccountId()).toList());
        var campaignNames = new HashMap<Long, String>();
        return page.map(m -> new PromptSearchHit(m.versionId(), m.campaignId(),
                campaignNames.computeIfAbsent(m.campaignId(), id -> campaigns.find(id).map(CampaignSummary::name)
                        .orElse("")), m.cardId(), boards.card(m.cardId()).map(c -> c.draft().title()).orElse("(deleted card)"),
                m.number(), m.body(), names.getOrDefault(m.authorAccountId(),
                        FORMER_MEMBER), m.createdAt()));
    }

    /** Warnings for a prompt as it is typed; see {@link PromptLint}. */
    public List<LintWarning> lint(String text, @Nullable Integer durationSeconds, List<Integer> allowedDurations) {
        return PromptLint.check(text, durationSeconds, allowedDurations);
    }

    /** Refuses empty text and text over the limit, with the counts in the message. */
    public static void checkLength(String field, String text) {
        if (text.isBlank()) {
            throw new PromptInputException(field, "Write a prompt first: it is empty.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new PromptInputException(field, String.format(Locale.ROOT,
                    "The text has %,d characters; the limit is %,d. Shorten it by %,d characters.", text.length(),
                    MAX_TEXT_LENGTH, text.length() - MAX_TEXT_LENGTH));
        }
    }

    /** The prompt versions {@code accountId} saved in this workspace, oldest first (their data export). */
    @PreAuthorize("hasRole('ADMIN') or #accountId == principal.accountId()")
    public Page<PromptVersion> versionsBy(long accountId, Pageable pageable) {
        var page = revisions.findByAuthorAccountIdOrderByIdAsc(accountId, pageable);
        return new PageImpl<>(versions(page.getContent()), pageable, page.getTotalElements());
    }

    private PromptVersion append(Prompt prompt, PromptRevision.Content content, String note,
            @Nullable String siblingGroup, @Nullable Long parent) {
        // Databases keep microseconds; truncating here makes the returned version equal what is read back later.
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var revision = revisions.save(new PromptRevision(prompt, content, note, currentUser.require().accountId(),
                now, siblingGroup, parent));
        prompt.recordLatest(revision);
        var version = versions(List.of(revision)).getFirst();
        events.publishEvent(new PromptVersionSaved(currentUser.require().workspaceId(), version.campaignId(),
                version.cardId(), version.id(), version.authorAccountId()));
        return version;
    }

    private void requireCampaign(long campaignId) {
        if (campaigns.find(campaignId).isEmpty()) {
            throw new NoSuchElementException("There is no campaign " + campaignId + " in this workspace.");
        }
    }

    private void requireCard(long campaignId, long cardId) {
        requireCampaign(campaignId);
        if (boards.card(cardId).filter(c -> c.campaignId() == campaignId).isEmpty()) {
            throw new NoSuchElementException("There is no card " + cardId + " on that campaign's board.");
        }
    }

    private static NoSuchElementException notFound(long versionId) {
        return new NoSuchElementException("There is no prompt version " + versionId + " in this workspace.");
    }

    private static void validate(VersionDraft draft) {
        checkLength(FIELD_TEXT, draft.text());
        checkNote(draft.note());
        if (draft.style() != null) {
            checkMax(FIELD_STYLE, draft.style().strip(), STYLE_MAX_LENGTH, "The style");
        }
        if (draft.audience() != null) {
            checkMax(FIELD_AUDIENCE, draft.audience().strip(), AUDIENCE_MAX_LENGTH, "The audience");
        }
        if (draft.aspectRatio() != null) {
            checkMax(FIELD_ASPECT_RATIO, draft.aspectRatio().strip(), 10, "The aspect ratio");
        }
        var duration = draft.durationSeconds();
        if (duration != null && (duration < 1 || duration > 600)) {
            throw new PromptInputException(FIELD_DURATION, "Give a duration between 1 and 600 seconds.");
        }
    }

    private static void checkNote(String note) {
        checkMax(FIELD_NOTE, note.strip(), NOTE_MAX_LENGTH, "The note");
    }

    private static void checkMax(String field, String value, int max, String what) {
        if (value.length() > max) {
            throw new PromptInputException(field, what + " may have at most " + max + " characters.");
        }
    }

    private @Nullable String structuredJson(@Nullable StructuredPrompt structured) {
        return structured == null ? null : json.writeValueAsString(structured);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<PromptVersion> versions(List<PromptRevision> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var promptIds = rows.stream().map(PromptRevision::getPromptId).distinct().toList();
        Map<Long, Prompt> byId = new HashMap<>();
        prompts.findAllById(promptIds).forEach(p -> byId.put(p.getId(), p));
        var names = names(rows.stream().map(PromptRevision::getAuthorAccountId).toList());
        return rows.stream().map(r -> {
            var prompt = byId.get(r.getPromptId());
            var c = r.getContent();
            return new PromptVersion(r.getId(), prompt.getCampaignId(), prompt.getCardId(), r.getNumber(), c.body(),
                    c.structuredJson() == null ? null : json.readValue(c.structuredJson(), StructuredPrompt.class),
                    c.style(), c.audience(), c.durationSeconds(), c.aspectRatio(), r.getNote(), r.getAuthorAccountId(),
                    names.getOrDefault(r.getAuthorAccountId(), FORMER_MEMBER), r.getCreatedAt(), r.getSiblingGroup(),
                    r.getParentVersionId(), c.templateKey());
        }).toList();
    }

    private Map<Long, String> names(List<Long> accountIds) {
        var result = new HashMap<Long, String>();
        workspace.membersById(accountIds.stream().distinct().toList()).values()
                .forEach((Member m) -> result.put(m.accountId(), m.displayName()));
        return result;
    }
}
