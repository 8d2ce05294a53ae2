package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.knowledge.SourceRef;

class TipRendererTest {

    private static final TipRenderer SHIPPED = new TipRenderer(TemplateSet.load(Path.of("prompts")).get(TemplateKind.TIP));

    private static Tip tip(SourceRef source, String body, List<String> guidance) {
        return new Tip("tip-x", "A title", body, guidance, List.of(source), Path.of("knowledge/tips/tip-x.md"));
    }

    @Test
    void renders_title_body_what_to_do_and_the_cited_source_with_its_link() {
        // when
        RenderedTip r = SHIPPED.render(tip(TipFixtures.REVIEW, "Some prose.", List.of("Do one thing.", "Do another.")));

        // then
        assertThat(r.text()).contains("A title", "Some prose.", "**What to do**", "- Do one thing.\n- Do another.",
                "Grajales et al., J Med Internet Res 2014", "https://doi.org/10.2196/jmir.2912");
        assertThat(r.link()).isEqualTo("https://doi.org/10.2196/jmir.2912");
        assertThat(r.text()).doesNotContain("{{", "}}");
    }

    @Test
    void a_tip_with_no_usable_source_link_cannot_be_posted_and_says_why() {
        var noLink = tip(new SourceRef("A talk", "Someone (2020)", null, null), "Prose.", List.of("Do."));
        var badLink = tip(new SourceRef("A file", "Someone (2020)", null, "file:///etc/passwd"), "Prose.", List.of("Do."));

        assertThat(SHIPPED.problem(noLink)).hasValueSatisfying(p -> assertThat(p)
                .contains("tip-x", "knowledge/tips/tip-x.md", "has no DOI or URL"));
        assertThat(SHIPPED.problem(badLink)).hasValueSatisfying(p -> assertThat(p).contains("is not a web address"));
        assertThatThrownBy(() -> SHIPPED.render(noLink)).isInstanceOf(TipUnavailableException.class)
                .hasMessageContaining("cannot be posted");
    }

    @Test
    void a_tip_with_no_what_to_do_or_too_long_for_one_message_cannot_be_posted() {
        assertThat(SHIPPED.problem(tip(TipFixtures.REVIEW, "Prose.", List.of())))
                .hasValueSatisfying(p -> assertThat(p).contains("no '## What to do' bullets"));
        assertThat(SHIPPED.problem(tip(TipFixtures.REVIEW, "word ".repeat(500), List.of("Do."))))
                .hasValueSatisfying(p -> assertThat(p).contains("more than the 2000 a message holds"));
    }
}
