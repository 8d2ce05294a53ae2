package org.postwise.retrieval;

/**
 * Whether the material covers a question, with the signals the decision was made from (kept for
 * tuning, for the answer's confidence label and for the eval report; they hold no question text).
 *
 * @param covered      true when Postwise should answer
 * @param bestDense    cosine similarity of the most similar passage
 * @param termCoverage IDF-weighted share of the question's content terms found in the best passages
 * @param topicMatch   a content term of the question is one of the topic tags of a best passage's card
 * @param situation    cosine similarity of the closest card situation (a card's title or one of its questions)
 * @param reason       a short fixed label for the decision
 */
public record Coverage(boolean covered, double bestDense, double termCoverage, boolean topicMatch,
                       double situation, String reason) {
}
