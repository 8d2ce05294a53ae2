package org.postwise.chat.discord;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.postwise.config.StartupException;

/**
 * Asks Discord who the token belongs to ({@code GET users/@me}) before JDA starts, so a rejected token is one
 * clear message: JDA's own check shuts its thread pools down mid-request and logs an unrelated stack trace.
 * Only a 401 or an unreachable API fails here; anything else is left to JDA.
 */
final class TokenCheck {

    static final String DEFAULT_API = "https://discord.com/api/v10/";
    static final String REJECTED = "Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the token again from "
            + "the Bot page of your application in the Discord developer portal; it changes whenever it is reset.";

    private TokenCheck() {
    }

    /** Throws {@link StartupException} when Discord at {@code apiBase} rejects {@code token} or cannot be reached. */
    static void verify(URI apiBase, String token, Duration timeout) {
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(token, "token");
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(apiBase.resolve("users/@me"))
                .timeout(timeout)
                .header("Authorization", "Bot " + token)
                .header("User-Agent", "DiscordBot (https://github.com/discord-jda/JDA, 6) Postwise")
                .GET()
                .build();
        int status;
        try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new StartupException("cannot reach Discord at " + apiBase + ": "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while checking DISCORD_TOKEN");
        }
        if (status == 401) {
            throw new StartupException(REJECTED);
        }
    }
}
