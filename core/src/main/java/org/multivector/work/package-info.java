/**
 * Bounded work: the cooperative stop signal that long computations (a bargaining forecast, a Monte
 * Carlo, a manoeuvre curve, corridor allocations and criticality) poll between units of work, so
 * that whoever started them — a command, a server request whose client has gone or whose deadline
 * passed — can stop them. Nothing here knows who asks: a server, a CLI or a test implements
 * {@link org.multivector.work.Cancellation}. And {@link org.multivector.work.Parallel}: independent
 * tasks spread over worker threads (strategy experiments, the world sweep).
 */
package org.multivector.work;
