package io.pkgguard.core.inspection;

import io.pkgguard.core.policy.ArchiveLimits;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a decompressor produces against the bytes it consumed, and stops the stream
 * when the total or the ratio goes past the limits: a tar archive's skipped entries are unpacked
 * too, so this is what bounds its time and catches compression bombs.
 */
final class MeteredInputStream extends FilterInputStream {

  /** The stream went past a limit; {@link #kind} says which. */
  static final class LimitReached extends IOException {
    private static final long serialVersionUID = 1L;
    private final io.pkgguard.api.ArchiveProblem.Kind kind;

    LimitReached(io.pkgguard.api.ArchiveProblem.Kind kind, String message) {
      super(message);
      this.kind = kind;
    }

    io.pkgguard.api.ArchiveProblem.Kind kind() {
      return kind;
    }
  }

  /** Counts what the decompressor reads from the file. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    long count() {
      return count;
    }
  }

  private final Counting packed;
  private final ArchiveLimits limits;
  private long unpacked;

  MeteredInputStream(InputStream decompressed, Counting packed, ArchiveLimits limits) {
    super(decompressed);
    this.packed = packed;
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      account(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping still unpacks: read and count rather than trust the decompressor's skip.
    byte[] scratch = new byte[(int) Math.min(n, 64 * 1024)];
    long left = n;
    while (left > 0) {
      int read = read(scratch, 0, (int) Math.min(left, scratch.length));
      if (read <= 0) {
        break;
      }
      left -= read;
    }
    return n - left;
  }

  private void account(int n) throws LimitReached {
    unpacked += n;
    if (unpacked > limits.maxTotalBytes()) {
      throw new LimitReached(
          io.pkgguard.api.ArchiveProblem.Kind.TOTAL_TOO_LARGE,
          "unpacks to more than " + limits.maxTotalBytes() + " bytes; the rest was not read");
    }
    if (unpacked > ArchiveLimits.RATIO_FLOOR
        && unpacked / Math.max(packed.count(), 1) > limits.maxCompressionRatio()) {
      throw new LimitReached(
          io.pkgguard.api.ArchiveProblem.Kind.COMPRESSION_RATIO,
          "unpacks to more than "
              + limits.maxCompressionRatio()
              + " times its packed size"
              + " (a compression bomb); the rest was not read");
    }
  }
}
