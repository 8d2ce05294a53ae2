package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller with the gateway URL fixed ({@code DISCORD_GATEWAY_URL}) instead of asked of
 * Discord: for a proxy, and for tests against a local fake.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {

    private final String gateway;

    FixedGatewaySessionController(String gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public String getGateway() {
        return gateway;
    }
}
