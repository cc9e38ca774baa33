package io.pkgguard.core.transport;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams a body into a file, failing (and cancelling the stream) as soon as it exceeds a cap. The
 * body's value is an empty array: what was received is in the file.
 */
final class CappedFileSubscriber implements BodySubscriber<byte[]> {

  private final Path target;
  private final long cap;
  private final boolean refuse;
  private final AtomicBoolean exceeded;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private FileChannel channel;
  private long written;
  private Flow.Subscription subscription;

  /**
   * @param target the file, created or truncated
   * @param cap the largest body accepted
   * @param declaredLength the Content-Length the response declared, or -1
   * @param exceeded set when the body is refused for its size
   */
  CappedFileSubscriber(Path target, long cap, long declaredLength, AtomicBoolean exceeded) {
    this.target = target;
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
      result.completeExceptionally(new CappedBodySubscriber.BodyTooLargeException(cap));
      return;
    }
    try {
      channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      s.cancel();
      result.completeExceptionally(e);
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    try {
      for (ByteBuffer item : items) {
        if (written + item.remaining() > cap) {
          exceeded.set(true);
          fail(new CappedBodySubscriber.BodyTooLargeException(cap));
          return;
        }
        while (item.hasRemaining()) {
          written += channel.write(item);
        }
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  private void fail(IOException e) {
    subscription.cancel();
    close();
    result.completeExceptionally(e);
  }

  @Override
  public void onError(Throwable throwable) {
    close();
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    if (result.isDone()) {
      return;
    }
    try {
      channel.close();
      result.complete(new byte[0]);
    } catch (IOException e) {
      result.completeExceptionally(e);
    }
  }

  private void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // already failing; the first cause is the one reported
      }
    }
  }
}
