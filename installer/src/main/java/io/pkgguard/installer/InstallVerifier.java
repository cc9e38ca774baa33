package io.pkgguard.installer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an environment after pip ran: the set installed is the set approved (names and
 * versions, nothing else added or removed), every file of every installed package matches its
 * RECORD and the bytes of the judged wheel, no file appeared that no RECORD lists, no start-up
 * hook ({@code .pth}) or script appeared that the judged wheels do not declare, and no
 * requirement of or on them is broken (the check pip check makes).
 */
final class InstallVerifier {

  /**
   * What verification found.
   *
   * @param problems what makes the installation a failure
   * @param warnings what is wrong in the environment but not this installation's doing
   */
  record Findings(List<String> problems, List<String> warnings) {}

  /** A package installed by this run, with the wheel it was installed from. */
  record Installed(PlannedPackage planned, WheelFile wheel) {}

  private final PythonEnvironment environment;

  InstallVerifier(PythonEnvironment environment) {
    this.environment = environment;
  }

  Findings verify(
      List<Installed> installs,
      Map<String, EnvironmentSnapshot.Entry> before,
      Map<String, EnvironmentSnapshot.Entry> after)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, InstalledDistribution> present = new HashMap<>();
    for (InstalledDistribution d : InstalledDistribution.in(environment.sitePackages())) {
      InstalledDistribution other = present.put(d.normalizedName(), d);
      if (other != null) {
        problems.add(
            d.name() + " is installed twice (" + other.version() + " and " + d.version() + ")");
      }
    }
    Set<String> planned = new HashSet<>();
    Set<Path> listed = new HashSet<>();
    for (Installed install : installs) {
      String name = InstalledDistribution.normalize(install.planned().name());
      planned.add(name);
      InstalledDistribution dist = present.get(name);
      if (dist == null || !dist.version().equals(install.planned().version())) {
        problems.add(
            install.planned().name()
                + " "
                + install.planned().version()
                + " is not"
                + " installed"
                + (dist == null ? "" : " (found " + dist.version() + ")"));
        continue;
      }
      checkFiles(install, dist, listed, problems);
    }
    checkDistributionSet(before, after, planned, problems);
    checkNewFiles(installs, before, after, listed, problems);
    dependencies(planned, problems, warnings);
    return new Findings(problems, warnings);
  }

  /** Every RECORD row against the file, and every wheel file against what was installed. */
  private void checkFiles(
      Installed install, InstalledDistribution dist, Set<Path> listed, List<String> problems)
      throws IOException {
    List<RecordFile.Row> rows;
    try {
      rows = dist.record();
    } catch (IllegalArgumentException e) {
      problems.add(dist.name() + ": its RECORD is not one pip writes: " + e.getMessage());
      return;
    }
    if (rows.isEmpty()) {
      problems.add(dist.name() + " has no RECORD");
      return;
    }
    Map<Path, String> recorded = new HashMap<>();
    Map<Path, String> digests = new HashMap<>(); // each file is read once
    for (RecordFile.Row row : rows) {
      Path file = dist.base().resolve(row.path()).normalize();
      if (!file.startsWith(environment.root())) {
        problems.add(dist.name() + ": RECORD lists " + row.path() + ", outside the environment");
        continue;
      }
      listed.add(file);
      row.sha256().ifPresent(h -> recorded.put(file, h));
    }
    for (Map.Entry<Path, String> e : recorded.entrySet()) {
      if (!Files.isRegularFile(e.getKey())) {
        problems.add(
            dist.name() + ": " + relative(e.getKey()) + " is in its RECORD but not" + " installed");
      } else if (!digest(e.getKey(), digests).equals(e.getValue())) {
        problems.add(
            dist.name()
                + ": "
                + relative(e.getKey())
                + " does not match its RECORD"
                + " (the wheel's RECORD lies, or the file was changed)");
      }
    }
    WheelFile wheel = install.wheel();
    for (Map.Entry<String, String> file : wheel.files().entrySet()) {
      var where = wheel.installedAs(file.getKey());
      if (where.isEmpty() || file.getKey().startsWith(wheel.distInfo() + "/RECORD")) {
        continue; // pip writes RECORD anew, adding the files it generates
      }
      Path target = resolve(where.get());
      if (!Files.isRegularFile(target)) {
        problems.add(
            dist.name() + ": " + file.getKey() + " of the judged wheel is not" + " installed");
      } else if (!where.get().startsWith("scripts/") // pip rewrites their first line
          && !digest(target, digests).equals(file.getValue())) {
        problems.add(
            dist.name() + ": " + relative(target) + " is not the file the judged wheel" + " holds");
      }
    }
  }

  private static String digest(Path file, Map<Path, String> digests) throws IOException {
    String known = digests.get(file);
    if (known == null) {
      known = RecordFile.digest(file);
      digests.put(file, known);
    }
    return known;
  }

  /** Nothing installed but the approved packages; nothing removed but what they replace. */
  private static void checkDistributionSet(
      Map<String, EnvironmentSnapshot.Entry> before,
      Map<String, EnvironmentSnapshot.Entry> after,
      Set<String> planned,
      List<String> problems) {
    Set<String> beforeDists = distInfos(before);
    Set<String> afterDists = distInfos(after);
    for (String added : afterDists) {
      if (!beforeDists.contains(added) && !planned.contains(distName(added))) {
        problems.add("pip installed " + added + ", which was not approved");
      }
    }
    for (String removed : beforeDists) {
      if (!afterDists.contains(removed) && !planned.contains(distName(removed))) {
        problems.add(removed + " was removed, though nothing approved replaces it");
      }
    }
  }

  /** New files must be listed by an installed RECORD; hooks and scripts declared by a wheel. */
  private void checkNewFiles(
      List<Installed> installs,
      Map<String, EnvironmentSnapshot.Entry> before,
      Map<String, EnvironmentSnapshot.Entry> after,
      Set<Path> listed,
      List<String> problems) {
    Set<String> declaredScripts = new HashSet<>();
    Set<Path> wheelFiles = new HashSet<>();
    for (Installed install : installs) {
      for (String script : install.wheel().entryPointScripts()) {
        declaredScripts.add(script);
        declaredScripts.add(script + ".exe");
        declaredScripts.add(script + "-script.py");
      }
      declaredScripts.addAll(install.wheel().shippedScripts());
      install
          .wheel()
          .files()
          .keySet()
          .forEach(f -> install.wheel().installedAs(f).ifPresent(w -> wheelFiles.add(resolve(w))));
    }
    for (Map.Entry<String, EnvironmentSnapshot.Entry> e : after.entrySet()) {
      if (before.containsKey(e.getKey())
          || e.getValue().type() == EnvironmentSnapshot.Type.DIRECTORY) {
        continue;
      }
      Path file = environment.root().resolve(e.getKey()).normalize();
      String name = file.getFileName().toString();
      boolean compiled =
          name.endsWith(".pyc")
              && file.getParent() != null
              && file.getParent().getFileName().toString().equals("__pycache__");
      if (!listed.contains(file) && !compiled) {
        problems.add(relative(file) + " appeared, and no installed RECORD lists it");
      }
      if (name.endsWith(".pth")
          && environment.sitePackages().contains(file.getParent())
          && !wheelFiles.contains(file)) {
        problems.add(
            "a start-up hook "
                + relative(file)
                + " appeared that the judged wheels do"
                + " not contain");
      }
      if (file.getParent() != null
          && file.getParent().equals(environment.scripts())
          && !declaredScripts.contains(name)) {
        problems.add("a script " + relative(file) + " appeared that no judged wheel declares");
      }
    }
  }

  /**
   * The check pip check makes ({@link DependencyCheck}): a broken requirement of or on a package
   * of this run fails it; others, which the environment had before, are warnings.
   */
  private void dependencies(Set<String> planned, List<String> problems, List<String> warnings)
      throws IOException {
    List<String> unreadable = new ArrayList<>();
    for (DependencyCheck.Broken broken :
        DependencyCheck.check(
            InstalledDistribution.in(environment.sitePackages()),
            environment.markers().markers(),
            unreadable)) {
      boolean ours =
          planned.contains(broken.dependent().normalizedName())
              || planned.contains(broken.required());
      (ours ? problems : warnings).add(broken.message());
    }
    warnings.addAll(unreadable);
  }

  private Path resolve(String where) {
    int slash = where.indexOf('/');
    String scheme = where.substring(0, slash);
    String rest = where.substring(slash + 1);
    Path base =
        switch (scheme) {
          case "purelib" -> environment.purelib();
          case "platlib" -> environment.platlib();
          default -> environment.scripts();
        };
    return base.resolve(rest).normalize();
  }

  private String relative(Path file) {
    return environment.root().relativize(file).toString().replace('\\', '/');
  }

  private static Set<String> distInfos(Map<String, EnvironmentSnapshot.Entry> listing) {
    Set<String> found = new HashSet<>();
    for (Map.Entry<String, EnvironmentSnapshot.Entry> e : listing.entrySet()) {
      String path = e.getKey();
      if (e.getValue().type() == EnvironmentSnapshot.Type.DIRECTORY
          && path.endsWith(".dist-info")
          && path.contains("site-packages/")) {
        found.add(path.substring(path.lastIndexOf('/') + 1));
      }
    }
    return found;
  }

  /** The normalized project name of a {@code name-version.dist-info} directory. */
  private static String distName(String distInfo) {
    String stem = distInfo.substring(0, distInfo.length() - ".dist-info".length());
    int dash = stem.lastIndexOf('-');
    return InstalledDistribution.normalize(dash < 0 ? stem : stem.substring(0, dash));
  }
}
