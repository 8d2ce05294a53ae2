package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBodyTest {

    @Test
    void leaves_html_comments_out_of_the_text() {
        // given
        var lines = List.of("<!-- checked against the GMC page on 2026-11-30 -->", "Prose a reader sees.",
                "", "More prose <!-- an inline note --> here.");
        // when
        var blocks = MarkdownBody.read(lines, 1);
        // then
        assertThat(blocks).extracting(MarkdownBody.Block::text)
                .containsExactly("Prose a reader sees.", "More prose here.");
    }

    @Test
    void reads_a_heading_underlined_with_dashes_as_a_heading() {
        // given
        var lines = List.of("What to do", "----------", "", "- Act.");
        // when
        var blocks = MarkdownBody.read(lines, 1);
        // then
        assertThat(blocks.get(0)).isEqualTo(new MarkdownBody.Heading(2, "What to do", 1));
        assertThat(blocks.get(1)).isInstanceOf(MarkdownBody.Item.class);
    }

    @Test
    void reads_nested_list_items_as_items_of_their_own() {
        // given
        var lines = List.of("- Outer point", "  - Inner point");
        // when
        var blocks = MarkdownBody.read(lines, 1);
        // then
        assertThat(blocks).extracting(MarkdownBody.Block::text).containsExactly("Outer point", "Inner point");
    }

    @Test
    void gives_each_block_its_line_in_the_file() {
        // given
        var lines = List.of("First.", "", "## Section", "", "Second.");
        // when
        var blocks = MarkdownBody.read(lines, 10);
        // then
        assertThat(blocks).extracting(MarkdownBody.Block::line).containsExactly(10, 12, 14);
    }

    @Test
    void keeps_link_text_and_drops_markup() {
        // when
        var blocks = MarkdownBody.read(List.of("See **the** [GMC guidance](https://example.org) and `code`."), 1);
        // then
        assertThat(blocks.get(0).text()).isEqualTo("See the GMC guidance and code.");
    }

    @Test
    void reads_a_table_row_as_its_cells() {
        // given
        var lines = List.of("| Platform | Use |", "| --- | --- |", "| Twitter | news |");
        // when
        var blocks = MarkdownBody.read(lines, 1);
        // then
        assertThat(blocks).extracting(MarkdownBody.Block::text).containsExactly("Platform; Use", "Twitter; news");
    }
}
