/**
 * Stage three of the pipeline: turn retrieved passages into the answer a user sees. Guards run first
 * ({@link org.postwise.answer.safety}), then retrieval, then an extractive composer quotes the most relevant
 * sentences with numbered citations and places them into an admin-editable template from {@code prompts/}.
 * Every transport (console, batch, Discord) goes through {@link org.postwise.answer.AnswerService}, so all of
 * them get the same grounding and safety, and reads what can be cited ({@code /sources}, the links it may post)
 * through {@link org.postwise.answer.SourceCatalog}, never through the index.
 */
package org.postwise.answer;
