package org.postwise.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeConfigTest {

    @TempDir
    Path dir;

    @Test
    void copies_the_files_of_linked_folders_not_the_links() throws IOException {
        // given a home whose seeds/ is a symbolic link to a folder elsewhere
        Path papers = Files.createDirectories(dir.resolve("mounted-papers"));
        Files.writeString(papers.resolve("000_paper.txt"), "A paper.\n");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createSymbolicLink(home.resolve("seeds"), papers);
        Files.createDirectories(home.resolve("knowledge"));
        Files.writeString(Files.createDirectories(home.resolve("prompts")).resolve("answer.md"), "Template.\n");

        // when
        KnowledgeConfig copy = new KnowledgeConfig(home, "St. Example").copyTo(dir.resolve("copy"));

        // then
        assertThat(copy.seeds()).isDirectory().isNotEqualTo(papers);
        assertThat(Files.isSymbolicLink(copy.seeds())).isFalse();
        assertThat(copy.seeds().resolve("000_paper.txt")).hasContent("A paper.");
        assertThat(copy.prompts().resolve("answer.md")).hasContent("Template.");
    }
}
