package org.postwise.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.postwise.answer.safety.GuardVerdict;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.answer.safety.QuestionMasker;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.PassageRetriever;
import org.postwise.retrieval.QuestionNormalizer;
import org.postwise.retrieval.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer pipeline: guards, then the length limit, then the language, then the cache, then retrieval, scope
 * and coverage, then extractive composition into a template.
 *
 * <p>Privacy: a question flagged {@code phi} gets the privacy warning and, under it, the guidance it asked for,
 * answered from a copy with every identifier masked in-process; neither copy is cached, logged or kept, and the
 * masked copy is always composed without a language model: text flagged {@code phi} never leaves the process.
 *
 * <p>Scope: a question closer to an out-of-scope situation (a scope card in {@code knowledge/scope/}: lawsuits,
 * clinical care, tech support…) than to any guideline card's situation is declined with that card's reply, even
 * when it mentions Facebook or a hospital. A question of several sentences is also judged by its ask (the
 * sentences that end with a question mark), retrieved on its own, so that a story about a post ending in a
 * question about a lawsuit is declined. A question about Postwise itself (an about card in {@code knowledge/about/}:
 * what it is, where its answers come from, what it keeps) gets that card's reply, found the same way.
 *
 * <p>Language: a question in another language is read word by word into English ({@link QuestionGloss}) and
 * answered from that reading, under a note that shows it, when the reading is a close match in the material;
 * otherwise it gets a short reply in English. The reading holds only glossary words, so no name or other detail
 * of the question reaches retrieval; a question flagged {@code phi} in another language gets the warning and the
 * short reply.
 *
 * <p>Follow-ups: a short question with earlier questions (a Discord thread, the console chat) is searched together
 * with the question before it, and answered so when the material covers the two together ("and on Instagram?" after
 * a friend-request question is about friend requests on Instagram); a longer one, or an uncovered one like no
 * situation, is judged on its own words, so "what's the weather tomorrow?" in a thread about friend requests is not
 * answered from the friend-request card.
 *
 * <p>Jurisdiction: the country the asker says they work in ({@link AskerCountry}), read from the question or, for a
 * follow-up that names no place, from its conversation, is given to the composer, which keeps evidence resting only
 * on another country's law from them.
 *
 * <p>The original text of a flagged question never reaches the cache, retrieval or any log. No question text is
 * logged at all: logs carry answer ids and coverage signals only.
 */
public final class GroundedAnswerService implements AnswerService {

    private static final Logger log = LoggerFactory.getLogger(GroundedAnswerService.class);

    private final QuestionGuard guard;
    private final PassageRetriever retriever;
    private final Supplier<PassageIndex> index;
    private final Supplier<TemplateSet> templates;
    private final AnswerConfig config;
    private final AnswerComposer composer;
    private final AskerCountry places;
    private final LanguageCheck language;
    private final QuestionGloss gloss;
    private final QuestionMasker masker;
    private final ScopeJudge scope = new ScopeJudge();
    private final Supplier<String> ids;
    private final Cache<CacheKey, Answer> cache;

    /**
     * Cache key: the normalised conversation and the index and template versions, so a reload never serves
     * old answers.
     */
    private record CacheKey(String question, List<String> earlier, String indexVersion, String templatesVersion) {
    }

    /**
     * Questions longer than this are refused as too long before the guards read them. Shorter ones over the question
     * limit are read first, so that one with patient details gets the privacy warning: a pasted e-mail is a few
     * thousand characters; a Discord message at most four thousand.
     */
    static final int MAX_INSPECTED_CHARS = 8_000;

    /** A situation at least this close, or a passage at least this close, makes a close match. */
    static final double CLOSE_SITUATION = 0.62;
    static final double CLOSE_PASSAGE = 0.55;

    /**
     * A message in a conversation is searched with the question before it only when it is this short, and, when the
     * material does not cover it on its own words, at least this like a card's situation. On 100 two-message
     * conversations written for the purpose, retrying every uncovered message answered 41 of 45 follow-ups and 25 of
     * 40 out-of-scope second messages; with these limits, 40 and 8 (alone: 27 and 2). Searching covered short
     * follow-ups with the question before it too answered 44 and 10, and put a labelled card first for 26 of 43
     * follow-ups instead of 17.
     */
    static final int FOLLOW_UP_MAX_WORDS = 15;
    static final double FOLLOW_UP_SITUATION = 0.35;

