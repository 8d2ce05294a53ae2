package org.postwise.chat.discord;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postwise.access.Caller;

/**
 * One use of a slash command, free of JDA: who used it, in which channel, and the options they gave, in the
 * text form Discord sends them in.
 *
 * @param caller    the member and their roles in the server (none in a direct message)
 * @param channelId the channel the command was used in, when Discord says
 * @param options   option values by option name; options not given are absent
 */
public record Invocation(Caller caller, Optional<String> channelId, Map<String, String> options) {

    public Invocation {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(channelId, "channelId");
        options = Map.copyOf(options);
    }

    /** The value of option {@code name}, if given. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The boolean option {@code name}; false when not given. */
    public boolean flag(String name) {
        return option(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** The integer option {@code name}, or {@code fallback} when not given (Discord checks that it is a number). */
    public int number(String name, int fallback) {
        return option(name).map(Integer::parseInt).orElse(fallback);
    }
}
