package dev.ticketing.gateway.edge;

import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory token buckets, one per key (client IP, subject): {@code capacity} requests at once, refilled at
 * {@code refillPerSecond}. Per replica: N replicas allow N times the rate. Idle full buckets are evicted.
 */
public final class TokenBucket {

    private static final class State {
        double tokens;
        long lastNanos;

        State(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }
    }

    private final String name;
    private final double capacity;
    private final double refillPerNano;
    private final int maxKeys;
    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();

    public TokenBucket(String name, int capacity, double refillPerSecond, int maxKeys) {
        this.name = name;
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.maxKeys = maxKeys;
    }

    public String name() {
        return name;
    }

    /** 0 when the request may pass (a token was taken), otherwise the seconds to wait before retrying (1 or more). */
    public long take(String key) {
        if (capacity <= 0) {
            return 0; // disabled
        }
        long now = System.nanoTime();
        if (states.size() >= maxKeys) {
            evictIdle();
        }
        State state = states.computeIfAbsent(key, k -> new State(capacity, now));
        synchronized (state) {
            state.tokens = Math.min(capacity, state.tokens + (now - state.lastNanos) * refillPerNano);
            state.lastNanos = now;
            if (state.tokens >= 1) {
                state.tokens -= 1;
                return 0;
            }
            double missing = 1 - state.tokens;
            return Math.max(1, (long) Math.ceil(missing / refillPerNano / 1_000_000_000d));
        }
    }

    /** 0 when {@code key} has a token left (none is taken), otherwise the seconds until it has one. */
    public long peek(String key) {
        if (capacity <= 0) {
            return 0;
        }
        State state = states.get(key);
        if (state == null) {
            return 0;
        }
        synchronized (state) {
            double tokens = Math.min(capacity, state.tokens + (System.nanoTime() - state.lastNanos) * refillPerNano);
            if (tokens >= 1) {
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / refillPerNano / 1_000_000_000d));
        }
    }

    /** Drops buckets that are full again (their keys have been idle long enough). */
    public void evictIdle() {
        long now = System.nanoTime();
        states.entrySet().removeIf(e -> {
            State s = e.getValue();
            synchronized (s) {
                return s.tokens + (now - s.lastNanos) * refillPerNano >= capacity;
            }
        });
    }

    int size() {
        return states.size();
    }
}
