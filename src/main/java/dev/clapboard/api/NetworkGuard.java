package dev.clapboard.api;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps outgoing webhooks off our own network (server-side request forgery): the host is resolved and every
 * address must be public, unless an admin allowed private networks for that endpoint. Checked when an endpoint
 * is saved and again before each attempt (DNS can change); redirects are never followed.
 */
final class NetworkGuard {

    private NetworkGuard() {
    }

    /** Why {@code url} may not be called, or empty when it may. */
    static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of("That is not a valid URL.");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("Use an http:// or https:// URL.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("The URL needs a host name.");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("Leave credentials out of the URL; deliveries are signed instead.");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("The host " + uri.getHost() + " cannot be resolved.");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (var address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("The host " + uri.getHost() + " is on a loopback, private or link-local network ("
                        + address.getHostAddress() + "). An admin can allow private networks for this endpoint.");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        var bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
