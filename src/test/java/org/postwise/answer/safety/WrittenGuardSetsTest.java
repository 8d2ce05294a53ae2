package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
        // when
        Share flagged = flagged("phi.jsonl", q -> phi.inspect(q).has(QuestionGuard.PHI));
        // then
        assertThat(flagged.share()).as(flagged.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void rarely_flags_messages_without_patient_details() throws IOException {
        // when
        Share flagged = flagged("clean.jsonl", q -> phi.inspect(q).has(QuestionGuard.PHI));
        // then
        assertThat(flagged.share()).as(flagged.toString()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void flags_most_attacks() throws IOException {
        // when
        Share flagged = flagged("inj.jsonl", q -> injection.inspect(q).has(QuestionGuard.INJECTION));
        // then
        assertThat(flagged.share()).as(flagged.toString()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void flags_no_benign_question_that_uses_an_attack_s_words() throws IOException {
        // when
        Share flagged = flagged("benign.jsonl", q -> injection.inspect(q).has(QuestionGuard.INJECTION));
        // then
        assertThat(flagged.count()).as(flagged.toString()).isZero();
    }

    @Test
    void inspects_every_message_cut_short_after_any_number_without_failing() throws IOException {
        // given every message of the sets, and each of its beginnings that ends just after a number: a check that
        // looks a few characters past an identifier meets the end of the text there ("… strip shows DOB 7/2/49")
        var failures = new ArrayList<String>();
        int inspected = 0;
        for (String file : List.of("phi.jsonl", "clean.jsonl", "inj.jsonl", "benign.jsonl", "odd.jsonl")) {
            for (String message : questions(file)) {
                for (String text : cutAfterNumbers(message)) {
                    inspected++;
                    // when
                    try {
                        phi.inspect(text);
                        injection.inspect(text);
                    } catch (RuntimeException e) {
                        failures.add(e + " on: " + text);
                    }
                }
            }
        }
        // then
        assertThat(inspected).isGreaterThan(5_000);
        assertThat(failures).isEmpty();
    }

    /** The message, and each of its beginnings that ends right after a run of digits. */
    private static List<String> cutAfterNumbers(String message) {
        var out = new ArrayList<String>(List.of(message));
        var digits = java.util.regex.Pattern.compile("\\d+").matcher(message);
        while (digits.find()) {
            out.add(message.substring(0, digits.end()));
        }
        return out;
    }

    /** How many of a file's messages a guard flagged. */
    private record Share(long count, int of) {
        double share() {
            return (double) count / of;
        }

        @Override
        public String toString() {
            return count + " of " + of + " flagged";
        }
    }

    private static Share flagged(String file, Predicate<String> flags) throws IOException {
        List<String> messages = questions(file);
        return new Share(messages.stream().filter(flags).count(), messages.size());
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
