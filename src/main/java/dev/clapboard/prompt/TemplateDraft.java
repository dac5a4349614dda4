package dev.clapboard.prompt;

/** What a member types to create or change a workspace template. */
public record TemplateDraft(String name, TemplateCategory category, String description, String body,
        String exampleOutput) {
}
