package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredQuestionRedactorTest {

    private final StoredQuestionRedactor redactor = new StoredQuestionRedactor();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Can Dr. Okafor post about rounds?           | Can Dr. [name] post about rounds?",
        "Nurse Priya Raman tagged me.                | Nurse [name] tagged me.",
        "mrs. Lee's son messaged me.                 | mrs. [name] son messaged me.",
        "Should I friend Jonathan Young?             | Should I friend [name]?",
        "A patient named Alexa Garcia left a review. | A patient named [name] left a review.",
        "What about Amanda P. on Twitter?            | What about [name] on Twitter?",
        "Write to jo.b@example.org today.            | Write to [email] today.",
        "Is https://gofund.me/x123 a problem?        | Is [url] a problem?",
        "She follows @nurse_jo_22 on TikTok.         | She follows [handle] on TikTok.",
        "Seen on 2023-05-01 and March 3, 2022.       | Seen on [date] and [date].",
        "MRN 4471902, bed 12.                        | MRN [number], bed [number].",
    })
    void replaces_names_contacts_dates_and_digits_with_placeholders(String question, String stored) {
        // when / then
        assertThat(redactor.redact(question)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "Can I accept a friend request from a patient on Facebook?",
        "Is Patient Safety Week a good time to post on LinkedIn?",
        "What does the review say about Facebook Messenger?",
    })
    void keeps_ordinary_questions_readable(String question) {
        // when / then
        assertThat(redactor.redact(question)).isEqualTo(question);
    }

    @Test
    void redacts_full_width_digits_after_normalizing() {
        // when / then
        assertThat(redactor.redact("Call \uFF15\uFF15\uFF15 now")).isEqualTo("Call [number] now");
    }

    @Test
    void keeps_only_the_beginning_of_a_very_long_question() {
        // given
        String question = "How do I reply to a review? " + "Details follow. ".repeat(1_000) + "Call Mrs Jane Smith";
        // when
        String stored = redactor.redact(question);
        // then
        assertThat(stored).startsWith("How do I reply to a review?").doesNotContain("Smith")
                .hasSizeLessThanOrEqualTo(StoredQuestionRedactor.MAX_INPUT);
    }

    @Test
    void rejects_null_with_a_clear_message() {
        // when / then
        assertThatThrownBy(() -> redactor.redact(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("question must not be null");
    }
}
