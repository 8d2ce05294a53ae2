package org.postwise.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the knowledge base lives and how it is named in citations.
 *
 * @param home            directory holding {@code seeds/}, {@code knowledge/} and {@code prompts/}
 * @param institutionName name used in citations of the institution's own policy files
 */
public record KnowledgeConfig(Path home, String institutionName) {

    public KnowledgeConfig {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(institutionName, "institutionName");
        if (institutionName.isBlank()) {
            throw new IllegalArgumentException("institutionName must not be blank");
        }
    }

    public Path seeds() {
        return home.resolve("seeds");
    }

    public Path knowledge() {
        return home.resolve("knowledge");
    }

    public Path prompts() {
        return home.resolve("prompts");
    }
}
