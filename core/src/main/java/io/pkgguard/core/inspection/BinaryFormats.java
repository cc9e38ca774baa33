package io.pkgguard.core.inspection;

import io.pkgguard.api.ArchiveEntry.BinaryFormat;

/** Recognises native executables by their magic numbers. */
final class BinaryFormats {

  private BinaryFormats() {}

  /** The format {@code head} (a file's first {@code length} bytes) starts like. */
  static BinaryFormat recognise(byte[] head, int length) {
    if (length >= 4 && u8(head, 0) == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
      return BinaryFormat.ELF;
    }
    if (length >= 64 && head[0] == 'M' && head[1] == 'Z') {
      long offset = u32le(head, 60);
      if (offset + 4 <= length
          && head[(int) offset] == 'P'
          && head[(int) offset + 1] == 'E'
          && head[(int) offset + 2] == 0
          && head[(int) offset + 3] == 0) {
        return BinaryFormat.PE;
      }
    }
    if (length >= 8) {
      long magic = u32be(head, 0);
      if (magic == 0xfeedfaceL
          || magic == 0xfeedfacfL
          || magic == 0xcefaedfeL
          || magic == 0xcffaedfeL) {
        return BinaryFormat.MACH_O;
      }
      // 0xcafebabe is also a Java class file; there the next word is a version (>= 45), in a
      // universal binary it is the number of architectures (a handful).
      if (magic == 0xcafebabeL && u32be(head, 4) > 0 && u32be(head, 4) < 45) {
        return BinaryFormat.MACH_O;
      }
    }
    return BinaryFormat.NONE;
  }

  private static int u8(byte[] b, int i) {
    return b[i] & 0xff;
  }

  private static long u32le(byte[] b, int i) {
    return u8(b, i)
        | (long) u8(b, i + 1) << 8
        | (long) u8(b, i + 2) << 16
        | (long) u8(b, i + 3) << 24;
  }

  private static long u32be(byte[] b, int i) {
    return (long) u8(b, i) << 24
        | (long) u8(b, i + 1) << 16
        | (long) u8(b, i + 2) << 8
        | u8(b, i + 3);
  }
}
