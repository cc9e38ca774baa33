package io.pkgguard.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.core.inspection.ArchiveReader;
import io.pkgguard.core.policy.ArchiveLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The archive reader on any bytes under any distribution file name: it always describes the file
 * (hostile or damaged structure is data, a problem of the result), never throws. The first byte
 * picks the name, and so what the reader expects.
 */
class ArchiveFuzzTest {

  private static final ArchiveReader READER = new ArchiveReader(ArchiveLimits.defaults(), 1);
  private static final Path FILE;

  static {
    try {
      FILE = Files.createTempFile("pkgguard-fuzz-", ".bin");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "")
  void fuzz(byte[] input) throws IOException {
    String name =
        Inputs.choose(
            input,
            "pkg-1.0-py3-none-any.whl",
            "pkg-1.0.tar.gz",
            "pkg-1.0.zip",
            "pkg-1.0.tar.bz2",
            "pkg-1.0.tar.xz",
            "pkg-1.0-0.conda",
            "pkg-1.0.tar");
    Files.write(FILE, Inputs.rest(input));
    DistributionFile file =
        DistributionFile.of(
            name,
            URI.create("https://files.example/" + name),
            name.endsWith(".whl") ? DistributionFile.Kind.WHEEL : DistributionFile.Kind.SDIST);
    ParserContract.holds(
        () -> {
          InspectedDistribution read = READER.read(FILE, file, "00".repeat(32));
          assertThat(read.file()).isEqualTo(file);
        });
  }
}
