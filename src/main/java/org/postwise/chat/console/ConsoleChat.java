package org.postwise.chat.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.postwise.access.Caller;
import org.postwise.admin.AdminCommands;
import org.postwise.answer.Answer;
import org.postwise.answer.Question;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.ConversationMemory;
import org.postwise.tips.TipCommands;

/**
 * The console chat: plain text asks; {@code /ask}, {@code /new}, {@code /sources}, {@code /tips}, {@code /help},
 * {@code /quit}. The asks are one conversation, as in a Discord thread: a follow-up ("and on Instagram?") is answered
 * with the questions before it in mind, until {@code /new} (or a day without a question). Reads until {@code /quit}
 * or end of input.
 */
public final class ConsoleChat {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConsoleChat.class);

    /** The console's one conversation, in the memory. */
    private static final long CONVERSATION = 0;

    private final ChatCommands commands;
    private final ConversationMemory memory;
    private final AdminCommands admin;
    private final TipCommands tips;
    private final BufferedReader in;
    private final PrintStream out;

    /** @param memory keeps the conversation's earlier questions (the console uses one conversation of it) */
    public ConsoleChat(ChatCommands commands, ConversationMemory memory, AdminCommands admin, TipCommands tips,
                       BufferedReader in, PrintStream out) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.tips = Objects.requireNonNull(tips, "tips");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
    }

    public void run() throws IOException {
        out.println("Postwise: ask about professional social-media use in health care. /help for commands, /quit to leave.");
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean more;
            try {
                more = handle(line);
            } catch (RuntimeException e) {
                // one message that fails must not end the chat; the exception's message may quote the line, so
                // only its class is logged above DEBUG
                log.warn("console message could not be handled: {}", e.getClass().getName());
                log.debug("console message failed", e);
                out.println("Sorry, something went wrong with that message (" + e.getClass().getSimpleName()
                        + "). Please try again, or word it differently.");
                continue;
            }
            if (!more) {
                return;
            }
        }
    }

    /** Handles one line; false when the user asked to leave. */
    boolean handle(String line) {
        if (!line.startsWith("/")) {
            ask(line);
            return true;
        }
        int space = line.indexOf(' ');
        String command = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : line.substring(space + 1).strip();
        switch (command) {
            case "/quit", "/exit" -> {
                return false;
            }
            case "/ask" -> {
                if (rest.isEmpty()) {
                    out.println("Usage: /ask <question>");
                } else {
                    ask(rest);
                }
            }
            case "/new" -> {
                memory.forget(CONVERSATION);
                out.println("New conversation: the next question is answered on its own.");
            }
            case "/sources" -> out.println(commands.sources().toText());
            // the person at the console runs the process, so they are its admin
            case "/reload" -> out.println(admin.reload(Caller.console()));
            case "/audit" -> out.println(admin.audit(Caller.console(), 20));
            case "/stats" -> out.println(admin.stats(Caller.console(), days(rest)));
            case "/tips", "/tip" -> out.println(tips(rest));
            case "/help" -> out.println(commands.help("/") + """

                    /new             start a new conversation (follow-ups are answered with the
                                     questions before them in mind)
                    /reload          reload the knowledge base from its files (admins)
                    /audit           recent reloads, tip posts and refusals (admins)
                    /stats [DAYS]    questions, answers, votes and gaps (admins; default 30 days)
                    /tips preview    the next weekly tip, as it will read
                    /tips post       post this week's tip here now
                    /tips history    the weekly tip's recent slots
                    /quit            leave the chat""");
            default -> out.println("Unknown command " + command + ". Type /help for the commands.");
        }
        return true;
    }

    /** {@code /tips preview|post|history}; the console's person runs the process, so they are on the team. */
    private String tips(String rest) {
        String sub = rest.toLowerCase(Locale.ROOT);
        return TipCommands.safely(() -> switch (sub) {
            case "preview" -> tips.preview(Caller.console(), Optional.empty());
            case "post" -> tips.post(Caller.console());
            case "history" -> tips.history(Caller.console(), TipCommands.DEFAULT_HISTORY);
            default -> "Usage: /tips preview | /tips post | /tips history";
        });
    }

    private static int days(String rest) {
        try {
            return rest.isEmpty() ? 30 : Integer.parseInt(rest);
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** Answers {@code question} as the conversation's next, and keeps it for the follow-ups. */
    private void ask(String question) {
        Answer answer = commands.ask(new Question(question, memory.earlier(CONVERSATION)));
        memory.add(CONVERSATION, question, answer);
        print(answer);
    }

    private void print(Answer answer) {
        out.println();
        out.println(answer.text());
        out.println();
    }
}
