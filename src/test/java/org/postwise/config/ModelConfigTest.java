package org.postwise.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelConfigTest {

    @Test
    void no_model_is_configured_unless_one_is_named() {
        assertThat(ModelConfig.from(Map.of("POSTWISE_MODEL_BASE_URL", "http://localhost:8000/v1"))).isEmpty();
    }

    @Test
    void an_openai_compatible_endpoint_is_read_with_its_key_and_limits() {
        // when
        var config = ModelConfig.from(Map.of("POSTWISE_MODEL", "qwen2.5-7b", "POSTWISE_MODEL_BASE_URL",
                "http://gpu-box:8000/v1", "POSTWISE_MODEL_API_KEY", "sk-secret", "POSTWISE_MODEL_FIRST_TOKEN_TIMEOUT",
                "PT2S", "POSTWISE_MODEL_RETRIES", "0")).orElseThrow();

        // then
        assertThat(config.provider()).isEqualTo(ModelConfig.Provider.OPENAI);
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://gpu-box:8000/v1"));
        assertThat(config.firstTokenTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.timeout()).isEqualTo(ModelConfig.DEFAULT_TIMEOUT);
        assertThat(config.retries()).isZero();
        assertThat(config.toString()).doesNotContain("sk-secret");
    }

    @Test
    void ollama_defaults_to_its_local_url() {
        var config = ModelConfig.from(Map.of("POSTWISE_MODEL", "llama3.1:8b", "POSTWISE_MODEL_PROVIDER", "Ollama"))
                .orElseThrow();

        assertThat(config.baseUrl()).isEqualTo(ModelConfig.DEFAULT_OLLAMA_URL);
    }

    @Test
    void a_malformed_setting_names_its_variable() {
        assertThatThrownBy(() -> ModelConfig.from(Map.of("POSTWISE_MODEL", "m", "POSTWISE_MODEL_TIMEOUT", "5s")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("POSTWISE_MODEL_TIMEOUT");
        assertThatThrownBy(() -> ModelConfig.from(Map.of("POSTWISE_MODEL", "m", "POSTWISE_MODEL_PROVIDER", "bard")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("POSTWISE_MODEL_PROVIDER");
        assertThatThrownBy(() -> ModelConfig.from(Map.of("POSTWISE_MODEL", "m", "POSTWISE_MODEL_BASE_URL", "ftp://x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("POSTWISE_MODEL_BASE_URL");
        assertThatThrownBy(() -> ModelConfig.from(Map.of("POSTWISE_MODEL", "m", "POSTWISE_MODEL_RETRIES", "9")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("POSTWISE_MODEL_RETRIES");
    }

    @Test
    void a_first_token_timeout_longer_than_the_whole_timeout_is_refused() {
        assertThatThrownBy(() -> ModelConfig.from(Map.of("POSTWISE_MODEL", "m",
                "POSTWISE_MODEL_FIRST_TOKEN_TIMEOUT", "PT30S", "POSTWISE_MODEL_TIMEOUT", "PT10S")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("first-token timeout");
    }
}
