package io.pkgguard.core;

import static io.pkgguard.core.GuardInspectionTest.DIGEST;
import static io.pkgguard.core.GuardInspectionTest.WHEEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.GuardInspectionTest.ShownEntriesRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local wheel or sdist is judged by what it holds and says about itself. */
class GuardLocalFileTest {

  private final List<Guard> guards = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void close() {
    guards.forEach(Guard::close);
  }

  /** The test ecosystem, which also reads "name-version.whl" files that hold a module. */
  static final class DescribingEcosystem implements io.pkgguard.api.Ecosystem {
    private final TestPlugins.TestEcosystem names = new TestPlugins.TestEcosystem();

    @Override
    public String id() {
      return TestPlugins.ECOSYSTEM;
    }

    @Override
    public io.pkgguard.api.NameScheme names() {
      return names.names();
    }

    @Override
    public PackageRequest parseRequest(String spec) throws io.pkgguard.api.RequestSyntaxException {
      return names.parseRequest(spec);
    }

    @Override
    public java.util.Optional<PackageMetadata> describe(InspectedDistribution d)
        throws io.pkgguard.api.SourceException {
      String name = d.file().filename();
      if (!name.endsWith(".whl")) {
        return java.util.Optional.empty();
      }
      if (d.entries().isEmpty()) {
        throw new io.pkgguard.api.SourceException(
            io.pkgguard.api.SourceException.Reason.MALFORMED, name + " holds nothing");
      }
      String[] parts = name.split("-");
      return java.util.Optional.of(
          PackageMetadata.builder(
                  new PackageId(TestPlugins.ECOSYSTEM, parts[0]), parts[1], d.file().url())
              .files(List.of(d.file()))
              .build());
    }
  }

  private Guard localGuard(String extraToml) {
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(TestPlugins.policy(extraToml))
            .addEcosystem(new DescribingEcosystem())
            .addSourceProvider(TestPlugins.FakeSourceProvider.knowingEverything())
            .addRule(new ShownEntriesRule())
            .addRule(new TestPlugins.LevelRule())
            .build();
    guards.add(guard);
    return guard;
  }

  @Test
  void aLocalWheelIsJudgedByWhatItHoldsAndSaysAboutItself() throws Exception {
    Path file = Files.write(dir.resolve("demo-1.0-py3-none-any.whl"), WHEEL);

    Verdict verdict = localGuard("").evaluateFile(file);

    assertThat(verdict.id().name() + " " + verdict.version().orElseThrow()).isEqualTo("demo 1.0");
    assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    assertThat(verdict.findingsOf("shown"))
        .extracting(Finding::message)
        .containsExactly("demo-1.0-py3-none-any.whl: demo/__init__.py");
    assertThat(verdict.artifacts())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.sha256()).contains(DIGEST);
              assertThat(a.url()).isEqualTo(file.toAbsolutePath().toUri());
            });
  }

  @Test
  void everyStageRunsEvenWhenAnEarlierOneRejects() throws Exception {
    Path file = Files.write(dir.resolve("demo-1.0-py3-none-any.whl"), WHEEL);

    Verdict verdict = localGuard("[rules.level]\nreport = \"critical\"\n").evaluateFile(file);

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.findingsOf("shown")).hasSize(1);
  }

  @Test
  void theDenyListAndThePauseHoldForLocalFilesToo() throws Exception {
    Path file = Files.write(dir.resolve("demo-1.0-py3-none-any.whl"), WHEEL);

    Verdict denied =
        localGuard("deny = [\"" + TestPlugins.ECOSYSTEM + ":demo\"]\n").evaluateFile(file);
    assertThat(denied.decision()).isEqualTo(Decision.REJECT);
    assertThat(denied.findingsOf("deny-list")).hasSize(1);

    Guard paused = localGuard("");
    paused.pause("incident");
    assertThat(paused.evaluateFile(file).decision()).isEqualTo(Decision.REJECT);
  }

  @Test
  void filesNobodyCanReadAreRejectedWithTheReason() throws Exception {
    Path garbage = Files.write(dir.resolve("demo-1.0.tar.gz"), new byte[] {1, 2, 3});
    Path tarball = Files.write(dir.resolve("other-1.0.tar.gz"), gzippedTar());
    Path empty = Files.write(dir.resolve("empty-1.0-py3-none-any.whl"), emptyZip());
    Guard guard = localGuard("");

    Verdict unreadable = guard.evaluateFile(garbage);
    assertThat(unreadable.id().name()).isEqualTo("demo-1.0.tar.gz");
    assertThat(unreadable.findingsOf("source"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "cannot tell what demo-1.0.tar.gz"
                            + " is: named like a gzip-compressed tar but its content is no archive pkgguard"
                            + " reads"));
    assertThat(guard.evaluateFile(tarball).findingsOf("source"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "cannot tell what other-1.0.tar.gz"
                            + " is: no installed ecosystem recognises it (installed: test); pkgguard reads"
                            + " wheels and sdists"));
    assertThat(guard.evaluateFile(empty).findingsOf("source"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "cannot tell what"
                            + " empty-1.0-py3-none-any.whl is: empty-1.0-py3-none-any.whl holds nothing"));
    assertThat(guard.evaluateFile(dir.resolve("missing.whl")).decision())
        .isEqualTo(Decision.REJECT);
  }

  private static byte[] emptyZip() throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    new java.util.zip.ZipOutputStream(bytes).close();
    return bytes.toByteArray();
  }

  private static byte[] gzippedTar() throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var tar =
        new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
            new java.util.zip.GZIPOutputStream(bytes))) {
      var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("other/a.py");
      entry.setSize(1);
      tar.putArchiveEntry(entry);
      tar.write('x');
      tar.closeArchiveEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aLocalFileLargerThanThePolicyAllowsIsNotRead() throws Exception {
    Path file = Files.write(dir.resolve("demo-1.0-py3-none-any.whl"), WHEEL);

    Verdict verdict = localGuard("[inspection]\nmax-file-bytes = 10\n").evaluateFile(file);

    assertThat(verdict.findingsOf("download"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("larger than the 10 bytes"));
  }
}
