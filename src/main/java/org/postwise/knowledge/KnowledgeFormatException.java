package org.postwise.knowledge;

import java.nio.file.Path;

/**
 * A located problem found while reading one knowledge file. Parsers throw it internally to stop at the
 * first fatal problem; the public readers turn it into a {@link KnowledgeProblem} so it never escapes them.
 */
public class KnowledgeFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line    1-based line the problem is on, or 0 when it concerns the whole file
     * @param message what is wrong, in plain words
     */
    public KnowledgeFormatException(int line, String message) {
        super(message);
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
        this.line = line;
    }

    /** The 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    /** This problem as reported for {@code path}. */
    public KnowledgeProblem toProblem(Path path) {
        return new KnowledgeProblem(path, line, getMessage());
    }
}
