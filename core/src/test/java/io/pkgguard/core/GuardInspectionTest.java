package io.pkgguard.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The content rules judge the very bytes an installer would get, or nothing is allowed. */
class GuardInspectionTest {

  @RegisterExtension
  static WireMockExtension files =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final byte[] WHEEL = wheel();
  static final String DIGEST = sha256(WHEEL);

  private final List<Guard> guards = new ArrayList<>();

  @TempDir Path dir;

  @AfterEach
  void close() {
    guards.forEach(Guard::close);
  }

  /** Lists what it was shown, so that tests can see it. */
  @RuleDefinition(
      id = "shown",
      summary = "reports the entries it was shown",
      level = RiskLevel.LOW,
      category = RiskCategory.CONTENT,
      stage = RuleStage.CONTENT)
  static final class ShownEntriesRule implements SecurityRule {
    @Override
    public List<Finding> evaluate(RuleContext context) {
      return context.distributions().stream()
          .map(
              d ->
                  finding(
                      RiskLevel.LOW,
                      d.file().filename()
                          + ": "
                          + d.entries().stream()
                              .map(ArchiveEntry::path)
                              .collect(Collectors.joining(", "))))
          .toList();
    }
  }

  private Guard guard(
      String index, List<DistributionFile> releaseFiles, String extraToml, SecurityRule... rules) {
    TestPlugins.FakeSourceProvider source =
        new TestPlugins.FakeSourceProvider(r -> metadata(r.id().name(), index, releaseFiles));
    Guard.Builder builder =
        Guard.builder()
            .discover(false)
            .policy(TestPlugins.policy(extraToml).withIndex("test", URI.create(index)))
            .addEcosystem(new TestPlugins.TestEcosystem())
            .addSourceProvider(source)
            .temporaryDirectory(dir);
    for (SecurityRule rule : rules) {
      builder.addRule(rule);
    }
    Guard guard = builder.build();
    guards.add(guard);
    return guard;
  }

  private Guard guard(List<DistributionFile> releaseFiles, String extraToml) {
    return guard(files.baseUrl() + "/api", releaseFiles, extraToml, new ShownEntriesRule());
  }

  private static PackageMetadata metadata(
      String name, String index, List<DistributionFile> releaseFiles) {
    return PackageMetadata.builder(PackageId.pypi(name), "1.0", URI.create(index + "/" + name))
        .releases(List.of(new Release("1.0", releaseFiles)))
        .files(releaseFiles)
        .build();
  }

  private static DistributionFile served(String path) {
    return DistributionFile.of(
        "demo-1.0-py3-none-any.whl",
        URI.create(files.baseUrl() + path),
        DistributionFile.Kind.WHEEL);
  }

  private static Verdict check(Guard guard) {
    return guard.evaluate(PackageRequest.of(new PackageId(TestPlugins.ECOSYSTEM, "demo")));
  }

