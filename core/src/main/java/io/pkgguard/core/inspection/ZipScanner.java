package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a zip archive by its central directory (as pip and Python's {@code zipfile} do), after
 * checking that no two entries share compressed data and that the archive reads the same from its
 * local headers ({@link ZipFraming}). Large archives' file entries are read on several {@link
 * ZipLanes}; what is recorded, and in which order, is the same however many.
 */
final class ZipScanner {

  /** Reads the inner archives of a zip entry (a conda package's tars); empty: none. */
  interface Inner {
    /** Whether {@code name} is an archive this scanner reads itself. */
    boolean handles(String name);

    void scan(String name, InputStream content, EntryCollector collector) throws IOException;
  }

  /** How the lanes are run. */
  record Lanes(int count, Executor executor) {
    /** Below this many declared bytes, handing entries to other threads costs more than saved. */
    static final long WORTH_IT = 8L << 20;

    Lanes {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + count);
      }
    }
  }

  private enum Shape {
    DIRECTORY,
    DEVICE,
    UNREADABLE,
    SYMBOLIC_LINK,
    INNER,
    FILE
  }

  private static final int S_IFMT = 0170000;
  private static final int S_IFLNK = 0120000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFIFO = 0010000;

  private ZipScanner() {}

  static void scan(Path file, EntryCollector collector, Inner inner, Lanes lanes)
      throws IOException {
    try (ZipLanes crew =
            ZipLanes.start(
                file,
                lanes.count() > 1 ? Files.size(file) : 0,
                collector.limits(),
                lanes.count(),
                lanes.executor());
        ZipFile zip = open(file)) {
      List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
      if (overlapping(entries, collector)) {
        return;
      }
      for (ArchiveProblem problem : ZipFraming.check(file, entries)) {
        collector.problem(problem.kind(), problem.path(), problem.detail());
      }
      List<Optional<ZipLanes.Outcome>> read =
          readAhead(crew, zip, entries, collector, inner, lanes);
      int task = 0;
      for (ZipArchiveEntry entry : entries) {
        if (!collector.admit()) {
          return;
        }
        if (read.isEmpty() || shape(zip, entry, inner) != Shape.FILE) {
          record(zip, entry, collector, inner);
        } else {
          Optional<ZipLanes.Outcome> outcome = read.get(task++);
          collector.file(
              entry.getName(),
              mode(entry),
              outcome
                  .orElseThrow(
                      () -> new IllegalStateException("an entry before this one ended reading"))
                  .content());
        }
        if (collector.stopped()) {
          return;
        }
      }
    }
  }

  /**
   * Opens {@code file} by its central directory alone, as pip's {@code zipfile} does: names, sizes
   * and offsets come from there, and an entry's local header is read only when its data is.
   */
  static ZipFile open(Path file) throws IOException {
    return ZipFile.builder().setPath(file).setIgnoreLocalFileHeader(true).get();
  }

  /**
   * Reads every file entry on the lanes when that is worth it, each within the allowance the
   * collector gives it in archive order; empty when the entries are to be read one by one (one
   * lane, a small archive, or inner archives that must be read in order).
   */
  private static List<Optional<ZipLanes.Outcome>> readAhead(
      ZipLanes crew,
      ZipFile zip,
      List<ZipArchiveEntry> entries,
      EntryCollector collector,
      Inner inner,
      Lanes lanes) {
    if (lanes.count() < 2) {
      return List.of();
    }
    int admitted = Math.min(entries.size(), collector.limits().maxEntries());
    List<Integer> files = new ArrayList<>();
    long declared = 0;
    for (int i = 0; i < admitted; i++) {
      Shape shape = shape(zip, entries.get(i), inner);
      if (shape == Shape.INNER) {
        return List.of();
      }
      if (shape == Shape.FILE) {
        files.add(i);
        declared += Math.max(entries.get(i).getSize(), 0);
      }
    }
    if (declared < Lanes.WORTH_IT) {
      return List.of();
    }
    // Allowances only now: asking for one spends the archive's budgets.
    List<ZipLanes.Task> tasks = new ArrayList<>(files.size());
    for (int i : files) {
      ZipArchiveEntry entry = entries.get(i);
      tasks.add(
          new ZipLanes.Task(
              i,
              entry.getName(),
              collector.allowance(entry.getName(), entry.getSize(), entry.getCompressedSize())));
    }
    return crew.read(zip, entries, tasks);
  }

  private static Shape shape(ZipFile zip, ZipArchiveEntry entry, Inner inner) {
    int type =
        entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX ? entry.getUnixMode() & S_IFMT : 0;
    if (entry.isDirectory()) {
      return Shape.DIRECTORY;
    }
    if (type == S_IFCHR || type == S_IFBLK || type == S_IFIFO) {
      return Shape.DEVICE;
    }
    if (!zip.canReadEntryData(entry)) {
      return Shape.UNREADABLE;
    }
    if (type == S_IFLNK) {
      return Shape.SYMBOLIC_LINK;
    }
    return inner.handles(entry.getName()) ? Shape.INNER : Shape.FILE;
  }

  private static OptionalInt mode(ZipArchiveEntry entry) {
    return entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX
        ? OptionalInt.of(entry.getUnixMode() & 07777)
        : OptionalInt.empty();
  }

  /** Records an entry, reading its content here if it has any. */
  private static void record(
      ZipFile zip, ZipArchiveEntry entry, EntryCollector collector, Inner inner)
      throws IOException {
    String name = entry.getName();
    OptionalInt mode = mode(entry);
    Shape shape = shape(zip, entry, inner);
    switch (shape) {
      case DIRECTORY -> collector.directory(name, mode);
      case DEVICE ->
          collector.device(
              name, mode, (entry.getUnixMode() & S_IFMT) == S_IFIFO ? "named pipe" : "device file");
      case UNREADABLE ->
          collector.unreadable(
              name,
              "cannot be read (compression method "
                  + entry.getMethod()
                  + (entry.getGeneralPurposeBit().usesEncryption() ? ", encrypted" : "")
                  + ")");
      case SYMBOLIC_LINK, INNER, FILE -> {
        try (InputStream content = zip.getInputStream(entry)) {
          if (shape == Shape.SYMBOLIC_LINK) {
            collector.symlinkFromContent(name, content, mode);
          } else if (shape == Shape.INNER) {
            inner.scan(name, content, collector);
          } else {
            collector.file(name, mode, content, entry.getSize(), entry.getCompressedSize());
          }
        }
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
        collector.problem(
            Kind.OVERLAPPING_ENTRIES,
            b.getName(),
            "shares compressed data with '"
                + a.getName()
                + "' (an overlapping-entry zip bomb);"
                + " nothing was unpacked");
        collector.stop(Kind.OVERLAPPING_ENTRIES, "the archive's entries overlap");
        return true;
      }
    }
    return false;
  }
}
