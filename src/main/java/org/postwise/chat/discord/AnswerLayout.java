package org.postwise.chat.discord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.safety.QuestionGuard;

/**
 * Lays Postwise's text out as Discord messages, within {@link DiscordLimits}. Transport-free.
 *
 * <p>Text goes into embed descriptions. It is split only between sections (a {@code **Heading**} line and
 * what follows) or, when one section is too long, between lines, so a citation line {@code [n] ...} or a quoted
 * sentence with its marker {@code [n]} always stays whole; a section carried over to the next embed repeats its
 * heading. Embeds are packed into as few messages as the per-message total allows. Every text is passed
 * through {@link SafeText#forPost}: mentions cannot ping, and only links to sources in the knowledge base
 * survive.
 */
public final class AnswerLayout {

    /** Title of the first embed of an answer. */
    static final String TITLE = "Postwise";
    static final String HELPFUL = "Helpful";
    static final String NOT_HELPFUL = "Not helpful";
    static final String SHOW_PASSAGES = "Show passages";
    /** The footer of a draft. */
    static final String WRITING = "Writing… the checked answer follows";

    private static final Pattern HEADING = Pattern.compile("^\\*\\*[^*].*\\*\\*$");
    /** Room kept in a description for a repeated heading. */
    private static final int HEADING_ROOM = 120;
    /** Longest line of a quoted passage before it is wrapped. */
    private static final int QUOTE_LINE = 1000;
    private static final int MAX_TITLE = 200;
    private static final int MAX_FOOTER = 200;

    private final Supplier<Set<String>> knowledgeLinks;
    private final int descriptionLimit;

    /**
     * @param knowledgeLinks the links of every source in the knowledge base: the only links an answer may carry
     *                       besides its own sources'
     */
    public AnswerLayout(Supplier<Set<String>> knowledgeLinks) {
        this(knowledgeLinks, DiscordLimits.EMBED_DESCRIPTION);
    }

    /** As {@link #AnswerLayout(Supplier)} with a smaller description limit (tests show splitting with it). */
    AnswerLayout(Supplier<Set<String>> knowledgeLinks, int descriptionLimit) {
        this.knowledgeLinks = Objects.requireNonNull(knowledgeLinks, "knowledgeLinks");
        if (descriptionLimit < HEADING_ROOM * 2 || descriptionLimit > DiscordLimits.EMBED_DESCRIPTION) {
            throw new IllegalArgumentException("descriptionLimit must be between " + HEADING_ROOM * 2 + " and "
                    + DiscordLimits.EMBED_DESCRIPTION + " but was " + descriptionLimit);
        }
        this.descriptionLimit = descriptionLimit;
    }

    /**
     * An answer from the core: its text in embeds, the answer id in the last footer, and under the last message
     * the buttons "Helpful", "Not helpful" and (when it quotes passages) "Show passages".
     */
    public List<OutgoingMessage> answer(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        String footer = "Answer " + answer.id()
                + (answer.confidence().label().isEmpty() ? "" : " · " + answer.confidence().label())
                + (answer.indexVersion().isEmpty() ? "" : " · index " + answer.indexVersion());
        List<OutgoingMessage> messages = layOut(TITLE, answer.text(), footer, allowedLinks(answer));
        if (answer.flags().contains(QuestionGuard.PHI)) {
            return messages; // nothing is kept of a flagged question, so there is nothing to vote on
        }
        var last = messages.get(messages.size() - 1).withButtons(buttons(answer));
        var out = new ArrayList<>(messages.subList(0, messages.size() - 1));
        out.add(last);
        return List.copyOf(out);
    }

    /**
     * An answer still being written by the language model, as one message: its text in embeds as far as one message
     * holds, neutralised exactly like a final answer (mentions broken, only the knowledge base's links kept), with
     * a footer saying it is being written and no buttons.
     */
    public OutgoingMessage draft(String text) {
        Objects.requireNonNull(text, "text");
        return layOut(TITLE, text, WRITING, knowledgeLinks.get()).get(0);
    }

