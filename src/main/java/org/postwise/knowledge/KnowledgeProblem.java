package org.postwise.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one knowledge file, located for the admin who has to fix it.
 *
 * @param path    the file
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in plain words
 */
public record KnowledgeProblem(Path path, int line, String message) {

    public KnowledgeProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
    }
}
