package io.pkgguard.core.transport;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Passes a body on unchanged and notes when its last bytes arrived ({@link System#nanoTime()}),
 * so that the transport can tell a slow response from a stalled one.
 *
 * @param <T> the body's type
 */
final class ProgressTrackingSubscriber<T> implements BodySubscriber<T> {

  private final BodySubscriber<T> delegate;
  private final AtomicLong lastProgress;

  ProgressTrackingSubscriber(BodySubscriber<T> delegate, AtomicLong lastProgress) {
    this.delegate = delegate;
    this.lastProgress = lastProgress;
  }

  @Override
  public CompletionStage<T> getBody() {
    return delegate.getBody();
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    lastProgress.set(System.nanoTime());
    delegate.onSubscribe(subscription);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    lastProgress.set(System.nanoTime());
    delegate.onNext(item);
  }

  @Override
  public void onError(Throwable throwable) {
    delegate.onError(throwable);
  }

  @Override
  public void onComplete() {
    delegate.onComplete();
  }
}
