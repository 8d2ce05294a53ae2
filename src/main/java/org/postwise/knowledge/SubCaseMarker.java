package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sub-case marker of a "What to do" bullet: {@code [when: cue; cue; …]} at its end says the action fits
 * only askers in a particular sub-case of the card's situation (a manager rather than a coworker, a request
 * already accepted, a work account), named by the words such a question would use. A bullet without one fits
 * everyone asking about the situation. The marker never reaches the text users see.
 */
final class SubCaseMarker {

    private static final Pattern MARKER = Pattern.compile("\\s*\\[when:([^\\]]*)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(";");

    /**
     * A bullet's text without its marker, and the marker's cues (none: a core action).
     *
     * @param marked      whether the text held a marker at all
     * @param emptyMarker whether a marker named no cue
     */
    record Read(String text, List<String> cues, boolean marked, boolean emptyMarker) {
    }

    private SubCaseMarker() {
    }

    /** {@code text} unchanged and without cues when it holds no marker. */
    static Read read(String text) {
        var cues = new ArrayList<String>();
        boolean marked = false;
        boolean empty = false;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            marked = true;
            int before = cues.size();
            for (String part : SEPARATOR.split(m.group(1))) {
                String cue = part.strip().toLowerCase(Locale.ROOT);
                if (!cue.isEmpty() && !cues.contains(cue)) {
                    cues.add(cue);
                }
            }
            empty |= cues.size() == before;
        }
        if (!marked) {
            return new Read(text, List.of(), false, false);
        }
        return new Read(MARKER.matcher(text).replaceAll("").strip(), List.copyOf(cues), true, empty);
    }
}
