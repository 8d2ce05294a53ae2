package org.postwise.chat.discord;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.http.HttpRequestEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.Response;

/**
 * The Discord connection in the metrics: the gateway's state ({@code postwise_discord_gateway_status}, one series
 * per JDA status, 1 for the current one; {@code postwise_discord_gateway_connected}) and REST calls by result
 * ({@code postwise_discord_rest_requests_total{result="ok|client_error|server_error|rate_limited|failed"}}), so a
 * bot that lost Discord or whose posts are refused shows on a dashboard. Listens to the bot's JDA events.
 */
public final class DiscordMeters implements EventListener {

    private final AtomicReference<JDA.Status> status = new AtomicReference<>(JDA.Status.INITIALIZING);
    private final Counter ok;
    private final Counter clientError;
    private final Counter serverError;
    private final Counter rateLimited;
    private final Counter failed;

    public DiscordMeters(MeterRegistry meters) {
        Objects.requireNonNull(meters, "meters");
        for (JDA.Status s : JDA.Status.values()) {
            Gauge.builder("postwise.discord.gateway.status", status, current -> current.get() == s ? 1 : 0)
                    .tag("status", s.name().toLowerCase(java.util.Locale.ROOT))
                    .description("The Discord gateway's state: 1 for the current one")
                    .register(meters);
        }
        Gauge.builder("postwise.discord.gateway.connected", status, current -> connected(current.get()) ? 1 : 0)
                .description("1 while connected to Discord's gateway")
                .register(meters);
        ok = rest(meters, "ok");
        clientError = rest(meters, "client_error");
        serverError = rest(meters, "server_error");
        rateLimited = rest(meters, "rate_limited");
        failed = rest(meters, "failed");
    }

    private static Counter rest(MeterRegistry meters, String result) {
        return Counter.builder("postwise.discord.rest.requests").tag("result", result)
                .description("REST calls to Discord by result").register(meters);
    }

    private static boolean connected(JDA.Status s) {
        return s == JDA.Status.CONNECTED;
    }

    /** Whether the gateway is connected now. */
    public boolean connected() {
        return connected(status.get());
    }

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof StatusChangeEvent change) {
            status.set(change.getNewStatus());
        } else if (event instanceof HttpRequestEvent http) {
            count(http.getResponse());
        }
    }

    private void count(Response response) {
        if (response == null || response.getException() != null) {
            failed.increment();
        } else if (response.isRateLimit()) {
            rateLimited.increment();
        } else if (response.isOk()) {
            ok.increment();
        } else if (response.code >= 500) {
            serverError.increment();
        } else {
            clientError.increment();
        }
    }
}
