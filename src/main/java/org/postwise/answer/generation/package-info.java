/**
 * The optional language model: when one is configured ({@code POSTWISE_MODEL}), it writes "what the material
 * says" and "what to do" from the retrieved passages, inside the same answer template as the extractive answer.
 *
 * <p>Nothing the model writes is trusted. {@link org.postwise.answer.generation.GroundingCheck} keeps a sentence
 * only when it cites passages retrieved for this question, removes links that are not sources in the knowledge
 * base and neutralises mentions and markup; when too little survives, the extractive answer is given instead.
 *
 * <p>What leaves the process: the system template ({@code prompts/model-answer.md}), the question and the
 * retrieved passages, marked as data; for a follow-up in a conversation, also its earlier questions and
 * {@code prompts/model-follow-up.md}. A question flagged {@code phi} is never sent, not even masked: it is always
 * answered extractively.
 *
 * <p>Never a wait: {@link org.postwise.answer.generation.StreamingLanguageModel} gives up after a first-token and
 * an overall timeout with bounded retries, and {@link org.postwise.answer.generation.CircuitBreakingLanguageModel}
 * stops calling a model that keeps failing and probes it later; each failure gives the extractive answer, marked
 * as the short form.
 */
package org.postwise.answer.generation;
