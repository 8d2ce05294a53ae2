package org.postwise.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerDefectsTest {

    private final AnswerDefects defects = new AnswerDefects();

    private static String answer(String evidence, String sources) {
        return "**What the material says**\n" + evidence + "\n\n**What to do**\n- Decline the request. [1]\n\n"
                + "**Sources**\n" + sources + "\n";
    }

    @Test
    void finds_nothing_in_a_clean_answer() {
        // given
        String a = answer("- Friend requests from patients are common. [1]",
                "[1] Farnan et al., Ann Intern Med 2013. Title. https://doi.org/10.1/x");
        // when / then
        assertThat(defects.find(a)).isEmpty();
    }

    @Test
    void finds_the_same_work_numbered_twice() {
        // given
        String a = answer("- Friend requests from patients are common. [1]\n- Farnan advises declining them. [2]",
                "[1] Farnan et al., Ann Intern Med 2013. Title. https://doi.org/10.1/x\n"
                        + "[2] Farnan et al., Ann Intern Med 2013. Title. https://doi.org/10.1/x (through card B)");
        // when / then
        assertThat(defects.find(a)).contains(AnswerDefects.SAME_WORK_TWICE);
    }

    @Test
    void finds_no_same_work_when_two_works_of_one_body_start_with_an_abbreviation() {
        // given
        String a = answer("- Federal law prohibits harassment at work. [1]\n- Tell your employer early. [2]",
                "[1] U.S. Equal Employment Opportunity Commission (EEOC). Harassment at Work. https://example.org/a\n"
                        + "[2] U.S. Equal Employment Opportunity Commission (EEOC), Youth@Work. Harassment. "
                        + "https://example.org/b");
        // when / then
        assertThat(defects.find(a)).doesNotContain(AnswerDefects.SAME_WORK_TWICE);
    }

    @Test
    void finds_near_duplicate_bullets() {
        // given
        String a = answer("- Decline friend requests from patients on personal accounts. [1]\n"
                + "- Decline the friend requests of patients on your personal accounts. [1]", "[1] A. B.");
        // when / then
        assertThat(defects.find(a)).contains(AnswerDefects.NEAR_DUPLICATE);
    }

    @Test
    void finds_a_caption_quoted_as_evidence() {
        // when / then
        assertThat(defects.find(answer("- Figure 3. HealthMap showing outbreaks. [1]", "[1] A. B.")))
                .contains(AnswerDefects.CAPTION);
    }

    @Test
    void finds_a_reference_entry_quoted_as_evidence() {
        // when / then
        assertThat(defects.find(answer("- Fox S, Jones S. The social life of health information. [1]", "[1] A. B.")))
                .contains(AnswerDefects.REFERENCE_ENTRY);
    }

    @Test
    void finds_a_fragment() {
        // when / then
        assertThat(defects.find(answer("- and other sites too. [1]", "[1] A. B."))).contains(AnswerDefects.FRAGMENT);
    }

    @Test
    void finds_a_dangling_opener() {
        // when / then
        assertThat(defects.find(answer("- The same paper treats wikis as a category of their own. [1]", "[1] A. B.")))
                .contains(AnswerDefects.DANGLING);
    }
}
