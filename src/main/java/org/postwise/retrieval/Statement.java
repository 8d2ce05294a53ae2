package org.postwise.retrieval;

import java.util.List;
import java.util.Objects;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;

/**
 * Something an answer can quote on its own: a sentence of evidence (with the sentence it leans on, when it
 * opens with "This…" or "The same paper…"), one "What to do" action of a card, or one of a card's "Where to ask for
 * help" contacts. Statements are cut and embedded once per index version, so composing an answer only compares
 * vectors.
 *
 * @param passage the passage it is part of (its document, section and source)
 * @param text    the text as quoted
 * @param kind    evidence, action or help
 * @param sources the works it rests on ({@link SourceRef#OWN_ADVICE} for a card's own words)
 * @param when    its sub-case cues (an action's: {@link org.postwise.knowledge.Guidance#when()}; evidence's and a
 *                contact's: {@link org.postwise.knowledge.MarkedSentence#when()}); empty when it fits everyone asking
 * @param unless  its cues of the sub-cases it does not fit (an action's: {@link org.postwise.knowledge.Guidance#unless()};
 *                evidence's and a contact's: {@link org.postwise.knowledge.MarkedSentence#unless()})
 */
public record Statement(Passage passage, String text, Kind kind, List<SourceRef> sources, List<String> when,
                        List<String> unless) {

    /** What part of an answer a statement may fill. */
    public enum Kind {
        /** "What the material says". */
        EVIDENCE,
        /** "What to do". */
        ACTION,
        /** "Where to ask for help": who to ask about the card's situation (a card's own words, citing nothing). */
        HELP
    }

    public Statement {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        when = List.copyOf(when);
        unless = List.copyOf(unless);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("statement '" + text + "' has no source");
        }
    }

    /** A statement that fits everyone asking about its document's situation. */
    public Statement(Passage passage, String text, Kind kind, List<SourceRef> sources) {
        this(passage, text, kind, sources, List.of(), List.of());
    }

    public String documentId() {
        return passage.documentId();
    }
}
