package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.config.KnowledgeConfig;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.KnowledgeBase;
import org.postwise.knowledge.PassageChunker;

/** The tip cards shipped in {@code knowledge/tips/}, as the real loader reads them. */
class ShippedTipsTest {

    private static final Pattern ID = Pattern.compile("tip-\\d{2}-[a-z0-9-]+");
    private static KnowledgeBase knowledge;
    private static List<Tip> tips;

    @BeforeAll
    static void load() {
        knowledge = new FileKnowledgeLoader(new KnowledgeConfig(Path.of(""), "Test institution"), new PassageChunker())
                .load();
        tips = knowledge.documents().stream().map(Tip::of).flatMap(Optional::stream).toList();
    }

    @Test
    void ship_at_least_a_quarter_of_tips_that_all_load() {
        assertThat(knowledge.problems()).isEmpty();
        assertThat(tips).hasSizeGreaterThanOrEqualTo(12);
        assertThat(tips).allSatisfy(t -> assertThat(t.id()).matches(ID));
        assertThat(tips.stream().map(Tip::id).distinct()).hasSameSizeAs(tips);
    }

    @Test
    void each_tip_is_short_with_one_to_three_things_to_do_and_a_linked_source() {
        assertThat(tips).allSatisfy(t -> {
            int words = t.body().split("\\s+").length;
            assertThat(words).as(t.id() + " body words").isBetween(60, 120);
            assertThat(t.guidance()).as(t.id() + " what to do").hasSizeBetween(1, 3);
            assertThat(t.sources()).as(t.id() + " cited works").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.link()).as(t.id() + " source link").startsWith("https://"));
        });
    }

    @Test
    void every_tip_renders_through_the_shipped_template_within_a_discord_message() {
        var renderer = new TipRenderer(TemplateSet.load(Path.of("prompts")).get(TemplateKind.TIP));
        assertThat(tips).allSatisfy(t -> {
            assertThat(renderer.problem(t)).as(t.id()).isEmpty();
            RenderedTip r = renderer.render(t);
            assertThat(r.text()).hasSizeLessThanOrEqualTo(TipRenderer.DISCORD_CONTENT_LIMIT)
                    .contains(t.title())
                    .contains(t.sources().stream().map(s -> s.citation()).toList())
                    .contains(t.sources().stream().map(s -> s.link()).toList())
                    .doesNotContain("@everyone", "@here", "{{");
        });
    }

    @Test
    void tips_that_rest_on_the_review_papers_cite_them_by_doi() {
        assertThat(tips.stream().flatMap(t -> t.sources().stream()).map(s -> s.doi()).filter(d -> d != null))
                .contains("10.2196/jmir.2912", "10.1097/GRF.0b013e318297dc38");
    }
}
