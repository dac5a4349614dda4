package dev.clapboard.audit;

import dev.clapboard.api.ApiCallMade;
import dev.clapboard.compliance.Channel;
import dev.clapboard.compliance.ConsentGranted;
import dev.clapboard.compliance.ConsentRequested;
import dev.clapboard.compliance.ConsentRevoked;
import dev.clapboard.compliance.ModerationCaseSummary;
import dev.clapboard.compliance.PersonErased;
import dev.clapboard.compliance.ModerationReleased;
import dev.clapboard.compliance.ModerationService;
import dev.clapboard.finance.BudgetOverridden;
import dev.clapboard.generation.GenerationRequested;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersionSaved;
import dev.clapboard.review.ReviewDecided;
import dev.clapboard.security.SystemActor;
import dev.clapboard.workspace.InviteAccepted;
import dev.clapboard.workspace.InviteSent;
import dev.clapboard.workspace.MemberRoleChanged;
import dev.clapboard.workspace.MemberSignedIn;
import dev.clapboard.workspace.TwoFactorReset;
import dev.clapboard.workspace.WorkspaceService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns other features' events into audit entries: one small method per event. Each runs after the publishing
 * transaction committed, on its own thread, as the event's workspace (the listener rule of decision 0003), so an
 * audit append never holds up or undoes the member's action. Secrets carried by events (invite links) are never
 * written to the trail.
 */
@Component
class AuditListeners {

    private final AuditChain chain;
    private final WorkspaceService workspace;
    private final GenerationService generations;
    private final PromptService prompts;
    private final ModerationService moderation;

