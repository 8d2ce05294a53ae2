package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

    @Test
    void renders_every_placeholder() {
        var t = Template.parse("t.md", "Hi {{name}},\n{{ body }}", Set.of("name", "body"));
        assertThat(t.render(Map.of("name", "Sam", "body", "$1 \\ text"))).isEqualTo("Hi Sam,\n$1 \\ text");
    }

    @Test
    void leaves_out_a_line_holding_only_a_placeholder_whose_value_is_empty() {
        // given
        var t = Template.parse("t.md", "**Help**\n{{steps}}\nAsk {{who}}.", Set.of("steps", "who"));
        // when
        String text = t.render(Map.of("steps", "", "who", "the privacy office"));
        // then
        assertThat(text).isEqualTo("**Help**\nAsk the privacy office.");
    }

    @Test
    void keeps_a_line_whose_empty_placeholder_stands_beside_other_text() {
        // given
        var t = Template.parse("t.md", "Ask {{who}}{{extra}}.\nDone", Set.of("who", "extra"));
        // when
        String text = t.render(Map.of("who", "HR", "extra", ""));
        // then
        assertThat(text).isEqualTo("Ask HR.\nDone");
    }

    @Test
    void reports_an_unknown_placeholder_with_file_and_line() {
        assertThatThrownBy(() -> Template.parse("prompts/answer.md", "ok\nline {{evidense}}", Set.of("evidence")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("prompts/answer.md:2: unknown placeholder {{evidense}}");
    }

    @Test
    void reports_malformed_braces() {
        assertThatThrownBy(() -> Template.parse("x.md", "a {{ b", Set.of("b")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("x.md:1: unbalanced");
    }

    @Test
    void refuses_to_render_without_a_value_for_a_used_placeholder() {
        var t = Template.parse("t.md", "{{a}} {{b}}", Set.of("a", "b"));
        assertThatThrownBy(() -> t.render(Map.of("a", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{b}}");
    }

    @Test
    void loads_the_shipped_prompts() {
        var set = TemplateSet.load(Path.of("prompts"));
        assertThat(set.get(TemplateKind.ANSWER).placeholders()).contains("evidence", "sources", "help");
    }

    @Test
    void collects_the_problems_of_every_template_file(@TempDir Path dir) throws IOException {
        for (TemplateKind kind : TemplateKind.values()) {
            Files.copy(Path.of("prompts").resolve(kind.fileName()), dir.resolve(kind.fileName()));
        }
        Files.writeString(dir.resolve("answer.md"), "**What**\n{{evidence}}\n{{secret_prompt}}\n");
        Files.delete(dir.resolve("refusal.md"));
        // when / then: both problems, each located
        assertThatThrownBy(() -> TemplateSet.load(dir))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("answer.md:3: unknown placeholder {{secret_prompt}}")
                .hasMessageContaining("refusal.md: cannot read template");
    }
}
