package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splits_at_terminal_punctuation_followed_by_a_new_sentence() {
        // given / when
        List<String> sentences = splitter.split("Post with care. Is it private? Think twice! \"Quotes\" count too.");

        // then
        assertThat(sentences)
                .containsExactly("Post with care.", "Is it private?", "Think twice!", "\"Quotes\" count too.");
    }

    @Test
    void does_not_split_after_abbreviations() {
        // given text full of abbreviations that end in a period
        String text = "Stakeholders (eg, clinicians) use blogs, e.g. WordPress, i.e. Public sites. "
                + "Grajales et al. Reviewed them. Dr. Smith, Mr. Jones, Mrs. Lee and Ms. Kay met at St. Paul. "
                + "Facebook vs. Twitter is old news.";

        // when
        List<String> sentences = splitter.split(text);

        // then
        assertThat(sentences).containsExactly(
                "Stakeholders (eg, clinicians) use blogs, e.g. WordPress, i.e. Public sites.",
                "Grajales et al. Reviewed them.",
                "Dr. Smith, Mr. Jones, Mrs. Lee and Ms. Kay met at St. Paul.",
                "Facebook vs. Twitter is old news.");
    }

    @Test
    void does_not_split_decimal_numbers_or_initials() {
        // given / when
        List<String> sentences = splitter.split(
                "Use rose 3.5 percent in 2.0 years. F. J. Grajales and the U.S. Team agreed. Then it fell.");

        // then
        assertThat(sentences)
                .containsExactly("Use rose 3.5 percent in 2.0 years.", "F. J. Grajales and the U.S. Team agreed.",
                "Then it fell.");
    }

    @Test
    void keeps_an_enumerated_list_in_one_sentence() {
        // given a list whose items end with periods
        String text = "Four recommendations: (1) Maintain professionalism. (2) Be authentic. 3) Ask for help. "
                + "Then engage.";

        // when
        List<String> sentences = splitter.split(text);

        // then
        assertThat(sentences).containsExactly(
                "Four recommendations: (1) Maintain professionalism. (2) Be authentic. 3) Ask for help.",
                "Then engage.");
    }

    @Test
    void blank_lines_end_sentences_and_single_line_breaks_do_not() {
        // given / when
        List<String> sentences = splitter.split("A heading without a period\n\nA sentence\nthat wraps.\n \nLast one");

        // then
        assertThat(sentences).containsExactly("A heading without a period", "A sentence that wraps.", "Last one");
    }

    @Test
    void does_not_split_before_a_lower_case_word() {
        // given / when
        List<String> sentences = splitter.split("About 5 p.m. most nurses post. approx. five did not.");

        // then
        assertThat(sentences).containsExactly("About 5 p.m. most nurses post. approx. five did not.");
    }

    @Test
    void blank_text_has_no_sentences() {
        // given / when / then
        assertThat(splitter.split("  \n\n ")).isEmpty();
    }

    @Test
    void a_sentence_opening_with_a_pointer_back_leans_on_the_one_before() {
        // when / then
        assertThat(SentenceSplitter.leansOnPrevious("The same paper treats wikis as a category.")).isTrue();
        assertThat(SentenceSplitter.leansOnPrevious("Then, if the problem stays, report it.")).isTrue();
    }

    @Test
    void a_sentence_placed_in_the_same_work_as_the_one_before_leans_on_it() {
        // when / then
        assertThat(SentenceSplitter.leansOnPrevious("In the same survey, most programmes did not tell applicants."))
                .isTrue();
    }

    @Test
    void a_sentence_continuing_its_subject_with_also_leans_on_the_one_before() {
        // when / then
        assertThat(SentenceSplitter.leansOnPrevious("The GMC guidance also reminds doctors that posts can be traced."))
                .isTrue();
    }

    @Test
    void a_sentence_that_names_its_subject_stands_alone() {
        // when / then
        assertThat(SentenceSplitter.leansOnPrevious("Check your privacy settings again after every update.")).isFalse();
        assertThat(SentenceSplitter.leansOnPrevious("Both the AMA and the GMC warn that settings leak.")).isFalse();
    }
}
