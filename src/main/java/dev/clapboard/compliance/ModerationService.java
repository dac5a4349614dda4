package dev.clapboard.compliance;

import dev.clapboard.compliance.domain.AddedPublicFigure;
import dev.clapboard.compliance.domain.AddedPublicFigureRepository;
import dev.clapboard.compliance.domain.ModerationCase;
import dev.clapboard.compliance.domain.ModerationCaseRepository;
import dev.clapboard.generation.GenerationOrder;
import dev.clapboard.generation.GenerationRefusedException;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moderation of every prompt before anything is spent on it ({@link ComplianceGuard} calls {@link #screen}):
 * blocked prompts are refused with the reason; prompts that need review wait until a manager releases that exact
 * prompt text. Admins add public figures to the shipped list.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ModerationService {

    public static final int NOTE_MAX_LENGTH = 1000;

    private final PromptModeration moderation;
    private final AddedPublicFigureRepository figures;
    private final ModerationCaseRepository cases;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;
    private final Clock clock;

    ModerationService(PromptModeration moderation, AddedPublicFigureRepository figures, ModerationCaseRepository cases,
            CurrentUser currentUser, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            Clock clock) {
        this.moderation = moderation;
        this.figures = figures;
        this.cases = cases;
        this.currentUser = currentUser;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What moderation says about {@code prompt} in this workspace, without holding anything. */
    public ModerationVerdict check(String prompt) {
        return moderation.assess(prompt, figures.findAllByOrderByNameAsc().stream().map(AddedPublicFigure::getName)
                .toList());
    }

    /**
     * Lets {@code order} through, or refuses it: blocked with the reason, or held for a manager's review (the
     * case is kept even though the refused request rolls back, so managers see it).
     */
    void screen(GenerationOrder order) {
        var verdict = check(order.promptText());
        switch (verdict.outcome()) {
            case ALLOWED -> {
            }
            case BLOCKED -> throw new GenerationRefusedException("Moderation blocked this prompt: it "
                    + verdict.reason() + ".");
            case NEEDS_REVIEW -> {
                var hash = hash(order.promptText());
                var known = cases.findByPromptHash(hash);
                if (known.filter(ModerationCase::isReleased).isPresent()) {
                    return;
                }
                if (known.isEmpty()) {
                    var by = currentUser.require().displayName();
                    separately.executeWithoutResult(status -> cases.save(new ModerationCase(hash,
                            order.promptText(), order.campaignId(), order.cardId(), order.promptVersionId(),
                            verdict.reason(), by, clock.instant())));
                }
                throw new GenerationRefusedException("This prompt needs a manager's review before anything is "
                        + "generated: it " + verdict.reason() + ". A manager can release it on the Moderation page.");
            }
        }
    }

    /** One case, e.g. for the audit trail to record the exact prompt text a release lets through. */
    @PreAuthorize("hasRole('MANAGER')")
    public Optional<ModerationCaseSummary> find(long caseId) {
        return cases.findById(caseId).map(ModerationService::summary);
    }

    @PreAuthorize("hasRole('MANAGER')")
    public Page<ModerationCaseSummary> cases(boolean released, Pageable pageable) {
        return cases.findByStatusOrderByRequestedAtDesc(released ? ModerationCase.RELEASED : ModerationCase.WAITING,
                pageable).map(ModerationService::summary);
    }

    /** Releases a held prompt: generations of exactly this text go through from now on. */
    @Transactional
    @PreAuthorize("hasRole('MANAGER')")
    public ModerationCaseSummary release(long caseId, String note) {
        var held = cases.findById(caseId).orElseThrow(() -> new ComplianceRefusedException(
                ComplianceRefusedException.RECORD, "Moderation case " + caseId + " is not in this workspace."));
        var text = note.strip();
        if (text.isEmpty() || text.length() > NOTE_MAX_LENGTH) {
            throw new ComplianceRefusedException("note", "Say why this prompt is fine (up to 1,000 characters).");
        }
        if (held.isReleased()) {
            throw new ComplianceRefusedException(ComplianceRefusedException.RECORD, "This prompt was already released.");
        }
        var me = currentUser.require();
        var now = clock.instant();
        held.release(me.displayName(), now, text);
        events.publishEvent(new ModerationReleased(me.workspaceId(), held.getId(), held.getCampaignId(),
                held.getCardId(), held.getPromptVersionId(), held.getPromptHash(), held.getReason(), me.displayName(),
                text, now));
        return summary(held);
    }

    public List<AddedFigure> addedFigures() {
        return figures.findAllByOrderByNameAsc().stream().map(ModerationService::figure).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AddedFigure addFigure(String name) {
        var clean = name.strip().replaceAll("\\s+", " ");
        if (Names.words(clean).isEmpty() || clean.length() > 200) {
            throw new ComplianceRefusedException(ComplianceRefusedException.NAME,
                    "Give the person's name (up to 200 characters).");
        }
        if (figures.findAllByOrderByNameAsc().stream().anyMatch(f -> Names.normalise(f.getName())
                .equals(Names.normalise(clean)))) {
            throw new ComplianceRefusedException(ComplianceRefusedException.NAME, clean + " is already on the list.");
        }
        return figure(figures.save(new AddedPublicFigure(clean, currentUser.require().displayName(), clock.instant())));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeFigure(long figureId) {
        figures.delete(figures.findById(figureId).orElseThrow(() -> new ComplianceRefusedException(
                ComplianceRefusedException.RECORD, "That name is not on this workspace's list.")));
    }

    /** Held prompts are matched by their exact text, whitespace at the ends aside. */
    static String hash(String promptText) {
        return ConsentTokens.sha256(promptText.strip());
    }

    private static AddedFigure figure(AddedPublicFigure f) {
        return new AddedFigure(f.getId(), f.getName(), f.getAddedBy(), f.getAddedAt());
    }

    private static ModerationCaseSummary summary(ModerationCase c) {
        return new ModerationCaseSummary(c.getId(), c.getCampaignId(), c.getCardId(), c.getPromptVersionId(),
                c.getPromptText(), c.getReason(), c.isReleased(), c.getRequestedBy(), c.getRequestedAt(),
                c.getReleasedBy(), c.getReleasedAt(), c.getReleaseNote());
    }
}
