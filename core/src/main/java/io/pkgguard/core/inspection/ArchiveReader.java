package io.pkgguard.core.inspection;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.InspectedDistribution.Format;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * Reads a distribution file without extracting it: wheels, eggs and zip sdists; tar sdists plain
 * or compressed with gzip, bzip2 or xz; conda's {@code .tar.bz2} and {@code .conda} packages. The
 * format comes from the file's own first bytes, which must agree with its name. Whatever the file
 * holds, reading ends in an {@link InspectedDistribution} — damage and hostile structure are
 * {@link io.pkgguard.api.ArchiveProblem}s, never exceptions — within the {@link ArchiveLimits}.
 */
public final class ArchiveReader {

  private enum Magic {
    ZIP,
    GZIP,
    BZIP2,
    XZ,
    ZSTD,
    TAR,
    UNKNOWN
  }

  private final ArchiveLimits limits;
  private final ZipScanner.Lanes lanes;

  /** A reader that reads large zip archives on as many threads as there are cores (up to 4). */
  public ArchiveReader(ArchiveLimits limits) {
    this(limits, ZipLanes.maxLanes());
  }

  /**
   * A reader that reads large zip archives on up to {@code threads} threads (the calling one and
   * helpers from a pool shared by every reader); 1 reads everything on the calling thread. The
   * result is the same whatever the number.
   */
  public ArchiveReader(ArchiveLimits limits, int threads) {
    this(limits, new ZipScanner.Lanes(threads, ZipLanes.helpers()));
  }

  ArchiveReader(ArchiveLimits limits, ZipScanner.Lanes lanes) {
    this.limits = limits;
    this.lanes = lanes;
  }

  /**
   * Reads {@code file}.
   *
   * @param file the bytes, on disk
   * @param described what the index said of the file (its name decides what it should be)
   * @param sha256 the file's verified digest
   */
  public InspectedDistribution read(Path file, DistributionFile described, String sha256) {
    String name = described.filename().toLowerCase(Locale.ROOT);
    boolean conda = name.endsWith(".conda");
    // Only wheels (RECORD) and conda packages (info/paths.json) carry a manifest of hashes to
    // compare with, so only their contents are hashed.
    EntryCollector collector =
        new EntryCollector(
            limits,
            name.endsWith(".whl") || conda || described.kind() == DistributionFile.Kind.CONDA);
    Format format = Format.UNREADABLE;
    long size = 0;
    try {
      size = Files.size(file);
      Magic magic = magic(file);
      Magic expected = expected(name);
      if (magic == Magic.UNKNOWN || (expected != Magic.UNKNOWN && expected != magic)) {
        collector.damaged(
            "",
            "named like "
                + describe(expected)
                + " but its content "
                + (magic == Magic.UNKNOWN
                    ? "is no archive pkgguard reads"
                    : "is " + describe(magic)));
      } else if (magic == Magic.ZIP) {
        format = conda ? Format.CONDA : Format.ZIP;
        ZipScanner.scan(file, collector, conda ? new CondaInner() : NO_INNER, lanes);
      } else {
        format = Format.TAR;
        readTar(file, magic, collector);
      }
    } catch (MeteredInputStream.LimitReached e) {
      collector.stop(e.kind(), e.getMessage());
    } catch (IOException e) {
      collector.damaged("", "cannot be read to its end: " + message(e));
    } catch (LinkageError e) {
      // A codec commons-compress treats as optional (xz, zstd) is not on the class path or module
      // path, or its native part does not load: pkgguard's failure, not the file's.
      throw new CodecUnavailableException(described.filename(), e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Archive libraries throw unchecked exceptions for some malformed headers; a hostile file
      // is a finding, never a crash. An archive that needs that much memory is hostile too.
      collector.damaged(
          "",
          "is malformed ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + message(e))
              + ")");
    }
    return new InspectedDistribution(
        described, sha256, size, format, collector.entries(), collector.problems());
  }

  private void readTar(Path file, Magic magic, EntryCollector collector) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      MeteredInputStream.Counting packed = new MeteredInputStream.Counting(raw);
      InputStream unpacked =
          switch (magic) {
            case GZIP ->
                GzipCompressorInputStream.builder()
                    .setInputStream(packed)
                    .setDecompressConcatenated(true)
                    .get();
            case BZIP2 -> new BZip2CompressorInputStream(packed, true);
            case XZ ->
                XZCompressorInputStream.builder()
                    .setInputStream(packed)
                    .setDecompressConcatenated(true)
                    .get();
            case ZSTD -> new ZstdCompressorInputStream(packed);
            default -> packed;
          };
      TarScanner.scan(new MeteredInputStream(unpacked, packed, limits), collector);
    }
  }

  private static final ZipScanner.Inner NO_INNER =
      new ZipScanner.Inner() {
        @Override
        public boolean handles(String name) {
          return false;
        }

        @Override
        public void scan(String name, InputStream content, EntryCollector collector) {
          throw new IllegalStateException("handles nothing");
        }
      };

  /** A conda v2 package's inner {@code info-*.tar.zst} and {@code pkg-*.tar.zst}. */
  private final class CondaInner implements ZipScanner.Inner {
    @Override
    public boolean handles(String name) {
      return name.endsWith(".tar.zst") && !name.contains("/");
    }

    @Override
    public void scan(String name, InputStream content, EntryCollector collector)
        throws IOException {
      MeteredInputStream.Counting packed = new MeteredInputStream.Counting(content);
      TarScanner.scan(
          new MeteredInputStream(new ZstdCompressorInputStream(packed), packed, limits), collector);
    }
  }

  private static Magic magic(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    }
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return Magic.ZIP;
    }
    if (startsWith(head, 0x1f, 0x8b)) {
      return Magic.GZIP;
    }
    if (startsWith(head, 'B', 'Z', 'h')) {
      return Magic.BZIP2;
    }
    if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z', 0)) {
      return Magic.XZ;
    }
    if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
      return Magic.ZSTD;
    }
    if (head.length >= 262
        && head[257] == 'u'
        && head[258] == 's'
        && head[259] == 't'
        && head[260] == 'a'
        && head[261] == 'r') {
      return Magic.TAR;
    }
    return Magic.UNKNOWN;
  }

  private static Magic expected(String name) {
    if (name.endsWith(".whl")
        || name.endsWith(".zip")
        || name.endsWith(".egg")
        || name.endsWith(".conda")) {
      return Magic.ZIP;
    }
    if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return Magic.GZIP;
    }
    if (name.endsWith(".tar.bz2") || name.endsWith(".tbz2")) {
      return Magic.BZIP2;
    }
    if (name.endsWith(".tar.xz") || name.endsWith(".txz")) {
      return Magic.XZ;
    }
    if (name.endsWith(".tar.zst")) {
      return Magic.ZSTD;
    }
    if (name.endsWith(".tar")) {
      return Magic.TAR;
    }
    return Magic.UNKNOWN;
  }

  private static String describe(Magic magic) {
    return switch (magic) {
      case ZIP -> "a zip archive";
      case GZIP -> "a gzip-compressed tar";
      case BZIP2 -> "a bzip2-compressed tar";
      case XZ -> "an xz-compressed tar";
      case ZSTD -> "a zstd-compressed tar";
      case TAR -> "a tar archive";
      case UNKNOWN -> "an archive";
    };
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xff) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static String message(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }
}
