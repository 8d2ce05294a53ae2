package org.postwise.retrieval;

import java.util.List;
import java.util.Objects;

/**
 * What retrieval found for one question, all from one index snapshot.
 *
 * @param passages      passages best first
 * @param coverage      whether they cover the question
 * @param index         the snapshot they came from (later stages read documents and term weights from it,
 *                      so one answer never mixes two versions)
 * @param questionTerms the question's analysed content terms
 */
public record Retrieval(List<ScoredPassage> passages, Coverage coverage, PassageIndex index,
                        List<String> questionTerms) {

    public Retrieval {
        passages = List.copyOf(passages);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(index, "index");
        questionTerms = List.copyOf(questionTerms);
    }

    public String indexVersion() {
        return index.version();
    }
}