    /** The buttons under {@code answer}; their ids carry the answer id only. */
    static List<OutgoingMessage.Button> buttons(Answer answer) {
        var buttons = new ArrayList<OutgoingMessage.Button>();
        buttons.add(new OutgoingMessage.Button(new ComponentId(ComponentId.Action.HELPFUL, answer.id()).encode(),
                HELPFUL, OutgoingMessage.ButtonStyle.SUCCESS));
        buttons.add(new OutgoingMessage.Button(new ComponentId(ComponentId.Action.NOT_HELPFUL, answer.id()).encode(),
                NOT_HELPFUL, OutgoingMessage.ButtonStyle.SECONDARY));
        if (!answer.sources().isEmpty()) {
            buttons.add(new OutgoingMessage.Button(new ComponentId(ComponentId.Action.PASSAGES, answer.id()).encode(),
                    SHOW_PASSAGES, OutgoingMessage.ButtonStyle.PRIMARY));
        }
        return buttons;
    }

    /** The passages {@code answer} rests on, quoted in full, each under its citation number. */
    public List<OutgoingMessage> passages(Answer answer) {
        Objects.requireNonNull(answer, "answer");
        if (answer.sources().isEmpty()) {
            return List.of(notice("This answer does not quote any passages."));
        }
        var text = new StringBuilder();
        int i = 0;
        for (AnswerSource s : answer.sources()) {
            i++;
            int n = citationNumber(answer.text(), s, i);
            text.append("**[").append(n).append("] ").append(oneLine(s.citation())).append("**\n");
            text.append(oneLine(s.title()));
            if (!s.section().isBlank()) {
                text.append(" · ").append(oneLine(s.section()));
            }
            if (s.url() != null) {
                text.append(" · ").append(s.url());
            }
            text.append('\n');
            for (String line : wrap(s.text(), QUOTE_LINE)) {
                text.append("> ").append(line).append('\n');
            }
            text.append('\n');
        }
        return layOut("Passages behind answer " + answer.id(), text.toString(), "Quoted in full from the knowledge base",
                allowedLinks(answer));
    }

    /** Any longer text Postwise composes (sources, help, a warning), with only knowledge-base links kept. */
    public List<OutgoingMessage> document(String title, String text) {
        return layOut(title, text, "", knowledgeLinks.get());
    }

    /** A short note in plain content (cut to Discord's limit), with mentions broken and no links. */
    public OutgoingMessage notice(String text) {
        Objects.requireNonNull(text, "text");
        String safe = SafeText.forPost(text, Set.of());
        if (safe.length() > DiscordLimits.CONTENT) {
            safe = safe.substring(0, DiscordLimits.CONTENT - 1) + "…";
        }
        return OutgoingMessage.text(safe);
    }

    private Set<String> allowedLinks(Answer answer) {
        var links = new HashSet<>(knowledgeLinks.get());
        answer.sources().stream().map(AnswerSource::url).filter(Objects::nonNull).forEach(links::add);
        return links;
    }

    private List<OutgoingMessage> layOut(String title, String text, String footer, Set<String> allowedLinks) {
        String safe = SafeText.forPost(text, allowedLinks);
        List<String> descriptions = split(safe, descriptionLimit);
        if (descriptions.isEmpty()) {
            descriptions = List.of("(empty)");
        }
        String t = cut(SafeText.neutralizeMentions(title), MAX_TITLE);
        String f = cut(SafeText.neutralizeMentions(footer), MAX_FOOTER);
        var embeds = new ArrayList<OutgoingMessage.Embed>();
        for (int i = 0; i < descriptions.size(); i++) {
            embeds.add(new OutgoingMessage.Embed(i == 0 ? t : "", descriptions.get(i),
                    i == descriptions.size() - 1 ? f : ""));
        }
        var messages = new ArrayList<OutgoingMessage>();
        var current = new ArrayList<OutgoingMessage.Embed>();
        int total = 0;
        for (var e : embeds) {
            if (!current.isEmpty() && (current.size() == DiscordLimits.EMBEDS_PER_MESSAGE
                    || total + e.length() > DiscordLimits.EMBED_TOTAL)) {
                messages.add(new OutgoingMessage("", current, List.of()));
                current = new ArrayList<>();
                total = 0;
            }
            current.add(e);
            total += e.length();
        }
        messages.add(new OutgoingMessage("", current, List.of()));
        return List.copyOf(messages);
    }

