package io.pkgguard.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A large, realistic-looking wheel for the archive benchmarks: Python modules (varied, ordinary
 * code: the content rules' common case) and native libraries (incompressible bytes behind an ELF
 * header), in the proportion of a scientific package.
 */
final class SyntheticWheel {

  private static final String MODULE =
      """
      \"\"\"Module %d: numerical helpers.\"\"\"
      import os
      import json
      from typing import Iterable

      CONFIG = os.environ.get("DEMO_CONFIG_%d", "default")


      class Accumulator%d:
          \"\"\"Adds numbers and remembers how many it saw.\"\"\"

          def __init__(self, start: float = 0.0) -> None:
              self.total = start
              self.count = 0

          def add(self, values: Iterable[float]) -> "Accumulator%d":
              for value in values:
                  self.total += value * %d
                  self.count += 1
              return self

          def mean(self) -> float:
              return self.total / self.count if self.count else 0.0

          def to_json(self) -> str:
              return json.dumps({"total": self.total, "count": self.count, "name": "acc-%d"})
      """;

  private SyntheticWheel() {}

  /** Writes one entry and its RECORD line. */
  private static void put(ZipOutputStream zip, StringBuilder record, String path, byte[] bytes)
      throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(bytes);
    zip.closeEntry();
    try {
      record
          .append(path)
          .append(",sha256=")
          .append(
              java.util.Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)))
          .append(',')
          .append(bytes.length)
          .append('\n');
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes a wheel of about {@code megabytes} MB: {@code textShare} of its files' bytes (before
   * compression) are Python modules, the rest native libraries.
   */
  static Path write(Path file, int megabytes, double textShare) throws IOException {
    Random random = new Random(megabytes);
    long target = (long) megabytes << 20;
    long textBytes = (long) (target * textShare * 6); // modules compress about 6:1
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      StringBuilder record = new StringBuilder();
      long written = 0;
      int module = 0;
      while (written < textBytes) {
        StringBuilder source = new StringBuilder();
        for (int k = 0; k < 40; k++) {
          int n = module * 40 + k;
          source.append(MODULE.formatted(n, n, n, n, n % 97 + 1, n));
        }
        byte[] bytes = source.toString().getBytes(StandardCharsets.UTF_8);
        put(zip, record, "demo/sub" + module / 100 + "/module" + module + ".py", bytes);
        written += bytes.length;
        module++;
      }
      long binaries = (long) (target * (1 - textShare));
      int library = 0;
      for (long done = 0; done < binaries; library++) {
        byte[] bytes = new byte[4 << 20];
        random.nextBytes(bytes);
        bytes[0] = 0x7f;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        put(zip, record, "demo/_native" + library + ".cpython-312-x86_64-linux-gnu.so", bytes);
        done += bytes.length;
      }
      put(
          zip,
          record,
          "demo-1.0.dist-info/METADATA",
          "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n".getBytes(StandardCharsets.UTF_8));
      record.append("demo-1.0.dist-info/RECORD,,\n");
      zip.putNextEntry(new ZipEntry("demo-1.0.dist-info/RECORD"));
      zip.write(record.toString().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
