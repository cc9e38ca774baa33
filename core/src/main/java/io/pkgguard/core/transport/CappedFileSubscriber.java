package io.pkgguard.core.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Streams a body into a file, within a cap. The body's value is an empty array: what was
 * received is in the file.
 */
final class CappedFileSubscriber extends CappedSubscriber {

  private final Path target;
  private FileChannel channel;

  CappedFileSubscriber(Path target, long cap, long declaredLength, AtomicBoolean exceeded) {
    super(cap, declaredLength, exceeded);
    this.target = target;
  }

  @Override
  void open() throws IOException {
    channel =
        FileChannel.open(
            target,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
  }

  @Override
  void write(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  @Override
  byte[] finish() throws IOException {
    channel.close();
    return new byte[0];
  }

  @Override
  void abandon() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // already failing; the first cause is the one reported
      }
    }
  }
}
