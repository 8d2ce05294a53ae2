package org.postwise.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.ScoredPassage;

/**
 * Builds an answer without a language model: quotes the sentences of the top passages that share the most
 * (IDF-weighted) content terms with the question, numbers their sources, takes "what to do" from the best
 * matching guideline card, and fills the answer template. Nothing is paraphrased, so nothing is made up.
 */
final class ExtractiveComposer {

    /** Passages whose sentences may be quoted; deeper ones are usually off the point. */
    private static final int EVIDENCE_PASSAGES = 4;
    /** Weight of the passage's rank against the sentence's own term match. */
    private static final double RANK_WEIGHT = 0.35;
    /** Sections quoted whole: splitting a reference at its periods makes nonsense. */
    private static final Set<String> WHOLE_SECTIONS = Set.of("References");
    /** Card sections that give advice rather than evidence. */
    private static final Set<String> ADVICE_SECTIONS = Set.of("what to do", "where to ask for help");
    private static final int MAX_WHOLE_CHARS = 320;
    private static final String FALLBACK_GUIDANCE =
            "Follow your institution's social-media policy, and when in doubt, ask before you post.";

    private final AnswerConfig config;
    private final Function<String, List<String>> sentences;

    ExtractiveComposer(AnswerConfig config, Function<String, List<String>> sentences) {
        this.config = Objects.requireNonNull(config, "config");
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** The answer text and the passages it returns as sources (every cited source among them). */
    record Composition(String text, List<ScoredPassage> sources) {
    }

    Composition compose(Retrieval retrieval, TemplateSet templates) {
        List<ScoredPassage> top = retrieval.passages().stream().limit(config.maxSources()).toList();
        if (top.isEmpty()) {
            throw new IllegalArgumentException("cannot compose an answer from no passages");
        }
        var card = guidanceCard(retrieval, top);
        var guidanceLines = card.map(c -> c.guidance().stream().limit(config.maxGuidance()).toList())
                .orElse(List.of());
        // numbered per document: a card's words are the card's, not its first source's
        var cited = new LinkedHashMap<String, Integer>();
        var evidence = new StringBuilder();
        for (Quote q : pickQuotes(retrieval, top, guidanceLines)) {
            int n = cited.computeIfAbsent(q.documentId(), d -> cited.size() + 1);
            evidence.append("- ").append(q.text()).append(" [").append(n).append("]\n");
        }
        var guidance = new StringBuilder();
        if (card.isPresent()) {
            int n = cited.computeIfAbsent(card.get().id(), d -> cited.size() + 1);
            guidanceLines.forEach(g -> guidance.append("- ").append(g).append(" [").append(n).append("]\n"));
        } else {
            guidance.append("- ").append(FALLBACK_GUIDANCE).append('\n');
        }
        var sources = new StringBuilder();
        cited.forEach((documentId, n) -> sources.append('[').append(n).append("] ")
                .append(sourceLine(retrieval.index().document(documentId).orElseThrow())).append('\n'));
        String text = templates.get(TemplateKind.ANSWER).render(Map.of(
                "evidence", evidence.toString().strip(),
                "guidance", guidance.toString().strip(),
                "help", config.helpContact(),
                "sources", sources.toString().strip(),
                "disclaimer", config.disclaimer()));
        return new Composition(text, top);
    }

    /**
     * "Citation. Title. Link", and for a card also the card it came through and the other works it cites,
     * so a reader can see whose advice it is.
     */
    static String sourceLine(KnowledgeDocument d) {
        SourceRef s = d.primarySource();
        var line = new StringBuilder(s.citation()).append(". ").append(s.title()).append('.');
        if (s.link() != null) {
            line.append(' ').append(s.link());
        }
        if (d.kind() == DocumentKind.CARD || d.kind() == DocumentKind.TIP) {
            line.append(" (guideline card \"").append(d.title()).append('"');
            var others = d.sources().stream().skip(1).map(SourceRef::citation).toList();
            if (!others.isEmpty()) {
                line.append(", which also cites ").append(String.join("; ", others));
            }
            line.append(')');
        }
        return line.toString();
    }

    private record Quote(String text, String documentId, double score, int order) {
    }

    private List<Quote> pickQuotes(Retrieval retrieval, List<ScoredPassage> top, List<String> guidance) {
        var terms = new LinkedHashSet<>(retrieval.questionTerms());
        double total = terms.stream().mapToDouble(retrieval.index()::idf).sum();
        // evidence comes from what the material says; the cards' own advice goes under "What to do"
        var evidencePassages = top.stream().limit(EVIDENCE_PASSAGES)
                .filter(sp -> !ADVICE_SECTIONS.contains(sp.passage().section().toLowerCase(Locale.ROOT)))
                .toList();
        if (evidencePassages.isEmpty()) {
            evidencePassages = top.stream().limit(EVIDENCE_PASSAGES).toList();
        }
        var alreadySaid = guidance.stream().map(g -> finish(g).toLowerCase(Locale.ROOT)).toList();
        var candidates = new ArrayList<Quote>();
        int order = 0;
        for (int rank = 0; rank < evidencePassages.size(); rank++) {
            var p = evidencePassages.get(rank).passage();
            List<String> units = WHOLE_SECTIONS.contains(p.section())
                    ? List.of(shorten(p.text())) : sentences.apply(p.text());
            for (String unit : units) {
                var unitTerms = new HashSet<>(retrieval.index().analyze(unit));
                double match = 0;
                for (String t : terms) {
                    if (unitTerms.contains(t)) {
                        match += retrieval.index().idf(t);
                    }
                }
                double score = (total == 0 ? 0 : match / total) + RANK_WEIGHT / (rank + 1);
                candidates.add(new Quote(finish(unit), p.documentId(), score, order++));
            }
        }
        var chosen = new ArrayList<Quote>();
        var seen = new HashSet<String>();
        candidates.stream().sorted(Comparator.comparingDouble(Quote::score).reversed()
                        .thenComparingInt(Quote::order))
                .filter(q -> !alreadySaid.contains(q.text().toLowerCase(Locale.ROOT)))
                .filter(q -> seen.add(q.text().toLowerCase(Locale.ROOT)))
                .limit(config.maxSentences())
                .forEach(chosen::add);
        return chosen;
    }

    /** The best-ranked guideline card among the sources, so "what to do" matches the evidence. */
    private static java.util.Optional<KnowledgeDocument> guidanceCard(Retrieval retrieval, List<ScoredPassage> top) {
        return top.stream()
                .map(sp -> retrieval.index().document(sp.passage().documentId()))
                .flatMap(java.util.Optional::stream)
                .filter(d -> d.kind() == DocumentKind.CARD || d.kind() == DocumentKind.TIP)
                .filter(d -> !d.guidance().isEmpty())
                .findFirst();
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_WHOLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_WHOLE_CHARS);
        return text.substring(0, cut > 0 ? cut : MAX_WHOLE_CHARS) + " …";
    }

    private static String finish(String sentence) {
        String s = sentence.strip();
        char last = s.isEmpty() ? '.' : s.charAt(s.length() - 1);
        return (last == '.' || last == '?' || last == '!' || last == '…') ? s : s + ".";
    }
}
