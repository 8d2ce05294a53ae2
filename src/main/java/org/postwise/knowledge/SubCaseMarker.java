package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sub-case markers of a "What to do" bullet: {@code [when: cue; cue; …]} at its end says the action fits
 * only askers in a particular sub-case of the card's situation (a manager rather than a coworker, a request
 * already accepted, a work account), named by the words such a question would use; {@code [unless: cue; …]} says
 * it fits everyone except askers in the sub-cases named (a step for before a page exists, shown to someone who
 * already runs one). A bullet without either fits everyone asking about the situation. Markers never reach the
 * text users see.
 */
final class SubCaseMarker {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[(when|unless):([^\\]]*)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(";");

    /**
     * A bullet's text without its markers, and their cues (none: a core action).
     *
     * @param cues        the cues of its {@code [when: …]} markers
     * @param unless      the cues of its {@code [unless: …]} markers
     * @param marked      whether the text held a marker at all
     * @param emptyMarker whether a marker named no cue
     */
    record Read(String text, List<String> cues, List<String> unless, boolean marked, boolean emptyMarker) {
    }

    private SubCaseMarker() {
    }

    /** {@code text} unchanged and without cues when it holds no marker. */
    static Read read(String text) {
        var cues = new ArrayList<String>();
        var unless = new ArrayList<String>();
        boolean marked = false;
        boolean empty = false;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            marked = true;
            List<String> into = m.group(1).equalsIgnoreCase("when") ? cues : unless;
            int before = into.size();
            for (String part : SEPARATOR.split(m.group(2))) {
                String cue = part.strip().toLowerCase(Locale.ROOT);
                if (!cue.isEmpty() && !into.contains(cue)) {
                    into.add(cue);
                }
            }
            empty |= into.size() == before;
        }
        if (!marked) {
            return new Read(text, List.of(), List.of(), false, false);
        }
        return new Read(MARKER.matcher(text).replaceAll("").strip(), List.copyOf(cues), List.copyOf(unless), true,
                empty);
    }
}
