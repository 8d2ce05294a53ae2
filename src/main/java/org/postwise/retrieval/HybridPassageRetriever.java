package org.postwise.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postwise.config.RetrievalConfig;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lexical (BM25) and dense (embedding) rankings fused into one, so that an exact term match (a platform name
 * like "Sermo") and a paraphrase ("doctor-only network") both reach the top. The fusion is configurable:
 * a convex combination of normalised scores (the default, chosen by measurement) or reciprocal rank fusion.
 *
 * <p>Retrieval is also by situation: each guideline card's title and {@code questions:} are keys of their own
 * (lexical and dense), and a card's situation score is added to its passages' fused scores, so a question
 * worded the way staff ask leads to the card about it. Misspelt words are corrected first from the index's
 * own vocabulary.
 *
 * <p>As a langchain4j {@link ContentRetriever} it returns the covered passages as {@link Content} whose
 * segment metadata carries the source ({@code citation}, {@code doi}, {@code url}, {@code section}, ...),
 * and nothing when the material does not cover the query.
 */
public final class HybridPassageRetriever implements PassageRetriever, ContentRetriever {

    private static final Logger log = LoggerFactory.getLogger(HybridPassageRetriever.class);
    /** Documents a trace of one retrieval names, best first. */
    private static final int TRACED_DOCUMENTS = 6;

    /** How many passages a langchain4j query gets. */
    private static final int CONTENT_LIMIT = 5;
    /** Subtracted from the fused score of a passage in a card's own words (citing no published work). */
    private static final double OWN_WORDS_PENALTY = 0.2;
    /** Cards whose passages join the candidates for their situation alone. */
    private static final int SITUATION_CARDS = 3;
    /**
     * Added to the situation score of a card whose {@code when:} names the question's askers, and subtracted (twice
     * over) from one whose {@code unless:} does, or none of whose {@code only:} does: about the gap between a card
     * about the question's act and people and one about the same act with other people, which the embedding scores
     * alike ("my patient's daughter sent me a friend request" is 0.72 similar to both the relatives card and the
     * patient's-own-request card).
     */
    private static final double ASKER_BONUS = 0.2;
    private static final double ASKER_PENALTY = 0.4;

    private final Supplier<PassageIndex> index;
    private final QueryEmbedder embedder;
    private final CoverageJudge judge;
    private final RetrievalConfig config;

    public HybridPassageRetriever(Supplier<PassageIndex> index, QueryEmbedder embedder, CoverageJudge judge,
                                  RetrievalConfig config) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.judge = Objects.requireNonNull(judge, "judge");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Retrieval retrieve(String question, int limit) {
        Objects.requireNonNull(question, "question");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        PassageIndex snapshot = index.get(); // one version for the whole question
        String corrected = snapshot.spelling().correct(question);
        List<String> terms = snapshot.lexical().analyze(corrected);
        List<String> words = snapshot.correctedQuestionWords(corrected);
        float[] vector = embedder.embed(corrected);
        double[] similarity = snapshot.dense().similarities(vector);
        boolean convex = config.fusion() == RetrievalConfig.Fusion.CONVEX;
        // under convex fusion, every passage's BM25, so that a candidate (from either ranking, or from a card whose
        // situation fits) is scored on its words whether or not it is among the best lexical hits: without it, a
        // passage one place past the lexical cut loses its whole lexical share, and adding an unrelated card could
        // move an answer. RRF reads ranks only, so it needs the best hits alone.
        List<LexicalIndex.Hit> searched = snapshot.lexical().search(terms,
                convex ? Math.max(config.candidates(), snapshot.passages().size()) : config.candidates());
        var lexicalHits = searched.subList(0, Math.min(config.candidates(), searched.size()));
        Map<Integer, Double> bm25 = new HashMap<>();
        searched.forEach(h -> bm25.put(h.ordinal(), h.score()));

        int[] denseOrder = IntStream.range(0, similarity.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> similarity[i]).reversed())
                .limit(config.candidates()).mapToInt(Integer::intValue).toArray();
        IntToDoubleFunction convexScore = convexScorer(lexicalHits, denseOrder, similarity, bm25);
        Map<Integer, Double> fused = convex
                ? convex(lexicalHits, denseOrder, convexScore)
                : reciprocalRank(lexicalHits, denseOrder);

