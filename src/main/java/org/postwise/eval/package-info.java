/** Measuring answer quality: scores batch output against an evaluation question set. */
package org.postwise.eval;
