package org.postwise.answer.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postwise.answer.AnswerComposer;
import org.postwise.answer.Confidence;
import org.postwise.answer.DraftListener;
import org.postwise.answer.ExtractiveComposer;
import org.postwise.answer.TemplateSet;
import org.postwise.config.AnswerConfig;

class LanguageModelComposerTest {

    private final TemplateSet templates = TemplateSet.load(Path.of("prompts"));
    /** A model that records what it is sent and then gives no reply, so the short form answers. */
    private final ScriptedModel unavailable = new ScriptedModel(null);

    private AnswerComposer.Composition composeFor(Optional<String> country) {
        var composer = new LanguageModelComposer(new ExtractiveComposer(AnswerConfig.defaults()), unavailable,
                AnswerConfig.defaults());
        return composer.compose(ReviewCardWithAUsRule.QUESTION, ReviewCardWithAUsRule.retrieval(), templates,
                Confidence.CLOSE, country, DraftListener.NONE);
    }

    @Test
    void sends_the_model_no_evidence_resting_on_another_countrys_law_for_an_asker_who_works_elsewhere() {
        // when
        composeFor(Optional.of("IE"));
        // then
        assertThat(unavailable.sent).singleElement().satisfies(p -> assertThat(p.user())
                .contains(ReviewCardWithAUsRule.GUIDANCE).doesNotContain(ReviewCardWithAUsRule.RULE));
    }

    @Test
    void sends_the_model_evidence_resting_on_a_countrys_law_when_the_askers_country_is_unknown() {
        // when
        composeFor(Optional.empty());
        // then
        assertThat(unavailable.sent).singleElement().satisfies(p -> assertThat(p.user()).contains(ReviewCardWithAUsRule.RULE));
    }

    @Test
    void leaves_the_same_evidence_out_of_the_short_form_for_an_asker_who_works_elsewhere() {
        // when the model is unavailable
        var composition = composeFor(Optional.of("IE"));
        // then
        assertThat(composition.shortForm()).isTrue();
        assertThat(composition.text()).contains(ReviewCardWithAUsRule.GUIDANCE)
                .doesNotContain(ReviewCardWithAUsRule.RULE);
    }
}
