package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Checks that a zip reads the same whichever way it is read. Pip's {@code zipfile} (and this
 * inspector) go by the central directory at the end; other tools stream the local headers from
 * the start. An archive whose local headers disagree with the directory, or that hides bytes no
 * directory entry lists before, between or after the entries, shows each kind of reader
 * different files: the ZIP confusion attack PyPI began refusing in August 2025 (CVE-2025-54368).
 * Checked: every entry's local header (signature, name, method, and CRC and sizes unless a data
 * descriptor follows the data), that each entry's data (and descriptor) ends where the next
 * entry starts, that the first starts the file, that the directory follows the last and ends
 * where the end record starts, and that nothing follows the end record.
 */
final class ZipFraming {

  private static final int LOCAL = 0x04034b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final int END = 0x06054b50;
  private static final int END64 = 0x06064b50;
  private static final int LOCATOR64 = 0x07064b50;
  private static final int ZIP64_EXTRA = 0x0001;
  private static final long MAX32 = 0xffffffffL;
  private static final int END_LENGTH = 22;
  private static final int LOCAL_LENGTH = 30;

  /** Read with each local header, enough for the name and extra fields of nearly every entry. */
  private static final int HEADER_READ = LOCAL_LENGTH + 1024;

  /** Past this many problems the archive is plainly crafted; the rest is not checked. */
  private static final int MOST = 20;

  private final FileChannel channel;
  private final long fileSize;
  private final List<ArchiveProblem> problems = new ArrayList<>();
  private ByteBuffer header = buffer(HEADER_READ);

  private ZipFraming(FileChannel channel, long fileSize) {
    this.channel = channel;
    this.fileSize = fileSize;
  }

