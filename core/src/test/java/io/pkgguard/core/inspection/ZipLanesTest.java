package io.pkgguard.core.inspection;

import static io.pkgguard.core.inspection.Archives.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large zip archives are read on several threads; what comes out must be exactly what one thread
 * finds, limits and damage included.
 */
class ZipLanesTest {

  private static final ArchiveLimits DEFAULTS = ArchiveLimits.defaults();
  private static final int FILES = 60;
  private static final int FILE_BYTES = 256 * 1024;

  @TempDir Path dir;

  private final java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(3);
  private final AtomicInteger helped = new AtomicInteger();
  private final Executor counting =
      task ->
          pool.execute(
              () -> {
                helped.incrementAndGet();
                task.run();
              });

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void aLargeWheelReadsTheSameOnOneThreadAsOnFour() throws Exception {
    Path wheel = write(largeWheel());

    InspectedDistribution alone = readAlone(wheel, DEFAULTS);
    InspectedDistribution together = readOnFourLanes(wheel, DEFAULTS);

    assertThat(helped).hasValue(3);
    assertThat(together).isEqualTo(alone);
    assertThat(together.problems()).isEmpty();
    assertThat(together.entries()).hasSize(FILES * 2 + 2);
    assertThat(together.entries().get(1).path()).isEqualTo("big/module_0.py");
    assertThat(together.entries().get(1).text().orElseThrow()).hasSize(FILE_BYTES);
    assertThat(together.entries().get(2).sha256()).isPresent();
  }

  @Test
  void theTextBudgetIsSpentInArchiveOrderWhateverReadsFirst() throws Exception {
    Path wheel = write(largeWheel());
    // Enough text for ten and a half modules: module 10 keeps half, the rest none.
    ArchiveLimits text =
        limits(DEFAULTS.maxEntries(), DEFAULTS.maxTotalBytes(), FILE_BYTES * 10L + FILE_BYTES / 2);

    InspectedDistribution alone = readAlone(wheel, text);
    InspectedDistribution together = readOnFourLanes(wheel, text);

    assertThat(together).isEqualTo(alone);
    assertThat(together.entries().get(21).path()).isEqualTo("big/module_10.py");
    assertThat(together.entries().get(21).text().orElseThrow()).hasSize(FILE_BYTES / 2);
    assertThat(together.problems())
        .extracting(ArchiveProblem::path)
        .first()
        .isEqualTo("big/module_10.py");
    // Modules 10 to 59, and the RECORD after them.
    assertThat(together.problems())
        .extracting(ArchiveProblem::kind)
        .containsOnly(Kind.NOT_READ)
        .hasSize(FILES - 10 + 1);
  }

  @Test
  void theTotalAndEntryLimitsStopAtTheSameEntry() throws Exception {
    Path wheel = write(largeWheel());
    ArchiveLimits total = limits(DEFAULTS.maxEntries(), FILE_BYTES * 40L, DEFAULTS.maxTextTotal());
    ArchiveLimits count = limits(50, DEFAULTS.maxTotalBytes(), DEFAULTS.maxTextTotal());

    InspectedDistribution byTotal = readOnFourLanes(wheel, total);
    InspectedDistribution byCount = readOnFourLanes(wheel, count);

    assertThat(byTotal).isEqualTo(readAlone(wheel, total));
    assertThat(byTotal.problems())
        .extracting(ArchiveProblem::kind)
        .containsExactly(Kind.TOTAL_TOO_LARGE);
    assertThat(byCount).isEqualTo(readAlone(wheel, count));
    assertThat(byCount.problems())
        .extracting(ArchiveProblem::kind)
        .containsExactly(Kind.TOO_MANY_ENTRIES);
    assertThat(byCount.entries()).hasSize(50);
  }

  @Test
  void aDamagedEntryEndsReadingThereAsItDoesOnOneThread() throws Exception {
    byte[] zip = largeWheel();
    // Half its compressed data: inflating it runs out of input mid-entry.
    long packed = packedSize(zip, "big/module_30.py");
    Path damaged = write(Archives.withDeclaredSizes(zip, "big/module_30.py", packed / 2, -1));

    InspectedDistribution alone = readAlone(damaged, DEFAULTS);
    InspectedDistribution together = readOnFourLanes(damaged, DEFAULTS);

    assertThat(together).isEqualTo(alone);
    // The framing check sees the other half as bytes no entry accounts for.
    assertThat(together.problems())
        .extracting(ArchiveProblem::kind)
        .containsExactly(Kind.AMBIGUOUS_STRUCTURE, Kind.DAMAGED);
    assertThat(together.problems().get(1).detail()).startsWith("cannot be read to its end");
    assertThat(together.entries()).last().extracting(e -> e.path()).isEqualTo("big/module_29.so");
  }

