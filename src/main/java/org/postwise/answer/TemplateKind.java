package org.postwise.answer;

import java.util.Set;

/** The templates Postwise renders, each with its file under {@code prompts/} and the placeholders it may use. */
public enum TemplateKind {
    /**
     * An answer: {@code help_steps} holds the contacts the leading card names for its situation, as bullets, and is
     * empty when it names none ({@code help} is the institution's own contact).
     */
    ANSWER("answer.md", Set.of("confidence", "evidence", "guidance", "help_steps", "help", "sources", "disclaimer")),
    ABSTAIN("abstain.md", Set.of("help", "topics", "disclaimer")),
    /** A question of a kind Postwise declines (a lawsuit, clinical care…): {@code reason} is the scope card's text. */
    DECLINE("decline.md", Set.of("reason", "help", "disclaimer")),
    /**
     * A question about Postwise itself (what it is, where its answers come from, what it keeps): {@code reply} is
     * the about card's text.
     */
    ABOUT("about.md", Set.of("reply", "topics", "help", "disclaimer")),
    /** A question written in another language than English. */
    OTHER_LANGUAGE("other-language.md", Set.of("language", "help")),
    /** The note above an answer to a question in another language: how Postwise read it ({@code gloss}). */
    OTHER_LANGUAGE_READ("other-language-read.md", Set.of("language", "gloss")),
    PRIVACY_WARNING("privacy-warning.md", Set.of("kinds", "help")),
    REFUSAL("refusal.md", Set.of("help")),
    TOO_LONG("too-long.md", Set.of("length", "limit")),
    /** The weekly tip, for Discord and the console alike. */
    TIP("tip.md", Set.of("title", "body", "guidance", "sources", "citation", "link")),
    /**
     * The system instructions a language model gets to write "what the material says" and "what to do" from the
     * retrieved passages (used only when a model is configured).
     */
    MODEL_ANSWER("model-answer.md", Set.of("max_evidence", "max_guidance")),
    /**
     * The system instructions a language model gets to turn a follow-up in a conversation into a standalone
     * question for retrieval (used only when a model is configured).
     */
    MODEL_FOLLOW_UP("model-follow-up.md", Set.of());

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
