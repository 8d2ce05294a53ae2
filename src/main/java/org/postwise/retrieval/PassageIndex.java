package org.postwise.retrieval;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;

/**
 * An immutable snapshot of the knowledge base ready for search: the passages with their lexical and dense
 * indexes, the cards' situations (titles and {@code questions:}) as keys of their own, the statements an answer
 * may quote with their embeddings, the spelling vocabulary, and a version that changes whenever any of these,
 * a source or the embedding model changes. Answers and caches are keyed by that version, so a swapped-in
 * index never serves stale answers.
 */
public final class PassageIndex {

    private final String version;
    private final List<KnowledgeDocument> documents;
    private final Map<String, KnowledgeDocument> documentsById;
    private final List<Passage> passages;
    private final Map<String, Integer> ordinalById;
    private final Map<String, Set<String>> tagTermsByDocument;
    private final LexicalIndex lexical;
    private final DenseIndex dense;
    private final SituationIndex situations;
    private final List<Statement> statements;
    /**
     * The largest share of passages a word may be found in and still name a sub-case on its own: "patient" is in more
     * than half of them, "manager" in about one in thirteen; the line falls at one in seven.
     */
    private static final double MAX_CUE_SHARE = 1.0 / 7;
    private final List<List<List<String>>> cueWordsByStatement;
    private final List<List<List<String>>> unlessWordsByStatement;
    private final DenseIndex statementVectors;
    private final SpellingCorrector spelling;
    private final Map<String, List<ReadCondition>> whenByDocument;
    private final Map<String, List<ReadCondition>> unlessByDocument;
    private final Map<String, List<ReadCondition>> onlyByDocument;

    /** An asker condition of a card with each cue's words, read as a question's are. */
    private record ReadCondition(List<List<List<String>>> groups) {

        /** Whether the question names a cue of every group. */
        boolean heldBy(List<String> questionWords) {
            return groups.stream().allMatch(group -> names(questionWords, group));
        }
    }

    PassageIndex(String version, List<KnowledgeDocument> documents, List<Passage> passages, LexicalIndex lexical,
                 DenseIndex dense, SituationIndex situations, List<Statement> statements,
                 DenseIndex statementVectors, SpellingCorrector spelling) {
        this.version = Objects.requireNonNull(version, "version");
        this.documents = List.copyOf(documents);
        this.passages = List.copyOf(passages);
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.dense = Objects.requireNonNull(dense, "dense");
        this.situations = Objects.requireNonNull(situations, "situations");
        this.statements = List.copyOf(statements);
        this.statementVectors = Objects.requireNonNull(statementVectors, "statementVectors");
        this.spelling = Objects.requireNonNull(spelling, "spelling");
        var byId = new HashMap<String, KnowledgeDocument>();
        documents.forEach(d -> byId.put(d.id(), d));
        this.documentsById = Map.copyOf(byId);
        var ords = new HashMap<String, Integer>();
        for (int i = 0; i < passages.size(); i++) {
            ords.put(passages.get(i).id(), i);
        }
        this.ordinalById = Map.copyOf(ords);
        var tags = new HashMap<String, Set<String>>();
        for (KnowledgeDocument d : documents) {
            var terms = new HashSet<String>();
            d.tags().forEach(t -> terms.addAll(lexical.analyze(t)));
            tags.put(d.id(), Set.copyOf(terms));
        }
        this.tagTermsByDocument = Map.copyOf(tags);
        // read once per version, so an answer compares word lists and never runs the analyser over cues; many
        // steps share a cue (a manager's phrases), so each distinct cue is read once
        var cues = new HashMap<String, List<String>>();
        this.cueWordsByStatement = this.statements.stream()
                .map(st -> st.when().stream().map(c -> cues.computeIfAbsent(c, this::cueWords)).toList())
                .toList();
        this.unlessWordsByStatement = this.statements.stream()
                .map(st -> st.unless().stream().map(c -> cues.computeIfAbsent(c, this::cueWords)).toList())
                .toList();
        var when = new HashMap<String, List<ReadCondition>>();
        var unless = new HashMap<String, List<ReadCondition>>();
        var only = new HashMap<String, List<ReadCondition>>();
        for (KnowledgeDocument d : documents) {
            if (!d.askers().isEmpty()) {
                when.put(d.id(), conditions(d.askers().when()));
                unless.put(d.id(), conditions(d.askers().unless()));
                only.put(d.id(), onlyConditions(d.askers().only()));
            }
        }
        this.whenByDocument = Map.copyOf(when);
        this.unlessByDocument = Map.copyOf(unless);
        this.onlyByDocument = Map.copyOf(only);
    }

