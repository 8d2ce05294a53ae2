package org.postwise.chat.discord;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.GatewayEncoding;
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
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.postwise.config.DiscordConfig;
import org.postwise.config.StartupException;
import org.postwise.tips.TipScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Postwise's connection to Discord: the JDA client's lifecycle, and nothing else. Everything it runs is built by
 * the composition root ({@code Postwise}) and handed in: the listeners, the slash commands to register, the weekly
 * tip's scheduler and the executors the work runs on.
 *
 * <p>Start-up ({@link #start()}): the token is checked first; no message may ping anyone (JDA's default allowed
 * mentions are set to none); a light JDA client with the {@code GUILD_MESSAGES} and {@code DIRECT_MESSAGES}
 * intents only (the privileged message-content intent is not needed: Discord delivers the content of mentions and
 * direct messages) logs in, waits for the gateway, and registers the slash commands of its
 * {@link SlashCommandListener} on {@code DISCORD_GUILD_ID} (instant) or globally; then the weekly tip's schedule
 * starts, since posts can go out now. A missing, rejected or unusable token is a {@link StartupException} with a
 * clear message. {@code DISCORD_API_URL} and {@code DISCORD_GATEWAY_URL} redirect the REST API and the gateway (to
 * a proxy, or a local fake in tests).
 *
 * <p>Closing stops the weekly tip, disconnects, and then shuts the executors down, so the work in hand finishes.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    private final DiscordConfig config;
    private final DiscordClient client;
    private final SlashCommandListener commands;
    private final List<Object> listeners;
    private final TipScheduler weeklyTip;
    private final List<ExecutorService> executors;
    private final Duration readyTimeout;
    private final DiscordMeters meters;
    private final Object lifecycle = new Object();
    private final Object closeLock = new Object();
    private volatile JDA jda;
    private volatile boolean closing;
    private boolean closed;

    /**
     * A bot, not yet connected.
     *
     * @param config       the token, the server to register commands on, and where Discord is
     * @param client       set to the JDA client while connected, for the tip publisher
     * @param commands     the slash commands, registered on start
     * @param messages     mentions, thread follow-ups and direct messages
     * @param buttons      the buttons under answers
     * @param weeklyTip    started once connected, closed first on close
     * @param executors    the threads the listeners and the weekly tip run on, shut down after the client
     * @param readyTimeout how long to wait for the gateway
     * @param meters       the gateway's state and REST results, for the metrics and the readiness check
     */
    public DiscordBot(DiscordConfig config, DiscordClient client, SlashCommandListener commands,
                      MessageListener messages, ButtonListener buttons, TipScheduler weeklyTip,
                      List<ExecutorService> executors, Duration readyTimeout, DiscordMeters meters) {
        this.config = Objects.requireNonNull(config, "config");
        this.client = Objects.requireNonNull(client, "client");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.listeners = List.of(meters, commands, Objects.requireNonNull(messages, "messages"),
                Objects.requireNonNull(buttons, "buttons"));
        this.weeklyTip = Objects.requireNonNull(weeklyTip, "weeklyTip");
        this.executors = List.copyOf(executors);
        this.readyTimeout = Objects.requireNonNull(readyTimeout, "readyTimeout");
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
                    .addEventListeners(readiness)
                    .addEventListeners(listeners.toArray());
            config.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url.toString())));
            config.gatewayUrl().ifPresent(url -> builder
                    .setSessionController(new FixedGatewaySessionController(url.toString()))
                    .setGatewayEncoding(GatewayEncoding.JSON)
                    .setCompression(Compression.NONE));
            JDA started;
            try {
                started = builder.build();
            } catch (InvalidTokenException e) {
                throw new StartupException(TokenCheck.REJECTED);
            } catch (IllegalArgumentException e) {
                throw new StartupException("DISCORD_TOKEN cannot be used: " + e.getMessage());
            } catch (RuntimeException e) {
                throw new StartupException("cannot reach Discord" + config.apiUrl().map(u -> " at " + u).orElse("")
                        + ": " + describe(e));
            }
            jda = started;
            try {
                awaitReady(started, ready, closeReason);
                registerCommands(started);
            } catch (RuntimeException e) {
                started.shutdownNow();
                jda = null;
                throw e;
            }
            client.set(started);
            log.info("Postwise is on Discord as {} in {} server(s); commands registered {}",
                    started.getSelfUser().getName(), started.getGuilds().size(),
                    config.guildId().map(id -> "on server " + id).orElse("globally"));
            // posts can go out now; the first run catches up on anything missed while down
            weeklyTip.start();
        }
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
            update.addCommands(commands.definitions()).complete();
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
        JDA running = jda;
        try {
            running.awaitShutdown();
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
                throw new StartupException("the Discord connection ended: " + running.getStatus());
            }
        }
    }

    /** The JDA client while started (tests). */
    JDA jda() {
        return jda;
    }

    /** Whether the bot is started and its gateway connection is up (for the readiness check). */
    public boolean connected() {
        return jda != null && !closing && meters.connected();
    }

    /**
     * Stops the weekly tip, disconnects, and shuts the executors down once the work in hand has finished. A second
     * caller (the shutdown hook, say) waits until the first has finished, so whatever it closes next (the database)
     * is no longer in use.
     */
    @Override
    public void close() {
        synchronized (closeLock) {
            if (closed) {
                return;
            }
            closing = true;
            closeNow();
            closed = true;
        }
    }

    private void closeNow() {
        weeklyTip.close();
        JDA connected = jda;
        if (connected != null) {
            connected.shutdown();
            try {
                if (!connected.awaitShutdown(Duration.ofSeconds(10))) {
                    connected.shutdownNow();
                }
            } catch (InterruptedException e) {
                connected.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        client.set(null);
        for (ExecutorService executor : executors) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
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
