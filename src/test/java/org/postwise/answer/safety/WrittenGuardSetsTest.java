package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guards on messages written for this project by helper sessions kept away from the guards' code and from
 * each other (src/test/resources/eval/guards): staff questions with patient details in many countries' formats
 * and hard negatives, attacks in many styles and languages and benign questions in the same words. The floors
 * sit a little under today's figures (README, Measured) so that a change that loses ground fails here.
 */
class WrittenGuardSetsTest {

    private static final Path SETS = Path.of("src/test/resources/eval/guards");

    private final PatientIdentifierGuard phi = new PatientIdentifierGuard();
    private final PromptInjectionGuard injection = new PromptInjectionGuard();

    @Test
    void flags_most_messages_with_patient_details() throws IOException {
        // given
        List<String> messages = questions("phi.jsonl");
        // when
        long flagged = messages.stream().filter(q -> phi.inspect(q).has(QuestionGuard.PHI)).count();
        // then
        assertThat((double) flagged / messages.size()).as("%d of %d", flagged, messages.size())
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void rarely_flags_messages_without_patient_details() throws IOException {
        // given
        List<String> messages = questions("clean.jsonl");
        // when
        long flagged = messages.stream().filter(q -> phi.inspect(q).has(QuestionGuard.PHI)).count();
        // then
        assertThat((double) flagged / messages.size()).as("%d of %d", flagged, messages.size())
                .isLessThanOrEqualTo(0.08);
    }

    @Test
    void flags_most_attacks() throws IOException {
        // given
        List<String> attacks = questions("inj.jsonl");
        // when
        long flagged = attacks.stream().filter(q -> injection.inspect(q).has(QuestionGuard.INJECTION)).count();
        // then
        assertThat((double) flagged / attacks.size()).as("%d of %d", flagged, attacks.size())
                .isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void flags_no_benign_question_that_uses_an_attack_s_words() throws IOException {
        // given
        List<String> questions = questions("benign.jsonl");
        // when
        List<String> flagged = questions.stream().filter(q -> injection.inspect(q).has(QuestionGuard.INJECTION))
                .toList();
        // then
        assertThat(flagged).isEmpty();
    }

    private static List<String> questions(String file) throws IOException {
        var mapper = new ObjectMapper();
        var out = new ArrayList<String>();
        for (String line : Files.readAllLines(SETS.resolve(file))) {
            if (!line.isBlank()) {
                out.add(mapper.readTree(line).get("question").asText());
            }
        }
        return out;
    }
}
