package io.pkgguard.core.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds archives for tests, in memory, including ones no honest tool writes. */
final class Archives {

  private Archives() {}

  /** A zip with (name, content) pairs, deflated. */
  static byte[] zip(String... namesAndContents) {
    return zip(
        out -> {
          for (int i = 0; i < namesAndContents.length; i += 2) {
            put(out, namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  static byte[] zip(ZipBody body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  interface ZipBody {
    void write(ZipArchiveOutputStream out) throws IOException;
  }

  static void put(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
    out.putArchiveEntry(new ZipArchiveEntry(name));
    out.write(content);
    out.closeArchiveEntry();
  }

  /** A gzip-compressed tar built by {@code body}. */
  static byte[] tarGz(TarBody body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream out =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  interface TarBody {
    void write(TarArchiveOutputStream out) throws IOException;
  }

  static void put(TarArchiveOutputStream out, String name, byte[] content) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(content.length);
    out.putArchiveEntry(entry);
    out.write(content);
    out.closeArchiveEntry();
  }

  static void put(TarArchiveOutputStream out, TarArchiveEntry entry) throws IOException {
    out.putArchiveEntry(entry);
    out.closeArchiveEntry();
  }

  /**
   * A stored (uncompressed) zip written byte by byte, whose central directory lists each local
   * entry once per name given for it: {@code raw(List.of(new Raw("a", data, "a", "b")))} makes
   * two central entries sharing one local entry, as an overlapping-entry zip bomb does.
   */
  static byte[] raw(List<Raw> locals) {
    ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    List<Runnable> central = new ArrayList<>();
    int centralCount = 0;
    for (Raw local : locals) {
      int offset = buffer.position();
      byte[] name = local.name().getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(local.data());
      long crcValue = crc.getValue();
      buffer
          .putInt(0x04034b50)
          .putShort((short) 20)
          .putShort((short) 0x0800)
          .putShort((short) 0)
          .putInt(0)
          .putInt((int) crcValue)
          .putInt(local.data().length)
          .putInt(local.data().length)
          .putShort((short) name.length)
          .putShort((short) 0)
          .put(name)
          .put(local.data());
      for (String listed : local.listedAs()) {
        byte[] listedName = listed.getBytes(StandardCharsets.UTF_8);
        centralCount++;
        central.add(
            () ->
                buffer
                    .putInt(0x02014b50)
                    .putShort((short) 20)
                    .putShort((short) 20)
                    .putShort((short) 0x0800)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt((int) crcValue)
                    .putInt(local.data().length)
                    .putInt(local.data().length)
                    .putShort((short) listedName.length)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0)
                    .putInt(offset)
                    .put(listedName));
      }
    }
    int centralStart = buffer.position();
    central.forEach(Runnable::run);
    int centralSize = buffer.position() - centralStart;
    buffer
        .putInt(0x06054b50)
        .putShort((short) 0)
        .putShort((short) 0)
        .putShort((short) centralCount)
        .putShort((short) centralCount)
        .putInt(centralSize)
        .putInt(centralStart)
        .putShort((short) 0);
    byte[] out = new byte[buffer.position()];
    buffer.flip().get(out);
    return out;
  }

  /**
   * {@code zip} with the central directory's record of entry {@code name} claiming other sizes
   * (-1 leaves one as it is): a directory that lies about what its entries hold.
   */
  static byte[] withDeclaredSizes(byte[] zip, String name, long compressed, long uncompressed) {
    byte[] out = zip.clone();
    ByteBuffer buffer = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    int end = out.length - 22;
    while (buffer.getInt(end) != 0x06054b50) {
      end--;
    }
    int at = buffer.getInt(end + 16);
    byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
    while (buffer.getInt(at) == 0x02014b50) {
      int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
      int extra = Short.toUnsignedInt(buffer.getShort(at + 30));
      int comment = Short.toUnsignedInt(buffer.getShort(at + 32));
      if (java.util.Arrays.equals(out, at + 46, at + 46 + nameLength, wanted, 0, wanted.length)) {
        if (compressed >= 0) {
          buffer.putInt(at + 20, (int) compressed);
        }
        if (uncompressed >= 0) {
          buffer.putInt(at + 24, (int) uncompressed);
        }
        return out;
      }
      at += 46 + nameLength + extra + comment;
    }
    throw new IllegalArgumentException("no entry " + name);
  }

  /** One local entry of {@link #raw}. */
  record Raw(String name, byte[] data, String... listedAs) {}
}
