package io.pkgguard.core.transport;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

/** Collects a body into memory, within a cap. */
final class CappedBodySubscriber extends CappedSubscriber {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  CappedBodySubscriber(long cap, long declaredLength, AtomicBoolean exceeded) {
    super(cap, declaredLength, exceeded);
  }

  @Override
  void open() {
    // nothing to prepare
  }

  @Override
  void write(ByteBuffer bytes) {
    byte[] copy = new byte[bytes.remaining()];
    bytes.get(copy);
    buffer.write(copy, 0, copy.length);
  }

  @Override
  byte[] finish() {
    return buffer.toByteArray();
  }

  @Override
  void abandon() {
    // memory only
  }
}
