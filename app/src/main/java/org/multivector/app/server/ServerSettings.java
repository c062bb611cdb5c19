package org.multivector.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the dashboard listens.
 *
 * @param host            the address to bind; loopback by default
 * @param port            the TCP port, 0 for any free port (tests)
 * @param token           the API token state-changing requests must carry, if any
 * @param maxRequestBytes the largest request body accepted; larger ones get 413
 * @param allowedHostList  further names by which clients may reach the server (the {@code Host}
 *                        header), beside the bind address and, on loopback, localhost
 */
public record ServerSettings(
        String host, int port, Optional<String> token, long maxRequestBytes, java.util.List<String> allowedHostList) {

    /** The default port of {@code multivector serve}. */
    public static final int DEFAULT_PORT = 7070;
    /** The default address: loopback only, so nothing outside this machine can reach the server. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default request size limit: 1 MiB, ample for a scenario file. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    /** The shortest token accepted: shorter ones are too easy to guess. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes + " is below 1024");
        }
        token = token.filter(t -> !t.isBlank());
        allowedHostList = allowedHostList == null
                ? java.util.List.of()
                : allowedHostList.stream()
                        .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList();
    }

    /** Settings without further host names. */
    public ServerSettings(String host, int port, Optional<String> token, long maxRequestBytes) {
        this(host, port, token, maxRequestBytes, java.util.List.of());
    }

    /**
     * Whether a request's {@code Host} header names this server. A web page cannot choose the
     * address its scripts reach, but it can choose the name: a DNS-rebinding page makes its own name
     * resolve to 127.0.0.1 and then talks to the local server as a same-origin site. So a server
     * bound to one address answers only requests addressed to it by that address, by localhost
     * when it is loopback, or by a name given with {@code --allow-host}. A server bound to every
     * address (0.0.0.0, ::) takes any name: it needs a token anyway.
     */
    public boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String name = hostHeader.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(1, end);
        } else if (name.indexOf(':') == name.lastIndexOf(':') && name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        String bind = host.toLowerCase(java.util.Locale.ROOT).replace("[", "").replace("]", "");
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("0:0:0:0:0:0:0:0")) {
            return true;
        }
        if (name.equals(bind) || allowedHostList.contains(name)) {
            return true;
        }
        boolean loopback = isLoopback(host);
        return loopback
                && (name.equals("localhost")
                        || name.equals("::1")
                        || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}"));
    }

    /** Loopback on the given port, no token. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings(DEFAULT_HOST, port, Optional.empty(), DEFAULT_MAX_REQUEST_BYTES);
    }

    /** A copy requiring {@code newToken}. */
    public ServerSettings withToken(String newToken) {
        return new ServerSettings(host, port, Optional.ofNullable(newToken), maxRequestBytes, allowedHostList);
    }

    /**
     * Checks the settings are safe to start with: any address other than loopback needs a token of
     * at least {@value #MIN_TOKEN_LENGTH} characters.
     *
     * @throws IllegalStateException with a message for the user when they are not
     */
    public void checkSafe() {
        boolean loopback = isLoopback(host);
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException(
                    "the API token is " + token.get().length() + " characters long; it needs at least "
                            + MIN_TOKEN_LENGTH + "\nMaybe generate one with: openssl rand -hex 24");
        }
        if (!loopback && token.isEmpty()) {
            throw new IllegalStateException(
                    "refusing to listen on " + host
                            + " without an API token: anyone who reaches that address could start runs"
                            + "\nMaybe pass --token, or set MULTIVECTOR_TOKEN (e.g. export MULTIVECTOR_TOKEN=$(openssl rand -hex 24)), or bind to 127.0.0.1");
        }
    }

    /** Whether {@code host} names only loopback addresses (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
