package org.postwise.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.postwise.answer.safety.GuardVerdict;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.DocumentKind;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.PassageRetriever;
import org.postwise.retrieval.QuestionNormalizer;
import org.postwise.retrieval.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer pipeline: guards, then the length limit, then the cache, then retrieval and coverage, then
 * extractive composition into a template.
 *
 * <p>Privacy: a question flagged {@code phi} is answered with a warning before it reaches the cache,
 * retrieval or any log; its text is never kept. No question text is logged at all: logs carry answer ids
 * and coverage signals only.
 */
public final class GroundedAnswerService implements AnswerService {

    private static final Logger log = LoggerFactory.getLogger(GroundedAnswerService.class);

    private final QuestionGuard guard;
    private final PassageRetriever retriever;
    private final Supplier<PassageIndex> index;
    private final Supplier<TemplateSet> templates;
    private final AnswerConfig config;
    private final ExtractiveComposer composer;
    private final Supplier<String> ids;
    private final Cache<CacheKey, Answer> cache;

    /**
     * Cache key: the normalised conversation and the index and template versions, so a reload never serves
     * old answers.
     */
    private record CacheKey(String question, List<String> earlier, String indexVersion, String templatesVersion) {
    }

    public GroundedAnswerService(QuestionGuard guard, PassageRetriever retriever, Supplier<PassageIndex> index,
                                 Supplier<TemplateSet> templates, AnswerConfig config,
                                 java.util.function.Function<String, List<String>> sentenceSplitter,
                                 Supplier<String> ids) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.index = Objects.requireNonNull(index, "index");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.config = Objects.requireNonNull(config, "config");
        this.composer = new ExtractiveComposer(config, sentenceSplitter);
        this.ids = Objects.requireNonNull(ids, "ids");
        this.cache = Caffeine.newBuilder().maximumSize(config.answerCacheSize()).build();
    }

    @Override
    public Answer answer(Question question) {
        Objects.requireNonNull(question, "question");
        String text = question.text();
        TemplateSet templates = this.templates.get(); // one version for the whole answer
        GuardVerdict verdict = guard.inspect(text);
        // earlier messages with patient details or injections never reach retrieval, the cache or the logs
        question = new Question(text, question.earlier().stream().filter(e -> guard.inspect(e).isClean()).toList());
        if (verdict.has(QuestionGuard.PHI)) {
            String warning = templates.get(TemplateKind.PRIVACY_WARNING).render(Map.of(
                    "kinds", String.join(", ", new LinkedHashSet<>(verdict.kinds())),
                    "help", config.helpContact()));
            return refused(warning, verdict.flags());
        }
        if (verdict.has(QuestionGuard.INJECTION)) {
            return refused(templates.get(TemplateKind.REFUSAL).render(Map.of("help", config.helpContact())),
                    verdict.flags());
        }
        int length = text.codePointCount(0, text.length());
        if (length > config.maxQuestionChars()) {
            return refused(templates.get(TemplateKind.TOO_LONG).render(Map.of(
                    "length", String.valueOf(length), "limit", String.valueOf(config.maxQuestionChars()))),
                    Set.of(Answer.TOO_LONG));
        }
        if (text.isBlank()) {
            return refused("Ask me a question about professional social-media use, for example: "
                    + "\"Can I accept a friend request from a patient?\"", Set.of());
        }
        var key = new CacheKey(QuestionNormalizer.normalize(text),
                question.earlier().stream().map(QuestionNormalizer::normalize).toList(),
                index.get().version(), templates.version());
        Answer cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached.withId(ids.get());
        }
        Answer fresh = answerFromMaterial(question, templates);
        if (fresh.indexVersion().equals(key.indexVersion())) {
            cache.put(key, fresh);
        }
        return fresh;
    }

    private Answer answerFromMaterial(Question question, TemplateSet templates) {
        Retrieval retrieval = retriever.retrieve(question.text(), config.maxSources());
        if (!retrieval.coverage().covered() && !question.earlier().isEmpty()) {
            // a follow-up like "and on Twitter?" only makes sense with the question before it
            String withContext = question.earlier().get(question.earlier().size() - 1) + " " + question.text();
            Retrieval contextual = retriever.retrieve(withContext, config.maxSources());
            if (contextual.coverage().covered()) {
                retrieval = contextual;
            }
        }
        String id = ids.get();
        var c = retrieval.coverage();
        log.debug("answer {}: covered={} reason={} dense={} terms={} topic={} index={}", id, c.covered(), c.reason(),
                String.format("%.3f", c.bestDense()), String.format("%.2f", c.termCoverage()), c.topicMatch(),
                retrieval.indexVersion());
        if (!c.covered() || retrieval.passages().isEmpty()) {
            String text = templates.get(TemplateKind.ABSTAIN).render(Map.of(
                    "help", config.helpContact(),
                    "topics", topics(retrieval),
                    "disclaimer", config.disclaimer()));
            return new Answer(id, false, text, List.of(), Set.of(), retrieval.indexVersion());
        }
        var composition = composer.compose(retrieval, templates);
        return new Answer(id, true, composition.text(),
                composition.sources().stream().map(AnswerSource::of).toList(), Set.of(), retrieval.indexVersion());
    }

    private Answer refused(String text, Set<String> flags) {
        return new Answer(ids.get(), false, text, List.of(), flags, "");
    }

    /** The card topics of the index, as a hint of what Postwise can answer. */
    private static String topics(Retrieval retrieval) {
        var topics = new LinkedHashSet<String>();
        retrieval.index().documents().stream()
                .filter(d -> d.kind() == DocumentKind.CARD && !d.topic().isBlank())
                .forEach(d -> topics.add(d.topic()));
        return topics.isEmpty() ? "social media in medicine and health care" : String.join(", ", topics);
    }
}
