package io.pkgguard.core.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a body into memory, failing (and cancelling the stream) as soon as it exceeds a cap. */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

  /** The body grew past the cap. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
      super("the response is larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final boolean refuse;
  private final java.util.concurrent.atomic.AtomicBoolean exceeded;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  /**
   * @param cap the largest body accepted
   * @param declaredLength the Content-Length the response declared, or -1: a body declared
   *     larger than the cap is refused without reading it
   * @param exceeded set when the body is refused for its size, whatever exception the client
   *     then reports for the cancelled stream
   */
  CappedBodySubscriber(long cap, long declaredLength,
      java.util.concurrent.atomic.AtomicBoolean exceeded) {
    this.cap = cap;
    this.refuse = declaredLength > cap;
    this.exceeded = exceeded;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (refuse) {
      exceeded.set(true);
      s.cancel();
      result.completeExceptionally(new BodyTooLargeException(cap));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + (long) item.remaining() > cap) {
        exceeded.set(true);
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException(cap));
        return;
      }
      byte[] bytes = new byte[item.remaining()];
      item.get(bytes);
      buffer.write(bytes, 0, bytes.length);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }
}
