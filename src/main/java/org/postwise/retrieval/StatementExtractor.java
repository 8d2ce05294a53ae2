package org.postwise.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.MarkedSentence;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SentenceSplitter;

/**
 * Cuts documents into {@link Statement}s. Evidence is every sentence of a passage outside the advice and
 * apparatus sections (no "What to do", references, figure captions, keywords); a sentence that leans on the one
 * before it ("This…", "The same paper…", "Then…") is kept together with it, and one that leans on a sentence of
 * another passage is left out rather than quoted alone. Fragments (a few words, a lower-case start) are left out.
 * Actions are a card's "What to do" items, each with the bodies that say it. Help is every sentence of a card's
 * "Where to ask for help" section: who to ask about its situation. Each kind carries the sub-case cues its card marks
 * it with ({@code [when: …]}, {@code [unless: …]}).
 */
final class StatementExtractor {

    // sections that hold apparatus, not statements: quoting them makes captions and reference entries evidence
    private static final Pattern APPARATUS = Pattern.compile(
            "(?i)^(?:references?|bibliography|figures?\\b.*|fig\\.?\\s*\\d.*|tables?\\s*\\d.*|keywords?|abbreviations?"
                    + "|multimedia appendix.*)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String WHAT_TO_DO = "what to do";
    private static final String WHERE_TO_ASK = "where to ask for help";
    private static final int MIN_WORDS = 5;

    private final SentenceSplitter splitter;

    StatementExtractor(SentenceSplitter splitter) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    List<Statement> extract(KnowledgeDocument document) {
        var out = new ArrayList<Statement>();
        for (Passage p : document.passages()) {
            if (isEvidenceSection(p.section())) {
                evidence(p, document.marked(), out);
            } else if (document.isCard() && isHelpSection(p.section())) {
                help(p, document.marked(), out);
            }
        }
        for (Guidance g : document.guidance()) {
            action(document, g).ifPresent(out::add);
        }
        return out;
    }

    static boolean isEvidenceSection(String section) {
        String s = section.strip().toLowerCase(Locale.ROOT);
        return !s.equals(WHAT_TO_DO) && !isHelpSection(s) && !APPARATUS.matcher(s).matches();
    }

    static boolean isHelpSection(String section) {
        return section.strip().equalsIgnoreCase(WHERE_TO_ASK);
    }

    /** Each contact of a card's "Where to ask for help" section, written to stand alone (one per bullet). */
    private void help(Passage p, List<MarkedSentence> marked, List<Statement> out) {
        for (String sentence : splitter.split(p.text())) {
            add(p, sentence, Statement.Kind.HELP, marked, out);
        }
    }

    private void evidence(Passage p, List<MarkedSentence> marked, List<Statement> out) {
        String current = null;
        for (String sentence : splitter.split(p.text())) {
            if (SentenceSplitter.leansOnPrevious(sentence)) {
                if (current != null) {
                    current = current + " " + sentence;
                }
                // a passage's first sentence leaning on another passage cannot be quoted alone
                continue;
            }
            add(p, current, Statement.Kind.EVIDENCE, marked, out);
            current = sentence;
        }
        add(p, current, Statement.Kind.EVIDENCE, marked, out);
    }

    /**
     * Evidence or help, with the cues of the marked sentences it holds (a sentence quoted with the one it leans on).
     */
    private static void add(Passage p, String text, Statement.Kind kind, List<MarkedSentence> marked,
                            List<Statement> out) {
        if (text != null && !isFragment(text)) {
            var when = new LinkedHashSet<String>();
            var unless = new LinkedHashSet<String>();
            for (MarkedSentence m : marked) {
                if (text.contains(m.text())) {
                    when.addAll(m.when());
                    unless.addAll(m.unless());
                }
            }
            out.add(new Statement(p, text, kind, p.sources(), List.copyOf(when),
                    List.copyOf(unless)));
        }
    }

    /** Too short to say anything, or starting mid-thought. */
    static boolean isFragment(String text) {
        String s = text.strip().replaceFirst("^[\"'“‘(\\[]+", "");
        if (s.isEmpty() || Character.isLowerCase(s.codePointAt(0))) {
            return true;
        }
        return WORD.matcher(s).results().count() < MIN_WORDS;
    }

    /** An action, quoted with the "What to do" passage that holds it. */
    private static Optional<Statement> action(KnowledgeDocument d, Guidance g) {
        String probe = g.text().strip().replaceFirst("[.!?]+$", "");
        return d.passages().stream()
                .filter(p -> p.section().equalsIgnoreCase(WHAT_TO_DO))
                .filter(p -> p.text().contains(probe))
                .findFirst()
                .or(() -> d.passages().stream().findFirst())
                .map(p -> new Statement(p, sentence(g.text()), Statement.Kind.ACTION, g.sources(), g.when(),
                        g.unless()));
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }
}
