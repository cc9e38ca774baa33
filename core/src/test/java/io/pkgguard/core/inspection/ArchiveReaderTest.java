package io.pkgguard.core.inspection;

import static io.pkgguard.core.inspection.Archives.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.ArchiveEntry.BinaryFormat;
import io.pkgguard.api.ArchiveEntry.Type;
import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.InspectedDistribution.Format;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

  private static final byte[] ELF = elf();

  @TempDir Path dir;

  private InspectedDistribution read(String filename, byte[] bytes) throws IOException {
    return read(filename, bytes, ArchiveLimits.defaults());
  }

  private InspectedDistribution read(String filename, byte[] bytes, ArchiveLimits limits)
      throws IOException {
    Path file = Files.write(dir.resolve("download"), bytes);
    DistributionFile described =
        DistributionFile.of(
            filename, URI.create("https://files.example/" + filename), DistributionFile.Kind.OTHER);
    return new ArchiveReader(limits).read(file, described, "00");
  }

  private static List<Kind> kinds(InspectedDistribution d) {
    return d.problems().stream().map(ArchiveProblem::kind).toList();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ArchiveEntry entry(InspectedDistribution d, String path) {
    return d.entries().stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
  }

  @Nested
  class Wheels {

    @Test
    void sourcesAreKeptAsTextAndNativeLibrariesRecognised() throws Exception {
      byte[] wheel =
          Archives.zip(
              out -> {
                put(out, "demo/__init__.py", "print('hi')\n".getBytes(StandardCharsets.UTF_8));
                put(out, "demo/_speed.so", ELF);
                put(
                    out,
                    "demo-1.0.dist-info/METADATA",
                    "Name: demo\n".getBytes(StandardCharsets.UTF_8));
              });

      InspectedDistribution d = read("demo-1.0-py3-none-any.whl", wheel);

      assertThat(d.format()).isEqualTo(Format.ZIP);
      assertThat(d.problems()).isEmpty();
      assertThat(d.fullyRead()).isTrue();
      assertThat(entry(d, "demo/__init__.py").text()).contains("print('hi')\n");
      assertThat(entry(d, "demo/_speed.so").binaryFormat()).isEqualTo(BinaryFormat.ELF);
      assertThat(entry(d, "demo/_speed.so").text()).isEmpty();
      assertThat(entry(d, "demo/_speed.so").sha256()).contains(sha256(ELF));
      assertThat(entry(d, "demo-1.0.dist-info/METADATA").text()).contains("Name: demo\n");
    }

    @Test
    void windowsAndMacBinariesAreRecognisedButJavaClassesAreNot() throws Exception {
      byte[] pe = new byte[256];
      pe[0] = 'M';
      pe[1] = 'Z';
      pe[60] = (byte) 128;
      pe[128] = 'P';
      pe[129] = 'E';
      byte[] macho = {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe, 7, 0, 0, 1};
      byte[] fat = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 2};
      byte[] javaClass = {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe, 0, 0, 0, 61};
      byte[] mzText =
          "MZ is how this text file starts, and nothing more follows it....."
              .getBytes(StandardCharsets.US_ASCII);

      InspectedDistribution d =
          read(
              "x-1.0-py3-none-any.whl",
              Archives.zip(
                  out -> {
                    put(out, "x/a.dll", pe);
                    put(out, "x/b.dylib", macho);
                    put(out, "x/c", fat);
                    put(out, "x/D.class", javaClass);
                    put(out, "x/notes", mzText);
                  }));

      assertThat(d.entries())
          .extracting(ArchiveEntry::binaryFormat)
          .containsExactly(
              BinaryFormat.PE,
              BinaryFormat.MACH_O,
              BinaryFormat.MACH_O,
              BinaryFormat.NONE,
              BinaryFormat.NONE);
    }

    @Test
    void aNativeProgramInstalledOntoThePathIsNotTextButAScriptIs() throws Exception {
      ArchiveLimits small = new ArchiveLimits(100, 1 << 20, 1 << 24, 200, 32, 1024, 1 << 20);
      byte[] program = Arrays.copyOf(ELF, 8192);
      byte[] script = ("#!/bin/sh\n" + "echo hello\n".repeat(200)).getBytes(StandardCharsets.UTF_8);

      InspectedDistribution d =
          read(
              "tool-1.0-py3-none-manylinux_2_17_x86_64.whl",
              Archives.zip(
                  out -> {
                    put(out, "tool-1.0.data/scripts/tool", program);
                    put(out, "tool-1.0.data/scripts/tool.sh", script);
                  }),
              small);

      assertThat(entry(d, "tool-1.0.data/scripts/tool").binaryFormat()).isEqualTo(BinaryFormat.ELF);
      assertThat(entry(d, "tool-1.0.data/scripts/tool").text()).isEmpty();
      assertThat(entry(d, "tool-1.0.data/scripts/tool").textTruncated()).isFalse();
      assertThat(d.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.NOT_READ);
                assertThat(p.path()).isEqualTo("tool-1.0.data/scripts/tool.sh");
              });
    }

    @Test
    void javaScriptBundlesAreNotKeptAsText() throws Exception {
      InspectedDistribution d =
          read(
              "app-1.0-py3-none-any.whl",
              Archives.zip("app/static/bundle.js", "function f(){return 1}\n"));

      assertThat(entry(d, "app/static/bundle.js").text()).isEmpty();
    }

    @Test
    void aFileNamedLikeAWheelThatIsNotAZipIsDamaged() throws Exception {
      InspectedDistribution d =
          read("x-1.0-py3-none-any.whl", Archives.tarGz(out -> put(out, "a.py", new byte[1])));

      assertThat(d.format()).isEqualTo(Format.UNREADABLE);
      assertThat(d.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.DAMAGED);
                assertThat(p.detail())
                    .isEqualTo("named like a zip archive but its content is a gzip-compressed tar");
              });
    }

    @Test
    void emptyGarbageAndTruncatedFilesAreDamagedNotErrors() throws Exception {
      byte[] wheel = Archives.zip("a.py", "x = 1\n".repeat(1000));
      for (byte[] bad :
          List.of(
              new byte[0],
              "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1),
              Arrays.copyOf(wheel, wheel.length / 2),
              Arrays.copyOf(wheel, wheel.length - 10))) {
        InspectedDistribution d = read("x-1.0-py3-none-any.whl", bad);
        assertThat(kinds(d)).as("%d bytes", bad.length).contains(Kind.DAMAGED);
        assertThat(d.fullyRead()).isFalse();
      }
    }
  }

  @Nested
  class HostileStructure {

    @Test
    void namesThatLeaveTheTargetOrHideThemselvesAreProblems() throws Exception {
      byte[] sdist =
          Archives.tarGz(
              out -> {
                put(out, "pkg-1.0/setup.py", "pass\n".getBytes(StandardCharsets.UTF_8));
                put(out, "pkg-1.0/../../etc/cron.d/x", new byte[1]);
                TarArchiveEntry absolute =
                    new TarArchiveEntry("/usr/lib/python3/sitecustomize.py", true);
                absolute.setSize(1);
                out.putArchiveEntry(absolute);
                out.write(1);
                out.closeArchiveEntry();
                put(out, "pkg-1.0/setup.py", "other\n".getBytes(StandardCharsets.UTF_8));
                put(out, "pkg-1.0/evil\u001b[2Jname\n.py", new byte[1]);
                TarArchiveEntry symlink =
                    new TarArchiveEntry("pkg-1.0/key", TarArchiveEntry.LF_SYMLINK);
                symlink.setLinkName("../../../home/user/.ssh/id_rsa");
                put(out, symlink);
                TarArchiveEntry inside =
                    new TarArchiveEntry("pkg-1.0/docs/link", TarArchiveEntry.LF_SYMLINK);
                inside.setLinkName("../README");
                put(out, inside);
                TarArchiveEntry hard =
                    new TarArchiveEntry("pkg-1.0/passwd", TarArchiveEntry.LF_LINK);
                hard.setLinkName("/etc/passwd");
                put(out, hard);
                TarArchiveEntry device =
                    new TarArchiveEntry("pkg-1.0/null", TarArchiveEntry.LF_CHR);
                put(out, device);
              });

      InspectedDistribution d = read("pkg-1.0.tar.gz", sdist);

      assertThat(d.format()).isEqualTo(Format.TAR);
      assertThat(d.problems())
          .extracting(ArchiveProblem::kind, ArchiveProblem::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Kind.PATH_TRAVERSAL, "pkg-1.0/../../etc/cron.d/x"),
              org.assertj.core.groups.Tuple.tuple(
                  Kind.ABSOLUTE_PATH, "/usr/lib/python3/sitecustomize.py"),
              org.assertj.core.groups.Tuple.tuple(Kind.DUPLICATE_ENTRY, "pkg-1.0/setup.py"),
              org.assertj.core.groups.Tuple.tuple(
                  Kind.CONTROL_CHARACTERS, "pkg-1.0/evil\u001b[2Jname\n.py"),
              org.assertj.core.groups.Tuple.tuple(Kind.LINK_OUTSIDE, "pkg-1.0/key"),
              org.assertj.core.groups.Tuple.tuple(Kind.LINK_OUTSIDE, "pkg-1.0/passwd"),
              org.assertj.core.groups.Tuple.tuple(Kind.DEVICE_FILE, "pkg-1.0/null"));
      assertThat(entry(d, "pkg-1.0/key").type()).isEqualTo(Type.SYMBOLIC_LINK);
      assertThat(entry(d, "pkg-1.0/key").linkTarget()).contains("../../../home/user/.ssh/id_rsa");
      assertThat(d.fullyRead()).isTrue();
    }

    @Test
    void anOverlappingEntryZipBombIsNotUnpacked() throws Exception {
      byte[] kernel = new byte[4096];
      byte[] bomb = Archives.raw(List.of(new Archives.Raw("a", kernel, "a", "b", "c", "d")));

      InspectedDistribution d = read("bomb-1.0-py3-none-any.whl", bomb);

      assertThat(kinds(d)).contains(Kind.OVERLAPPING_ENTRIES);
      assertThat(d.entries()).isEmpty();
    }

    @Test
    void aHighlyCompressedEntryStopsAtTheRatio() throws Exception {
      long zeros = 100L << 20;
      InspectedDistribution d =
          read("z-1.0-py3-none-any.whl", Archives.zip(out -> putZeros(out, "z/data.bin", zeros)));

      assertThat(d.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.COMPRESSION_RATIO);
                assertThat(p.path()).isEqualTo("z/data.bin");
              });
      assertThat(entry(d, "z/data.bin").size()).isLessThan(zeros);
    }

    @Test
    void smallFilesOfZerosAreNormalData() throws Exception {
      // onnx ships test tensors like this: 2.5 MB packed a thousand times smaller.
      InspectedDistribution d =
          read(
              "z-1.0-py3-none-any.whl",
              Archives.zip(out -> putZeros(out, "z/input_0.pb", 5L << 20)));

      assertThat(d.problems()).isEmpty();
    }

    @Test
    void aTarBombStopsAtTheRatioEvenInEntriesItSkips() throws Exception {
      byte[] sdist =
          Archives.tarGz(
              out -> {
                TarArchiveEntry data = new TarArchiveEntry("p/data.bin");
                data.setSize(100L << 20);
                out.putArchiveEntry(data);
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 100; i++) {
                  out.write(chunk);
                }
                out.closeArchiveEntry();
              });

      InspectedDistribution d = read("p-1.0.tar.gz", sdist);

      assertThat(kinds(d)).containsExactly(Kind.COMPRESSION_RATIO);
    }

    @Test
    void aTarDeclaringTenGigabytesIsBoundedAndDamaged() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream out =
          new TarArchiveOutputStream(
              new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(bytes))) {
        out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry huge = new TarArchiveEntry("p/huge.py");
        huge.setSize(10L << 30);
        out.putArchiveEntry(huge);
        out.write("import os\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        // closing would complain that the entry is short: the archive ends here, truncated
        out.finish();
      } catch (IOException expected) {
        // the writer refuses to finish a short entry; the bytes written so far are the sample
      }

      InspectedDistribution d = read("p-1.0.tar.gz", bytes.toByteArray());

      assertThat(kinds(d)).contains(Kind.DAMAGED);
    }

    @Test
    void entryCountAndPathDepthHaveLimits() throws Exception {
      ArchiveLimits small = new ArchiveLimits(10, 1 << 20, 1 << 24, 200, 4, 1 << 20, 1 << 24);
      byte[] many =
          Archives.zip(
              out -> {
                put(out, "a/b/c/d/e/deep.py", new byte[1]);
                for (int i = 0; i < 20; i++) {
                  put(out, "f" + i + ".txt", new byte[1]);
                }
              });

      InspectedDistribution d = read("m-1.0.zip", many, small);

      assertThat(kinds(d)).containsExactly(Kind.DEEP_PATH, Kind.TOO_MANY_ENTRIES);
      assertThat(d.entries()).hasSize(10);
    }

    @Test
    void aHundredThousandTinyEntriesAreReadInFull() throws Exception {
      byte[] many =
          Archives.zip(
              out -> {
                for (int i = 0; i < 100_000; i++) {
                  put(out, "t/" + i, new byte[0]);
                }
              });

      InspectedDistribution d = read("t-1.0.zip", many);

      assertThat(d.entries()).hasSize(100_000);
      assertThat(d.problems()).isEmpty();
    }

    @Test
    void textBeyondTheBudgetIsReportedAsNotRead() throws Exception {
      ArchiveLimits small = new ArchiveLimits(100, 1 << 20, 1 << 24, 200, 32, 10, 15);
      InspectedDistribution d =
          read("s-1.0.zip", Archives.zip("a.py", "0123456789abcdef", "b.py", "0123456789"), small);

      assertThat(entry(d, "a.py").text()).contains("0123456789");
      assertThat(entry(d, "a.py").textTruncated()).isTrue();
      assertThat(entry(d, "b.py").text()).contains("01234");
      assertThat(kinds(d)).containsExactly(Kind.NOT_READ, Kind.NOT_READ);
      assertThat(d.fullyRead()).isFalse();
    }

    @Test
    void aLargeDataFileIsKeptInPartWithoutCountingAsUnread() throws Exception {
      ArchiveLimits small = new ArchiveLimits(100, 1 << 20, 1 << 24, 200, 32, 10, 1000);
      InspectedDistribution d =
          read("s-1.0.zip", Archives.zip("schema.json", "{\"a\": \"0123456789\"}"), small);

      assertThat(entry(d, "schema.json").textTruncated()).isTrue();
      assertThat(d.problems()).isEmpty();
    }

    @Test
    void zip64ArchivesAndNamesWithNulAreRead() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (var out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(bytes)) {
        out.setUseZip64(org.apache.commons.compress.archivers.zip.Zip64Mode.Always);
        put(out, "z/__init__.py", "x = 1\n".getBytes(StandardCharsets.UTF_8));
      }
      byte[] nul =
          Archives.raw(
              List.of(new Archives.Raw("evil\u0000.py", new byte[] {'x'}, "evil\u0000.py")));

      InspectedDistribution zip64 = read("z-1.0-py3-none-any.whl", bytes.toByteArray());
      InspectedDistribution withNul = read("n-1.0.zip", nul);

      assertThat(zip64.problems()).isEmpty();
      assertThat(entry(zip64, "z/__init__.py").text()).contains("x = 1\n");
      assertThat(kinds(withNul)).containsExactly(Kind.CONTROL_CHARACTERS);
    }

    @Test
    void namesThatAreNotUtf8AreReadWithReplacementCharacters() throws Exception {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes, "ISO-8859-1")) {
        put(out, "p/caf\u00e9\u00ff.py", new byte[1]);
      }

      InspectedDistribution d = read("p-1.0.tar", bytes.toByteArray());

      assertThat(d.entries())
          .singleElement()
          .satisfies(e -> assertThat(e.path()).startsWith("p/caf").endsWith(".py"));
    }
  }

  @Nested
  class Formats {

    @Test
    void bzip2AndXzSdists() throws Exception {
      for (String suffix : List.of("tar.bz2", "tar.xz")) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out =
            new TarArchiveOutputStream(
                suffix.endsWith("bz2")
                    ? new BZip2CompressorOutputStream(bytes)
                    : new XZCompressorOutputStream(bytes))) {
          put(out, "p-1.0/setup.py", "setup()\n".getBytes(StandardCharsets.UTF_8));
        }

        InspectedDistribution d = read("p-1.0." + suffix, bytes.toByteArray());

        assertThat(d.format()).isEqualTo(Format.TAR);
        assertThat(entry(d, "p-1.0/setup.py").text()).contains("setup()\n");
      }
    }

    @Test
    void anSdistsCMakeMesonAndRustBuildFilesAreKeptAsText() throws Exception {
      byte[] sdist =
          Archives.tarGz(
              out -> {
                put(out, "p-1.0/CMakeLists.txt", utf8("project(p)\n"));
                put(out, "p-1.0/cmake/Deps.cmake", utf8("find_package(Threads)\n"));
                put(out, "p-1.0/meson.build", utf8("project('p', 'c')\n"));
                put(out, "p-1.0/build.rs", utf8("fn main() {}\n"));
              });

      InspectedDistribution d = read("p-1.0.tar.gz", sdist);

      assertThat(entry(d, "p-1.0/CMakeLists.txt").text()).contains("project(p)\n");
      assertThat(entry(d, "p-1.0/cmake/Deps.cmake").text()).contains("find_package(Threads)\n");
      assertThat(entry(d, "p-1.0/meson.build").text()).contains("project('p', 'c')\n");
      assertThat(entry(d, "p-1.0/build.rs").text()).contains("fn main() {}\n");
    }

    @Test
    void aCondaPackageIsReadThroughItsInnerZstdTars() throws Exception {
      byte[] info = zstdTar("info/index.json", "{\"name\": \"demo\"}");
      byte[] pkg = zstdTar("lib/python3.12/site-packages/demo/__init__.py", "x = 1\n");
      byte[] conda =
          Archives.zip(
              out -> {
                put(
                    out,
                    "metadata.json",
                    "{\"conda_pkg_format_version\": 2}".getBytes(StandardCharsets.UTF_8));
                put(out, "info-demo-1.0-0.tar.zst", info);
                put(out, "pkg-demo-1.0-0.tar.zst", pkg);
              });

      InspectedDistribution d = read("demo-1.0-0.conda", conda);

      assertThat(d.format()).isEqualTo(Format.CONDA);
      assertThat(d.problems()).isEmpty();
      assertThat(entry(d, "info/index.json").text()).contains("{\"name\": \"demo\"}");
      assertThat(entry(d, "lib/python3.12/site-packages/demo/__init__.py").text())
          .contains("x = 1\n");
    }

    private byte[] zstdTar(String name, String content) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (TarArchiveOutputStream out =
          new TarArchiveOutputStream(new ZstdCompressorOutputStream(bytes))) {
        put(out, name, content.getBytes(StandardCharsets.UTF_8));
      }
      return bytes.toByteArray();
    }

    @Test
    void zipSymlinksAreLinksWithTheirTargets() throws Exception {
      byte[] zip =
          Archives.zip(
              out -> {
                ZipArchiveEntry link = new ZipArchiveEntry("p/link");
                link.setUnixMode(0120777);
                out.putArchiveEntry(link);
                out.write("../../../../etc/shadow".getBytes(StandardCharsets.UTF_8));
                out.closeArchiveEntry();
              });

      InspectedDistribution d = read("p-1.0.zip", zip);

      assertThat(entry(d, "p/link").type()).isEqualTo(Type.SYMBOLIC_LINK);
      assertThat(kinds(d)).containsExactly(Kind.LINK_OUTSIDE);
    }
  }

  @Test
  void randomDamageNeverEscapesAsAnException() throws Exception {
    byte[] wheel =
        Archives.zip(
            out -> {
              put(out, "d/__init__.py", "import os\n".repeat(200).getBytes(StandardCharsets.UTF_8));
              put(out, "d/lib.so", ELF);
            });
    byte[] sdist = Archives.tarGz(out -> put(out, "d-1.0/setup.py", new byte[5000]));
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      boolean zip = i % 2 == 0;
      byte[] sample = (zip ? wheel : sdist).clone();
      for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
        sample[random.nextInt(sample.length)] = (byte) random.nextInt(256);
      }
      InspectedDistribution d =
          read(
              zip ? "d-1.0-py3-none-any.whl" : "d-1.0.tar.gz",
              random.nextBoolean() ? sample : Arrays.copyOf(sample, random.nextInt(sample.length)));
      assertThat(d).isNotNull();
    }
  }

  private static void putZeros(
      org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream out, String name, long size)
      throws IOException {
    out.putArchiveEntry(new ZipArchiveEntry(name));
    byte[] chunk = new byte[1 << 20];
    for (long written = 0; written < size; written += chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
    }
    out.closeArchiveEntry();
  }

  private static byte[] elf() {
    byte[] elf = new byte[64];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    return elf;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