  @Test
  void contentRulesSeeTheVerifiedFileAndTheVerdictNamesItsDigest() {
    files.stubFor(get("/files/demo.whl").willReturn(aResponse().withBody(WHEEL)));

    Verdict verdict = check(guard(List.of(served("/files/demo.whl").withSha256(DIGEST)), ""));

    assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    assertThat(verdict.complete()).isTrue();
    assertThat(verdict.findingsOf("shown"))
        .extracting(Finding::message)
        .containsExactly("demo-1.0-py3-none-any.whl: demo/__init__.py");
    assertThat(verdict.artifacts())
        .extracting(Artifact::sha256)
        .containsExactly(java.util.Optional.of(DIGEST));
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void bytesThatAreNotTheOnesTheIndexDeclaredAreRejected() {
    files.stubFor(get("/files/demo.whl").willReturn(aResponse().withBody(WHEEL)));
    String declared = "00".repeat(32);

    Verdict verdict = check(guard(List.of(served("/files/demo.whl").withSha256(declared)), ""));

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.findingsOf("shown")).isEmpty();
    assertThat(verdict.findingsOf("download"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RiskLevel.CRITICAL);
              assertThat(f.category()).isEqualTo(RiskCategory.SOURCE);
              assertThat(f.message())
                  .isEqualTo(
                      "the bytes of demo-1.0-py3-none-any.whl do not match the"
                          + " index's digest: the index declares sha256 "
                          + declared
                          + ", the file downloaded"
                          + " has "
                          + DIGEST);
            });
  }

  @Test
  void aFileThatCannotBeFetchedLeavesNothingAllowed() {
    files.stubFor(get("/files/gone.whl").willReturn(aResponse().withStatus(404)));
    files.stubFor(
        get("/files/reset.whl").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    files.stubFor(
        get("/files/elsewhere.whl")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "https://evil.example/demo.whl")));
    files.stubFor(get("/files/big.whl").willReturn(aResponse().withBody(new byte[5000])));

    for (String path :
        List.of("/files/gone.whl", "/files/reset.whl", "/files/elsewhere.whl", "/files/big.whl")) {
      Verdict verdict =
          check(
              guard(
                  List.of(served(path).withSha256(DIGEST)),
                  """
          [inspection]
          max-file-bytes = 4096
          [limits]
          max-attempts = 1
          """));
      assertThat(verdict.decision()).as(path).isEqualTo(Decision.REJECT);
      assertThat(verdict.complete()).isFalse();
      assertThat(verdict.findingsOf("download"))
          .as(path)
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("demo-1.0-py3-none-any.whl"));
    }
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aPackageAlreadyRejectedIsNotDownloaded() {
    files.stubFor(get("/files/demo.whl").willReturn(aResponse().withBody(WHEEL)));

    Verdict verdict =
        check(
            guard(
                files.baseUrl() + "/api",
                List.of(served("/files/demo.whl").withSha256(DIGEST)),
                """
            [rules.level]
            report = "critical"
            """,
                new ShownEntriesRule(),
                new TestPlugins.LevelRule()));

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.complete()).isFalse();
    files.verify(0, getRequestedFor(urlPathMatching("/files/.*")));
  }

  @Test
  void aFileJudgedOnceIsNotFetchedAgain() {
    files.stubFor(get("/files/demo.whl").willReturn(aResponse().withBody(WHEEL)));
    Guard guard = guard(List.of(served("/files/demo.whl").withSha256(DIGEST)), "");

    check(guard);
    Verdict again = check(guard);

    assertThat(again.findingsOf("shown")).hasSize(1);
    files.verify(1, getRequestedFor(urlPathMatching("/files/demo.whl")));
  }

  @Test
  void withoutContentRulesNothingIsDownloaded() {
    Verdict verdict =
        check(
            guard(
                files.baseUrl() + "/api",
                List.of(served("/files/demo.whl").withSha256(DIGEST)),
                "",
                new TestPlugins.QuietRule()));

    assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    files.verify(0, getRequestedFor(urlPathMatching("/files/.*")));
  }

  @Test
  void aFileWithoutADeclaredDigestIsReadButNeedsSpecialApproval() {
    files.stubFor(get("/files/demo.whl").willReturn(aResponse().withBody(WHEEL)));

    Verdict verdict = check(guard(List.of(served("/files/demo.whl")), ""));

    assertThat(verdict.decision()).isEqualTo(Decision.SPECIAL_APPROVAL);
    assertThat(verdict.findingsOf("shown")).hasSize(1);
    assertThat(verdict.findingsOf("download"))
        .extracting(Finding::message)
        .containsExactly(
            "the index declares no SHA-256 for demo-1.0-py3-none-any.whl: the bytes judged cannot be"
                + " tied to what the index published, and an installer cannot pin them");
  }

  @Test
  void aLocalMirrorServesFilesFromItsPackagesDirectory() throws Exception {
    Path web = Files.createDirectories(dir.resolve("web"));
    Path index = Files.createDirectories(web.resolve("pypi"));
    Path stored =
        Files.createDirectories(web.resolve("packages/ab/cd")).resolve("demo-1.0-py3-none-any.whl");
    Files.write(stored, WHEEL);
    DistributionFile linked =
        DistributionFile.of(
                "demo-1.0-py3-none-any.whl",
                URI.create("https://files.index.test/packages/ab/cd/demo-1.0-py3-none-any.whl"),
                DistributionFile.Kind.WHEEL)
            .withSha256(DIGEST);
    DistributionFile escaping =
        DistributionFile.of(
                "demo-1.0-py3-none-any.whl",
                URI.create("https://files.index.test/packages/../../secret.whl"),
                DistributionFile.Kind.WHEEL)
            .withSha256(DIGEST);
    Files.write(dir.resolve("secret.whl"), WHEEL);

    Verdict verdict =
        check(guard(index.toUri().toString(), List.of(linked), "", new ShownEntriesRule()));
    Verdict outside =
        check(guard(index.toUri().toString(), List.of(escaping), "", new ShownEntriesRule()));

    assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    assertThat(verdict.findingsOf("shown")).hasSize(1);
    assertThat(outside.decision()).isEqualTo(Decision.REJECT);
    assertThat(outside.findingsOf("download"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("outside the trusted mirror"));
  }

  private static byte[] wheel() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("demo/__init__.py"));
      zip.write("x = 1\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
