package org.postwise.chat.discord;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.postwise.StartupException;
import org.postwise.chat.AdminCommands;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.RateLimiter;
import org.postwise.config.DiscordConfig;
import org.postwise.feedback.FeedbackStore;
import org.postwise.tips.TipCommands;
import org.postwise.tips.TipPublisher;
import org.postwise.tips.TipScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Postwise on Discord: wires the transport-free handlers to a JDA client and runs it.
 *
 * <p>Start-up ({@link #start()}): no message may ping anyone (JDA's default allowed mentions are set to none);
 * a light JDA client with the {@code GUILD_MESSAGES} and {@code DIRECT_MESSAGES} intents only (the privileged
 * message-content intent is not needed: Discord delivers the content of mentions and direct messages) logs in,
 * waits for the gateway, and registers {@code /ask}, {@code /sources} and {@code /help} on
 * {@code DISCORD_GUILD_ID} (instant) or globally. A missing, rejected or unusable token is a
 * {@link StartupException} with a clear message. {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL}
 * redirect the REST API and the gateway (to a proxy, or a local fake in tests).
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Conversations (threads and direct-message channels) remembered, and questions kept of each. */
    static final int CONVERSATIONS = 10_000;
    static final int QUESTIONS_PER_CONVERSATION = 6;
    static final Duration CONVERSATION_IDLE = Duration.ofHours(24);
    /** Answers remembered for their buttons. */
    static final int RECENT_ANSWERS = 5_000;
    static final Duration RECENT_ANSWERS_KEPT = Duration.ofHours(24);
    static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** How long one tip post may take before it counts as failed and is retried under the same nonce. */
    static final Duration TIP_POST_TIMEOUT = Duration.ofSeconds(30);

    private final DiscordConfig config;
    private final FeedbackStore feedback;
    private final ExecutorService work;
    private final JdaEventListener listener;
    private final Duration readyTimeout;
    private final Object lifecycle = new Object();
    private volatile JDA jda;
    private volatile boolean closing;
    /** The weekly tip (issue 4): its commands, timer and schedule; all null when it is not set up. */
    private final Clock clock;
    private final TipCommands tipCommands;
    private final ScheduledExecutorService tipTimer;
    private TipScheduler tipScheduler;

    /**
     * A bot over {@code commands}, not yet connected, recording votes in {@code feedback}.
     */
    public static DiscordBot create(ChatCommands commands, AdminCommands admin, DiscordConfig config,
                                    FeedbackStore feedback) {
        return create(commands, admin, config, feedback, null);
    }

    /**
     * As above, with the weekly tip: {@code tips} builds the tip commands over the bot's own publisher (posts with
     * the slot's nonce, nobody pinged), and their schedule starts once the bot is connected. {@code null}: no
     * weekly tip.
     */
    public static DiscordBot create(ChatCommands commands, AdminCommands admin, DiscordConfig config,
                                    FeedbackStore feedback, Function<TipPublisher, TipCommands> tips) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(feedback, "feedback");
        var threads = new AtomicInteger();
        ExecutorService work = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "postwise-discord-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService tipTimer = tips == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postwise-weekly-tip");
            t.setDaemon(true);
            return t;
        });
        return new DiscordBot(commands, admin, config, feedback, Clock.systemUTC(), Ticker.systemTicker(), work,
                ErrorReporter.randomIds(), READY_TIMEOUT, tips, tipTimer);
    }

    /** Everything injected: tests pass their own store, clock, ticker, executor and error ids. */
    DiscordBot(ChatCommands commands, AdminCommands admin, DiscordConfig config, FeedbackStore feedback, Clock clock,
               Ticker ticker,
               ExecutorService work, Supplier<String> errorIds, Duration readyTimeout) {
        this(commands, admin, config, feedback, clock, ticker, work, errorIds, readyTimeout, null, null);
    }

    /**
     * As above, with the weekly tip built by {@code tips} over this bot's publisher and scheduled on
     * {@code tipTimer} (which the bot shuts down on close); both {@code null} for no weekly tip.
     */
    DiscordBot(ChatCommands commands, AdminCommands admin, DiscordConfig config, FeedbackStore feedback, Clock clock,
               Ticker ticker, ExecutorService work, Supplier<String> errorIds, Duration readyTimeout,
               Function<TipPublisher, TipCommands> tips, ScheduledExecutorService tipTimer) {
        if ((tips == null) != (tipTimer == null)) {
            throw new IllegalArgumentException("the weekly tip needs both its commands and its timer, or neither");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tipTimer = tipTimer;
        this.tipCommands = tips == null ? null : tips.apply(new DiscordTipPublisher(this::jda, TIP_POST_TIMEOUT));
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(admin, "admin");
        this.config = Objects.requireNonNull(config, "config");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.work = Objects.requireNonNull(work, "work");
        this.readyTimeout = Objects.requireNonNull(readyTimeout, "readyTimeout");
        var layout = new AnswerLayout(commands::sourceLinks);
        var errors = new ErrorReporter(errorIds, layout);
        var recent = new RecentAnswers(RECENT_ANSWERS, RECENT_ANSWERS_KEPT, ticker);
        var questions = new QuestionHandler(commands, RateLimiter.perMinute(config.questionsPerMinute(), ticker),
                new ConversationMemory(CONVERSATIONS, QUESTIONS_PER_CONVERSATION, CONVERSATION_IDLE, ticker),
                recent, layout, errors);
        var buttons = new ButtonHandler(feedback, recent, layout, errors, clock);
        this.listener = new JdaEventListener(questions, new AdminHandler(admin, layout, errors), buttons, errors, work,
                tipCommands == null ? null : new TipHandler(tipCommands, layout, errors));
    }

    /**
     * Connects to Discord, waits until the gateway is ready and registers the slash commands. Throws
     * {@link StartupException} with a message for the admin when that fails (the client is then shut down).
     */
    public void start() {
        synchronized (lifecycle) {
            if (jda != null) {
                throw new IllegalStateException("the bot is already started");
            }
            TokenCheck.verify(config.apiUrl().orElse(URI.create(TokenCheck.DEFAULT_API)), config.token(),
                    Duration.ofSeconds(20));
            // JDA's default allows every mention, @everyone included: nothing Postwise posts may ping anyone
            MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
            MessageRequest.setDefaultMentionRepliedUser(false);
            // no message-content intent by design: messages that do not mention Postwise arrive empty
            Message.suppressContentIntentWarning();

            var ready = new CountDownLatch(1);
            var closeReason = new AtomicReference<String>();
            EventListener readiness = event -> onLifecycle(event, ready, closeReason);
            JDABuilder builder = JDABuilder.createLight(config.token(), GatewayIntent.GUILD_MESSAGES,
                            GatewayIntent.DIRECT_MESSAGES)
                    .setEnableShutdownHook(false)
                    .addEventListeners(readiness, listener);
            config.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url.toString())));
            config.gatewayUrl().ifPresent(url -> builder
                    .setSessionController(new FixedGatewaySessionController(url.toString()))
                    .setGatewayEncoding(GatewayEncoding.JSON)
                    .setCompression(Compression.NONE));
            JDA client;
            try {
                client = builder.build();
            } catch (InvalidTokenException e) {
                throw new StartupException(TokenCheck.REJECTED);
            } catch (IllegalArgumentException e) {
                throw new StartupException("DISCORD_TOKEN cannot be used: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new StartupException("cannot reach Discord" + config.apiUrl().map(u -> " at " + u).orElse("")
                        + ": " + describe(e));
            }
            jda = client;
            try {
                awaitReady(client, ready, closeReason);
                registerCommands(client);
            } catch (RuntimeException e) {
                client.shutdownNow();
                jda = null;
                throw e;
            }
            log.info("Postwise is on Discord as {} in {} server(s); commands registered {}",
                    client.getSelfUser().getName(), client.getGuilds().size(),
                    config.guildId().map(id -> "on server " + id).orElse("globally"));
            startWeeklyTip();
        }
    }

    /** Schedules the weekly tip now that posts can go out; its first run catches up on anything missed. */
    private void startWeeklyTip() {
        if (tipCommands != null) {
            tipScheduler = new TipScheduler(tipCommands.weekly(), tipTimer, clock);
            tipScheduler.start();
        }
    }

    /** The weekly tip's scheduler while started (tests). */
    TipScheduler tipScheduler() {
        return tipScheduler;
    }

    private static void onLifecycle(GenericEvent event, CountDownLatch ready, AtomicReference<String> closeReason) {
        if (event instanceof ReadyEvent) {
            ready.countDown();
        } else if (event instanceof ShutdownEvent shutdown) {
            closeReason.set(shutdown.getCloseCode() != null ? shutdown.getCloseCode().getMeaning()
                    : "close code " + shutdown.getCode());
            ready.countDown();
        }
    }

    private void awaitReady(JDA client, CountDownLatch ready, AtomicReference<String> closeReason) {
        try {
            if (!ready.await(readyTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StartupException("Discord's gateway did not answer within " + readyTimeout.toSeconds()
                        + " s" + config.gatewayUrl().map(u -> " at " + u).orElse(""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while connecting to Discord");
        }
        if (closeReason.get() != null) {
            throw new StartupException("Discord closed the connection: " + closeReason.get());
        }
    }

    private void registerCommands(JDA client) {
        CommandListUpdateAction update;
        if (config.guildId().isPresent()) {
            long id = config.guildId().get();
            Guild guild = client.getGuildById(id);
            if (guild == null) {
                throw new StartupException("the bot is not a member of the server DISCORD_GUILD_ID=" + id
                        + ": invite it with the 'bot' and 'applications.commands' scopes, or unset DISCORD_GUILD_ID "
                        + "to register the commands globally");
            }
            update = guild.updateCommands();
        } else {
            update = client.updateCommands();
        }
        try {
            update.addCommands(SlashCommands.definitions()).complete();
        } catch (RuntimeException e) {
            throw new StartupException("could not register the slash commands: " + describe(e));
        }
    }

    /**
     * Starts the bot, prints where it runs to {@code status}, and blocks until it is closed (Ctrl+C closes it).
     * Throws {@link StartupException} when it cannot start, or when Discord ends the connection for good.
     */
    public void run(PrintStream status) {
        Objects.requireNonNull(status, "status");
        try {
            start();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        Thread hook = new Thread(this::close, "postwise-discord-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        status.println("Postwise is on Discord as " + jda.getSelfUser().getName() + ". Stop it with Ctrl+C.");
        JDA client = jda;
        try {
            client.awaitShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            boolean requested = closing;
            close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
            if (!requested && !Thread.currentThread().isInterrupted()) {
                throw new StartupException("the Discord connection ended: " + client.getStatus());
            }
        }
    }

    /** The JDA client while started (tests). */
    JDA jda() {
        return jda;
    }

    /** Disconnects, finishes the work in hand and closes the feedback store. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closing) {
                return;
            }
            closing = true;
        }
        if (tipScheduler != null) {
            tipScheduler.close();
        }
        if (tipTimer != null) {
            tipTimer.shutdownNow();
        }
        JDA client = jda;
        if (client != null) {
            client.shutdown();
            try {
                if (!client.awaitShutdown(Duration.ofSeconds(10))) {
                    client.shutdownNow();
                }
            } catch (InterruptedException e) {
                client.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        work.shutdown();
        try {
            if (!work.awaitTermination(10, TimeUnit.SECONDS)) {
                work.shutdownNow();
            }
        } catch (InterruptedException e) {
            work.shutdownNow();
            Thread.currentThread().interrupt();
        }
        feedback.close();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
