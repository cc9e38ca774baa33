package io.pkgguard.installer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.StoreException;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.InstallSettings;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Re-checks an installed environment, as the guidelines ask ("monitor installed packages
 * regularly", "audit file system changes"): every distribution is judged again with today's rules
 * and advisories, every file is compared with its RECORD (modified, missing, and files no RECORD
 * lists), and the start-up hooks ({@code .pth} files) are listed. It also responds: {@link
 * #remove} uninstalls a suspect package, {@link #revert} returns the environment to its last
 * verified state (what pkgguard last installed and verified). Both are audited, and both are
 * transactions: if they fail, the environment is as it was.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EnvironmentAudit {

  /** What a virtual environment's scripts directory holds of its own (not any package's). */
  private static final Pattern VENV_SCRIPT =
      Pattern.compile("(?i)activate.*|python[0-9.]*(w)?(\\.exe)?|pythonw?\\.exe|deactivate\\.bat");

  private static final String VERIFIED = "verified.json";

  private final Guard guard;
  private final InstallSettings settings;

  /**
   * @param guard the guard that judges again and records
   */
  public EnvironmentAudit(Guard guard) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.settings = guard.policy().install();
  }

  /**
   * One installed distribution, judged again and compared with its RECORD.
   *
   * @param distribution what is installed
   * @param verdict its verdict today
   * @param modified files whose bytes are not what RECORD says
   * @param missing files RECORD lists that are gone
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record PackageReport(
      InstalledDistribution distribution,
      Verdict verdict,
      List<String> modified,
      List<String> missing) {

    /**
     * Creates the value, checking its components.
     *
     * @param distribution what is installed
     * @param verdict its verdict today
     * @param modified files changed since installation
     * @param missing files gone since installation
     */
    public PackageReport {
      Objects.requireNonNull(distribution, "distribution");
      Objects.requireNonNull(verdict, "verdict");
      modified = List.copyOf(modified);
      missing = List.copyOf(missing);
    }

    /** {@return whether its files are as installed} */
    public boolean intact() {
      return modified.isEmpty() && missing.isEmpty();
    }
  }

  /**
   * A start-up hook: a {@code .pth} file Python runs lines of at every start.
   *
   * @param path where, relative to the environment
   * @param owner the distribution whose RECORD lists it; empty if none does
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record StartupHook(String path, Optional<String> owner) {}

  /**
   * What an audit found.
   *
   * @param environment the environment
   * @param packages each installed distribution, by name
   * @param unlisted files in the package directories (and scripts) that no RECORD lists
   * @param startupHooks every {@code .pth} file
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Report(
      PythonEnvironment environment,
      List<PackageReport> packages,
      List<String> unlisted,
      List<StartupHook> startupHooks) {

    /**
     * Creates the value, checking its components.
     *
     * @param environment the environment
     * @param packages each installed distribution
     * @param unlisted files no RECORD lists
     * @param startupHooks every .pth file
     */
    public Report {
      Objects.requireNonNull(environment, "environment");
      packages = List.copyOf(packages);
      unlisted = List.copyOf(unlisted);
      startupHooks = List.copyOf(startupHooks);
    }

    /** {@return whether every file is as installed and no file is unaccounted for} */
    public boolean intact() {
      return unlisted.isEmpty()
          && packages.stream().allMatch(PackageReport::intact)
          && startupHooks.stream().allMatch(h -> h.owner().isPresent());
    }
  }

  /**
   * Audits an environment: judges every installed distribution again and compares every file.
   *
   * @param environment the environment
   * @return what was found
   * @throws InstallException if the environment cannot be read, or an installation that did
   *     not finish cannot be undone first
   * @throws InterruptedException if interrupted while waiting for another installation
   */
  public Report audit(PythonEnvironment environment) throws InstallException, InterruptedException {
    try (EnvironmentTransaction transaction =
        EnvironmentTransaction.lock(environment, settings.lockWait())) {
      transaction
          .recover()
          .ifPresent(recovered -> record(List.of(), recovered, Map.of("outcome", "recovered")));
    }
    Integrity integrity = integrity(environment);
    List<InstalledDistribution> dists = integrity.distributions();
    List<Verdict> verdicts =
        dists.isEmpty()
            ? List.of()
            : guard.evaluateExactly(
                dists.stream()
                    .map(
                        d ->
                            PackageRequest.of(PackageId.pypi(d.name()), d.version())
                                .withEnvironment(environment.markers()))
                    .toList());
    List<PackageReport> packages = new ArrayList<>();
    for (int i = 0; i < dists.size(); i++) {
      InstalledDistribution d = dists.get(i);
      packages.add(
          new PackageReport(
              d,
              verdicts.get(i),
              integrity.modified().getOrDefault(d.normalizedName(), List.of()),
              integrity.missing().getOrDefault(d.normalizedName(), List.of())));
    }
    return new Report(environment, packages, integrity.unlisted(), integrity.hooks());
  }

  /**
   * Uninstalls a package (the guidelines' "remove suspicious packages"), in a transaction, and
   * drops it from the last verified state.
   *
   * @param environment the environment
   * @param name the package
   * @param reason why, for the audit log
   * @throws InstallException if it is not installed or cannot be removed (nothing changed)
   * @throws InterruptedException if interrupted (the environment is put back first)
   */
  public void remove(PythonEnvironment environment, String name, String reason)
      throws InstallException, InterruptedException {
    String wanted = InstalledDistribution.normalize(name);
    InstalledDistribution dist =
        integrity(environment).distributions().stream()
            .filter(d -> d.normalizedName().equals(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    new InstallException(
                        InstallException.Step.PLAN,
                        name + " is not" + " installed in " + environment.root()));
    change(
        environment,
        "removed " + dist.name() + " " + dist.version() + ": " + reason,
        "removed",
        List.of(dist),
        () -> {
          ProcessRunner.Result pip =
              ProcessRunner.run(
                  List.of(
                      environment.python().toString(),
                      "-I",
                      "-m",
                      "pip",
                      "uninstall",
                      "--isolated",
                      "--yes",
                      "--disable-pip-version-check",
                      dist.name()),
                  environment.root(),
                  settings.pipTimeout());
          if (!pip.succeeded()) {
            throw new InstallException(
                InstallException.Step.PIP,
                "pip could not remove " + dist.name() + ": " + pip.tail(4));
          }
          if (integrity(environment).distributions().stream()
              .anyMatch(d -> d.normalizedName().equals(wanted))) {
            throw new InstallException(
                InstallException.Step.VERIFY,
                dist.name() + " is still installed after pip removed it");
          }
          forget(environment, wanted);
          return List.of();
        });
  }

  /**
   * Returns the environment to its last verified state: distributions installed since are
   * removed, those changed since are installed again from the wheels kept when they were
   * verified, and files no RECORD lists are removed. A distribution pkgguard did not install
   * cannot be restored this way and is reported.
   *
   * @param environment the environment
   * @return what could not be restored; empty if the environment is now as it was verified
   * @throws InstallException if there is no verified state, or the revert failed (then nothing
   *     changed)
   * @throws InterruptedException if interrupted (the environment is put back first)
   */
  public List<String> revert(PythonEnvironment environment)
      throws InstallException, InterruptedException {
    Map<String, Verified> verified = verified(environment);
    if (verified.isEmpty()) {
      throw new InstallException(
          InstallException.Step.PLAN,
          environment.root()
              + " has no"
              + " verified state to return to: pkgguard install records one");
    }
    List<InstalledDistribution> now = integrity(environment).distributions();
    return change(
        environment,
        "reverted to the last verified state",
        "reverted",
        now,
        () -> {
          List<String> left = new ArrayList<>();
          Integrity integrity = integrity(environment);
          List<String> extra =
              integrity.distributions().stream()
                  .filter(d -> !verified.containsKey(d.normalizedName()))
                  .map(InstalledDistribution::name)
                  .toList();
          if (!extra.isEmpty()) {
            List<String> command =
                new ArrayList<>(
                    List.of(
                        environment.python().toString(),
                        "-I",
                        "-m",
                        "pip",
                        "uninstall",
                        "--isolated",
                        "--yes",
                        "--disable-pip-version-check"));
            command.addAll(extra);
            ProcessRunner.Result pip =
                ProcessRunner.run(command, environment.root(), settings.pipTimeout());
            if (!pip.succeeded()) {
              throw new InstallException(
                  InstallException.Step.PIP,
                  "pip could not remove " + String.join(", ", extra) + ": " + pip.tail(4));
            }
          }
          Map<String, String> versions = new HashMap<>();
          integrity.distributions().forEach(d -> versions.put(d.normalizedName(), d.version()));
          List<Verified> reinstall = new ArrayList<>();
          for (Verified v : verified.values()) {
            boolean changed =
                !v.version().equals(versions.get(v.name()))
                    || integrity.modified().containsKey(v.name())
                    || integrity.missing().containsKey(v.name());
            if (!changed) {
              continue;
            }
            if (v.wheel().isEmpty()) {
              left.add(
                  v.name()
                      + " "
                      + v.version()
                      + " changed, and pkgguard did not install it,"
                      + " so it has no wheel to restore it from");
            } else {
              reinstall.add(v);
            }
          }
          if (!reinstall.isEmpty()) {
            reinstall(environment, reinstall);
          }
          for (String file : integrity(environment).unlisted()) {
            Files.deleteIfExists(environment.root().resolve(file));
          }
          Integrity after = integrity(environment);
          after
              .modified()
              .forEach(
                  (name, files) ->
                      left.add(name + ": still modified: " + String.join(", ", files)));
          after.unlisted().forEach(file -> left.add(file + " could not be removed"));
          return left;
        });
  }

  /** Writes the last verified state: what is installed now, with the wheels kept for each. */
  static void recordVerified(PythonEnvironment environment) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode rows = json.createArrayNode();
    Map<String, Verified> before;
    try {
      before = verified(environment);
    } catch (InstallException e) {
      before = Map.of(); // an unreadable record is replaced by what is verified now
    }
    Map<String, Verified> earlier = before;
    for (InstalledDistribution d : InstalledDistribution.in(environment.sitePackages())) {
      var row = rows.addObject().put("name", d.normalizedName()).put("version", d.version());
      Optional<String> wheel =
          keptWheel(environment, d)
              .or(
                  () ->
                      Optional.ofNullable(earlier.get(d.normalizedName()))
                          .filter(v -> v.version().equals(d.version()))
                          .flatMap(Verified::wheel));
      wheel.ifPresent(w -> row.put("wheel", w));
    }
    Path file = environment.stateDirectory().resolve(VERIFIED);
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(VERIFIED + ".tmp");
    json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), rows);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A distribution of the last verified state, and the kept wheel it was installed from. */
  private record Verified(String name, String version, Optional<String> wheel) {}

  private static Map<String, Verified> verified(PythonEnvironment environment)
      throws InstallException {
    Path file = environment.stateDirectory().resolve(VERIFIED);
    Map<String, Verified> verified = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return verified;
    }
    try {
      for (JsonNode row : new ObjectMapper().readTree(file.toFile())) {
        String name = row.path("name").asText();
        verified.put(
            name,
            new Verified(
                name,
                row.path("version").asText(),
                row.hasNonNull("wheel")
                    ? Optional.of(row.get("wheel").asText())
                    : Optional.empty()));
      }
      return verified;
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "the last verified state " + file + " cannot be read: " + e.getMessage(),
          e);
    }
  }

  private static void forget(PythonEnvironment environment, String name) throws IOException {
    Path file = environment.stateDirectory().resolve(VERIFIED);
    if (!Files.isRegularFile(file)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    ArrayNode rows = (ArrayNode) json.readTree(file.toFile());
    ArrayNode kept = json.createArrayNode();
    rows.forEach(
        r -> {
          if (!r.path("name").asText().equals(name)) {
            kept.add(r);
          }
        });
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), kept);
  }

  /** The wheel kept for a distribution pkgguard installed: state/wheels/SHA/name-version-*.whl. */
  private static Optional<String> keptWheel(PythonEnvironment environment, InstalledDistribution d)
      throws IOException {
    Path wheels = environment.stateDirectory().resolve("wheels");
    if (!Files.isDirectory(wheels)) {
      return Optional.empty();
    }
    String prefix = d.normalizedName().replace('-', '_') + "-" + d.version() + "-";
    try (var found = Files.walk(wheels, 2)) {
      return found
          .filter(
              p ->
                  p.getFileName()
                          .toString()
                          .toLowerCase(java.util.Locale.ROOT)
                          .replace('-', '_')
                          .startsWith(prefix.replace('-', '_'))
                      && p.getFileName().toString().endsWith(".whl"))
          .map(p -> wheels.relativize(p).toString().replace('\\', '/'))
          .findFirst();
    }
  }

  private void reinstall(PythonEnvironment environment, List<Verified> packages)
      throws InstallException, InterruptedException, IOException {
    Path wheels = environment.stateDirectory().resolve("wheels");
    Path requirements = environment.stateDirectory().resolve("revert-requirements.txt");
    StringBuilder lines = new StringBuilder();
    List<String> findLinks = new ArrayList<>();
    for (Verified v : packages) {
      Path wheel = wheels.resolve(v.wheel().orElseThrow());
      String digest = wheel.getParent().getFileName().toString();
      lines
          .append(v.name())
          .append("==")
          .append(v.version())
          .append(" --hash=sha256:")
          .append(digest)
          .append('\n');
      findLinks.add("--find-links");
      findLinks.add(wheel.getParent().toString());
    }
    Files.writeString(requirements, lines);
    List<String> command =
        new ArrayList<>(
            List.of(
                environment.python().toString(),
                "-I",
                "-m",
                "pip",
                "install",
                "--isolated",
                "--no-index",
                "--no-deps",
                "--require-hashes",
                "--only-binary",
                ":all:",
                "--force-reinstall",
                "--no-cache-dir",
                "--disable-pip-version-check",
                "--no-warn-script-location"));
    command.addAll(findLinks);
    command.addAll(List.of("-r", requirements.toString()));
    try {
      ProcessRunner.Result pip =
          ProcessRunner.run(command, environment.root(), settings.pipTimeout());
      if (!pip.succeeded()) {
        throw new InstallException(
            InstallException.Step.PIP,
            "pip could not reinstall the" + " verified wheels: " + pip.tail(4));
      }
    } finally {
      Files.deleteIfExists(requirements);
    }
  }

  /** A change of the environment, in a transaction, audited, and verified state recorded. */
  private <T> T change(
      PythonEnvironment environment,
      String summary,
      String outcome,
      List<InstalledDistribution> subjects,
      Work<T> work)
      throws InstallException, InterruptedException {
    try (EnvironmentTransaction transaction =
        EnvironmentTransaction.lock(environment, settings.lockWait())) {
      transaction.recover();
      transaction.begin();
      T result;
      try {
        result = work.run();
        recordVerified(environment);
        transaction.commit();
      } catch (InstallException | IOException | RuntimeException e) {
        transaction.rollback();
        InstallException failure =
            e instanceof InstallException ie
                ? ie
                : new InstallException(InstallException.Step.VERIFY, e.getMessage(), e);
        record(
            subjects,
            "failed and rolled back: " + failure.getMessage(),
            Map.of("outcome", "rolled-back", "action", outcome));
        throw failure;
      } catch (InterruptedException e) {
        Thread.interrupted();
        transaction.rollback();
        Thread.currentThread().interrupt();
        throw e;
      }
      record(
          subjects,
          summary,
          Map.of("outcome", outcome, "environment", environment.root().toString()));
      return result;
    }
  }

  /** The work of a change. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws InstallException, InterruptedException, IOException;
  }

  private void record(
      List<InstalledDistribution> subjects, String summary, Map<String, String> details) {
    try {
      guard
          .auditLog()
          .recordInstallation(
              String.join(
                  ", ",
                  subjects.stream().map(d -> "pypi:" + d.name() + " " + d.version()).toList()),
              summary,
              details);
    } catch (StoreException e) {
      // the change is done (or undone); the caller sees the outcome either way
    }
  }

  /**
   * Every file of every distribution against its RECORD, the files no RECORD lists, the hooks.
   *
   * @param distributions what is installed
   * @param modified by normalized name, files whose bytes differ from RECORD
   * @param missing by normalized name, files RECORD lists that are gone
   * @param unlisted files in the package directories and scripts no RECORD lists
   * @param hooks every .pth file and its owner
   */
  private record Integrity(
      List<InstalledDistribution> distributions,
      Map<String, List<String>> modified,
      Map<String, List<String>> missing,
      List<String> unlisted,
      List<StartupHook> hooks) {}

  private static Integrity integrity(PythonEnvironment environment) throws InstallException {
    try {
      List<InstalledDistribution> dists = InstalledDistribution.in(environment.sitePackages());
      Map<String, List<String>> modified = new TreeMap<>();
      Map<String, List<String>> missing = new TreeMap<>();
      Map<Path, String> owners = new HashMap<>();
      for (InstalledDistribution d : dists) {
        List<RecordFile.Row> rows;
        try {
          rows = d.record();
        } catch (IllegalArgumentException e) {
          modified
              .computeIfAbsent(d.normalizedName(), k -> new ArrayList<>())
              .add(d.distInfo().getFileName() + "/RECORD (" + e.getMessage() + ")");
          continue;
        }
        for (RecordFile.Row row : rows) {
          Path file = d.base().resolve(row.path()).normalize();
          owners.put(file, d.name());
          if (row.sha256().isEmpty()) {
            continue;
          }
          String shown = relative(environment, file);
          if (!Files.isRegularFile(file)) {
            missing.computeIfAbsent(d.normalizedName(), k -> new ArrayList<>()).add(shown);
          } else if (!RecordFile.digest(file).equals(row.sha256().get())) {
            modified.computeIfAbsent(d.normalizedName(), k -> new ArrayList<>()).add(shown);
          }
        }
      }
      List<String> unlisted = new ArrayList<>();
      List<StartupHook> hooks = new ArrayList<>();
      Set<Path> scanned = new HashSet<>();
      for (Path site : environment.sitePackages()) {
        if (!scanned.add(site) || !Files.isDirectory(site)) {
          continue;
        }
        Files.walkFileTree(
            site,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path f = file.normalize();
                String name = f.getFileName().toString();
                boolean compiled =
                    name.endsWith(".pyc")
                        && f.getParent() != null
                        && f.getParent().getFileName().toString().equals("__pycache__");
                if (!owners.containsKey(f) && !compiled) {
                  unlisted.add(relative(environment, f));
                }
                if (name.endsWith(".pth") && f.getParent().equals(site)) {
                  hooks.add(
                      new StartupHook(
                          relative(environment, f), Optional.ofNullable(owners.get(f))));
                }
                return FileVisitResult.CONTINUE;
              }
            });
      }
      if (Files.isDirectory(environment.scripts())) {
        try (var scripts = Files.list(environment.scripts())) {
          scripts
              .map(Path::normalize)
              .filter(Files::isRegularFile)
              .filter(p -> !owners.containsKey(p))
              .filter(p -> !VENV_SCRIPT.matcher(p.getFileName().toString()).matches())
              .forEach(p -> unlisted.add(relative(environment, p)));
        }
      }
      unlisted.sort(null);
      return new Integrity(dists, modified, missing, unlisted, hooks);
    } catch (IOException e) {
      throw new InstallException(
          InstallException.Step.ENVIRONMENT,
          "cannot read " + environment.root() + ": " + e.getMessage(),
          e);
    }
  }

  private static String relative(PythonEnvironment environment, Path file) {
    return environment.root().relativize(file).toString().replace('\\', '/');
  }
}
