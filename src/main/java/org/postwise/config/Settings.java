package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Where every setting comes from: a config file in Java properties format ({@code POSTWISE_CONFIG}, the command
 * line's {@code --config}, or {@code postwise.properties} in the working directory when there is one), whose keys
 * are the environment variables' names; then the environment, which wins key by key. Secrets may be given as
 * files instead: {@code DISCORD_TOKEN_FILE} and {@code POSTWISE_DB_PASSWORD_FILE} name a file whose content
 * (trailing whitespace stripped) is the value, as container secrets and systemd credentials are mounted. Giving
 * a secret and its file in the same place is an error; otherwise the environment's wins over the config file's,
 * whichever form either takes.
 */
public final class Settings {

    /** The config file read when none is named and it exists. */
    public static final String DEFAULT_FILE = "postwise.properties";

    /** Settings given as a file instead of a value: {@code NAME_FILE} for {@code NAME}. */
    static final List<String> SECRETS = List.of("DISCORD_TOKEN", "POSTWISE_DB_PASSWORD");

    /** The variables about where settings come from, with what they mean; printed by {@code help}. */
    public static final Map<String, String> VARIABLES;

    static {
        var v = new LinkedHashMap<String, String>();
        v.put("POSTWISE_CONFIG", "a config file (Java properties; keys are these variables' names) read before the "
                + "environment, which wins (default: ./" + DEFAULT_FILE + " when it exists)");
        v.put("DISCORD_TOKEN_FILE", "a file holding the bot's token, instead of DISCORD_TOKEN");
        v.put("POSTWISE_DB_PASSWORD_FILE", "a file holding the database password, instead of POSTWISE_DB_PASSWORD");
        VARIABLES = java.util.Collections.unmodifiableMap(v);
    }

    private Settings() {
    }

    /**
     * The settings in effect: the config file's, overridden by {@code env}'s, with secrets read from their files.
     *
     * @param configFile the command line's {@code --config}, which wins over {@code POSTWISE_CONFIG}
     * @throws ConfigException when a named config file or secret file cannot be read, or a secret is given twice
     */
    public static Map<String, String> resolve(Map<String, String> env, Path workingDir, Optional<String> configFile) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(workingDir, "workingDir");
        Objects.requireNonNull(configFile, "configFile");
        Optional<String> named = configFile.or(() -> get(env, "POSTWISE_CONFIG"));
        Map<String, String> fromFile = Map.of();
        if (named.isPresent()) {
            fromFile = read(workingDir.resolve(named.get()), true);
        } else if (Files.isRegularFile(workingDir.resolve(DEFAULT_FILE))) {
            fromFile = read(workingDir.resolve(DEFAULT_FILE), false);
        }
        var merged = new HashMap<>(withSecrets(fromFile, "the config file", workingDir));
        merged.putAll(withSecrets(env, "the environment", workingDir));
        return merged;
    }

    private static Map<String, String> read(Path file, boolean named) {
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new ConfigException("no config file " + file + (named ? " (POSTWISE_CONFIG or --config)" : ""));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read the config file " + file + ": " + e.getMessage());
        }
        var out = new HashMap<String, String>();
        properties.stringPropertyNames().forEach(k -> out.put(k.strip(), properties.getProperty(k).strip()));
        return out;
    }

    /** {@code values} with each {@code NAME_FILE} replaced by {@code NAME} set to the file's content. */
    private static Map<String, String> withSecrets(Map<String, String> values, String where, Path workingDir) {
        var out = new HashMap<>(values);
        for (String name : SECRETS) {
            Optional<String> file = get(values, name + "_FILE");
            out.remove(name + "_FILE");
            if (file.isEmpty()) {
                continue;
            }
            if (get(values, name).isPresent()) {
                throw new ConfigException("set " + name + " or " + name + "_FILE in " + where + ", not both");
            }
            Path path = workingDir.resolve(file.get());
            try {
                out.put(name, Files.readString(path, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new ConfigException(name + "_FILE: cannot read " + path + " (" + e.getClass().getSimpleName()
                        + ")");
            }
        }
        return out;
    }
}
