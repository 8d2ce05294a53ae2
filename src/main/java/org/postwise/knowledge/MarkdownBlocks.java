package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown the knowledge files use (headings, paragraphs, bullet and numbered lists, quotes,
 * simple tables, code fences) into plain-text blocks. Inline markup is removed: emphasis, code spans,
 * links become their text, images their alt text, HTML tags disappear.
 */
final class MarkdownBlocks {

    /** One block of a Markdown file, as plain text. */
    sealed interface Block permits Heading, Paragraph, Bullet {
        String text();
    }

    /** A {@code #}…{@code ######} heading. */
    record Heading(int level, String text) implements Block {
    }

    /** A run of non-blank lines that is not a list. */
    record Paragraph(String text) implements Block {
    }

    /** One list item, with its continuation lines. */
    record Bullet(String text) implements Block {
    }

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    // underscores inside words (snake_case, file_names) are not emphasis
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MarkdownBlocks() {
    }

    /** The blocks of {@code lines} in order; blank blocks are left out. */
    static List<Block> read(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        Collector out = new Collector();
        boolean inFence = false;
        for (String raw : lines) {
            if (FENCE.matcher(raw).matches()) {
                out.flush();
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                // code is kept as text, one paragraph per fence
                out.append(raw);
                continue;
            }
            String line = QUOTE.matcher(raw).replaceFirst("");
            if (line.isBlank() || RULE.matcher(line).matches()
                    || line.contains("|") && TABLE_SEPARATOR.matcher(line).matches()) {
                out.flush();
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                out.flush();
                String text = inline(heading.group(2));
                if (!text.isEmpty()) {
                    out.blocks.add(new Heading(heading.group(1).length(), text));
                }
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                out.flush();
                out.bullet = true;
                out.append(bullet.group(1));
                continue;
            }
            // a line right after a bullet continues that bullet, as in Markdown
            out.append(tableRow(line));
        }
        out.flush();
        return out.blocks;
    }

    /** {@code markdown} without inline markup, whitespace collapsed. */
    static String inline(String markdown) {
        String s = CODE.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REFERENCE_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = STRONG.matcher(s).replaceAll("$2");
        s = STAR_EMPHASIS.matcher(s).replaceAll("$1");
        s = UNDERSCORE_EMPHASIS.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** {@code text} as a sentence of its own: a bullet without final punctuation gets a period. */
    static String asSentence(String text) {
        String s = text.strip();
        if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s;
        }
        return s.replaceFirst("[,;:]+$", "") + ".";
    }

    private static String tableRow(String line) {
        String s = line.strip();
        if (s.startsWith("|") && s.endsWith("|") && s.length() > 1) {
            // a table row reads as its cells separated by semicolons
            return String.join("; ", s.substring(1, s.length() - 1).split("\\s*\\|\\s*")).strip();
        }
        return line;
    }

    /** Gathers the lines of the block being read. */
    private static final class Collector {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private boolean bullet;

        void append(String line) {
            if (pending.length() > 0) {
                pending.append(' ');
            }
            pending.append(line.strip());
        }

        void flush() {
            String text = inline(pending.toString());
            if (!text.isEmpty()) {
                blocks.add(bullet ? new Bullet(text) : new Paragraph(text));
            }
            pending.setLength(0);
            bullet = false;
        }
    }
}
