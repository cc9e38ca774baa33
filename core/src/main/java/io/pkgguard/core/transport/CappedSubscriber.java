package io.pkgguard.core.transport;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives a body within a cap, failing (and cancelling the stream) as soon as it exceeds it, or
 * at once when the declared length does. Subclasses say where the bytes go.
 */
abstract class CappedSubscriber implements BodySubscriber<byte[]> {

  /** The body grew past the cap. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long cap) {
      super("the response is larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final boolean refuse;
  private final AtomicBoolean exceeded;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long received;

  /**
   * @param cap the largest body accepted
   * @param declaredLength the Content-Length the response declared, or -1: a body declared
   *     larger than the cap is refused without reading it
   * @param exceeded set when the body is refused for its size, whatever exception the client
   *     then reports for the cancelled stream
   */
  CappedSubscriber(long cap, long declaredLength, AtomicBoolean exceeded) {
    this.cap = cap;
    this.refuse = declaredLength > cap;
    this.exceeded = exceeded;
  }

  /** Prepares to receive (opens a file); a failure fails the body. */
  abstract void open() throws IOException;

  /** Takes the next bytes. */
  abstract void write(ByteBuffer bytes) throws IOException;

  /** The body's value once all was received. */
  abstract byte[] finish() throws IOException;

  /** Releases what {@link #open} took, after a failure; must not throw. */
  abstract void abandon();

  @Override
  public final CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public final void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (refuse) {
      exceeded.set(true);
      s.cancel();
      result.completeExceptionally(new BodyTooLargeException(cap));
      return;
    }
    try {
      open();
    } catch (IOException e) {
      s.cancel();
      result.completeExceptionally(e);
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public final void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    try {
      for (ByteBuffer item : items) {
        if (received + item.remaining() > cap) {
          exceeded.set(true);
          fail(new BodyTooLargeException(cap));
          return;
        }
        received += item.remaining();
        write(item);
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  private void fail(IOException e) {
    subscription.cancel();
    abandon();
    result.completeExceptionally(e);
  }

  @Override
  public final void onError(Throwable throwable) {
    abandon();
    result.completeExceptionally(throwable);
  }

  @Override
  public final void onComplete() {
    if (result.isDone()) {
      return;
    }
    try {
      result.complete(finish());
    } catch (IOException e) {
      result.completeExceptionally(e);
    }
  }
}
