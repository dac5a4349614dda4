package dev.clapboard.prompt.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Prompt text as the user wrote it, line breaks kept. Only ever filled with {@code setText}, so HTML or script in
 * a prompt is shown as typed, never run.
 */
final class TextBlock extends Paragraph {

    TextBlock(String className) {
        addClassNames("prompt-text", className);
    }
}
