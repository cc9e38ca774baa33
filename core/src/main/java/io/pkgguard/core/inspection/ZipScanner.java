package io.pkgguard.core.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip archive by its central directory (as pip and Python's {@code zipfile} do), after
 * checking that no two entries share compressed data.
 */
final class ZipScanner {

  /** Reads the inner archives of a zip entry (a conda package's tars); empty: none. */
  interface Inner {
    /** Whether {@code name} is an archive this scanner reads itself. */
    boolean handles(String name);

    void scan(String name, InputStream content, EntryCollector collector) throws IOException;
  }

  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFIFO = 0010000;

  private ZipScanner() {}

  static void scan(SeekableByteChannel channel, EntryCollector collector, Inner inner)
      throws IOException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
      if (overlapping(entries, collector)) {
        return;
      }
      for (ZipArchiveEntry entry : entries) {
        if (!collector.admit()) {
          return;
        }
        read(zip, entry, collector, inner);
        if (collector.stopped()) {
          return;
        }
      }
    }
  }

  private static void read(ZipFile zip, ZipArchiveEntry entry, EntryCollector collector,
      Inner inner) throws IOException {
    String name = entry.getName();
    boolean unix = entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX;
    int type = unix ? entry.getUnixMode() & S_IFMT : 0;
    OptionalInt mode = unix ? OptionalInt.of(entry.getUnixMode() & 07777) : OptionalInt.empty();
    if (entry.isDirectory()) {
      collector.directory(name, mode);
      return;
    }
    if (type == S_IFCHR || type == S_IFBLK || type == S_IFIFO) {
      collector.device(name, mode, type == S_IFIFO ? "named pipe" : "device file");
      return;
    }
    if (!zip.canReadEntryData(entry)) {
      collector.unreadable(name, "cannot be read (compression method " + entry.getMethod()
          + (entry.getGeneralPurposeBit().usesEncryption() ? ", encrypted" : "") + ")");
      return;
    }
    try (InputStream content = zip.getInputStream(entry)) {
      if (type == S_IFLNK) {
        collector.symlinkFromContent(name, content, mode);
      } else if (inner.handles(name)) {
        inner.scan(name, content, collector);
      } else {
        collector.file(name, mode, content, entry.getCompressedSize());
      }
    }
  }

  /**
   * Whether entries' compressed data overlap (each starts after its local header, so an entry
   * whose data would run into the next entry's header overlaps it): the construction of
   * non-recursive zip bombs, which unpack one compressed kernel many times over.
   */
  private static boolean overlapping(List<ZipArchiveEntry> entries, EntryCollector collector) {
    List<ZipArchiveEntry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
    for (int i = 0; i + 1 < byOffset.size(); i++) {
      ZipArchiveEntry a = byOffset.get(i);
      ZipArchiveEntry b = byOffset.get(i + 1);
      long end = a.getLocalHeaderOffset() + Math.max(a.getCompressedSize(), 0);
      if (a.getLocalHeaderOffset() == b.getLocalHeaderOffset() || end > b.getLocalHeaderOffset()) {
        collector.problem(io.pkgguard.api.ArchiveProblem.Kind.OVERLAPPING_ENTRIES, b.getName(),
            "shares compressed data with '" + a.getName() + "' (an overlapping-entry zip bomb);"
                + " nothing was unpacked");
        collector.stop(io.pkgguard.api.ArchiveProblem.Kind.OVERLAPPING_ENTRIES,
            "the archive's entries overlap");
        return true;
      }
    }
    return false;
  }
}
