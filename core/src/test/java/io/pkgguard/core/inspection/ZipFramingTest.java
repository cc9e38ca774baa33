package io.pkgguard.core.inspection;

import static io.pkgguard.core.inspection.Archives.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip must read the same from its central directory (as pip reads it, and this inspector) and
 * from its local headers (as streaming installers read it): the ZIP confusion PyPI refuses.
 */
class ZipFramingTest {

  private static final byte[] CODE = "print('hello')\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  @Test
  void zipsFromHonestWritersReadTheSameEitherWay() throws Exception {
    byte[] streamed =
        Archives.zip(
            out -> {
              put(out, "pkg/__init__.py", CODE);
              put(out, "pkg/data/", new byte[0]);
              put(out, "pkg-1.0.dist-info/RECORD", CODE);
            });
    ByteArrayOutputStream javaZip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(javaZip)) {
      out.putNextEntry(new ZipEntry("pkg/__init__.py"));
      out.write(CODE);
      out.closeEntry();
      out.setComment("a comment after the directory is part of the end record");
    }
    ByteArrayOutputStream zip64 = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip64)) {
      out.setUseZip64(Zip64Mode.Always);
      put(out, "pkg/__init__.py", CODE);
    }
    byte[] stored =
        Archives.raw(
            List.of(
                new Archives.Raw("pkg/a.py", CODE, "pkg/a.py"),
                new Archives.Raw("pkg/b.py", CODE, "pkg/b.py")));

    for (byte[] zip : List.of(streamed, javaZip.toByteArray(), zip64.toByteArray(), stored)) {
      assertThat(read(zip).problems()).isEmpty();
    }
  }

  @Test
  void aLocalEntryTheDirectoryDoesNotListIsFoundAndNamed() throws Exception {
    byte[] zip =
        Archives.raw(
            List.of(
                new Archives.Raw("pkg/a.py", CODE, "pkg/a.py"),
                new Archives.Raw("pkg/evil.pth", "import os\n".getBytes(StandardCharsets.UTF_8)),
                new Archives.Raw("pkg/b.py", CODE, "pkg/b.py")));

    InspectedDistribution read = read(zip);

    assertThat(read.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.AMBIGUOUS_STRUCTURE);
              assertThat(p.path()).isEqualTo("pkg/a.py");
              assertThat(p.detail())
                  .isEqualTo(
                      "52 bytes after 'pkg/a.py' that no directory entry"
                          + " accounts for, starting with a local entry 'pkg/evil.pth' the directory does not"
                          + " list");
            });
    assertThat(read.entries()).extracting(e -> e.path()).containsExactly("pkg/a.py", "pkg/b.py");
  }

  @Test
  void aLocalHeaderNamingAnotherFileIsCaught() throws Exception {
    byte[] zip = Archives.raw(List.of(new Archives.Raw("pkg/a.py", CODE, "pkg/a.py")));
    // The local header comes first in the file; the directory's copy of the name stays.
    replaceFirst(zip, "pkg/a.py", "../a.pth");

    assertThat(read(zip).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.AMBIGUOUS_STRUCTURE);
              assertThat(p.detail())
                  .isEqualTo(
                      "is named '../a.pth' in its local header: readers that"
                          + " stream the archive unpack it under that name");
            });
  }

  @Test
  void aLocalHeaderWithOtherSizesOrChecksumIsCaught() throws Exception {
    byte[] zip = Archives.raw(List.of(new Archives.Raw("pkg/a.py", CODE, "pkg/a.py")));
    zip[14] ^= 0x55;

    assertThat(read(zip).problems())
        .extracting(ArchiveProblem::detail)
        .singleElement()
        .asString()
        .startsWith("has a CRC or sizes in its local header");
  }

  @Test
  void bytesBeforeTheFirstEntryOrAfterTheEndRecordAreCaught() throws Exception {
    byte[] zip = Archives.zip(out -> put(out, "pkg/__init__.py", CODE));
    byte[] trailing = Arrays.copyOf(zip, zip.length + 64);
    byte[] prefixed = new byte[zip.length + 64];
    System.arraycopy(zip, 0, prefixed, 64, zip.length);

    assertThat(read(trailing).problems())
        .extracting(ArchiveProblem::detail)
        .containsExactly("64 bytes follow the end record");
    // Python's zipfile shifts every offset by the prefix; commons-compress finds nothing there.
    assertThat(read(prefixed).problems())
        .extracting(ArchiveProblem::kind)
        .containsAnyOf(Kind.AMBIGUOUS_STRUCTURE, Kind.DAMAGED);
  }

  @Test
  void aDirectoryThatDoesNotEndWhereTheEndRecordStartsIsCaught() throws Exception {
    byte[] zip = Archives.raw(List.of(new Archives.Raw("pkg/a.py", CODE, "pkg/a.py")));
    // Ten bytes between the directory and the end record, which still points at the directory.
    int end = zip.length - 22;
    byte[] gap = new byte[zip.length + 10];
    System.arraycopy(zip, 0, gap, 0, end);
    System.arraycopy(zip, end, gap, end + 10, 22);

    assertThat(read(gap).problems())
        .extracting(ArchiveProblem::detail)
        .singleElement()
        .asString()
        .startsWith(
            "the directory (54 bytes at 53) does not end where the end record" + " starts (117)");
  }

  private InspectedDistribution read(byte[] zip) throws Exception {
    Path file = Files.write(dir.resolve("pkg.whl"), zip);
    DistributionFile described =
        DistributionFile.of(
            "pkg-1.0-py3-none-any.whl",
            URI.create("https://files.example/pkg-1.0-py3-none-any.whl"),
            DistributionFile.Kind.WHEEL);
    return new ArchiveReader(ArchiveLimits.defaults()).read(file, described, "00");
  }

  private static void replaceFirst(byte[] bytes, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.UTF_8);
    byte[] b = to.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + a.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, bytes, i, b.length);
        return;
      }
    }
    throw new IllegalArgumentException(from);
  }
}
