/**
 * Running Postwise as a service: the operator's view of a long-running process. {@link
 * org.postwise.ops.OpsHttpServer} serves {@code /healthz} (the process answers), {@code /readyz} (every
 * {@link org.postwise.ops.ReadinessCheck} passes: index loaded, database reachable, Discord connected) and
 * {@code /metrics} (Prometheus's text format, from a Micrometer registry) on the JDK's own HTTP server, on
 * loopback by default. The metered decorators ({@link org.postwise.ops.MeteredAnswerService}, {@link
 * org.postwise.ops.MeteredReloader}) and {@link org.postwise.ops.CacheMeters} feed that registry; the composition
 * root wires them, and the Discord transport reports its gateway through Micrometer itself. Nothing here sees or
 * records what a user wrote: answers are counted by outcome and flag only.
 */
package org.postwise.ops;
