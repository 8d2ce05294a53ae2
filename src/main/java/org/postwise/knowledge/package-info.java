/**
 * Stage one of the pipeline: load the knowledge files, clean them (seed pages lose their page chrome),
 * parse guideline cards, and chunk everything into {@link org.postwise.knowledge.Passage}s that carry
 * their source.
 */
package org.postwise.knowledge;
