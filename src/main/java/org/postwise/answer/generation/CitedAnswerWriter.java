package org.postwise.answer.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.postwise.answer.AnswerComposer.Composition;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.Confidence;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.ScoredPassage;

/**
 * Puts the sentences that passed the {@link GroundingCheck} into the answer template, exactly as the extractive
 * answer looks: one bullet per line, each sentence followed by the numbers of the works its passages rest on,
 * numbered per work in order of first citation, and a source line per work ("Citation. Title. Link (through
 * guideline card "X")", or Postwise's own advice), so answers read the same with or without a model.
 */
public final class CitedAnswerWriter {

    /** What "what to do" says when no action passed: the same words as the extractive answer's. */
    static final String FALLBACK_GUIDANCE =
            "Follow your institution's social-media policy, and ask for advice when you are unsure.";
    /** What a part still being written shows in a draft. */
    static final String WRITING = "…";

    private final AnswerConfig config;

    public CitedAnswerWriter(AnswerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The answer: the template filled with the checked parts, and as sources the cited passages in order of first
     * citation, then the other passages the model was given, one entry per work.
     */
    public Composition write(GroundingCheck.Result checked, ModelPassages passages, PassageIndex index,
                             TemplateSet templates, Confidence confidence, String generatedBy) {
        var works = new Works(index);
        String evidence = lines(checked.evidence(), passages, works);
        String guidance = checked.guidance().isEmpty() ? "- " + FALLBACK_GUIDANCE
                : lines(checked.guidance(), passages, works);
        String text = render(templates, confidence, evidence, guidance, works.lines());
        return new Composition(text, sources(checked, passages), generatedBy, false);
    }

    /** The answer so far, for a draft: parts not written yet show {@value #WRITING}. */
    public String draft(GroundingCheck.Result checked, ModelPassages passages, PassageIndex index,
                        TemplateSet templates, Confidence confidence) {
        var works = new Works(index);
        String evidence = checked.evidence().isEmpty() ? WRITING : lines(checked.evidence(), passages, works);
        String guidance = checked.guidance().isEmpty() ? WRITING : lines(checked.guidance(), passages, works);
        String sources = works.lines();
        return render(templates, confidence, evidence, guidance, sources.isEmpty() ? WRITING : sources);
    }

    private String render(TemplateSet templates, Confidence confidence, String evidence, String guidance,
                          String sources) {
        return templates.get(TemplateKind.ANSWER).render(Map.of(
                "confidence", confidence.label(),
                "evidence", evidence,
                "guidance", guidance,
                "help", config.helpContact(),
                "sources", sources,
                "disclaimer", config.disclaimer()));
    }

    private static String lines(List<GroundingCheck.Line> lines, ModelPassages passages, Works works) {
        var out = new StringBuilder();
        for (GroundingCheck.Line line : lines) {
            out.append("-");
            for (GroundingCheck.Sentence s : line.sentences()) {
                out.append(' ').append(s.text()).append(' ').append(works.cite(s.passages(), passages));
            }
            out.append('\n');
        }
        return out.toString().strip();
    }

    private static List<AnswerSource> sources(GroundingCheck.Result checked, ModelPassages passages) {
        var ordered = new LinkedHashMap<String, ScoredPassage>();
        for (int n : checked.citedPassages()) {
            ScoredPassage sp = passages.number(n);
            ordered.putIfAbsent(sp.passage().id(), sp);
        }
        passages.passages().forEach(sp -> ordered.putIfAbsent(sp.passage().id(), sp));
        var out = new ArrayList<AnswerSource>();
        for (ScoredPassage sp : ordered.values()) {
            Passage p = sp.passage();
            for (SourceRef work : p.sources()) {
                out.add(new AnswerSource(work.doi(), work.link(), p.documentTitle(), work.citation(), p.section(),
                        p.text(), sp.score()));
            }
        }
        return out;
    }

    /** The works an answer cites, numbered in order of first citation, with the cards each came through. */
    private static final class Works {
        private final PassageIndex index;
        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private final Map<String, SourceRef> works = new HashMap<>();
        private final Map<String, Set<String>> cards = new HashMap<>();

        Works(PassageIndex index) {
            this.index = index;
        }

        /** The "[1]" or "[1, 3]" for a sentence citing passages {@code cited}. */
        String cite(List<Integer> cited, ModelPassages passages) {
            var refs = new ArrayList<Integer>();
            for (int n : cited) {
                Passage p = passages.number(n).passage();
                for (SourceRef work : p.sources()) {
                    String key = work.workKey();
                    int number = numbers.computeIfAbsent(key, k -> numbers.size() + 1);
                    works.putIfAbsent(key, work);
                    index.document(p.documentId()).filter(KnowledgeDocument::isCard)
                            .ifPresent(d -> cards.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d.title()));
                    if (!refs.contains(number)) {
                        refs.add(number);
                    }
                }
            }
            return "[" + String.join(", ", refs.stream().sorted().map(String::valueOf).toList()) + "]";
        }

        String lines() {
            var out = new StringBuilder();
            numbers.forEach((key, n) -> out.append('[').append(n).append("] ")
                    .append(line(works.get(key), cards.getOrDefault(key, Set.of()))).append('\n'));
            return out.toString().strip();
        }

        private static String line(SourceRef work, Set<String> cards) {
            if (work.isOwnAdvice()) {
                return "Postwise's own advice, not a published source" + (cards.isEmpty() ? "."
                        : " (" + cardList(cards) + ").");
            }
            var line = new StringBuilder(work.citation()).append(". ");
            if (!work.citation().toLowerCase(Locale.ROOT).contains(
                    work.title().toLowerCase(Locale.ROOT).replaceFirst("[.]$", ""))) {
                line.append(work.title()).append(work.title().endsWith(".") ? "" : ".");
            }
            if (work.link() != null) {
                line.append(' ').append(work.link());
            }
            if (!cards.isEmpty()) {
                line.append(" (through ").append(cardList(cards)).append(')');
            }
            return line.toString().strip();
        }

        private static String cardList(Set<String> cards) {
            var quoted = cards.stream().map(c -> "\"" + c + "\"").toList();
            String names = quoted.size() == 1 ? quoted.get(0)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
            return (cards.size() == 1 ? "guideline card " : "guideline cards ") + names;
        }
    }
}
