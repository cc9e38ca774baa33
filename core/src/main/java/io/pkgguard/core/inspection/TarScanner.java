package io.pkgguard.core.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Reads a tar stream (already decompressed and metered) entry by entry. */
final class TarScanner {

  private TarScanner() {}

  static void scan(InputStream tarStream, EntryCollector collector) throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(tarStream, StandardCharsets.UTF_8.name());
    TarArchiveEntry entry;
    while ((entry = tar.getNextEntry()) != null) {
      if (!collector.admit()) {
        return;
      }
      String name = entry.getName();
      OptionalInt mode = OptionalInt.of(entry.getMode() & 07777);
      if (entry.isSymbolicLink()) {
        collector.link(name, entry.getLinkName(), false, mode);
      } else if (entry.isLink()) {
        collector.link(name, entry.getLinkName(), true, mode);
      } else if (entry.isCharacterDevice() || entry.isBlockDevice()) {
        collector.device(name, mode, "device file");
      } else if (entry.isFIFO()) {
        collector.device(name, mode, "named pipe");
      } else if (entry.isDirectory()) {
        collector.directory(name, mode);
      } else {
        // A sparse entry's header size is not what reading it yields.
        collector.file(name, mode, tar, entry.isSparse() ? -1 : entry.getSize(), -1);
      }
      if (collector.stopped()) {
        return;
      }
    }
  }
}
