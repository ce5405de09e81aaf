package dev.ticketing.gateway.edge;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The client's address, for rate limits and the access log: the TCP peer, or, when the peer is a trusted proxy
 * (the ingress; {@code ticketing.trusted-proxies}, IPs or CIDRs), the right-most untrusted hop of
 * {@code X-Forwarded-For}. Done here rather than with {@code quarkus.http.proxy.trusted-proxies}: in Quarkus 3.33
 * that check opens a DNS client per request and never closes it (UDP sockets pile up until "Too many open
 * files"; keycloak/keycloak#52968).
 */
@ApplicationScoped
public class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

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
