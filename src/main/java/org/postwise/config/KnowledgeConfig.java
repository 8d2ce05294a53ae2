package org.postwise.config;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Copies {@code seeds/}, {@code knowledge/} and {@code prompts/} into {@code otherHome} and returns the
     * configuration for the copy: for trying changes (and benchmarking reloads) without touching the real files.
     */
    public KnowledgeConfig copyTo(Path otherHome) throws IOException {
        Objects.requireNonNull(otherHome, "otherHome");
        var copy = new KnowledgeConfig(otherHome, institutionName);
        for (var pair : List.of(List.of(seeds(), copy.seeds()), List.of(knowledge(), copy.knowledge()),
                List.of(prompts(), copy.prompts()))) {
            Path from = pair.get(0);
            // linked folders are copied as the loader reads them: their files, not an empty folder
            try (var paths = Files.walk(from, FileVisitOption.FOLLOW_LINKS)) {
                for (Path p : paths.toList()) {
                    Path target = pair.get(1).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
        return copy;
    }
}
