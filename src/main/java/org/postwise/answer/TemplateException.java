package org.postwise.answer;

import java.util.List;
import java.util.stream.Collectors;

/** One or more template files that cannot be used, with every problem located by file and line. */
public final class TemplateException extends RuntimeException {

    /** One problem; line 0 means the whole file. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    private final List<Problem> problems;

    public TemplateException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a TemplateException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
