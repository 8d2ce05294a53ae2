package org.postwise.architecture.cycle.pong;

import org.postwise.architecture.cycle.ping.Ping;

/** The other half of the deliberate package cycle. */
public final class Pong {

    public Ping ping() {
        return new Ping();
    }
}
