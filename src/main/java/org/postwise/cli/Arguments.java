package org.postwise.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed command line: the command, its options ({@code --name value} or {@code --flag}) and positional
 * words. Options may come before or after the command. Unknown options are a {@link UsageException}.
 */
public record Arguments(String command, Map<String, String> options, List<String> positional) {

    private static final Set<String> FLAGS = Set.of("json", "help", "version");
    private static final Set<String> VALUED = Set.of("home", "data", "in", "redteam", "config");

    public Arguments {
        Objects.requireNonNull(command, "command");
        options = Map.copyOf(options);
        positional = List.copyOf(positional);
    }

    public static Arguments parse(String... args) {
        String command = null;
        var options = new HashMap<String, String>();
        var positional = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h")) {
                a = "--help";
            }
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAGS.contains(name)) {
                    options.put(name, "true");
                } else if (VALUED.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("option --" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else if (command == null) {
                command = a;
            } else {
                positional.add(a);
            }
        }
        return new Arguments(command == null ? "help" : command, options, positional);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }
}