    /**
     * A card's asker conditions read, leaving out one that could name nearly every asker: a condition counts only
     * when one of its groups has a word of its own in every cue ("son" in "{relatives} & patient"), so common words
     * ("patient") may narrow a condition but never make one.
     */
    private List<ReadCondition> conditions(List<AskerCues.Condition> conditions) {
        return conditions.stream().filter(this::counts).map(this::read).toList();
    }

    /**
     * A card's {@code only:} conditions read, all of them: one of common words holds for nearly every question, so it
     * limits the card little, where dropping it would leave the card's other {@code only:} conditions to limit it
     * more than its author wrote.
     */
    private List<ReadCondition> onlyConditions(List<AskerCues.Condition> conditions) {
        return conditions.stream().map(this::read).toList();
    }

    private ReadCondition read(AskerCues.Condition condition) {
        return new ReadCondition(condition.groups().stream()
                .map(g -> g.stream().map(cue -> List.copyOf(lexical.words(spelling.correct(cue)))).toList())
                .toList());
    }

    /**
     * Whether a card's asker condition is read at all: one of its groups has a word of its own in every cue, so the
     * condition cannot hold for nearly every question.
     */
    public boolean counts(AskerCues.Condition condition) {
        return condition.groups().stream().anyMatch(g -> g.stream().allMatch(this::hasWordOfItsOwn));
    }

    /**
     * Whether a question names one of {@code cues}: the words of a cue (as {@link #cueWords(int)} gives them) are in
     * the question's {@link #words} together and in order; a cue without words of its own names nothing.
     */
    public static boolean names(List<String> questionWords, List<List<String>> cues) {
        return cues.stream().anyMatch(cue -> !cue.isEmpty() && Collections.indexOfSubList(questionWords, cue) >= 0);
    }

    /**
     * Whether a cue has a word of its own: one that is not a stop word and is in at most one passage in seven. A
     * cue of only common words ("patient", "asked me") is in nearly every question, so it names no particular asker.
     */
    private boolean hasWordOfItsOwn(String cue) {
        String read = spelling.correct(cue);
        return lexical.analyze(read).stream().anyMatch(t -> lexical.passageShare(t) <= MAX_CUE_SHARE);
    }

    /**
     * How a card's asker conditions ({@code when:}, {@code unless:} and {@code only:} of its front matter) meet a
     * question: -1 when an {@code unless:} condition holds or the card has {@code only:} conditions and none holds,
     * else 1 when a {@code when:} condition holds, else 0 (and for a document that names no askers).
     *
     * @param questionWords the question's {@link #words}
     */
    public int askerFit(String documentId, List<String> questionWords) {
        List<ReadCondition> only = onlyByDocument.getOrDefault(documentId, List.of());
        // the askers a card is not for outweigh those it is for: "coworkers are commenting" on a story about a patient
        // who died names colleagues and a death, but the death is a patient's
        if (unlessByDocument.getOrDefault(documentId, List.of()).stream().anyMatch(c -> c.heldBy(questionWords))
                || !only.isEmpty() && only.stream().noneMatch(c -> c.heldBy(questionWords))) {
            return -1;
        }
        return whenByDocument.getOrDefault(documentId, List.of()).stream().anyMatch(c -> c.heldBy(questionWords))
                ? 1 : 0;
    }

