package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternGuardTest {

    private static final LabelledPattern WORD = new LabelledPattern("word", Pattern.compile("\\bzebra\\b"),
            SearchScope.startingAt(5, "zebra"));

    @Test
    void fails_fast_when_documented_kinds_differ_from_the_patterns() {
        // when / then
        assertThatThrownBy(() -> new PatternGuard("flag", List.of("other"), List.of(WORD)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("out of step");
    }

    @Test
    void accepts_derived_kinds_listed_after_the_patterns_kinds() {
        // when
        PatternGuard guard = new PatternGuard("flag", List.of("word", "derived"), List.of(WORD), "derived");

        // then
        assertThat(guard.verdict(guard.kindsIn(NormalizedQuestion.of("a zebra"))).kinds()).containsExactly("word");
    }

    @Test
    void gives_the_clean_verdict_when_nothing_is_found() {
        // given
        PatternGuard guard = new PatternGuard("flag", List.of("word"), List.of(WORD));

        // when / then
        assertThat(guard.verdict(guard.kindsIn(NormalizedQuestion.of("a horse")))).isSameAs(GuardVerdict.CLEAN);
    }
}
