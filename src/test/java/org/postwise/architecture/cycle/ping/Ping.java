package org.postwise.architecture.cycle.ping;

import org.postwise.architecture.cycle.pong.Pong;

/** Half of a deliberate package cycle, so the architecture test can show that its cycle rule bites. */
public final class Ping {

    public Pong pong() {
        return new Pong();
    }
}
