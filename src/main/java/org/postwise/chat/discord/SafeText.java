package org.postwise.chat.discord;

import java.util.Objects;
import org.postwise.answer.generation.UntrustedText;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes text safe to post on Discord. Nothing Postwise posts may ping anyone: on top of the allowed-mentions
 * setting, mention syntax ({@code @everyone}, {@code @here}, {@code <@id>}, {@code <@!id>}, {@code <@&id>},
 * {@code <#id>}) is broken with a zero-width space, so it shows as text. Links are kept only when they point
 * at a source in the knowledge base. Transport-free: plain strings in, plain strings out.
 */
public final class SafeText {

    /** Zero-width space: invisible, but it stops Discord from reading a mention. */
    static final char ZWSP = '\u200B';
    /** What a removed link is replaced with. */
    static final String LINK_REMOVED = UntrustedText.LINK_REMOVED;

    private static final Pattern EVERYONE_HERE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTION_OPEN = Pattern.compile("<([@#])");
    private static final Pattern USER_MENTION = Pattern.compile("<@!?[0-9]+>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&[0-9]+>");
    private static final Pattern CHANNEL_MENTION = Pattern.compile("<#[0-9]+>");
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|>#\\[\\]()-])");

    private SafeText() {
    }

    /** Breaks every mention in {@code text} so that it neither pings nor renders as a mention. */
    public static String neutralizeMentions(String text) {
        Objects.requireNonNull(text, "text");
        String s = EVERYONE_HERE.matcher(text).replaceAll("@" + ZWSP + "$1");
        return MENTION_OPEN.matcher(s).replaceAll("<$1" + ZWSP);
    }

    /** Escapes Discord Markdown so {@code text} shows exactly as typed. */
    public static String escapeMarkdown(String text) {
        Objects.requireNonNull(text, "text");
        return MARKDOWN.matcher(text).replaceAll("\\\\$1");
    }

    /**
     * Replaces every link that is not in {@code allowed} with "(link removed)" (one rule with the language model's
     * output: {@link UntrustedText#keepOnlyLinks}). A link's trailing punctuation is not part of it.
     */
    public static String keepOnlyLinks(String text, Set<String> allowed) {
        return UntrustedText.keepOnlyLinks(text, allowed);
    }

    /**
     * Text Postwise composes from trusted material (answers, passages): mentions broken, and only the links in
     * {@code allowedLinks} kept.
     */
    public static String forPost(String text, Set<String> allowedLinks) {
        return neutralizeMentions(keepOnlyLinks(text, allowedLinks));
    }

    /**
     * A user's own words, when they must be shown back (a thread title, say): mention tokens become plain
     * words, links are removed, Markdown is escaped and any remaining mention syntax is broken.
     */
    public static String echo(String userText) {
        return neutralizeMentions(escapeMarkdown(plainMentions(keepOnlyLinks(userText, Set.of()))));
    }

    /**
     * A user's words as a one-line title of at most {@code max} characters (thread names show no Markdown):
     * mention tokens become plain words, links are removed, whitespace is collapsed and any remaining mention
     * syntax is broken. Returns {@code fallback} when nothing is left.
     */
    public static String title(String userText, int max, String fallback) {
        Objects.requireNonNull(fallback, "fallback");
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2 but was " + max);
        }
        String s = neutralizeMentions(plainMentions(keepOnlyLinks(userText, Set.of())))
                .replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return fallback;
        }
        if (s.length() > max) {
            int cut = s.lastIndexOf(' ', max - 1);
            s = s.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
        }
        return s;
    }

    /** Replaces user, role and channel mention tokens with plain words. */
    static String plainMentions(String text) {
        String s = USER_MENTION.matcher(text).replaceAll("@someone");
        s = ROLE_MENTION.matcher(s).replaceAll("@role");
        return CHANNEL_MENTION.matcher(s).replaceAll("#channel");
    }
}
