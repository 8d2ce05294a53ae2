package org.postwise.answer.generation;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a language model's words plain text before anyone sees them: no link but the knowledge base's sources, no
 * mention, no markup. Transport-free, so every transport (console, batch, Discord) gets the same text; Discord's
 * layout neutralises again on top.
 */
public final class UntrustedText {

    /** What a link that is not a source in the knowledge base becomes. */
    public static final String LINK_REMOVED = "(link removed)";

    /** Control characters, zero-width characters and direction overrides: invisible, they can hide text. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");
    /** Markdown links and images, {@code [label](target)}: the label stays. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,300})]\\(([^)\\n]{0,500})\\)");
    /** {@code <https://...>}: the link, which is then kept or removed like any other. */
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|www\\.)[^<>\\s]{1,500})>",
            Pattern.CASE_INSENSITIVE);
    /** Discord's tokens (user, role, channel, emoji, timestamp, command mentions) and HTML tags. */
    private static final Pattern ANGLE_TOKEN = Pattern.compile(
            "<(?:@[!&]?|#|a?:[A-Za-z0-9_~]+:|t:|/|/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]{0,300})?)[^<>\\n]{0,300}>");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\\[\\]{}\"'`]+");
    private static final Pattern EVERYONE_HERE = Pattern.compile("@(everyone|here)\\b", Pattern.CASE_INSENSITIVE);
    /** What is left of a mention after its token: an at sign right before a word. */
    private static final Pattern AT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}.])@(?=[\\p{L}\\p{N}_])");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}|>+|-#)[ \\t]*");
    private static final Pattern EMPHASIS = Pattern.compile("[*`~|\\\\]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
    private static final String TRAILING_PUNCTUATION = ".,;:!?";

    private UntrustedText() {
    }

    /**
     * {@code text} with invisible characters removed, Markdown links reduced to their labels, Discord tokens and
     * HTML tags removed, every link not in {@code allowedLinks} replaced by {@value #LINK_REMOVED}, {@code @everyone}
     * and {@code @here} (and any other at sign before a word) disarmed, and Markdown markup removed.
     */
    public static String neutralize(String text, Set<String> allowedLinks) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(allowedLinks, "allowedLinks");
        String s = INVISIBLE.matcher(text).replaceAll("");
        s = MARKDOWN_LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " " + m.group(2)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = ANGLE_TOKEN.matcher(s).replaceAll("");
        s = keepOnlyLinks(s, allowedLinks);
        s = EVERYONE_HERE.matcher(s).replaceAll("$1");
        s = AT_WORD.matcher(s).replaceAll("");
        s = LINE_MARKUP.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Replaces every link (http, https or www.) that is not in {@code allowed} with {@value #LINK_REMOVED}. A link's
     * trailing punctuation (a sentence's full stop) is not part of it.
     */
    public static String keepOnlyLinks(String text, Set<String> allowed) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(allowed, "allowed");
        Matcher m = LINK.matcher(text);
        var out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String link = m.group();
            int end = link.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(link.charAt(end - 1)) >= 0) {
                end--;
            }
            String bare = link.substring(0, end);
            out.append(text, last, m.start()).append(allowed.contains(bare) ? bare : LINK_REMOVED)
                    .append(link, end, link.length());
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
