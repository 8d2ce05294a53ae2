package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sub-case markers of a "What to do" bullet: {@code [when: cue; cue; …]} at its end says the action fits
 * only askers in a particular sub-case of the card's situation (a manager rather than a coworker, a request
 * already accepted, a work account), named by the words such a question would use; {@code [unless: cue; …]} says
 * it fits everyone except askers in the sub-cases named (a step for before a page exists, shown to someone who
 * already runs one). A bullet without either fits everyone asking about the situation. Markers never reach the
 * text users see. The same markers at the end of a sentence of the card's prose say the same of that sentence as
 * evidence. A cue written {@code {name}} stands for every cue of the card's cue set of that name (front
 * matter {@code cues:}), so several steps for the same askers share one list instead of repeating it.
 */
final class SubCaseMarker {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(when|unless):([^\\]]*)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(";");
    private static final Pattern SET = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern RUN = Pattern.compile("(?:\\s*\\[(?:when|unless):[^\\]]*])+",
            Pattern.CASE_INSENSITIVE);

    /**
     * A bullet's text without its markers, and their cues (none: a core action).
     *
     * @param cues        the cues of its {@code [when: …]} markers
     * @param unless      the cues of its {@code [unless: …]} markers
     * @param marked      whether the text held a marker at all
     * @param emptyMarker whether a marker named no cue
     * @param unknownSets the names in {@code {name}} cues that no cue set of the card defines, and whole cues with a
     *                    stray brace ({@code {{name}}}), which name no set either
     */
    record Read(String text, List<String> cues, List<String> unless, boolean marked, boolean emptyMarker,
                List<String> unknownSets) {
    }

    /**
     * The text before one run of markers in a paragraph (since the previous run), and the run read: the run's cues
     * are for the last sentence of {@code before}.
     */
    record Segment(String before, Read read) {
    }

    private SubCaseMarker() {
    }

    /** Each run of markers in {@code paragraph} with the text before it; none when it holds no marker. */
    static List<Segment> segments(String paragraph, Map<String, List<String>> sets) {
        var out = new ArrayList<Segment>();
        Matcher m = RUN.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            out.add(new Segment(paragraph.substring(from, m.start()), read(m.group(), sets)));
            from = m.end();
        }
        return out;
    }

    /**
     * {@code text} unchanged and without cues when it holds no marker.
     *
     * @param sets the card's cue sets by name, their cues lower-cased
     */
    static Read read(String text, Map<String, List<String>> sets) {
        var cues = new ArrayList<String>();
        var unless = new ArrayList<String>();
        var unknown = new ArrayList<String>();
        boolean marked = false;
        boolean empty = false;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            marked = true;
            List<String> into = m.group(1).equalsIgnoreCase("when") ? cues : unless;
            boolean named = false;
            for (String part : SEPARATOR.split(m.group(2))) {
                String cue = part.strip().toLowerCase(Locale.ROOT);
                named |= !cue.isEmpty();
                Matcher set = SET.matcher(cue);
                if (set.matches()) {
                    String name = set.group(1).strip();
                    List<String> setCues = sets.get(name);
                    if (setCues == null) {
                        unknown.add(name);
                    } else {
                        setCues.stream().filter(c -> !into.contains(c)).forEach(into::add);
                    }
                } else if (cue.indexOf('{') >= 0 || cue.indexOf('}') >= 0) {
                    // "{{managers}}" or "{managers" would otherwise be a literal cue that no question holds
                    unknown.add(cue);
                } else if (!cue.isEmpty() && !into.contains(cue)) {
                    into.add(cue);
                }
            }
            empty |= !named;
        }
        if (!marked) {
            return new Read(text, List.of(), List.of(), false, false, List.of());
        }
        return new Read(MARKER.matcher(text).replaceAll("").strip(), List.copyOf(cues), List.copyOf(unless), true,
                empty, List.copyOf(unknown));
    }
}
