/**
 * Configuration, read once at start: {@link org.postwise.config.Settings} merges a config file (Java properties,
 * keys named like the environment variables) with the environment, which wins, and reads secrets given as files
 * ({@code DISCORD_TOKEN_FILE}, {@code POSTWISE_DB_PASSWORD_FILE}); the command line's {@code --home} and
 * {@code --data} options win over {@code POSTWISE_HOME} and {@code POSTWISE_DATA_DIR}.
 * {@link org.postwise.config.PostwiseConfig} holds what every command needs and hands each component its narrow
 * record ({@link org.postwise.config.KnowledgeConfig}, {@link org.postwise.config.RetrievalConfig}, {@link
 * org.postwise.config.AnswerConfig}, {@link org.postwise.config.StorageConfig}, {@link
 * org.postwise.config.AdminConfig}, {@link org.postwise.config.EmbeddingConfig}, and the optional {@link
 * org.postwise.config.ModelConfig} of a language model); {@link org.postwise.config.DiscordConfig}, {@link
 * org.postwise.config.TipsConfig} and {@link org.postwise.config.HttpConfig} are read on their own, by the
 * commands that need them, so a bad Discord
 * setting never stops {@code ask}. Every {@code VARIABLES} map is printed by {@code help}. A malformed setting is
 * a {@link org.postwise.config.ConfigException} naming the variable; {@link org.postwise.config.StartupException}
 * says what else keeps Postwise from starting. This package depends on no other package of Postwise.
 */
package org.postwise.config;
