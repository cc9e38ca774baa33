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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing into real virtual environments made with the machine's python3, from wheels the
 * tests build and serve from a local mirror, judged by the real rules, offline.
 */
class InstallerTest {

  private static final String USER = "alice";
  private static final String ADMIN = "root-ops";

  @TempDir Path dir;
  private TestIndex index;
  private PythonEnvironment environment;
  private final List<Guard> guards = new ArrayList<>();
  private final List<Installer> installers = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    index = new TestIndex(dir.resolve("mirror"));
    environment = Environments.fresh(dir.resolve("venv"));
  }

  @AfterEach
  void closeGuards() {
    installers.forEach(Installer::close);
    guards.forEach(Guard::close);
  }

  private Installer installer(Guard guard) {
    Installer installer = new Installer(guard);
    installers.add(installer);
    return installer;
  }

  private Guard guard(String user, String policy) {
    Guard guard =
        Guard.builder()
            .policy(
                PolicyLoader.parse(
                    "[store]\ntype = \"sqlite\"\npath = \""
                        + dir.resolve("state").toString().replace("\\", "\\\\")
                        + "\"\n"
                        + "[approvals]\nadministrators = [\""
                        + ADMIN
                        + "\"]\n"
                        + policy,
                    "test.toml"))
            .offline(true)
            .index("pypi", index.uri())
            .advisoryDatabase(TestIndex.advisories(dir.resolve("advisories.zip")).toUri())
            .retainDownloads(dir.resolve("kept"))
            .identity(user)
            .build();
    guards.add(guard);
    return guard;
  }

  private Guard guard() {
    return guard(USER, "");
  }

  private static List<PackageRequest> requests(String... names) {
    return java.util.Arrays.stream(names).map(n -> PackageRequest.of(PackageId.pypi(n))).toList();
  }

  private static Consent answering(String reason, List<String> asked) {
    return planned -> {
      asked.add(planned.name());
      return Optional.ofNullable(reason);
    };
  }

  private List<AuditRecord> installationRecords(Guard guard) throws Exception {
    return guard.auditLog().records(r -> r.kind() == AuditRecord.Kind.INSTALLATION);
  }

  @Nested
  class Installing {

    @Test
    void aPackageAndItsDependencyGoInByHashAndAreVerified() throws Exception {
      index
          .publish(new TestWheel("tidylib", "1.2.0"))
          .publish(
              new TestWheel("tidyapp", "2.0.0").requiring("tidylib>=1.0").consoleScript("tidyapp"));
      Guard guard = guard();
      Installer installer = installer(guard);

      InstallPlan plan = installer.plan(environment, requests("tidyapp"), InstallProgress.silent());
      assertThat(plan.blockers()).isEmpty();
      assertThat(plan.packages())
          .extracting(PlannedPackage::name)
          .containsExactlyInAnyOrder("tidyapp", "tidylib");
      List<InstallProgress.Phase> phases = new ArrayList<>();
      InstallResult result =
          installer.install(plan, Consent.nobody(), (phase, detail) -> phases.add(phase));

      assertThat(result.installed())
          .extracting(PlannedPackage::name)
          .containsExactlyInAnyOrder("tidyapp", "tidylib");
      assertThat(phases)
          .containsSubsequence(
              InstallProgress.Phase.DOWNLOAD,
              InstallProgress.Phase.INSTALL,
              InstallProgress.Phase.VERIFY,
              InstallProgress.Phase.DONE);
      assertThat(environment.scripts().resolve("tidyapp")).isExecutable();
      ProcessRunner.Result run =
          ProcessRunner.run(
              List.of(environment.scripts().resolve("tidyapp").toString()),
              dir,
              Environments.DEADLINE);
      assertThat(run.output()).contains("tidyapp 2.0.0");
      assertThat(installationRecords(guard))
          .extracting(r -> r.details().get("outcome"))
          .containsExactly("started", "installed");
      assertThat(new EnvironmentAudit(guard).audit(environment).intact()).isTrue();
    }

    @Test
    void whatIsInstalledAlreadyAtThatVersionIsLeftAlone() throws Exception {
      index.publish(new TestWheel("tidylib", "1.2.0"));
      Installer installer = installer(guard());
      installer.install(
          installer.plan(environment, requests("tidylib"), InstallProgress.silent()),
          Consent.nobody(),
          InstallProgress.silent());
      Map<String, String> before = Environments.listing(environment);

      InstallPlan again =
          installer.plan(environment, requests("tidylib"), InstallProgress.silent());
      InstallResult result = installer.install(again, Consent.nobody(), InstallProgress.silent());

      assertThat(again.packages())
          .singleElement()
          .satisfies(p -> assertThat(p.alreadyInstalled()).isTrue());
      assertThat(result.installed()).isEmpty();
      assertThat(Environments.listing(environment)).isEqualTo(before);
    }
  }

  @Nested
  class Approval {

    @Test
    void aReviewTheUserDeclinesInstallsNothing() throws Exception {
      index.publishWithoutAuthor(new TestWheel("barelib", "0.3.0"));
      Installer installer = installer(guard());
      InstallPlan plan = installer.plan(environment, requests("barelib"), InstallProgress.silent());
      assertThat(plan.needingConsent())
          .singleElement()
          .satisfies(p -> assertThat(p.verdict().decision()).isEqualTo(Decision.REVIEW));
      Map<String, String> before = Environments.listing(environment);
      List<String> asked = new ArrayList<>();

      assertThatThrownBy(
              () -> installer.install(plan, answering(null, asked), InstallProgress.silent()))
          .isInstanceOf(InstallException.class)
          .hasMessageContaining("barelib 0.3.0 was not approved, so nothing was installed")
          .extracting(e -> ((InstallException) e).step())
          .isEqualTo(InstallException.Step.CONSENT);
      assertThat(asked).containsExactly("barelib");
      assertThat(Environments.listing(environment)).isEqualTo(before);
    }

    @Test
    void aReviewTheUserConfirmsIsRecordedAsTheirApprovalAndInstalled() throws Exception {
      index.publishWithoutAuthor(new TestWheel("barelib", "0.3.0"));
      Guard guard = guard();
      Installer installer = installer(guard);

      installer.install(
          installer.plan(environment, requests("barelib"), InstallProgress.silent()),
          answering("read its source", new ArrayList<>()),
          InstallProgress.silent());

      assertThat(guard.approvals().list())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.approvedBy()).isEqualTo(USER);
                assertThat(a.reason()).isEqualTo("read its source");
              });
      assertThat(InstalledDistribution.in(environment.sitePackages()))
          .extracting(InstalledDistribution::name)
          .contains("barelib");
    }

    @Test
    void specialApprovalNeedsAnAdministratorAndARejectionStopsEverything() throws Exception {
      index
          .publish(new TestWheel("tidylib", "1.2.0"))
          .publish(new TestWheel("reqeusts", "2.32.0")); // typosquat of requests: rejected
      InstallPlan rejected =
          installer(guard())
              .plan(environment, requests("tidylib", "reqeusts"), InstallProgress.silent());

      assertThat(rejected.blocked()).isTrue();
      assertThat(rejected.blockers())
          .anySatisfy(b -> assertThat(b).startsWith("reqeusts" + " 2.32.0 is rejected"));
      assertThatThrownBy(
              () ->
                  installer(guard()).install(rejected, Consent.nobody(), InstallProgress.silent()))
          .hasMessageStartingWith("nothing was installed: reqeusts");
    }
  }

  @Nested
  class Failures {

    @Test
    void bytesThatChangedSinceTheyWereJudgedAreRefused() throws Exception {
      TestWheel wheel = new TestWheel("tidylib", "1.2.0");
      index.publish(wheel);
      Guard guard = guard();
      Installer installer = installer(guard);
      InstallPlan plan = installer.plan(environment, requests("tidylib"), InstallProgress.silent());
      Path judged =
          guard.retainedFile(plan.packages().get(0).artifact().orElseThrow()).orElseThrow();
      Files.write(
          judged, new TestWheel("tidylib", "1.2.0").file("tidylib/evil.py", "import os\n").bytes());
      Map<String, String> before = Environments.listing(environment);

      assertThatThrownBy(() -> installer.install(plan, Consent.nobody(), InstallProgress.silent()))
          .hasMessageContaining(
              "the bytes of " + wheel.filename() + " changed since it was" + " judged");
      assertThat(Environments.listing(environment)).isEqualTo(before);
    }

    @Test
    void pipFailingHalfWayLeavesTheEnvironmentAsItWasByteForByte() throws Exception {
      index
          .publish(new TestWheel("alpha", "1.0.0"))
          .publish(new TestWheel("omega", "1.0.0").file("conflict/__init__.py", "X = 1\n"));
      // A file where omega needs a directory: pip installs alpha, then fails on omega.
      Files.writeString(environment.purelib().resolve("conflict"), "in the way\n");
      Guard guard = guard();
      Installer installer = installer(guard);
      InstallPlan plan =
          installer.plan(environment, requests("alpha", "omega"), InstallProgress.silent());
      Map<String, String> before = Environments.listing(environment);

      assertThatThrownBy(() -> installer.install(plan, Consent.nobody(), InstallProgress.silent()))
          .isInstanceOf(InstallException.class)
          .hasMessageContaining("conflict")
          .extracting(e -> ((InstallException) e).step())
          .isEqualTo(InstallException.Step.PIP);

      assertThat(Environments.listing(environment)).isEqualTo(before);
      assertThat(installationRecords(guard))
          .last()
          .satisfies(
              r -> {
                assertThat(r.details())
                    .containsEntry("outcome", "rolled-back")
                    .containsEntry("step", "PIP");
                assertThat(r.summary()).startsWith("rolled back: pip could not install them");
              });
    }

    @Test
    void aWheelWhoseRecordLiesIsHeldBackWhenJudged() throws Exception {
      index.publish(new TestWheel("liar", "1.0.0").recordLyingAbout("liar/__init__.py"));

      InstallPlan plan =
          installer(guard()).plan(environment, requests("liar"), InstallProgress.silent());

      assertThat(plan.blockers())
          .singleElement()
          .asString()
          .startsWith("liar 1.0.0 needs an administrator's approval")
          .contains("RECORD does not match the wheel");
    }

    @Test
    void aWheelWhoseRecordLiesFailsVerificationWhenTheRuleIsOffAndIsRolledBack() throws Exception {
      index.publish(new TestWheel("liar", "1.0.0").recordLyingAbout("liar/__init__.py"));
      Guard guard = guard(USER, "[rules.distribution-files]\nenabled = false\n");
      Installer installer = installer(guard);
      InstallPlan plan = installer.plan(environment, requests("liar"), InstallProgress.silent());
      Map<String, String> before = Environments.listing(environment);

      assertThatThrownBy(
              () ->
                  installer.install(
                      plan, answering("ok", new ArrayList<>()), InstallProgress.silent()))
          .hasMessageContaining("liar/__init__.py does not match its RECORD")
          .extracting(e -> ((InstallException) e).step())
          .isEqualTo(InstallException.Step.VERIFY);
      assertThat(Environments.listing(environment)).isEqualTo(before);
    }

    @Test
    void anInterruptionMidInstallRestoresTheEnvironment() throws Exception {
      index.publish(new TestWheel("tidylib", "1.2.0"));
      Installer installer = installer(guard());
      InstallPlan plan = installer.plan(environment, requests("tidylib"), InstallProgress.silent());
      Map<String, String> before = Environments.listing(environment);
      CountDownLatch installing = new CountDownLatch(1);
      Thread[] worker = new Thread[1];

      CompletableFuture<Throwable> outcome =
          CompletableFuture.supplyAsync(
              () -> {
                worker[0] = Thread.currentThread();
                try {
                  installer.install(
                      plan,
                      Consent.nobody(),
                      (phase, detail) -> {
                        if (phase == InstallProgress.Phase.INSTALL) {
                          installing.countDown();
                        }
                      });
                  return null;
                } catch (Exception e) {
                  return e;
                }
              });
      assertThat(installing.await(60, TimeUnit.SECONDS)).isTrue();
      Thread.sleep(100); // pip is starting
      worker[0].interrupt();

      assertThat(outcome.get(60, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
      assertThat(Environments.listing(environment)).isEqualTo(before);
    }

    @Test
    void aSecondInstallationIntoTheSameEnvironmentWaitsThenRefuses() throws Exception {
      index.publish(new TestWheel("tidylib", "1.2.0"));
      Installer installer = installer(guard(USER, "[install]\nlock-wait-ms = 500\n"));
      InstallPlan plan = installer.plan(environment, requests("tidylib"), InstallProgress.silent());

      try (EnvironmentTransaction held =
          EnvironmentTransaction.lock(environment, java.time.Duration.ZERO)) {
        assertThatThrownBy(
                () -> installer.install(plan, Consent.nobody(), InstallProgress.silent()))
            .hasMessageContaining("another pkgguard installation is changing")
            .extracting(e -> ((InstallException) e).step())
            .isEqualTo(InstallException.Step.LOCK);
      }
      assertThat(installer.install(plan, Consent.nobody(), InstallProgress.silent()).installed())
          .hasSize(1);
    }
  }

  @Nested
  class SourceDistributions {

    @Test
    void areNotBuiltUnlessThePolicyAllowsIt() throws Exception {
      index.publishSdist("srconly", "1.0.0");

      InstallPlan plan =
          installer(guard()).plan(environment, requests("srconly"), InstallProgress.silent());

      assertThat(plan.blockers())
          .singleElement()
          .asString()
          .contains(
              "has only a source"
                  + " distribution (srconly-1.0.0.tar.gz), and the policy does not allow building one");
    }

    @Test
    void areBuiltWithNoIndexAndTheWheelIsJudgedBeforeItIsInstalled() throws Exception {
      index.publishSdist("srconly", "1.0.0");
      Guard guard = guard(USER, "[install]\nbuild-sdists = true\n");
      Installer installer = installer(guard);
      InstallPlan plan = installer.plan(environment, requests("srconly"), InstallProgress.silent());
      List<String> asked = new ArrayList<>();

      InstallResult result =
          installer.install(plan, answering("built here", asked), InstallProgress.silent());

      assertThat(result.installed())
          .singleElement()
          .satisfies(
              p ->
                  assertThat(p.artifact().orElseThrow().filename())
                      .isEqualTo("srconly-1.0.0-py3-none-any.whl"));
      assertThat(environment.purelib().resolve("srconly.py")).hasContent("VERSION = '1.0.0'");
      // The wheel built was judged on its own before it was installed.
      assertThat(guard.auditLog().records(r -> r.kind() == AuditRecord.Kind.EVALUATION))
          .anySatisfy(
              r ->
                  assertThat(r.details().get("artifacts"))
                      .startsWith("srconly-1.0.0-py3-none-any.whl="));
    }
  }

  @Nested
  class Environment {

    @Test
    void aFileWhereTheEnvironmentShouldBeIsAClearError() throws Exception {
      Path file = Files.writeString(dir.resolve("not-a-venv"), "x");
      assertThatThrownBy(
              () ->
                  PythonEnvironment.virtualEnvironment(
                      file, Environments.python3(), Environments.DEADLINE))
          .hasMessageContaining("is a file, not a virtual environment");
    }

    @Test
    void aDirectoryThatIsNoVirtualEnvironmentIsRefused() throws Exception {
      Path other = Files.createDirectories(dir.resolve("project"));
      Files.writeString(other.resolve("setup.py"), "");
      assertThatThrownBy(
              () ->
                  PythonEnvironment.virtualEnvironment(
                      other, Environments.python3(), Environments.DEADLINE))
          .hasMessageContaining("is not a virtual environment (it has no pyvenv.cfg)");
    }

    @Test
    void aMissingOrBrokenInterpreterIsAClearError() throws Exception {
      assertThatThrownBy(
              () ->
                  PythonEnvironment.virtualEnvironment(
                      dir.resolve("new"), dir.resolve("no-such-python"), Environments.DEADLINE))
          .isInstanceOf(InstallException.class)
          .hasMessageContaining("no-such-python");
      Path broken = Files.writeString(dir.resolve("python3"), "#!/bin/sh\nexit 1\n");
      broken.toFile().setExecutable(true);
      assertThatThrownBy(() -> PythonEnvironment.probe(broken, Environments.DEADLINE))
          .hasMessageContaining("does not work as a Python 3 interpreter");
    }

    @Test
    void aNewDirectoryBecomesAVirtualEnvironmentWithTheInterpretersMarkers() throws Exception {
      PythonEnvironment made =
          PythonEnvironment.virtualEnvironment(
              dir.resolve("made"), Environments.python3(), Environments.DEADLINE);
      assertThat(made.virtual()).isTrue();
      assertThat(made.hasPip()).isTrue();
      assertThat(made.markers().marker("python_version"))
          .hasValueSatisfying(v -> assertThat(v).matches("3\\.\\d+"));
    }
  }
}
