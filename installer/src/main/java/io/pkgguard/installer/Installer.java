package io.pkgguard.installer;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.StoreException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.administration.ApprovalException;
import io.pkgguard.core.policy.InstallSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Installs packages the way the guidelines ask: everything a request pulls in is resolved and
 * judged ({@link #plan}); what needs approval is approved ({@link Consent}); exactly the judged
 * files are installed into an isolated environment, by hash, with no index and no dependency
 * resolution by pip; what was installed is verified; and on any failure, interruption included,
 * the environment is put back exactly as it was ({@link #install}). Every step is an {@code
 * INSTALLATION} record of the guard's audit log.
 *
 * <p>The guard must keep the files it judges ({@code Guard.builder().retainDownloads(dir)}): the
 * installer installs those very bytes, after checking their SHA-256 once more. One installer per
 * guard; an environment takes one installation at a time (others wait, then refuse).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Installer implements AutoCloseable {

  private final Guard guard;
  private final InstallSettings settings;

  /** pip started for the environment of the last plan, ready for its install. */
  private final AtomicReference<WarmPip> warm = new AtomicReference<>();

  /**
   * @param guard the guard that judges, approves and records; it must retain downloads
   */
  public Installer(Guard guard) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.settings = guard.policy().install();
  }

  /**
   * Resolves and judges everything {@code requests} pull in for the environment, and says what an
   * installation would do. Nothing is changed; the evaluations are recorded as usual.
   *
   * @param environment where the packages would go (its markers decide the dependencies and files)
   * @param requests what to install
   * @param progress told each phase
   * @return the plan, possibly blocked
   * @throws InstallException if the environment cannot be installed into at all
   * @throws InterruptedException if the calling thread is interrupted
   */
  public InstallPlan plan(
      PythonEnvironment environment, List<PackageRequest> requests, InstallProgress progress)
      throws InstallException, InterruptedException {
    requireUsable(environment);
    WarmPip.start(environment)
        .ifPresent(
            started -> {
              WarmPip previous = warm.getAndSet(started);
              if (previous != null) {
                previous.close();
              }
            });
    progress.phase(InstallProgress.Phase.RESOLVE, requests.size() + " requested");
    List<Verdict> requested =
        guard.evaluateAll(
            requests.stream().map(r -> r.withEnvironment(environment.markers())).toList());
    List<String> blockers = new ArrayList<>();
    for (Verdict v : requested) {
      if (!v.complete() || v.decision() == Decision.REJECT) {
        blockers.add(describe(v) + " is rejected: " + worst(v));
      }
    }
    Map<String, Verdict> all = flatten(requested, blockers);
    progress.phase(InstallProgress.Phase.EVALUATE, all.size() + " packages");
    List<PackageRequest> exact =
        all.values().stream()
            .map(
                v ->
                    PackageRequest.of(v.id(), v.version().orElseThrow())
                        .withEnvironment(environment.markers()))
            .toList();
    List<Verdict> verdicts = ownVerdicts(new ArrayList<>(all.values()), exact);
    Map<String, String> installed = installedVersions(environment);
    List<PlannedPackage> packages = new ArrayList<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict verdict = verdicts.get(i);
      Optional<Artifact> artifact = installable(verdict, blockers);
      PlannedPackage planned =
          new PlannedPackage(
              exact.get(i),
              verdict,
              artifact,
              Optional.ofNullable(
                  installed.get(InstalledDistribution.normalize(verdict.id().name()))));
      packages.add(planned);
      if (planned.alreadyInstalled()) {
        continue;
      }
      if (!verdict.complete() || verdict.effectiveDecision() == Decision.REJECT) {
        blockers.add(describe(verdict) + " is rejected: " + worst(verdict));
      } else if (verdict.effectiveDecision() == Decision.SPECIAL_APPROVAL
          && !guard.policy().approvals().isAdministrator(guard.identity())) {
        blockers.add(
            describe(verdict)
                + " needs an administrator's approval (pkgguard approve,"
                + " by one of the policy's [approvals] administrators): "
                + worst(verdict));
      }
    }
    return new InstallPlan(environment, requested, packages, blockers);
  }

  /**
   * Carries out a plan: asks for what needs approval, installs exactly the judged files,
   * verifies, and restores the environment on any failure.
   *
   * @param plan the plan, as {@link #plan} made it
   * @param consent who approves what needs approval
   * @param progress told each phase
   * @return what was installed
   * @throws InstallException if nothing was installed (the environment is as it was), or, with
   *     step {@link InstallException.Step#ROLLBACK}, if it could not be put back
   * @throws InterruptedException if interrupted (the environment is put back first)
   */
  public InstallResult install(InstallPlan plan, Consent consent, InstallProgress progress)
      throws InstallException, InterruptedException {
    if (plan.blocked()) {
      throw new InstallException(
          InstallException.Step.PLAN,
          "nothing was installed: " + String.join("; ", plan.blockers()));
    }
    approveAll(plan, consent);
    PythonEnvironment environment = plan.environment();
    try (EnvironmentTransaction transaction =
        EnvironmentTransaction.lock(environment, settings.lockWait())) {
      Optional<String> recovered = transaction.recover();
      if (recovered.isPresent()) {
        record(
            plan.toInstall(),
            "restored after an unfinished installation",
            Map.of("outcome", "recovered", "detail", recovered.get()));
      }
      Map<String, String> installedNow = installedVersions(environment);
      List<PlannedPackage> toInstall =
          plan.toInstall().stream()
              .filter(
                  p ->
                      !p.version()
                          .equals(installedNow.get(InstalledDistribution.normalize(p.name()))))
              .toList();
      if (toInstall.isEmpty()) {
        progress.phase(InstallProgress.Phase.DONE, "nothing to install");
        return new InstallResult(plan, List.of(), List.of(), recovered);
      }
      Path stage = environment.stateDirectory().resolve("stage-" + UUID.randomUUID());
      // The snapshot is taken while the files are staged: neither touches what the other does.
      java.util.concurrent.FutureTask<Path> snapshot =
          new java.util.concurrent.FutureTask<>(transaction::begin);
      Thread snapshotting = new Thread(snapshot, "pkgguard-snapshot");
      snapshotting.start();
      boolean changing = false;
      try {
        progress.phase(InstallProgress.Phase.DOWNLOAD, toInstall.size() + " files");
        List<InstallVerifier.Installed> staged = stage(toInstall, stage, consent, environment);
        record(
            toInstall,
            "installing " + toInstall.size() + " packages into " + environment.root(),
            Map.of("outcome", "started"));
        awaitSnapshot(snapshot);
        changing = true; // from here on, installStaged commits or rolls back
        return installStaged(plan, staged, stage, transaction, progress, recovered);
      } finally {
        if (!changing) {
          dropUnusedSnapshot(snapshotting, transaction);
        }
        deleteQuietly(stage);
      }
    }
  }

  private InstallResult installStaged(
      InstallPlan plan,
      List<InstallVerifier.Installed> staged,
      Path stage,
      EnvironmentTransaction transaction,
      InstallProgress progress,
      Optional<String> recovered)
      throws InstallException, InterruptedException {
    PythonEnvironment environment = plan.environment();
    List<PlannedPackage> packages =
        staged.stream().map(InstallVerifier.Installed::planned).toList();
    try {
      progress.phase(InstallProgress.Phase.INSTALL, packages.size() + " packages");
      ProcessRunner.Result pip = runPip(environment, pipInstall(stage, staged));
      if (!pip.succeeded()) {
        throw new InstallException(
            InstallException.Step.PIP, "pip could not install them: " + pip.tail(5));
      }
      progress.phase(InstallProgress.Phase.VERIFY, packages.size() + " packages");
      InstallVerifier.Findings findings =
          new InstallVerifier(environment)
              .verify(staged, transaction.snapshot().listing(), transaction.snapshot().current());
      if (!findings.problems().isEmpty()) {
        throw new InstallException(
            InstallException.Step.VERIFY,
            "what was installed is not what"
                + " was approved: "
                + String.join(
                    "; ", findings.problems().subList(0, Math.min(8, findings.problems().size())))
                + (findings.problems().size() > 8
                    ? "; and " + (findings.problems().size() - 8) + " more"
                    : ""));
      }
      keepWheels(environment, staged, stage);
      EnvironmentAudit.recordVerified(environment);
      transaction.commit();
      record(
          packages,
          "installed and verified " + packages.size() + " packages in " + environment.root(),
          details("installed", staged));
      progress.phase(InstallProgress.Phase.DONE, packages.size() + " installed");
      return new InstallResult(plan, packages, findings.warnings(), recovered);
    } catch (InstallException | IOException | RuntimeException e) {
      InstallException failure =
          e instanceof InstallException ie
              ? ie
              : new InstallException(
                  InstallException.Step.VERIFY, "the installation failed: " + e.getMessage(), e);
      throw rollBack(transaction, packages, staged, failure, progress);
    } catch (InterruptedException e) {
      InstallException failure = new InstallException(InstallException.Step.PIP, "interrupted");
      InstallException outcome = rollBack(transaction, packages, staged, failure, progress);
      if (outcome.step() == InstallException.Step.ROLLBACK) {
        throw outcome;
      }
      throw e;
    }
  }

  /**
   * Nothing was changed after all (staging failed, or consent was withdrawn): the snapshot, once
   * finished, and its journal go.
   */
  private static void dropUnusedSnapshot(Thread snapshotting, EnvironmentTransaction transaction) {
    boolean interrupted = false;
    while (snapshotting.isAlive()) {
      try {
        snapshotting.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      transaction.commit();
    } catch (IOException e) {
      // A journal left behind makes the next run restore this same, unchanged state.
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for the snapshot; its failure is this installation's (nothing has changed yet). */
  private static void awaitSnapshot(java.util.concurrent.FutureTask<Path> snapshot)
      throws InstallException, InterruptedException {
    try {
      snapshot.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof InstallException failure) {
        throw failure;
      }
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot take a snapshot: " + e.getCause(),
          e.getCause());
    }
  }

  /** Puts the environment back and records it; {@return the failure to report} */
  private InstallException rollBack(
      EnvironmentTransaction transaction,
      List<PlannedPackage> packages,
      List<InstallVerifier.Installed> staged,
      InstallException failure,
      InstallProgress progress) {
    progress.phase(
        InstallProgress.Phase.ROLLBACK, failure.step().name().toLowerCase(java.util.Locale.ROOT));
    boolean interrupted = Thread.interrupted(); // restoring must not be cut short
    try {
      transaction.rollback();
      Map<String, String> details = new TreeMap<>(details("rolled-back", staged));
      details.put("step", failure.step().name());
      details.put("reason", failure.getMessage());
      recordQuietly(packages, "rolled back: " + failure.getMessage(), details);
      return failure;
    } catch (InstallException rollback) {
      rollback.addSuppressed(failure);
      Map<String, String> details = new TreeMap<>(details("failed", staged));
      details.put("step", InstallException.Step.ROLLBACK.name());
      details.put("reason", rollback.getMessage());
      recordQuietly(
          packages,
          "failed, and the environment could not be restored: " + rollback.getMessage(),
          details);
      return rollback;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Asks for every package that needs approval, and records each approval given. */
  private void approveAll(InstallPlan plan, Consent consent)
      throws InstallException, InterruptedException {
    for (PlannedPackage planned : plan.needingConsent()) {
      Optional<String> reason = consent.approve(planned);
      if (reason.isEmpty()) {
        throw new InstallException(
            InstallException.Step.CONSENT,
            describe(planned.verdict()) + " was not approved, so nothing was installed");
      }
      try {
        if (planned.verdict().decision() == Decision.REVIEW) {
          guard.approvals().request(planned.verdict(), guard.identity(), reason.get());
        } else {
          guard
              .approvals()
              .approve(planned.verdict(), guard.identity(), reason.get(), Optional.empty());
        }
      } catch (ApprovalException e) {
        throw new InstallException(
            e.reason() == ApprovalException.Reason.STORE
                ? InstallException.Step.STORE
                : InstallException.Step.CONSENT,
            e.getMessage(),
            e);
      }
    }
  }

  /**
   * Copies each judged file into the stage and checks its bytes once more; builds source
   * distributions (if the policy allows) and judges the wheels built.
   */
  private List<InstallVerifier.Installed> stage(
      List<PlannedPackage> packages, Path stage, Consent consent, PythonEnvironment environment)
      throws InstallException, InterruptedException {
    List<InstallVerifier.Installed> staged = new ArrayList<>();
    try {
      Files.createDirectories(stage);
      for (PlannedPackage planned : packages) {
        Artifact artifact = planned.artifact().orElseThrow();
        Path judged =
            guard
                .retainedFile(artifact)
                .orElseThrow(
                    () ->
                        new InstallException(
                            InstallException.Step.FETCH,
                            "the judged file "
                                + artifact.filename()
                                + " is not"
                                + " kept; the guard must retain downloads (Guard.builder().retainDownloads),"
                                + " and evaluate again"));
        Path copy = stage.resolve(artifact.filename());
        Files.copy(judged, copy, StandardCopyOption.REPLACE_EXISTING);
        String actual = sha256(copy);
        if (!actual.equals(artifact.sha256().orElseThrow())) {
          throw new InstallException(
              InstallException.Step.FETCH,
              "the bytes of "
                  + artifact.filename()
                  + " changed since it was judged (sha256 "
                  + artifact.sha256().get()
                  + ", now "
                  + actual
                  + "); nothing was installed");
        }
        PlannedPackage wheel = planned;
        if (planned.isSourceDistribution()) {
          wheel = build(planned, copy, stage, consent, environment);
          copy = stage.resolve(wheel.artifact().orElseThrow().filename());
        }
        try {
          staged.add(new InstallVerifier.Installed(wheel, WheelFile.read(copy)));
        } catch (IOException e) {
          throw new InstallException(
              InstallException.Step.FETCH,
              artifact.filename() + " cannot be read as a wheel: " + e.getMessage(),
              e);
        }
      }
      return staged;
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.FETCH,
          "cannot stage the judged files in " + stage + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * Builds a source distribution into a wheel in the environment (no index, no isolation: only
   * what the environment has), then judges the wheel; a worse verdict needs approval again.
   */
  private PlannedPackage build(
      PlannedPackage sdist, Path file, Path stage, Consent consent, PythonEnvironment environment)
      throws InstallException, InterruptedException, IOException {
    Path built = stage.resolve("built-" + UUID.randomUUID());
    ProcessRunner.Result result =
        ProcessRunner.run(
            List.of(
                environment.python().toString(),
                "-I",
                "-m",
                "pip",
                "wheel",
                "--isolated",
                "--no-index",
                "--no-deps",
                "--no-build-isolation",
                "--no-cache-dir",
                "--disable-pip-version-check",
                "--wheel-dir",
                built.toString(),
                file.toString()),
            stage,
            settings.pipTimeout());
    List<Path> wheels;
    try (var found = Files.list(built)) {
      wheels = found.filter(p -> p.getFileName().toString().endsWith(".whl")).toList();
    } catch (IOException e) {
      wheels = List.of();
    }
    if (!result.succeeded() || wheels.size() != 1) {
      throw new InstallException(
          InstallException.Step.BUILD,
          "cannot build " + file.getFileName() + ": " + result.tail(4));
    }
    Path wheel = stage.resolve(wheels.get(0).getFileName());
    Files.move(wheels.get(0), wheel, StandardCopyOption.REPLACE_EXISTING);
    Verdict judged = guard.evaluateFile(wheel);
    if (!judged.complete() || judged.decision() == Decision.REJECT) {
      throw new InstallException(
          InstallException.Step.BUILD,
          "the wheel built from " + file.getFileName() + " is rejected: " + worst(judged));
    }
    PlannedPackage planned =
        new PlannedPackage(
            sdist.request(),
            judged,
            Optional.of(
                new Artifact(
                    wheel.getFileName().toString(), wheel.toUri(), Optional.of(sha256(wheel)))),
            sdist.installed());
    if (judged.decision().compareTo(sdist.verdict().effectiveDecision()) > 0
        && consent.approve(planned).isEmpty()) {
      throw new InstallException(
          InstallException.Step.BUILD,
          "the wheel built from "
              + file.getFileName()
              + " needs approval ("
              + judged.decision()
              + ": "
              + worst(judged)
              + "), and it was not given");
    }
    return planned;
  }

  /** Runs pip: the one started for this environment at the plan, else a new one. */
  private ProcessRunner.Result runPip(PythonEnvironment environment, List<String> arguments)
      throws InstallException, InterruptedException {
    WarmPip started = warm.getAndSet(null);
    if (started != null) {
      try (started) {
        if (started.serves(environment.python())) {
          Optional<ProcessRunner.Result> result = started.run(arguments, settings.pipTimeout());
          if (result.isPresent()) {
            return result.get();
          }
        }
      }
    }
    List<String> command =
        new ArrayList<>(List.of(environment.python().toString(), "-I", "-m", "pip"));
    command.addAll(arguments);
    return ProcessRunner.run(command, environment.root(), settings.pipTimeout());
  }

  /** Stops pip if one was started for a plan that was not installed. */
  @Override
  public void close() {
    WarmPip started = warm.getAndSet(null);
    if (started != null) {
      started.close();
    }
  }

  /** pip's arguments to install exactly the staged wheels, by hash, from the stage only. */
  private static List<String> pipInstall(Path stage, List<InstallVerifier.Installed> staged)
      throws IOException {
    StringBuilder requirements = new StringBuilder();
    for (InstallVerifier.Installed install : staged) {
      Artifact artifact = install.planned().artifact().orElseThrow();
      requirements
          .append(install.planned().name())
          .append("==")
          .append(install.planned().version())
          .append(" --hash=sha256:")
          .append(artifact.sha256().orElseThrow())
          .append('\n');
    }
    Path file = stage.resolve("requirements.txt");
    Files.writeString(file, requirements, StandardCharsets.UTF_8);
    return List.of(
        "install",
        "--isolated",
        "--no-index",
        "--no-deps",
        "--require-hashes",
        "--only-binary",
        ":all:",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--no-warn-script-location",
        "--find-links",
        stage.toString(),
        "-r",
        file.toString());
  }

  /** Keeps the installed wheels, so that audit --revert can put them back. */
  private static void keepWheels(
      PythonEnvironment environment, List<InstallVerifier.Installed> staged, Path stage)
      throws IOException {
    for (InstallVerifier.Installed install : staged) {
      Artifact artifact = install.planned().artifact().orElseThrow();
      Path kept =
          environment
              .stateDirectory()
              .resolve("wheels")
              .resolve(artifact.sha256().orElseThrow())
              .resolve(artifact.filename());
      Files.createDirectories(kept.getParent());
      Files.copy(stage.resolve(artifact.filename()), kept, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Each package's own verdict. A package allowed in the walk is allowed on its own too (a
   * verdict is never better than its own findings), so its walk verdict serves; the others are
   * judged again on their own, so that their own findings, and the approvals that cover them,
   * decide (the walk's verdict of a package also carries its dependencies').
   */
  private List<Verdict> ownVerdicts(List<Verdict> walked, List<PackageRequest> exact) {
    List<Integer> again = new ArrayList<>();
    for (int i = 0; i < walked.size(); i++) {
      Verdict v = walked.get(i);
      if (!v.complete() || v.decision() != Decision.ALLOW) {
        again.add(i);
      }
    }
    List<Verdict> own = new ArrayList<>(walked);
    if (!again.isEmpty()) {
      List<Verdict> judged = guard.evaluateExactly(again.stream().map(exact::get).toList());
      for (int k = 0; k < again.size(); k++) {
        own.set(again.get(k), judged.get(k));
      }
    }
    return own;
  }

  /**
   * Every package of the requested verdicts' trees, once (by normalized name); two versions of
   * one package are a blocker.
   */
  private static Map<String, Verdict> flatten(List<Verdict> requested, List<String> blockers) {
    Map<String, Verdict> all = new LinkedHashMap<>();
    ArrayDeque<Verdict> queue = new ArrayDeque<>(requested);
    while (!queue.isEmpty()) {
      Verdict v = queue.poll();
      if (v.version().isEmpty()) {
        continue; // not found, or nothing to install: a blocker of its own
      }
      String key = v.id().ecosystem() + ":" + InstalledDistribution.normalize(v.id().name());
      Verdict seen = all.get(key);
      if (seen == null) {
        all.put(key, v);
      } else if (!seen.version().equals(v.version())) {
        blockers.add(
            v.id().name()
                + " is needed at two versions ("
                + seen.version().get()
                + " and "
                + v.version().get()
                + ")");
      }
      queue.addAll(v.dependencies());
    }
    return all;
  }

  /** The file to install: the judged wheel, else a judged source distribution. */
  private Optional<Artifact> installable(Verdict verdict, List<String> blockers) {
    List<Artifact> wheels =
        verdict.artifacts().stream()
            .filter(a -> a.filename().endsWith(".whl") && a.sha256().isPresent())
            .toList();
    if (!wheels.isEmpty()) {
      return Optional.of(wheels.get(0));
    }
    Optional<Artifact> sdist =
        verdict.artifacts().stream().filter(a -> a.sha256().isPresent()).findFirst();
    if (sdist.isPresent() && !settings.buildSdists()) {
      blockers.add(
          describe(verdict)
              + " has only a source distribution ("
              + sdist.get().filename()
              + "), and the policy does not allow building one ([install]"
              + " build-sdists): building runs the package's own code");
      return Optional.empty();
    }
    if (sdist.isEmpty() && verdict.complete() && verdict.decision() != Decision.REJECT) {
      blockers.add(
          describe(verdict)
              + " has no judged file with a digest to install (turn on"
              + " the content rules, which download and judge the file pip would install)");
    }
    return sdist;
  }

  private void requireUsable(PythonEnvironment environment) throws InstallException {
    if (!environment.virtual() && !settings.allowSystem()) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          environment.root()
              + " is"
              + " an interpreter's own environment, not a virtual one; the policy installs only"
              + " into virtual environments ([install] allow-system)");
    }
    if (!environment.hasPip()) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          environment.root()
              + " has no pip; create the environment with python3 -m venv (which installs pip)");
    }
  }

  private static Map<String, String> installedVersions(PythonEnvironment environment)
      throws InstallException {
    try {
      return InstalledDistribution.in(environment.sitePackages()).stream()
          .collect(
              Collectors.toMap(
                  InstalledDistribution::normalizedName,
                  InstalledDistribution::version,
                  (a, b) -> a));
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot read what " + environment.root() + " has installed: " + e.getMessage(),
          e);
    }
  }

  private void record(List<PlannedPackage> packages, String summary, Map<String, String> details)
      throws InstallException {
    try {
      guard.auditLog().recordInstallation(subject(packages), summary, details);
    } catch (StoreException e) {
      throw new InstallException(
          InstallException.Step.STORE,
          "the audit log cannot record the"
              + " installation, so it does not go ahead: "
              + e.getMessage(),
          e);
    }
  }

  private void recordQuietly(
      List<PlannedPackage> packages, String summary, Map<String, String> details) {
    try {
      guard.auditLog().recordInstallation(subject(packages), summary, details);
    } catch (StoreException e) {
      // The failure is reported to the caller; the log could not say so too.
    }
  }

  private static Map<String, String> details(
      String outcome, List<InstallVerifier.Installed> staged) {
    Map<String, String> details = new TreeMap<>();
    details.put("outcome", outcome);
    details.put(
        "packages",
        staged.stream()
            .map(
                i ->
                    i.planned().name()
                        + "=="
                        + i.planned().version()
                        + "="
                        + i.planned().artifact().flatMap(Artifact::sha256).orElse(""))
            .collect(Collectors.joining(",")));
    return details;
  }

  private static String subject(List<PlannedPackage> packages) {
    return packages.stream()
        .map(p -> p.verdict().id().ecosystem() + ":" + p.name() + " " + p.version())
        .collect(Collectors.joining(", "));
  }

  private static String describe(Verdict v) {
    return v.id().name() + v.version().map(x -> " " + x).orElse("");
  }

  /** The message of a verdict's most severe finding. */
  private static String worst(Verdict v) {
    return v.findings().stream()
        .filter(f -> f.level() == v.risk())
        .map(io.pkgguard.api.Finding::message)
        .findFirst()
        .orElse(v.decision().name());
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] chunk = new byte[64 * 1024];
      int read;
      while ((read = in.read(chunk)) > 0) {
        digest.update(chunk, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      EnvironmentSnapshot.deleteTree(dir);
    } catch (IOException e) {
      // a stray stage is harmless; it holds copies of judged files
    }
  }
}
