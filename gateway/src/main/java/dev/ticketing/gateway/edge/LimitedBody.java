package dev.ticketing.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A request body stream that stops at {@code max} bytes and calls {@code overflow} once instead. */
public final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long max;
    private final Runnable overflow;
    private long seen;
    private boolean over;

    public LimitedBody(ReadStream<Buffer> source, long max, Runnable overflow) {
        this.source = source;
        this.max = max;
        this.overflow = overflow;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(buffer -> {
            if (over) {
                return;
            }
            seen += buffer.length();
            if (seen > max) {
                over = true;
                overflow.run();
            } else {
                handler.handle(buffer);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler == null ? null : v -> {
            if (!over) {
                endHandler.handle(v);
            }
        });
        return this;
    }
}
