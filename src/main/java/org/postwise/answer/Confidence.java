package org.postwise.answer;

import java.util.Locale;

/**
 * How closely the material matches a question, as an answer shows it. Derived from the coverage signals: a
 * question close to a card's own questions, or to a passage, is a close match; one answered on weaker signals is
 * a partial match, where the reader should check the institution's policy.
 */
public enum Confidence {
    /** The material speaks to this situation. */
    CLOSE("Close match in the material"),
    /** The material bears on the question, but not squarely. */
    PARTIAL("Partial match: check your institution's policy"),
    /** Not answered from the material (declined, warned, refused). */
    NONE("");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** The label shown to users ({@code ""} for {@link #NONE}). */
    public String label() {
        return label;
    }

    /** The lower-case name used in the batch output's {@code confidence}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
