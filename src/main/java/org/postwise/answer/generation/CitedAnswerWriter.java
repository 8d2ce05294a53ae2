package org.postwise.answer.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postwise.answer.AnswerComposer.Composition;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.CitedWorks;
import org.postwise.answer.Confidence;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.config.AnswerConfig;
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
        var works = new CitedWorks(index);
        String evidence = lines(checked.evidence(), passages, works);
        String guidance = checked.guidance().isEmpty() ? "- " + FALLBACK_GUIDANCE
                : lines(checked.guidance(), passages, works);
        String text = render(templates, confidence, evidence, guidance, works.lines());
        return new Composition(text, sources(checked, passages), generatedBy, false);
    }

    /** The answer so far, for a draft: parts not written yet show {@value #WRITING}. */
    public String draft(GroundingCheck.Result checked, ModelPassages passages, PassageIndex index,
                        TemplateSet templates, Confidence confidence) {
        var works = new CitedWorks(index);
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
                // the model's answer names no card's contacts: its steps may come from several cards
                "help_steps", "",
                "help", config.helpContact(),
                "sources", sources,
                "disclaimer", config.disclaimer()));
    }

    private static String lines(List<GroundingCheck.Line> lines, ModelPassages passages, CitedWorks works) {
        var out = new StringBuilder();
        for (GroundingCheck.Line line : lines) {
            out.append("-");
            for (GroundingCheck.Sentence s : line.sentences()) {
                var numbers = new java.util.TreeSet<Integer>();
                for (int n : s.passages()) {
                    Passage p = passages.number(n).passage();
                    numbers.addAll(works.cite(p.documentId(), p.sources()));
                }
                out.append(' ').append(s.text()).append(' ').append(CitedWorks.marks(numbers));
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
}
