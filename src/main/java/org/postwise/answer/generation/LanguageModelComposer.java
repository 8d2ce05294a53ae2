package org.postwise.answer.generation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.postwise.answer.AnswerComposer;
import org.postwise.answer.Confidence;
import org.postwise.answer.DraftListener;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a language model write "what the material says" and "what to do" from the passages retrieved for the
 * question, checks what it wrote by code ({@link GroundingCheck}) and puts what passed into the answer template
 * ({@link CitedAnswerWriter}); while the model writes, each new sentence that passes is shown as a draft.
 *
 * <p>Falls back to the extractive answer, marked as the short form ({@value #SHORT_FORM}), when the model is
 * unavailable (slow, failing, rate-limited, its circuit open) or when too little of what it wrote passed the check.
 * Without the question's words ({@link #compose(Retrieval, TemplateSet, Confidence, Optional)}, used for a masked
 * question flagged {@code phi}) it never calls the model and answers extractively, unmarked.
 *
 * <p>Logs fallbacks with their reason and counts, never the question, the prompt or the model's words.
 */
public final class LanguageModelComposer implements AnswerComposer {

    private static final Logger log = LoggerFactory.getLogger(LanguageModelComposer.class);

    /** The line above an extractive answer that stands in for the model's. */
    public static final String SHORT_FORM = "_Short form: quoted directly from the material._";

    private final AnswerComposer extractive;
    private final LanguageModel model;
    private final AnswerConfig config;
    private final GroundingCheck check = new GroundingCheck();
    private final CitedAnswerWriter writer;
    private final AtomicReference<VersionLinks> links = new AtomicReference<>();

    /** The knowledge base's source links of one index version. */
    private record VersionLinks(String version, Set<String> links) {
    }

    /**
     * @param extractive writes the answer when the model does not (it must never call a model)
     * @param model      writes answers, within its limits
     */
    public LanguageModelComposer(AnswerComposer extractive, LanguageModel model, AnswerConfig config) {
        this.extractive = Objects.requireNonNull(extractive, "extractive");
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.writer = new CitedAnswerWriter(config);
    }

    /** Without the question's words the model is never called: the extractive answer. */
    @Override
    public Composition compose(Retrieval retrieval, TemplateSet templates, Confidence confidence,
                               Optional<String> country) {
        return extractive.compose(retrieval, templates, confidence, country);
    }

    @Override
    public Composition compose(String question, Retrieval retrieval, TemplateSet templates, Confidence confidence,
                               Optional<String> country, DraftListener drafts) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(drafts, "drafts");
        if (retrieval.passages().isEmpty()) {
            throw new IllegalArgumentException("cannot compose an answer from no passages");
        }
        // the extractive rule: another country's law is left out of the evidence given to the model
        var passages = ModelPassages.of(retrieval, config.maxSources(), country);
        Set<String> allowed = knowledgeLinks(retrieval.index());
        Prompt prompt = AnswerPrompt.of(templates.get(TemplateKind.MODEL_ANSWER), config, question, passages);
        Consumer<String> soFar = drafts == DraftListener.NONE ? text -> { }
                : new CheckedDrafts(check, writer, passages, retrieval.index(), templates, confidence, allowed,
                        drafts)::show;
        String text;
        try {
            log.debug("asking model {} with {} passages ({} characters)", model.name(), passages.size(),
                    prompt.length());
            text = model.complete(prompt, soFar);
        } catch (ModelUnavailableException e) {
            log.info("model {} unavailable ({}: {}); giving the short form", model.name(), e.reason(),
                    e.getMessage());
            return shortForm(retrieval, templates, confidence, country);
        }
        GroundingCheck.Result checked = check.check(text, passages.size(), allowed, false);
        if (!checked.enough()) {
            log.info("model {}: too little grounded (kept {} of {} sentences, {} under what the material says{}); "
                            + "giving the short form", model.name(), checked.kept(), checked.sentences(),
                    checked.evidence().size(), checked.notCovered() ? ", said not covered" : "");
            return shortForm(retrieval, templates, confidence, country);
        }
        log.debug("model {}: kept {} of {} sentences", model.name(), checked.kept(), checked.sentences());
        return writer.write(checked, passages, retrieval.index(), templates, confidence, model.name());
    }

    private Composition shortForm(Retrieval retrieval, TemplateSet templates, Confidence confidence,
                                  Optional<String> country) {
        Composition plain = extractive.compose(retrieval, templates, confidence, country);
        return new Composition(SHORT_FORM + "\n\n" + plain.text(), plain.sources(), plain.generatedBy(), true);
    }

    /** Every source link of the index: the only links a model's sentence may keep. */
    private Set<String> knowledgeLinks(PassageIndex index) {
        VersionLinks cached = links.get();
        if (cached != null && cached.version().equals(index.version())) {
            return cached.links();
        }
        Set<String> computed = index.documents().stream()
                .flatMap(d -> d.sources().stream())
                .map(SourceRef::link)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        links.set(new VersionLinks(index.version(), computed));
        return computed;
    }
}