    AuditListeners(AuditChain chain, WorkspaceService workspace, GenerationService generations,
            PromptService prompts, ModerationService moderation) {
        this.prompts = prompts;
        this.moderation = moderation;
        this.chain = chain;
        this.workspace = workspace;
        this.generations = generations;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberSignedIn e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.accountId(), e.displayName()),
                AuditAction.SIGNED_IN, "member", e.accountId(), null, Map.of()));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(InviteSent e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.inviterAccountId(), e.inviterName()),
                AuditAction.INVITE_SENT, "invite", e.email(), null,
                details("email", e.email(), "role", e.role(), "resent", e.resent(), "expiresAt", e.expiresAt())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(InviteAccepted e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.memberAccountId(), e.memberName()),
                AuditAction.INVITE_ACCEPTED, "member", e.memberAccountId(), null,
                details("email", e.memberEmail(), "role", e.role(), "invitedBy", e.inviterName())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberRoleChanged e) {
        append(e.workspaceId(), () -> new AuditChain.Event(Actor.member(e.changedByAccountId(), e.changedByName()),
                AuditAction.ROLE_CHANGED, "member", e.accountId(), null, details("member", nameOf(e.accountId()),
                        "previousRole", e.previousRole(), "newRole", e.newRole())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(TwoFactorReset e) {
        append(e.workspaceId(), () -> new AuditChain.Event(Actor.member(e.resetByAccountId(), e.resetByName()),
                AuditAction.TWO_FACTOR_RESET, "member", e.accountId(), null, details("member", nameOf(e.accountId()))));
    }

    /** The version's exact text and settings, read back as saved. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(PromptVersionSaved e) {
        append(e.workspaceId(), () -> {
            var v = prompts.version(e.versionId()).orElseThrow();
            return new AuditChain.Event(Actor.member(v.authorAccountId(), v.authorName()),
                    AuditAction.PROMPT_VERSION_SAVED, "prompt version", v.id(), v.campaignId(),
                    details("cardId", v.cardId(), "number", v.number(), "textSha256", Hashes.sha256(v.text()),
                            "text", v.text(), "style", v.style(), "audience", v.audience(),
                            "durationSeconds", v.durationSeconds(), "aspectRatio", v.aspectRatio(), "note", v.note(),
                            "restoredOrVariedFrom", v.parentVersionId()));
        });
    }

    /** One entry per request, with every setting; read back from the stored generation, as it will run. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(GenerationRequested e) {
        append(e.workspaceId(), () -> {
            var ids = e.costs().stream().map(c -> c.generationId()).toList();
            var first = ids.isEmpty() ? null : generations.find(ids.getFirst()).orElse(null);
            var details = details("batchId", e.batchId(), "variants", e.variants(), "generationIds", ids,
                    "cardId", e.cardId());
            if (first != null) {
                details.putAll(details("provider", first.providerId(), "model", first.model(), "size", first.size(),
                        "durationSeconds", first.durationSeconds(), "style", first.style(),
                        "promptVersionId", first.promptVersionId(), "promptSha256", Hashes.sha256(first.promptText()),
                        "promptText", first.promptText(), "estimatePerVariant", first.estimate().amount() + " "
                                + first.estimate().currency(), "retryOf", first.retryOfId()));
            }
            return new AuditChain.Event(Actor.member(e.requestedBy(), nameOf(e.requestedBy())),
                    AuditAction.GENERATION_REQUESTED, "generation", ids.isEmpty() ? null : ids.getFirst(),
                    e.campaignId(), details);
        });
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewDecided e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.reviewerAccountId(), e.reviewerName()),
                AuditAction.REVIEW_DECIDED, "generation", e.generationId(), e.campaignId(),
                details("verdict", e.verdict().name(), "note", e.note(), "stateAfter", e.state().name(),
                        "cardId", e.cardId())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(BudgetOverridden e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.managerAccountId(), e.managerName()),
                AuditAction.BUDGET_OVERRIDDEN, "campaign", e.campaignId(), e.campaignId(),
                details("reason", e.reason(), "estimateEur", e.estimate(), "remainingEur", e.remaining(),
                        "budgetEur", e.budget())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentRequested e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.named(e.requestedBy()), AuditAction.CONSENT_REQUESTED,
                "consent", e.consentId(), null, details("personId", e.personId(), "person", e.personName(),
                        "linkExpiresAt", e.expiresAt())));
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentGranted e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.named(e.recordedBy()), AuditAction.CONSENT_GRANTED,
                "consent", e.consentId(), null, details("personId", e.personId(), "person", e.personName(),
                        "source", e.source().name(), "allCampaigns", e.allCampaigns(), "campaignIds", e.campaignIds(),
                        "channels", e.channels().stream().map(Channel::name).sorted().toList())));
    }

    /**
     * One entry per campaign the revocation touched, so each campaign's compliance export holds it (one without a
     * campaign when it touched none).
     */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ConsentRevoked e) {
        var campaignIds = new ArrayList<@Nullable Long>(e.campaignIds());
        if (campaignIds.isEmpty()) {
            campaignIds.add(null);
        }
        for (var campaignId : campaignIds) {
            append(e.workspaceId(), new AuditChain.Event(Actor.named(e.revokedBy()), AuditAction.CONSENT_REVOKED,
                    "consent", e.consentId(), campaignId, details("personId", e.personId(), "person", e.personName(),
                            "campaignIds", e.campaignIds(), "flaggedGenerationIds", e.affectedGenerationIds())));
        }
    }

    /** By id and pseudonym only: the name the person had is what the erasure removed. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonErased e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.member(e.erasedByAccountId(), e.erasedByName()),
                AuditAction.PERSON_ERASED, "person", e.personId(), null, details("personId", e.personId(),
                        "revokedConsents", e.revokedConsents(), "flaggedVideos", e.flaggedVideos())));
    }

    /** The released prompt's exact text, read back from the case (the event carries only its hash). */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ModerationReleased e) {
        append(e.workspaceId(), () -> new AuditChain.Event(Actor.named(e.releasedBy()),
                AuditAction.MODERATION_RELEASED, "moderation case", e.caseId(), e.campaignId(),
                details("cardId", e.cardId(), "promptVersionId", e.promptVersionId(), "promptSha256", e.promptSha256(),
                        "promptText", moderation.find(e.caseId()).map(ModerationCaseSummary::promptText).orElse(null),
                        "heldBecause", e.reason(), "note", e.note())));
    }

    /** Every API call, answered or refused, as the token that made it (published outside a transaction). */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ApiCallMade e) {
        append(e.workspaceId(), new AuditChain.Event(Actor.named(e.tokenName()), AuditAction.API_CALL, "api token",
                e.tokenId(), null, details("method", e.method(), "path", e.path(), "status", e.status())));
    }

    private void append(long workspaceId, AuditChain.Event event) {
        append(workspaceId, () -> event);
    }

    /** Builds the event as the workspace too, for listeners that read other features' services first. */
    private void append(long workspaceId, Supplier<AuditChain.Event> event) {
        SystemActor.runInWorkspace(workspaceId, () -> chain.append(event.get()));
    }

    private String nameOf(long accountId) {
        var member = workspace.membersById(Set.of(accountId)).get(accountId);
        return member == null ? "Former member #" + accountId : member.displayName();
    }

    /** Details in the order given (pairs of name and value); absent values are left out. */
    static Map<String, Object> details(@Nullable Object... pairs) {
        var details = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            var value = pairs[i + 1];
            if (value != null) {
                details.put(String.valueOf(pairs[i]), value instanceof Instant ? value.toString() : value);
            }
        }
        return details;
    }
}
