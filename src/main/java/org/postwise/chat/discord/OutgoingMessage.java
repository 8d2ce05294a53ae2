package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;

/**
 * One Discord message as Postwise means to post it, free of JDA: plain content, embeds and a row of buttons.
 * The constructor refuses anything over {@link DiscordLimits}, so a message that exists can be sent.
 *
 * @param content text above the embeds, may be empty
 * @param embeds  embeds, at most {@link DiscordLimits#EMBEDS_PER_MESSAGE}
 * @param buttons one row of buttons, at most {@link DiscordLimits#BUTTONS_PER_ROW}
 */
public record OutgoingMessage(String content, List<Embed> embeds, List<Button> buttons) {

    /**
     * An embed: a title, a Markdown description and a footer. Fields are not used: sections are laid out in
     * the description, which keeps citation lines whole.
     *
     * @param title       may be empty
     * @param description may be empty
     * @param footer      may be empty
     */
    public record Embed(String title, String description, String footer) {

        public Embed {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(footer, "footer");
            requireAtMost("embed title", title, DiscordLimits.EMBED_TITLE);
            requireAtMost("embed description", description, DiscordLimits.EMBED_DESCRIPTION);
            requireAtMost("embed footer", footer, DiscordLimits.EMBED_FOOTER);
            if (title.isEmpty() && description.isEmpty() && footer.isEmpty()) {
                throw new IllegalArgumentException("an embed needs a title, a description or a footer");
            }
        }

        /** Characters this embed counts against {@link DiscordLimits#EMBED_TOTAL}. */
        public int length() {
            return title.length() + description.length() + footer.length();
        }
    }

    /** How a button looks. */
    public enum ButtonStyle {
        PRIMARY, SECONDARY, SUCCESS, DANGER
    }

    /**
     * A button; its {@code id} is a {@link ComponentId} and carries an answer id only.
     *
     * @param id    the custom id
     * @param label what the button says
     * @param style how it looks
     */
    public record Button(String id, String label, ButtonStyle style) {

        public Button {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(style, "style");
            if (id.isEmpty() || label.isEmpty()) {
                throw new IllegalArgumentException("a button needs an id and a label");
            }
            requireAtMost("button id", id, DiscordLimits.CUSTOM_ID);
            requireAtMost("button label", label, DiscordLimits.BUTTON_LABEL);
        }
    }

    public OutgoingMessage {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        requireAtMost("content", content, DiscordLimits.CONTENT);
        if (embeds.size() > DiscordLimits.EMBEDS_PER_MESSAGE) {
            throw new IllegalArgumentException("at most " + DiscordLimits.EMBEDS_PER_MESSAGE
                    + " embeds per message but got " + embeds.size());
        }
        int total = embeds.stream().mapToInt(Embed::length).sum();
        if (total > DiscordLimits.EMBED_TOTAL) {
            throw new IllegalArgumentException("embeds of one message may hold " + DiscordLimits.EMBED_TOTAL
                    + " characters but these hold " + total);
        }
        if (buttons.size() > DiscordLimits.BUTTONS_PER_ROW) {
            throw new IllegalArgumentException("at most " + DiscordLimits.BUTTONS_PER_ROW
                    + " buttons per message but got " + buttons.size());
        }
        if (content.isEmpty() && embeds.isEmpty()) {
            throw new IllegalArgumentException("a message needs content or an embed");
        }
    }

    /** A message of plain text only. */
    public static OutgoingMessage text(String content) {
        return new OutgoingMessage(content, List.of(), List.of());
    }

    /** The same message with {@code more} buttons. */
    public OutgoingMessage withButtons(List<Button> more) {
        var all = new java.util.ArrayList<>(buttons);
        all.addAll(more);
        return new OutgoingMessage(content, embeds, all);
    }

    /** Characters of all embeds together. */
    public int embedLength() {
        return embeds.stream().mapToInt(Embed::length).sum();
    }

    private static void requireAtMost(String what, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " may hold " + max + " characters but has " + value.length());
        }
    }
}