  @Test
  void anEntryUnpackingToMoreOrLessThanItsDirectoryDeclaresIsDamaged() throws Exception {
    byte[] zip = largeWheel();
    Path more = write(Archives.withDeclaredSizes(zip, "big/module_3.py", -1, 1000));
    Path less = write(Archives.withDeclaredSizes(zip, "big/module_4.py", -1, FILE_BYTES + 1));

    for (Path file : List.of(more, less)) {
      InspectedDistribution alone = readAlone(file, DEFAULTS);
      assertThat(readOnFourLanes(file, DEFAULTS)).isEqualTo(alone);
      assertThat(alone.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.kind()).isEqualTo(Kind.DAMAGED);
                assertThat(p.detail())
                    .isIn(
                        "unpacks to more than the 1000 bytes the archive declares for it; the rest was not"
                            + " read",
                        "unpacks to "
                            + FILE_BYTES
                            + " bytes, fewer than the "
                            + (FILE_BYTES + 1)
                            + " the archive declares for it");
              });
      assertThat(alone.fullyRead()).isFalse();
    }
    InspectedDistribution lied = readAlone(more, DEFAULTS);
    assertThat(lied.entries().get(7).path()).isEqualTo("big/module_3.py");
    assertThat(lied.entries().get(7).sha256()).isEmpty();
    assertThat(lied.entries().get(7).text().orElseThrow()).hasSize(1000);
  }

  @Test
  void withNoHelperFreeTheCallingThreadReadsEverything() throws Exception {
    Path wheel = write(largeWheel());
    Executor busy =
        task -> {
          throw new java.util.concurrent.RejectedExecutionException("busy");
        };

    InspectedDistribution read =
        new ArchiveReader(DEFAULTS, new ZipScanner.Lanes(4, busy)).read(wheel, described(), "00");

    assertThat(read).isEqualTo(readAlone(wheel, DEFAULTS));
  }

  @Test
  void helpersStartedForALargeFileThatIsNotWorthSharingAreSentHome() throws Exception {
    // 5 MB of incompressible bytes: large enough on disk to start helpers before the directory
    // is read, too little to unpack for sharing the entries.
    byte[] noise = new byte[5 << 20];
    new Random(3).nextBytes(noise);
    Path wheel = write(Archives.zip(out -> put(out, "big/_native.so", noise)));

    InspectedDistribution together = readOnFourLanes(wheel, DEFAULTS);

    assertThat(helped).hasValue(3);
    assertThat(together).isEqualTo(readAlone(wheel, DEFAULTS));
    assertThat(together.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.size()).isEqualTo(noise.length));
  }

  /** Python modules of 256 KB each followed by a native library: 30 MB, 122 entries. */
  private static byte[] largeWheel() {
    Random random = new Random(7);
    return Archives.zip(
        out -> {
          out.putArchiveEntry(new ZipArchiveEntry("big/"));
          out.closeArchiveEntry();
          for (int i = 0; i < FILES; i++) {
            StringBuilder source = new StringBuilder(FILE_BYTES);
            while (source.length() < FILE_BYTES) {
              source
                  .append("value_")
                  .append(random.nextInt(1_000_000))
                  .append(" = ")
                  .append(random.nextLong())
                  .append('\n');
            }
            source.setLength(FILE_BYTES);
            put(out, "big/module_" + i + ".py", source.toString().getBytes(StandardCharsets.UTF_8));
            byte[] library = new byte[64 * 1024];
            random.nextBytes(library);
            library[0] = 0x7f;
            library[1] = 'E';
            library[2] = 'L';
            library[3] = 'F';
            put(out, "big/module_" + i + ".so", library);
          }
          put(
              out,
              "big-1.0.dist-info/RECORD",
              "big/module_0.py,,\n".getBytes(StandardCharsets.UTF_8));
        });
  }

  private static long packedSize(byte[] zip, String name) throws IOException {
    try (var file =
        org.apache.commons.compress.archivers.zip.ZipFile.builder().setByteArray(zip).get()) {
      return file.getEntry(name).getCompressedSize();
    }
  }

  private static ArchiveLimits limits(int entries, long total, long text) {
    ArchiveLimits d = DEFAULTS;
    return new ArchiveLimits(
        entries,
        d.maxEntryBytes(),
        total,
        d.maxCompressionRatio(),
        d.maxPathDepth(),
        d.maxTextBytes(),
        text);
  }

  private Path write(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "wheel", ".whl"), bytes);
  }

  private static DistributionFile described() {
    String name = "big-1.0-cp312-cp312-manylinux_2_17_x86_64.whl";
    return DistributionFile.of(
        name, URI.create("https://files.example/" + name), DistributionFile.Kind.WHEEL);
  }

  private static InspectedDistribution readAlone(Path file, ArchiveLimits limits) {
    return new ArchiveReader(limits, 1).read(file, described(), "00");
  }

  private InspectedDistribution readOnFourLanes(Path file, ArchiveLimits limits) {
    return new ArchiveReader(limits, new ZipScanner.Lanes(4, counting))
        .read(file, described(), "00");
  }
}
