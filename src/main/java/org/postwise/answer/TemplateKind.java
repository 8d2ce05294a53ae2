package org.postwise.answer;

import java.util.Set;

/** The templates Postwise renders, each with its file under {@code prompts/} and the placeholders it may use. */
public enum TemplateKind {
    ANSWER("answer.md", Set.of("evidence", "guidance", "help", "sources", "disclaimer")),
    ABSTAIN("abstain.md", Set.of("help", "topics", "disclaimer")),
    PRIVACY_WARNING("privacy-warning.md", Set.of("kinds", "help")),
    REFUSAL("refusal.md", Set.of("help")),
    TOO_LONG("too-long.md", Set.of("length", "limit")),
    /** The weekly tip, for Discord and the console alike. */
    TIP("tip.md", Set.of("title", "body", "guidance", "citation", "link"));

    private final String fileName;
    private final Set<String> placeholders;

    TemplateKind(String fileName, Set<String> placeholders) {
        this.fileName = fileName;
        this.placeholders = placeholders;
    }

    public String fileName() {
        return fileName;
    }

    public Set<String> placeholders() {
        return placeholders;
    }
}
