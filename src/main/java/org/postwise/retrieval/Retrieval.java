package org.postwise.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What retrieval found for one question, all from one index snapshot.
 *
 * @param passages       passages best first (material only: never a scope card's text)
 * @param documents      documents best first, scope cards included, each with its situation similarity
 * @param coverage       whether the material covers the question
 * @param index          the snapshot they came from (later stages read documents, statements and term weights
 *                       from it, so one answer never mixes two versions)
 * @param questionTerms  the question's analysed content terms (after spelling correction)
 * @param questionVector the question's unit-length embedding (after spelling correction)
 * @param questionWords  the question's words as {@link PassageIndex#questionWords} reads them (every word in order,
 *                       after spelling correction, then the stage words of each act the question says the asker has
 *                       done): what sub-case cues are matched on
 */
public record Retrieval(List<ScoredPassage> passages, List<ScoredDocument> documents, Coverage coverage,
                        PassageIndex index, List<String> questionTerms, float[] questionVector,
                        List<String> questionWords) {

    public Retrieval {
        passages = List.copyOf(passages);
        documents = List.copyOf(documents);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(index, "index");
        questionTerms = List.copyOf(questionTerms);
        Objects.requireNonNull(questionVector, "questionVector");
        questionWords = List.copyOf(questionWords);
    }

    public String indexVersion() {
        return index.version();
    }
}
