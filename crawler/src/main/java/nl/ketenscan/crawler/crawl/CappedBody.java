package nl.ketenscan.crawler.crawl;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and then stops reading, so one huge or endless
 * download cannot exhaust memory or hold a worker; the connection is dropped, not drained.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

    /** The bytes read, and whether there were more than the limit. */
    record Bytes(byte[] data, boolean truncated) {
    }

    private final int limit;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int room = limit - received.size();
            if (buffer.remaining() > room) {
                write(buffer, room);
                result.complete(new Bytes(received.toByteArray(), true));
                subscription.cancel();
                return;
            }
            write(buffer, buffer.remaining());
        }
        subscription.request(1);
    }

    private void write(ByteBuffer buffer, int count) {
        byte[] chunk = new byte[count];
        buffer.get(chunk);
        received.write(chunk, 0, count);
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(received.toByteArray(), false));
    }

    /** Stops a download that is taking too long; the pending result stays incomplete. */
    void abort() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }
}