        var situationMatches = snapshot.situations().match(terms, vector);
        // the guideline cards' best key similarity: the scale of their situation scores, and a coverage signal
        OptionalDouble bestMaterial = situationMatches.entrySet().stream()
                .filter(e -> snapshot.document(e.getKey()).map(KnowledgeDocument::isMaterial).orElse(false))
                .mapToDouble(e -> e.getValue().dense()).max();
        Map<String, Double> situation = situationScores(situationMatches, bestMaterial.orElse(1), snapshot, words);
        // the passages of the cards whose situation fits best compete even when their words are not the question's
        situation.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SITUATION_CARDS)
                .flatMap(e -> snapshot.document(e.getKey()).stream())
                .flatMap(d -> d.passages().stream())
                .mapToInt(p -> snapshot.ordinal(p.id()))
                .filter(ord -> ord >= 0)
                .forEach(ord -> fused.putIfAbsent(ord, convex
                        ? convexScore.applyAsDouble(ord)
                        : situationOnlyScore(ord, denseOrder, similarity)));

        var ranked = new ArrayList<ScoredPassage>(fused.size());
        var documentScores = new HashMap<String, Double>();
        fused.forEach((ord, score) -> {
            var p = snapshot.passages().get(ord);
            double boosted = score + config.situationWeight() * situation.getOrDefault(p.documentId(), 0.0);
            documentScores.merge(p.documentId(), boosted, Math::max);
            // at equal relevance, what a published work says is a better source than a card's own gloss on it;
            // the card's rank (its best passage, gloss or not) is unaffected
            double own = p.sources().stream().allMatch(SourceRef::isOwnAdvice) ? OWN_WORDS_PENALTY : 0;
            ranked.add(new ScoredPassage(p, boosted - own, similarity[ord], bm25.getOrDefault(ord, 0.0)));
        });
        // ties (same fused score) go to the denser match, then to document order, for stable answers
        ranked.sort(Comparator.comparingDouble(ScoredPassage::score).reversed()
                .thenComparing(Comparator.comparingDouble(ScoredPassage::dense).reversed())
                .thenComparing(sp -> sp.passage().id()));
        Coverage coverage = judge.judge(terms, ranked, bestMaterial.orElse(0), snapshot);
        List<ScoredDocument> documents = documents(snapshot, documentScores, situation, situationMatches);
        if (log.isTraceEnabled()) {
            // the cards' ids and scores only (never the question): for tuning retrieval; per document its rank
            // score, its situation score and its closest key's similarity
            log.trace("documents {}", documents.stream().limit(TRACED_DOCUMENTS)
                    .map(d -> String.format(Locale.ROOT, "%s score=%.3f situation=%.3f closest-key=%.3f", d.id(),
                            d.score(), situation.getOrDefault(d.id(), 0.0), d.situation()))
                    .collect(Collectors.joining("; ")));
        }
        return new Retrieval(ranked.subList(0, Math.min(limit, ranked.size())), documents, coverage, snapshot, terms,
                vector, words);
    }

    /**
     * Each card's situation score: a convex combination of its best key similarity (divided by {@code best}, the
     * best guideline card's, so that how near a scope card is never shrinks the guideline cards' scores) and its
     * best key BM25 (divided likewise), as for passages; raised for a card whose {@code when:} names the question's
     * askers and lowered for one whose {@code unless:} does, or none of whose {@code only:} does. The coverage
     * signals that read keys (the closest key's similarity) ignore the askers, but the passages ranked first can
     * change with the card, and with them the share of the question's words they hold: a condition is meant to
     * choose between cards, but an {@code only:} on the one card close to a question can leave it uncovered.
     */
    private Map<String, Double> situationScores(Map<String, SituationIndex.Match> matches, double best,
                                                PassageIndex snapshot, List<String> words) {
        double w = config.denseWeight();
        var scores = new HashMap<String, Double>();
        matches.forEach((id, m) -> {
            int fit = snapshot.askerFit(id, words);
            double askers = fit > 0 ? ASKER_BONUS : fit < 0 ? -ASKER_PENALTY : 0;
            scores.put(id, w * m.dense() / Math.max(1e-9, best) + (1 - w) * m.lexical() + askers);
        });
        return scores;
    }

    /** Documents by their best passage's score, scope cards (which have no passages) by their situation alone. */
    private static List<ScoredDocument> documents(PassageIndex snapshot, Map<String, Double> documentScores,
                                                  Map<String, Double> situation,
                                                  Map<String, SituationIndex.Match> situationDense) {
        var best = new HashMap<>(documentScores);
        situation.forEach((id, score) -> best.putIfAbsent(id, score));
        return best.entrySet().stream()
                .flatMap(e -> snapshot.document(e.getKey()).stream().map(d -> new ScoredDocument(d, e.getValue(),
                        situationDense.containsKey(d.id()) ? situationDense.get(d.id()).dense() : 0)))
                .sorted(Comparator.comparingDouble(ScoredDocument::score).reversed()
                        .thenComparing(ScoredDocument::id))
                .toList();
    }

    /** Each ranking adds {@code 1 / (k + rank)}: needs no score calibration, but favours the middling-in-both. */
    private Map<Integer, Double> reciprocalRank(List<LexicalIndex.Hit> lexicalHits, int[] denseOrder) {
        Map<Integer, Double> fused = new HashMap<>();
        for (int rank = 0; rank < lexicalHits.size(); rank++) {
            fused.merge(lexicalHits.get(rank).ordinal(), 1.0 / (config.rrfK() + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < denseOrder.length; rank++) {
            fused.merge(denseOrder[rank], 1.0 / (config.rrfK() + rank + 1), Double::sum);
        }
        return fused;
    }

    /**
     * A weighted sum of each ranking's score divided by its best score, over the union of both candidate
     * lists; a candidate's BM25 counts whatever its lexical rank ({@code bm25} holds every passage's), so that the
     * cut of the lexical list decides which passages compete, not how they score. Unlike RRF it keeps how far ahead a
     * passage is: a passage first by a wide margin in one ranking (an exact platform name) is not overtaken by
     * passages that are merely middling in both.
     */
    private static Map<Integer, Double> convex(List<LexicalIndex.Hit> lexicalHits, int[] denseOrder,
                                               IntToDoubleFunction score) {
        Map<Integer, Double> fused = new HashMap<>();
        for (int ord : denseOrder) {
            fused.put(ord, score.applyAsDouble(ord));
        }
        for (var h : lexicalHits) {
            fused.putIfAbsent(h.ordinal(), score.applyAsDouble(h.ordinal()));
        }
        return fused;
    }

    /**
     * A candidate's convex score: its similarity and its BM25, each divided by the best of its ranking (found once
     * per question).
     */
    private IntToDoubleFunction convexScorer(List<LexicalIndex.Hit> lexicalHits, int[] denseOrder,
                                             double[] similarity, Map<Integer, Double> bm25) {
        double bestLexical = lexicalHits.isEmpty() ? 1 : lexicalHits.get(0).score();
        double bestDense = denseOrder.length == 0 ? 1 : Math.max(1e-9, similarity[denseOrder[0]]);
        double w = config.denseWeight();
        return ord -> w * similarity[ord] / bestDense + (1 - w) * bm25.getOrDefault(ord, 0.0) / bestLexical;
    }

    /**
     * Under RRF, the score of a passage that is a candidate only because its card's situation fits: its similarity's
     * share of the best, as RRF gives no rank to a passage outside both lists.
     */
    private double situationOnlyScore(int ord, int[] denseOrder, double[] similarity) {
        return config.denseWeight() * similarity[ord]
                / Math.max(1e-9, similarity[denseOrder.length == 0 ? ord : denseOrder[0]]);
    }

    @Override
    public List<Content> retrieve(Query query) {
        Objects.requireNonNull(query, "query");
        Retrieval r = retrieve(query.text(), CONTENT_LIMIT);
        if (!r.coverage().covered()) {
            return List.of();
        }
        return r.passages().stream().map(sp -> toContent(sp, r.indexVersion())).toList();
    }

    private static Content toContent(ScoredPassage sp, String version) {
        Passage p = sp.passage();
        var metadata = new Metadata()
                .put("id", p.id())
                .put("document_id", p.documentId())
                .put("title", p.documentTitle())
                .put("section", p.section())
                .put("citation", p.source().citation())
                .put("index_version", version);
        if (p.source().doi() != null) {
            metadata.put("doi", p.source().doi());
        }
        if (p.source().url() != null) {
            metadata.put("url", p.source().url());
        }
        return Content.from(TextSegment.from(p.text(), metadata), Map.of(ContentMetadata.SCORE, sp.score()));
    }
}