    /** A section: an optional heading line and the lines under it. */
    private record Section(String heading, List<String> lines) {
    }

    /**
     * Splits {@code text} into pieces of at most {@code max} characters, between sections when it can, else
     * between lines; a line longer than a piece is broken between words. A section carried over repeats its
     * heading.
     */
    static List<String> split(String text, int max) {
        var sections = sections(text);
        var pieces = new ArrayList<String>();
        var current = new StringBuilder();
        int lineMax = max - HEADING_ROOM;
        for (Section section : sections) {
            var lines = new ArrayList<String>();
            if (section.heading() != null) {
                lines.add(section.heading());
            }
            for (String line : section.lines()) {
                lines.addAll(line.length() > lineMax ? wrap(line, lineMax) : List.of(line));
            }
            String whole = String.join("\n", lines);
            if (fits(current, whole, max)) {
                append(current, whole);
                continue;
            }
            if (whole.length() <= max) {
                flush(current, pieces);
                append(current, whole);
                continue;
            }
            String continued = section.heading() == null || section.heading().length() > HEADING_ROOM - 20
                    ? null : section.heading() + " _(continued)_";
            for (String line : lines) {
                if (fits(current, line, max)) {
                    append(current, line);
                } else {
                    flush(current, pieces);
                    if (continued != null && !line.equals(section.heading())) {
                        append(current, continued);
                    }
                    append(current, line);
                }
            }
        }
        flush(current, pieces);
        return pieces;
    }

    private static List<Section> sections(String text) {
        var sections = new ArrayList<Section>();
        String heading = null;
        var lines = new ArrayList<String>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            if (HEADING.matcher(line.strip()).matches()) {
                if (heading != null || !lines.isEmpty()) {
                    sections.add(new Section(heading, List.copyOf(lines)));
                }
                heading = line.strip();
                lines.clear();
            } else {
                lines.add(line);
            }
        }
        if (heading != null || !lines.isEmpty()) {
            sections.add(new Section(heading, List.copyOf(lines)));
        }
        return sections;
    }

    private static boolean fits(StringBuilder current, String more, int max) {
        return current.length() + (current.length() == 0 ? 0 : 1) + more.length() <= max;
    }

    private static void append(StringBuilder current, String more) {
        if (current.length() > 0) {
            current.append('\n');
        }
        current.append(more);
    }

    private static void flush(StringBuilder current, List<String> pieces) {
        String piece = current.toString().strip();
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        current.setLength(0);
    }

    /** Breaks {@code text} into lines of at most {@code max} characters, between words where it can. */
    static List<String> wrap(String text, int max) {
        var out = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            String rest = line;
            while (rest.length() > max) {
                int cut = rest.lastIndexOf(' ', max);
                if (cut <= 0) {
                    cut = max; // a single word longer than a line: nothing better to do
                }
                out.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        return out;
    }

    /**
     * The number {@code n} of the answer's source line {@code [n] citation...} for {@code source}: the line that
     * also names the source's document when several share a citation, else the first with the citation, else
     * {@code fallback}.
     */
    private static int citationNumber(String answerText, AnswerSource source, int fallback) {
        Matcher m = Pattern.compile("(?m)^\\[(\\d+)] " + Pattern.quote(source.citation()) + ".*$").matcher(answerText);
        Integer first = null;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (m.group().contains(source.title())) {
                return n;
            }
            if (first == null) {
                first = n;
            }
        }
        return first != null ? first : fallback;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
