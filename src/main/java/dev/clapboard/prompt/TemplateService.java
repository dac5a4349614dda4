package dev.clapboard.prompt;

import dev.clapboard.base.Texts;
import dev.clapboard.prompt.domain.Template;
import dev.clapboard.prompt.domain.TemplateRepository;
import dev.clapboard.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The template library: the built-in templates and the workspace's own. Every member reads it; creators and
 * above write the workspace's templates. Built-ins are read-only and can be copied into the workspace.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TemplateService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_DESCRIPTION = "description";
    public static final String FIELD_BODY = "body";
    public static final String FIELD_EXAMPLE = "exampleOutput";
    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 1000;
    public static final int EXAMPLE_MAX_LENGTH = 2000;

    private final TemplateRepository templates;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateService(TemplateRepository templates, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Built-ins first, then the workspace's templates, whose name, description or body contains {@code filter}
     * (ignoring case); a window of {@code limit} from {@code offset}, as lazy grids and combo boxes ask for them.
     */
    public List<PromptTemplate> catalogue(String filter, int offset, int limit) {
        var needle = filter.strip().toLowerCase(Locale.ROOT);
        var builtIns = BuiltInTemplates.ALL.stream().filter(t -> matches(t, needle)).toList();
        var result = new ArrayList<PromptTemplate>();
        for (int i = offset; i < builtIns.size() && result.size() < limit; i++) {
            result.add(builtIns.get(i));
        }
        int remaining = limit - result.size();
        if (remaining > 0) {
            int from = Math.max(0, offset - builtIns.size());
            templates.search(likePattern(needle), new OffsetWindow(from, remaining)).stream()
                    .map(TemplateService::toTemplate).forEach(result::add);
        }
        return result;
    }

    /** How many templates {@link #catalogue} has for {@code filter}. */
    public int count(String filter) {
        var needle = filter.strip().toLowerCase(Locale.ROOT);
        return (int) (BuiltInTemplates.ALL.stream().filter(t -> matches(t, needle)).count()
                + templates.countMatching(likePattern(needle)));
    }

    public Optional<PromptTemplate> find(String key) {
        if (key.startsWith(PromptTemplate.BUILT_IN_PREFIX)) {
            return BuiltInTemplates.ALL.stream().filter(t -> t.key().equals(key)).findFirst();
        }
        return workspaceId(key).flatMap(templates::findById).map(TemplateService::toTemplate);
    }

    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public PromptTemplate create(TemplateDraft draft) {
        validate(draft);
        var template = new Template(draft.name().strip(), draft.category(), draft.description().strip(), draft.body(),
                draft.exampleOutput().strip(), null, currentUser.require().accountId(), clock.instant());
        return toTemplate(templates.save(template));
    }

    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public PromptTemplate update(String key, TemplateDraft draft) {
        if (key.startsWith(PromptTemplate.BUILT_IN_PREFIX)) {
            throw new PromptInputException(FIELD_NAME, "Built-in templates are read-only. Copy it to the workspace "
                    + "and change the copy.");
        }
        var template = workspaceId(key).flatMap(templates::findById)
                .orElseThrow(() -> new PromptInputException(FIELD_NAME, "This template no longer exists."));
        validate(draft);
        template.change(draft.name().strip(), draft.category(), draft.description().strip(), draft.body(),
                draft.exampleOutput().strip(), clock.instant());
        return toTemplate(template);
    }

    /** A workspace template with the built-in's content, to change as the workspace likes. */
    @Transactional
    @PreAuthorize("hasRole('CREATOR')")
    public PromptTemplate copyToWorkspace(String builtInKey) {
        var original = BuiltInTemplates.ALL.stream().filter(t -> t.key().equals(builtInKey)).findFirst()
                .orElseThrow(() -> new PromptInputException(FIELD_NAME, "There is no built-in template " + builtInKey));
        var copy = new Template(original.name() + " (copy)", original.category(), original.description(),
                original.body(), original.exampleOutput(), original.key(), currentUser.require().accountId(),
                clock.instant());
        return toTemplate(templates.save(copy));
    }

    private static void validate(TemplateDraft draft) {
        if (Texts.invisible(draft.name())) {
            throw new PromptInputException(FIELD_NAME, "Give the template a name.");
        }
        if (draft.name().strip().length() > NAME_MAX_LENGTH) {
            throw new PromptInputException(FIELD_NAME, "Use at most " + NAME_MAX_LENGTH + " characters for the name.");
        }
        if (draft.description().strip().length() > DESCRIPTION_MAX_LENGTH) {
            throw new PromptInputException(FIELD_DESCRIPTION,
                    "Use at most " + DESCRIPTION_MAX_LENGTH + " characters for the description.");
        }
        if (draft.exampleOutput().strip().length() > EXAMPLE_MAX_LENGTH) {
            throw new PromptInputException(FIELD_EXAMPLE,
                    "Use at most " + EXAMPLE_MAX_LENGTH + " characters for the example.");
        }
        PromptService.checkLength(FIELD_BODY, draft.body());
        Placeholders.syntaxError(draft.body()).ifPresent(message -> {
            throw new PromptInputException(FIELD_BODY, message);
        });
    }

    private static boolean matches(PromptTemplate template, String needle) {
        return needle.isEmpty() || template.name().toLowerCase(Locale.ROOT).contains(needle)
                || template.description().toLowerCase(Locale.ROOT).contains(needle)
                || template.body().toLowerCase(Locale.ROOT).contains(needle)
                || template.category().label().toLowerCase(Locale.ROOT).contains(needle);
    }

    static String likePattern(String needle) {
        return "%" + needle.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static Optional<Long> workspaceId(String key) {
        if (!key.startsWith(PromptTemplate.WORKSPACE_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.substring(PromptTemplate.WORKSPACE_PREFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PromptTemplate toTemplate(Template t) {
        return new PromptTemplate(PromptTemplate.WORKSPACE_PREFIX + t.getId(), t.getName(), t.getCategory(),
                t.getDescription(), t.getBody(), t.getExampleOutput(), false);
    }
}