    /**
     * A cue's words in order, small words kept ("mocking me" is not "mocking her"; "i manage" is not "my manager"), or
     * none when it has no word of its own: a stop word, or a word common in the material ("patient", "post",
     * "online"), is in nearly every question, so a cue of only such words would name every asker's sub-case and quote
     * a step written for a few to everyone.
     */
    private List<String> cueWords(String cue) {
        // read as a question is: spelling corrected and shorthand spelt out ("dm" is "direct message" in both)
        return hasWordOfItsOwn(cue) ? List.copyOf(lexical.words(spelling.correct(cue))) : List.of();
    }

    /** The analysed terms of a document's tags (a card's topic keywords); empty for unknown documents. */
    Set<String> tagTerms(String documentId) {
        return tagTermsByDocument.getOrDefault(documentId, Set.of());
    }

    public List<KnowledgeDocument> documents() {
        return documents;
    }

    public Optional<KnowledgeDocument> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    /** Position of the passage with {@code passageId} in {@link #passages()}, or -1. */
    int ordinal(String passageId) {
        return ordinalById.getOrDefault(passageId, -1);
    }

    public String version() {
        return version;
    }

    public List<Passage> passages() {
        return passages;
    }

    public int size() {
        return passages.size();
    }

    LexicalIndex lexical() {
        return lexical;
    }

    DenseIndex dense() {
        return dense;
    }

    SituationIndex situations() {
        return situations;
    }

    SpellingCorrector spelling() {
        return spelling;
    }

    /**
     * What answers may quote: evidence sentences, "What to do" actions and cards' "Where to ask for help" contacts,
     * each embedded once.
     */
    public List<Statement> statements() {
        return statements;
    }

    /**
     * The words of each sub-case cue of the statement at {@code position} in {@link #statements()}, in the order of
     * {@link Statement#when()}, spelling corrected and read as {@link #words} reads a question; none for a cue
     * without a word of its own (only stop words, or words in more than one passage in seven), which is ignored.
     */
    public List<List<String>> cueWords(int position) {
        return cueWordsByStatement.get(position);
    }

    /**
     * The words of each cue of a sub-case the statement at {@code position} does not fit, in the order of
     * {@link Statement#unless()}, read as {@link #cueWords} reads them; none for a cue without a word of its own.
     */
    public List<List<String>> unlessWords(int position) {
        return unlessWordsByStatement.get(position);
    }

    /**
     * Every word of {@code text}, stemmed as {@link #analyze} stems terms but with stop words kept and a curly
     * apostrophe read as a straight one, in order: a question names a sub-case when a cue's words appear in it
     * together and in the cue's order.
     */
    public List<String> words(String text) {
        return lexical.words(text);
    }

    /**
     * The words of {@code question} as retrieval reads it for cues: misspellings corrected from the vocabulary, then
     * as {@link #correctedQuestionWords} reads them.
     */
    public List<String> questionWords(String question) {
        return correctedQuestionWords(spelling.correct(question));
    }

    /**
     * The {@link #words} of a question already spelling-corrected, followed by the stage words of each act it says the
     * asker has done ({@link ReportedActs}: "I accepted" also reads "already accepted").
     */
    List<String> correctedQuestionWords(String corrected) {
        return ReportedActs.withStages(corrected, lexical.words(corrected), lexical::words);
    }

    /** Cosine similarity of a unit vector (a question's) with every statement, by position in {@link #statements()}. */
    public double[] statementSimilarities(float[] unitVector) {
        return statementVectors.similarities(unitVector);
    }

    /** Cosine similarity of two statements, by position in {@link #statements()}. */
    public double statementSimilarity(int a, int b) {
        return statementVectors.similarity(a, b);
    }

    /** Inverse document frequency of an analysed term; unknown terms get the highest value. */
    public double idf(String term) {
        return lexical.idf(term);
    }

    /** Content terms of {@code text} as the lexical index sees them (stemmed, stop words removed). */
    public List<String> analyze(String text) {
        return lexical.analyze(text);
    }
}