    public GroundedAnswerService(QuestionGuard guard, PassageRetriever retriever, Supplier<PassageIndex> index,
                                 Supplier<TemplateSet> templates, AnswerConfig config, AnswerComposer composer,
                                 AskerCountry places, LanguageCheck language, QuestionGloss gloss,
                                 QuestionMasker masker, Supplier<String> ids) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.index = Objects.requireNonNull(index, "index");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.config = Objects.requireNonNull(config, "config");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.places = Objects.requireNonNull(places, "places");
        this.language = Objects.requireNonNull(language, "language");
        this.gloss = Objects.requireNonNull(gloss, "gloss");
        this.masker = Objects.requireNonNull(masker, "masker");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.cache = Caffeine.newBuilder().maximumSize(config.answerCacheSize()).recordStats().build();
    }

    /** The answer cache's hits, misses and evictions so far (for the metrics). */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    @Override
    public Answer answer(Question question, DraftListener drafts) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(drafts, "drafts");
        String text = question.text();
        TemplateSet templates = this.templates.get(); // one version for the whole answer
        int length = text.codePointCount(0, text.length());
        if (length > MAX_INSPECTED_CHARS) {
            // far beyond any question: refused unread, since the guards' patterns are not built for pages of text
            return tooLong(length, templates);
        }
        GuardVerdict verdict = guard.inspect(text);
        // earlier messages with patient details or injections never reach retrieval, the cache or the logs; only the
        // newest few of a question's length are read at all
        question = new Question(text, question.recentEarlier(config.maxQuestionChars()).stream()
                .filter(e -> guard.inspect(e).isClean()).toList());
        if (verdict.has(QuestionGuard.PHI)) {
            return warnAndHelp(question, verdict, templates);
        }
        if (verdict.has(QuestionGuard.INJECTION)) {
            return refused(templates.get(TemplateKind.REFUSAL).render(Map.of("help", config.helpContact())),
                    verdict.flags());
        }
        if (length > config.maxQuestionChars()) {
            return tooLong(length, templates);
        }
        if (text.isBlank()) {
            return refused("Ask me a question about professional social-media use, for example: "
                    + "\"Can I accept a friend request from a patient?\"", Set.of());
        }
        var other = language.otherLanguage(text);
        if (other.isPresent()) {
            return answerGlossed(text, other.get(), templates);
        }
        var key = new CacheKey(QuestionNormalizer.normalize(text),
                question.earlier().stream().map(QuestionNormalizer::normalize).toList(),
                index.get().version(), templates.version());
        Answer cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached.withId(ids.get());
        }
        Answer fresh = answerFromMaterial(question, templates, drafts, false);
        // a short form stands in for a model that failed: ask it again next time
        if (fresh.indexVersion().equals(key.indexVersion()) && !fresh.shortForm()) {
            cache.put(key, fresh);
        }
        return fresh;
    }

    /**
     * A question in another language: answered from its English gloss, under a note that says how it was read,
     * when the gloss is a close match in the material; otherwise (no gloss, out of scope, a partial match) the
     * short reply asking for the question in English, never passages that only share a stray word with it.
     */
    private Answer answerGlossed(String text, String other, TemplateSet templates) {
        var gloss = this.gloss.gloss(text);
        // related languages share their function words: when the check could not name the language, the glossary
        // that read the question can
        String language = other.equals(LanguageCheck.UNNAMED)
                ? gloss.map(QuestionGloss.Reading::language).orElse(other) : other;
        Answer shortReply = refused(templates.get(TemplateKind.OTHER_LANGUAGE).render(Map.of(
                "language", language, "help", config.helpContact())), Set.of());
        if (gloss.isEmpty()) {
            return shortReply;
        }
        var key = new CacheKey(QuestionNormalizer.normalize(text), List.of(), index.get().version(),
                templates.version());
        Answer cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached.withId(ids.get());
        }
        Answer read = answerFromMaterial(Question.of(gloss.get().english()), templates, DraftListener.NONE, false);
        if (!read.answered() || read.confidence() != Confidence.CLOSE) {
            return shortReply;
        }
        String note = templates.get(TemplateKind.OTHER_LANGUAGE_READ).render(Map.of(
                "language", language, "gloss", gloss.get().english()));
        Answer answer = new Answer(read.id(), read.answered(), note.strip() + "\n\n" + read.text(), read.sources(),
                read.flags(), read.indexVersion(), read.confidence(), read.generatedBy(), read.shortForm());
        if (answer.indexVersion().equals(key.indexVersion()) && !answer.shortForm()) {
            cache.put(key, answer);
        }
        return answer;
    }

    /**
     * A question with patient details: the warning, and under it the guidance it asked for, answered from a copy
     * with every identifier masked. The original text goes nowhere (no cache, retrieval, store or log); an
     * injection attempt in it gets the warning alone.
     */
    private Answer warnAndHelp(Question question, GuardVerdict verdict, TemplateSet templates) {
        String warning = templates.get(TemplateKind.PRIVACY_WARNING).render(Map.of(
                "kinds", String.join(", ", new LinkedHashSet<>(verdict.kinds())),
                "help", config.helpContact()));
        String masked = masker.mask(question.text()).text();
        if (verdict.has(QuestionGuard.INJECTION) || masked.isBlank()
                || masked.codePointCount(0, masked.length()) > config.maxQuestionChars()) {
            return refused(warning, verdict.flags());
        }
        Answer help = language.otherLanguage(masked)
                .map(other -> refused(templates.get(TemplateKind.OTHER_LANGUAGE).render(Map.of(
                        "language", other, "help", config.helpContact())), Set.of()))
                .orElseGet(() -> answerFromMaterial(new Question(masked, question.earlier()), templates,
                        DraftListener.NONE, true));
        return new Answer(help.id(), help.answered(), warning.strip() + "\n\n" + help.text(), help.sources(),
                verdict.flags(), help.indexVersion(), help.confidence());
    }

    /** @param masked a masked copy of a flagged question: its words never leave the process, not even masked */
    private Answer answerFromMaterial(Question question, TemplateSet templates, DraftListener drafts,
                                      boolean masked) {
        String asked = question.text();
        Retrieval alone = retriever.retrieve(asked, config.maxSources());
        Retrieval retrieval = alone;
        if (readsWithEarlier(question, alone)) {
            // "and on Twitter?" means the question before it, on Twitter: not whatever the Twitter card says
            String withContext = question.earlier().get(question.earlier().size() - 1) + " " + asked;
            Retrieval contextual = retriever.retrieve(withContext, config.maxSources());
            // a message covered on its own words keeps them unless the thread brings it nearer a card's situation:
            // "can I post a selfie in scrubs?" after a friend-request question is a new subject, not a follow-up
            if (contextual.coverage().covered() && (!alone.coverage().covered()
                    || contextual.coverage().situation() >= alone.coverage().situation())) {
                retrieval = contextual;
            }
        }
        String id = ids.get();
        var c = retrieval.coverage();
        log.debug("answer {}: covered={} reason={} dense={} situation={} terms={} topic={} index={}", id,
                c.covered(), c.reason(), String.format("%.3f", c.bestDense()), String.format("%.3f", c.situation()),
                String.format("%.2f", c.termCoverage()), c.topicMatch(), retrieval.indexVersion());
        var reply = outOfScope(asked, retrieval, alone);
        if (reply.isPresent() && reply.get().kind() == DocumentKind.ABOUT) {
            log.debug("answer {}: about Postwise ({})", id, reply.get().id());
            String text = templates.get(TemplateKind.ABOUT).render(Map.of(
                    "reply", String.join("\n\n", reply.get().passages().stream().map(Passage::text).toList()),
                    "topics", topics(retrieval),
                    "help", config.helpContact(),
                    "disclaimer", config.disclaimer()));
            return new Answer(id, false, text, List.of(), Set.of(), retrieval.indexVersion());
        }
        if (reply.isPresent()) {
            log.debug("answer {}: declined as out of scope ({})", id, reply.get().id());
            String text = templates.get(TemplateKind.DECLINE).render(Map.of(
                    "reason", reason(reply.get()),
                    "help", config.helpContact(),
                    "disclaimer", config.disclaimer()));
            return new Answer(id, false, text, List.of(), Set.of(), retrieval.indexVersion());
        }
        if (!c.covered() || retrieval.passages().isEmpty()) {
            String text = templates.get(TemplateKind.ABSTAIN).render(Map.of(
                    "help", config.helpContact(),
                    "topics", topics(retrieval),
                    "disclaimer", config.disclaimer()));
            return new Answer(id, false, text, List.of(), Set.of(), retrieval.indexVersion());
        }
        Confidence confidence = c.situation() >= CLOSE_SITUATION || c.bestDense() >= CLOSE_PASSAGE
                ? Confidence.CLOSE : Confidence.PARTIAL;
        Optional<String> country = askerCountry(question, alone);
        var composition = masked ? composer.compose(retrieval, templates, confidence, country)
                : composer.compose(question.text(), retrieval, templates, confidence, country, drafts);
        return new Answer(id, true, composition.text(), composition.sources(), Set.of(), retrieval.indexVersion(),
                confidence, composition.generatedBy(), composition.shortForm());
    }

    /**
     * Where the asker works: the one country the question names or, when it names none, the one country the whole
     * conversation names, so that "I'm a nurse in Cork" still holds for the follow-up "and replying to reviews?". A
     * question or conversation naming two countries names none.
     */
    private Optional<String> askerCountry(Question question, Retrieval alone) {
        PassageIndex read = alone.index();
        // the question's own words: a retry with the question before it must not lend it that question's place
        var own = places.of(alone.questionWords(), read::words);
        if (own.isPresent() || question.earlier().isEmpty()) {
            return own;
        }
        var conversation = new ArrayList<>(question.earlier());
        conversation.add(question.text());
        return places.of(read.questionWords(String.join(" ", conversation)), read::words);
    }

    /**
     * Whether a message in a conversation is searched together with the question before it: a short one
     * ({@value #FOLLOW_UP_MAX_WORDS} words at most) that the material covers on its own words or that is at least
     * somewhat like a card's situation. It is then answered from that search when the material covers the two
     * together and, for a message covered on its own words, they are at least as near a card's situation as the
     * message alone. A longer message states its own situation, and one like no situation at all ("what's the weather
     * tomorrow?") is not about the earlier question: with the earlier question's words either would be covered and
     * answered from its material.
     */
    private static boolean readsWithEarlier(Question question, Retrieval alone) {
        return !question.earlier().isEmpty()
                && question.text().strip().split("\\s+").length <= FOLLOW_UP_MAX_WORDS
                && (alone.coverage().covered() || alone.coverage().situation() >= FOLLOW_UP_SITUATION);
    }

    /**
     * The scope or about card whose reply {@code asked} gets instead of an answer from {@code retrieval}: the nearest
     * situation is a scope card's, or the ask alone is (and {@code alone}, the message read without the thread, bears
     * it out), or the question's form is not a question about social media, or it is uncovered and nearest to a scope
     * card.
     */
    private Optional<KnowledgeDocument> outOfScope(String asked, Retrieval retrieval, Retrieval alone) {
        Optional<String> ask = AskSentences.of(asked);
        return scope.replyInstead(asked, retrieval)
                // the ask belongs to this message's story, not to the thread's earlier subject
                .or(() -> ask.flatMap(a -> scope.declineByAsk(retriever.retrieve(a, 1), alone)))
                .or(() -> scope.declineByForm(ask.orElse(asked), asked, retrieval))
                .or(() -> scope.declineUncovered(retrieval));
    }

    /** A scope card's reply: its text, without headings, as one sentence of the decline. */
    private static String reason(KnowledgeDocument scope) {
        return String.join(" ", scope.passages().stream().map(Passage::text).toList());
    }

    /** The polite limit for a question of {@code length} code points. */
    private Answer tooLong(int length, TemplateSet templates) {
        return refused(templates.get(TemplateKind.TOO_LONG).render(Map.of(
                "length", String.valueOf(length), "limit", String.valueOf(config.maxQuestionChars()))),
                Set.of(Answer.TOO_LONG));
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