  /** What makes {@code file}, whose directory lists {@code entries}, ambiguous; empty: nothing. */
  static List<ArchiveProblem> check(Path file, List<ZipArchiveEntry> entries) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ZipFraming framing = new ZipFraming(channel, channel.size());
      framing.check(entries);
      return framing.problems;
    }
  }

  private void check(List<ZipArchiveEntry> entries) throws IOException {
    long directoryStart = directory();
    List<ZipArchiveEntry> byOffset = new ArrayList<>(entries);
    byOffset.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
    long expected = 0;
    String previous = "";
    for (int i = 0; i < byOffset.size() && problems.size() < MOST; i++) {
      ZipArchiveEntry entry = byOffset.get(i);
      long start = entry.getLocalHeaderOffset();
      if (start != expected) {
        unlisted(previous, expected, start);
      }
      long next =
          i + 1 < byOffset.size() ? byOffset.get(i + 1).getLocalHeaderOffset() : directoryStart;
      expected = entry(entry, next);
      previous = entry.getName();
    }
    if (!byOffset.isEmpty()
        && problems.size() < MOST
        && expected != directoryStart
        && directoryStart >= 0) {
      unlisted(previous, expected, directoryStart);
    }
    if (problems.size() >= MOST) {
      problems.add(problem("", "and more; the rest of the archive's framing was not checked"));
    }
  }

  /**
   * Checks one entry's local header against its directory record.
   *
   * @param next where the next entry (or the directory) starts
   * @return where this entry's data, and its data descriptor if it has one, end
   */
  private long entry(ZipArchiveEntry entry, long next) throws IOException {
    String name = entry.getName();
    long start = entry.getLocalHeaderOffset();
    ByteBuffer local = read(start, HEADER_READ);
    if (local.remaining() < LOCAL_LENGTH || local.getInt(0) != LOCAL) {
      problems.add(problem(name, "has no local header where the directory says it starts"));
      return next;
    }
    int nameLength = Short.toUnsignedInt(local.getShort(26));
    int extraLength = Short.toUnsignedInt(local.getShort(28));
    if (local.remaining() < LOCAL_LENGTH + nameLength + extraLength) {
      local = read(start, LOCAL_LENGTH + nameLength + extraLength);
    }
    byte[] localName = new byte[Math.min(nameLength, local.remaining() - LOCAL_LENGTH)];
    local.get(LOCAL_LENGTH, localName);
    if (!Arrays.equals(localName, entry.getRawName())) {
      problems.add(
          problem(
              name,
              "is named '"
                  + printable(localName)
                  + "' in its local header: readers that stream the archive unpack it under that name"));
    }
    int flags = Short.toUnsignedInt(local.getShort(6));
    if (Short.toUnsignedInt(local.getShort(8)) != entry.getMethod()) {
      problems.add(
          problem(
              name,
              "has compression method "
                  + local.getShort(8)
                  + " in its local header and "
                  + entry.getMethod()
                  + " in the directory"));
    }
    boolean descriptor = (flags & 0x08) != 0;
    if (!descriptor) {
      compareSizes(entry, local, LOCAL_LENGTH + nameLength, extraLength);
    }
    long dataEnd = start + LOCAL_LENGTH + nameLength + extraLength + entry.getCompressedSize();
    return descriptor ? descriptorEnd(entry, dataEnd, next) : dataEnd;
  }

  private void compareSizes(
      ZipArchiveEntry entry, ByteBuffer local, int extraStart, int extraLength) {
    long crc = Integer.toUnsignedLong(local.getInt(14));
    long packed = Integer.toUnsignedLong(local.getInt(18));
    long size = Integer.toUnsignedLong(local.getInt(22));
    if (packed == MAX32 || size == MAX32) {
      // Zip64: both sizes are in the local extra field, uncompressed first.
      int at = zip64Extra(local, extraStart, extraLength);
      if (at >= 0 && local.limit() >= at + 16) {
        size = local.getLong(at);
        packed = local.getLong(at + 8);
      }
    }
    if (crc != entry.getCrc() || packed != entry.getCompressedSize() || size != entry.getSize()) {
      problems.add(
          problem(
              entry.getName(),
              "has a CRC or sizes in its local header ("
                  + size
                  + " bytes, "
                  + packed
                  + " packed) that differ from the directory's ("
                  + entry.getSize()
                  + " bytes, "
                  + entry.getCompressedSize()
                  + " packed)"));
    }
  }

  /** Where a data descriptor after {@code dataEnd} ends, if it is one with the entry's CRC. */
  private long descriptorEnd(ZipArchiveEntry entry, long dataEnd, long next) throws IOException {
    ByteBuffer descriptor = read(dataEnd, 24);
    boolean signed = descriptor.remaining() >= 4 && descriptor.getInt(0) == DESCRIPTOR;
    int crcAt = signed ? 4 : 0;
    long length = next - dataEnd;
    // CRC, then 4-byte or (zip64) 8-byte sizes, after an optional signature.
    boolean fits = signed ? length == 16 || length == 24 : length == 12 || length == 20;
    if (fits
        && descriptor.remaining() >= crcAt + 4
        && Integer.toUnsignedLong(descriptor.getInt(crcAt)) == entry.getCrc()) {
      return next;
    }
    return dataEnd + (signed ? 16 : 12);
  }

  private void unlisted(String previous, long from, long to) throws IOException {
    if (to < from) {
      problems.add(problem(previous, "runs " + (from - to) + " bytes into what follows it"));
      return;
    }
    String where = previous.isEmpty() ? "before the first entry" : "after '" + previous + "'";
    ByteBuffer hidden = read(from, HEADER_READ);
    String what = "";
    if (hidden.remaining() >= LOCAL_LENGTH && hidden.getInt(0) == LOCAL) {
      int nameLength =
          Math.min(Short.toUnsignedInt(hidden.getShort(26)), hidden.remaining() - LOCAL_LENGTH);
      byte[] name = new byte[nameLength];
      hidden.get(LOCAL_LENGTH, name);
      what = ", starting with a local entry '" + printable(name) + "' the directory does not list";
    }
    problems.add(
        problem(
            previous,
            (to - from) + " bytes " + where + " that no directory entry accounts for" + what));
  }

  /**
   * Finds the end record as {@code zipfile} does (the last signature within the final 64 KiB),
   * checks that nothing follows it, and returns where the directory starts; -1 if the records
   * make no sense (the reader reports the damage).
   */
  private long directory() throws IOException {
    int tailLength = (int) Math.min(fileSize, END_LENGTH + 0xffff);
    long tailStart = fileSize - tailLength;
    ByteBuffer tail = read(tailStart, tailLength);
    int at = tail.remaining() - END_LENGTH;
    while (at >= 0 && tail.getInt(at) != END) {
      at--;
    }
    if (at < 0) {
      return -1;
    }
    long end = tailStart + at;
    long after = fileSize - (end + END_LENGTH + Short.toUnsignedInt(tail.getShort(at + 20)));
    if (after != 0) {
      problems.add(
          problem(
              "",
              after > 0
                  ? after + " bytes follow the end record"
                  : "the end record's comment runs past the end of the file"));
    }
    long directorySize = Integer.toUnsignedLong(tail.getInt(at + 12));
    long directoryStart = Integer.toUnsignedLong(tail.getInt(at + 16));
    long directoryEnd = end;
    boolean needs64 =
        directoryStart == MAX32
            || directorySize == MAX32
            || tail.getShort(at + 10) == (short) 0xffff;
    // Like zipfile, a zip64 locator just before the end record is used whenever it is there.
    ByteBuffer locator = read(end - 20, 20);
    boolean zip64 = locator.remaining() == 20 && locator.getInt(0) == LOCATOR64;
    if (needs64 && !zip64) {
      return -1;
    }
    if (zip64) {
      long record = locator.getLong(8);
      ByteBuffer end64 = read(record, 56);
      if (end64.remaining() < 56 || end64.getInt(0) != END64) {
        return -1;
      }
      directorySize = end64.getLong(40);
      directoryStart = end64.getLong(48);
      directoryEnd = record;
      long recordEnd = record + 12 + end64.getLong(4);
      if (recordEnd != end - 20) {
        problems.add(
            problem(
                "",
                (end - 20 - recordEnd) + " bytes between the zip64 end record and its locator"));
      }
    }
    if (directoryStart + directorySize != directoryEnd) {
      problems.add(
          problem(
              "",
              "the directory ("
                  + directorySize
                  + " bytes at "
                  + directoryStart
                  + ") does not end where the end record starts ("
                  + directoryEnd
                  + "): readers that trust one or the other find entries at different places"));
    }
    return directoryStart;
  }

  /** Where the zip64 sizes start in a local extra field, or -1. */
  private static int zip64Extra(ByteBuffer local, int start, int length) {
    int at = start;
    int end = Math.min(start + length, local.limit());
    while (at + 4 <= end) {
      int id = Short.toUnsignedInt(local.getShort(at));
      int size = Short.toUnsignedInt(local.getShort(at + 2));
      if (id == ZIP64_EXTRA) {
        return at + 4;
      }
      at += 4 + size;
    }
    return -1;
  }

  /** Up to {@code length} bytes at {@code position} (fewer at the end of the file). */
  private ByteBuffer read(long position, int length) throws IOException {
    if (position < 0 || position >= fileSize) {
      return buffer(0);
    }
    if (header.capacity() < length) {
      header = buffer(length);
    }
    ByteBuffer into = header.clear().limit(length);
    while (into.hasRemaining()) {
      int n = channel.read(into, position + into.position());
      if (n < 0) {
        break;
      }
    }
    return into.flip();
  }

  private static ByteBuffer buffer(int capacity) {
    return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ArchiveProblem problem(String path, String detail) {
    return new ArchiveProblem(Kind.AMBIGUOUS_STRUCTURE, path, detail);
  }

  /** A name as read, bounded, with control characters escaped: it is an attacker's text. */
  private static String printable(byte[] name) {
    String text = new String(name, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(200)
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return text.codePointCount(0, text.length()) > 200 ? out + "…" : out.toString();
  }
}
