package dev.clapboard.api.web;

import dev.clapboard.campaign.BoardService;
import dev.clapboard.prompt.Placeholders;
import dev.clapboard.prompt.PromptService;
import dev.clapboard.prompt.PromptVersion;
import dev.clapboard.prompt.TemplateService;
import dev.clapboard.prompt.VersionDraft;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Saves a card's next prompt version, from text or from a template with its placeholder values. */
@RestController
@Tag(name = "Prompt versions")
class PromptVersionsApi {

    /**
     * Either {@code text}, or {@code templateKey} (e.g. {@code builtin/product-launch}) with a value for each of its
     * placeholders in {@code values}.
     */
    record NewPromptVersion(@Nullable @Size(max = PromptService.MAX_TEXT_LENGTH) String text,
            @Nullable String templateKey, @Nullable Map<String, String> values,
            @Nullable @Size(max = PromptService.NOTE_MAX_LENGTH) String note, @Nullable String style,
            @Nullable String audience, @Nullable @Positive Integer durationSeconds, @Nullable String aspectRatio) {
    }

    private final BoardService boards;
    private final PromptService prompts;
    private final TemplateService templates;

    PromptVersionsApi(BoardService boards, PromptService prompts, TemplateService templates) {
        this.boards = boards;
        this.prompts = prompts;
        this.templates = templates;
    }

    @PostMapping(path = "/api/v1/cards/{cardId}/prompt-versions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('SCOPE_campaigns:write', 'SCOPE_generations:write')")
    @Operation(summary = "Save the card's next prompt version, from text or a template")
    PromptVersion create(@PathVariable long cardId, @Valid @RequestBody NewPromptVersion body) {
        var card = boards.card(cardId).orElseThrow(() -> new ApiErrors.NotFoundException("Card " + cardId));
        var text = text(body);
        return prompts.save(card.campaignId(), cardId, new VersionDraft(text, null, body.style(), body.audience(),
                body.durationSeconds(), body.aspectRatio(), Objects.requireNonNullElse(body.note(), ""),
                body.templateKey()));
    }

    private String text(NewPromptVersion body) {
        if ((body.text() == null) == (body.templateKey() == null)) {
            throw new ApiErrors.FieldException("text", "Send either text or templateKey (with values), not both.");
        }
        if (body.text() != null) {
            return body.text();
        }
        var template = templates.find(body.templateKey()).orElseThrow(
                () -> new ApiErrors.FieldException("templateKey", "There is no template " + body.templateKey() + "."));
        var values = Objects.requireNonNullElse(body.values(), Map.<String, String>of());
        var missing = Placeholders.missing(template.body(), values);
        if (!missing.isEmpty()) {
            throw new ApiErrors.FieldException("values", "Give a value for " + String.join(", ", missing) + ".");
        }
        return template.fill(values);
    }
}
