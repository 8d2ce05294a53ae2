package org.postwise.answer.safety;

import java.nio.file.Path;
import java.util.List;
import org.postwise.config.KnowledgeConfig;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.PassageChunker;

/**
 * The questions the shipped cards list ({@code questions:}), read by the real loader: staff questions that the
 * guards must pass.
 */
final class ShippedQuestions {

    private ShippedQuestions() {
    }

    /** Every question listed by the cards in {@code knowledge/}, scope and about cards included. */
    static List<String> listedByCards() {
        var knowledge = new FileKnowledgeLoader(new KnowledgeConfig(Path.of(""), "Test institution"),
                new PassageChunker()).load();
        return knowledge.documents().stream().flatMap(d -> d.questions().stream()).toList();
    }
}
