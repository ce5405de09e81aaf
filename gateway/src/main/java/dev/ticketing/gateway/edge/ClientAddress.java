package dev.ticketing.gateway.edge;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address, for rate limits and the access log: the TCP peer, or, when the peer is a trusted proxy
 * (the ingress; {@code ticketing.trusted-proxies}, IPs or CIDRs), the right-most untrusted hop of
 * {@code X-Forwarded-For}. Done here rather than with {@code quarkus.http.proxy.trusted-proxies}: in Quarkus 3.33
 * that check opens a DNS client per request and never closes it (UDP sockets pile up until "Too many open
 * files"; keycloak/keycloak#52968). The same trust decides which {@code X-Forwarded-*} headers reach the services
 * ({@link #forwardedHeaders}).
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PROTO = Pattern.compile("(?i)https?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");

    /** One trusted network. */
    private record Cidr(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Cidr> trusted = new ArrayList<>();

    ClientAddress(@ConfigProperty(name = "ticketing.trusted-proxies", defaultValue = "127.0.0.1,::1")
            List<String> trustedProxies) {
        for (String entry : trustedProxies) {
            String[] parts = entry.strip().split("/");
            byte[] network = literal(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("ticketing.trusted-proxies: not an IP or CIDR: " + entry);
            }
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
            trusted.add(new Cidr(network, prefix));
        }
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (literal(hop) == null) {
                return peer; // not an address: a forged or broken header, fall back to what we know
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    /**
     * Sets {@code X-Forwarded-For/Proto/Host} on a request to a service. From a trusted proxy (the TLS-terminating
     * ingress) its {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} are kept, so that the services build
     * {@code https://} links, and the peer is appended to its {@code X-Forwarded-For}; from anyone else they are
     * replaced by what the gateway sees (a client cannot choose the scheme, host or address the services see).
     */
    public void forwardedHeaders(HttpServerRequest request, MultiMap headers) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        boolean trustedPeer = peer != null && isTrusted(peer);
        String forwardedFor = request.getHeader("X-Forwarded-For");
        if (peer != null) {
            headers.set("X-Forwarded-For", trustedPeer && forwardedFor != null && !forwardedFor.isBlank()
                    ? forwardedFor + ", " + peer : peer);
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (trustedPeer && proto != null && PROTO.matcher(proto.strip()).matches()) {
            headers.set("X-Forwarded-Proto", proto.strip().toLowerCase(java.util.Locale.ROOT));
        } else {
            headers.set("X-Forwarded-Proto", request.scheme() == null ? "http" : request.scheme());
        }
        String host = request.getHeader("X-Forwarded-Host");
        if (trustedPeer && host != null && HOST.matcher(host.strip()).matches()) {
            headers.set("X-Forwarded-Host", host.strip());
        } else {
            String own = request.getHeader("Host") != null ? request.getHeader("Host") : request.host();
            if (own != null) {
                headers.set("X-Forwarded-Host", own);
            }
        }
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(cidr -> cidr.contains(bytes));
    }

    /** The bytes of an IP literal; null for anything else (never a DNS lookup). */
    private static byte[] literal(String text) {
        if (text == null || !IP_LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
