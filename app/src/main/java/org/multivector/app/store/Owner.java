package org.multivector.app.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who writes a running ensemble: {@code PID@HOST@START_MILLIS}. The process start time guards
 * against a recycled process id; an owner on another host counts as alive (it cannot be checked).
 */
final class Owner {

    private static final String HOST = lookUpHost();

    private Owner() {}

    static String current() {
        ProcessHandle self = ProcessHandle.current();
        return self.pid() + "@" + host() + "@"
                + self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    static boolean alive(String owner) {
        if (owner == null || owner.isBlank()) {
            return false;
        }
        String[] parts = owner.split("@");
        if (parts.length != 3) {
            return false;
        }
        if (!parts[1].equals(host())) {
            return true;
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long started = Long.parseLong(parts[2]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            return process.isPresent()
                    && process.get().isAlive()
                    && process.get()
                            .info()
                            .startInstant()
                            .map(i -> Math.abs(i.toEpochMilli() - started) < 2_000)
                            .orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String host() {
        return HOST;
    }

    private static String lookUpHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
