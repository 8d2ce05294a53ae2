package org.postwise.cli;

import java.nio.file.Path;
import org.postwise.cli.CommandLineApp;

/** Entry point of {@code postwise.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = new CommandLineApp(System.in, System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath()).run(args);
        System.exit(code);
    }
}
