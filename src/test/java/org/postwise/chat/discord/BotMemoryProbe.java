package org.postwise.chat.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the Discord bot's resident memory as an operator runs it (not a test: {@code scripts/measure-memory.sh}
 * runs it). Starts a {@link FakeDiscord} on loopback, starts the bot as a separate process with the given command
 * ({@code bin/postwise}, so with the launcher's memory settings) pointed at it, asks the questions of a file one after
 * the other by {@code /ask} and waits for each answer, then lets the bot idle and reads its resident set from
 * {@code /proc}: the peak ({@code VmHWM}) and the steady figure after the idle period.
 *
 * <p>Arguments: {@code QUESTIONS_FILE DATA_DIR COMMAND...}.
 */
final class BotMemoryProbe {

    private static final String TOKEN = "probe-token";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int IDLE_SECONDS = 20;

    private BotMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BotMemoryProbe QUESTIONS_FILE DATA_DIR COMMAND...");
            System.exit(2);
        }
        List<String> questions = Files.readAllLines(Path.of(args[0])).stream()
                .filter(q -> !q.isBlank() && !q.startsWith("/")).toList();
        List<String> command = new ArrayList<>(List.of(args).subList(2, args.length));
        command.add("discord");
        try (var discord = new FakeDiscord(TOKEN)) {
            var bot = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of(args[1], "bot-probe.log").toFile()));
            var env = bot.environment();
            env.put("DISCORD_TOKEN", TOKEN);
            env.put("DISCORD_GUILD_ID", Long.toUnsignedString(FakeDiscord.GUILD_ID));
            env.put("DISCORD_API_URL", discord.apiUrl());
            env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
            env.put("POSTWISE_DATA_DIR", args[1]);
            env.put("POSTWISE_RATE_LIMIT_PER_MINUTE", "600");
            env.put("POSTWISE_HTTP_PORT", "0");
            Process process = bot.start();
            try {
                discord.awaitRequest(r -> r.is("PUT", "/commands"), WAIT, "the bot's command registration");
                long started = System.nanoTime();
                for (String question : questions) {
                    long id = discord.slashCommand("ask", discord.stringOption("question", question));
                    discord.awaitRequest(r -> r.is("PATCH", "/itoken-" + id + "/messages/@original"), WAIT,
                            "the answer to interaction " + id);
                }
                long took = (System.nanoTime() - started) / 1_000_000;
                String busy = status(process.pid(), "VmRSS");
                var idle = new ArrayList<String>();
                for (int s = 0; s < IDLE_SECONDS; s++) {
                    Thread.sleep(1000); // a measurement of a process idling, not a test
                    idle.add(status(process.pid(), "VmRSS"));
                }
                System.out.printf("bot: %d questions answered in %d ms; RSS after the last answer %s kB, after %d s "
                                + "idle %s kB, peak (VmHWM) %s kB%n", questions.size(), took, busy, IDLE_SECONDS,
                        idle.get(idle.size() - 1), status(process.pid(), "VmHWM"));
            } finally {
                process.destroy(); // SIGTERM: the bot closes as under systemd or in a container
                process.waitFor();
            }
        }
    }

    private static String status(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).replace("kB", "").strip();
            }
        }
        return "?";
    }
}
