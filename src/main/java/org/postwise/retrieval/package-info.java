/**
 * Stage two of the pipeline: find the passages that bear on a question and judge whether they cover it.
 *
 * <p>A {@link org.postwise.retrieval.PassageIndex} is an immutable snapshot of the knowledge base with a
 * lexical (Lucene BM25) and a dense (in-process embedding model) index. {@link
 * org.postwise.retrieval.HybridPassageRetriever} fuses the two rankings, by default as a convex combination of
 * their normalised scores ({@code POSTWISE_FUSION=rrf} switches to reciprocal rank fusion), and is
 * also a langchain4j {@code ContentRetriever}, so langchain4j's RAG pieces (aggregators, injectors) fit
 * around it. A {@link org.postwise.retrieval.CoverageJudge} decides from several signals whether the
 * material covers the question at all, so that Postwise abstains instead of guessing. The words the cards' asker and
 * stage cues are matched on are the question's own, plus "i already …" or "we already …" for each act the question
 * says the asker has done ({@link org.postwise.retrieval.ReportedActs}): the words are stemmed, so "I accepted" alone
 * reads like "can I accept".
 */
package org.postwise.retrieval;
