package org.postwise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetrievalConfigTest {

    @Test
    void rejects_a_topic_situation_above_the_strong_situation() {
        // given a topic match that would need a closer question than one that covers on its own
        // when / then
        assertThatThrownBy(() -> new RetrievalConfig(30, RetrievalConfig.Fusion.CONVEX, 0.8, 60, 0.36, 0.47, 0.55,
                1.2, 0.62, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("need -1 <= topicSituation <= strongSituation but got 0.7, 0.62");
    }

    @Test
    void keeps_the_coverage_thresholds_when_the_fusion_changes() {
        // given
        var defaults = RetrievalConfig.DEFAULTS;
        // when
        var rrf = defaults.withFusion(RetrievalConfig.Fusion.RRF, 0.5);
        // then
        assertThat(rrf.fusion()).isEqualTo(RetrievalConfig.Fusion.RRF);
        assertThat(rrf.denseWeight()).isEqualTo(0.5);
        assertThat(rrf.topicSituation()).isEqualTo(defaults.topicSituation());
        assertThat(rrf.strongSituation()).isEqualTo(defaults.strongSituation());
    }
}
