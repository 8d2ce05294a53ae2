package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pasted pages of odd text through the guards, the masker and the redactor, on a thread with the container
 * image's stack (-Xss512k): a regular expression that repeats a group greedily recurses once a repeat, so a long
 * enough run of digits, hex-looking letters or placeholders used to overflow the stack.
 */
class LongInputTest {

    private static final int STACK = 512 * 1024;
    private static final int LENGTH = 8_000;

    private final PatientIdentifierGuard phi = new PatientIdentifierGuard();
    private final PromptInjectionGuard injection = new PromptInjectionGuard();
    private final StoredQuestionRedactor redactor = new StoredQuestionRedactor();

    @ParameterizedTest
    @ValueSource(strings = {"1", "a", "1.", "a.", "Mr ", "Patient ", "-", "=", "0x4", "ab:", "a@b.", "DOB 1/1/80 "})
    void reads_a_long_run_of_one_shape_without_failing(String shape) throws InterruptedException {
        // given
        String text = shape.repeat(LENGTH / shape.length());
        var failures = new ArrayList<Throwable>();
        // when
        Thread reader = new Thread(null, () -> {
            try {
                phi.inspect(text);
                phi.mask(text);
                injection.inspect(text);
                redactor.redact(text);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e);
            }
        }, "long-input", STACK);
        reader.start();
        reader.join();
        // then
        assertThat(failures).isEmpty();
    }
}
