package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.cli.CommandLineApp;
import org.postwise.testing.EmbeddingCache;

/** {@code tips preview|post|history} and the console chat's {@code /tips}, over the shipped tips and prompts. */
class TipsCommandLineTest {

    @TempDir
    Path data;

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, Map<String, String> env, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        var settings = new HashMap<>(env);
        settings.putIfAbsent("POSTWISE_DATA_DIR", data.toString());
        EmbeddingCache.seed(data);
        try {
            return new CommandLineApp(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), settings, Path.of("").toAbsolutePath())
                    .run(args);
        } finally {
            EmbeddingCache.keep(data);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_command_line_previews_posts_once_a_week_and_shows_history_in_one_ledger() {
        // when the team posts this week's tip at the console, twice, and looks at the history
        assertThat(run("", Map.of(), "tips", "post")).isEqualTo(CommandLineApp.OK);
        String posted = out();
        assertThat(run("", Map.of(), "tips", "post")).isEqualTo(CommandLineApp.OK);
        String again = out();
        assertThat(run("", Map.of(), "tips", "history")).isEqualTo(CommandLineApp.OK);
        String history = out();

        // then the tip is printed once, rendered from prompts/tip.md, and the ledger in the data directory has it
        assertThat(posted).contains("**Weekly tip: ", "**What to do**", "Sources:", "https://", "Posted tip-01-");
        assertThat(again).contains("is already posted (tip-01-").doesNotContain("**Weekly tip: ");
        assertThat(history).contains("Weekly tip history", "console: posted, tip-01-", "posted on request by cli");

        // and the preview shows the tip that comes next
        assertThat(run("", Map.of(), "tips", "preview")).isEqualTo(CommandLineApp.OK);
        assertThat(out()).startsWith("Next tip: ").contains("**Weekly tip: ").contains("console");
    }

    @Test
    void the_console_chat_offers_the_same_commands() {
        assertThat(run("/tips preview\n/tips post\n/tips history\n/tips nonsense\n/help\n/quit\n", Map.of(), "chat"))
                .isEqualTo(CommandLineApp.OK);
        assertThat(out()).contains("Next tip: ", "Posted tip-01-", "console: posted, tip-01-",
                "Usage: /tips preview | /tips post | /tips history", "/tips post       post this week's tip here now");
    }

    @Test
    void bad_input_is_a_message_and_an_exit_code_not_a_stack_trace() {
        assertThat(run("", Map.of(), "tips")).isEqualTo(CommandLineApp.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("tips needs one of: tips preview | tips post");
        assertThat(run("", Map.of("POSTWISE_TIPS_ZONE", "Mars/Olympus"), "tips", "preview"))
                .isEqualTo(CommandLineApp.CANNOT_START);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("POSTWISE_TIPS_ZONE must be a time zone id")
                .doesNotContain("\tat ");
        assertThat(run("", Map.of(), "help")).isEqualTo(CommandLineApp.OK);
        assertThat(out()).contains("tips preview|post|history", "POSTWISE_TIPS_CHANNELS", "POSTWISE_TIPS_GRACE");
    }
}
