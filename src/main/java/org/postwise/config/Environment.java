package org.postwise.config;

import java.util.Map;
import java.util.Optional;

/** Reads settings from environment variables (or the same names given on the command line). */
final class Environment {

    private Environment() {
    }

    /** The value of {@code name} in {@code env}, stripped; empty when it is missing or blank. */
    static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }
}
