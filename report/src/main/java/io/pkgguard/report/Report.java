package io.pkgguard.report;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.RuleDescriptor;
import io.pkgguard.api.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a report shows: the verdicts of one run, what each judged, and the rules that judged.
 *
 * @param subjects one per verdict the run produced (a package, or an environment file whose
 *     packages are its dependencies), in the order they were judged
 * @param rules the descriptors of the rules the guard ran (help texts, default levels)
 * @param toolVersion pkgguard's version
 * @param createdAt when the report was made
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Report(
    List<Subject> subjects, List<RuleDescriptor> rules, String toolVersion, Instant createdAt) {

  /**
   * Creates the value, checking its components.
   *
   * @param subjects the verdicts and what they judged
   * @param rules the rules' descriptors
   * @param toolVersion pkgguard's version
   * @param createdAt when the report was made
   */
  public Report {
    subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * One verdict and what it judged.
   *
   * @param verdict the verdict
   * @param environment whether the verdict is an environment's, its packages its dependencies
   * @param file the judged file's path as the user gave it (a requirements, lock or project file,
   *     or a local wheel), written with {@code /}; empty for a package named on the command line
   * @param description for an environment file, what its ecosystem read from it: the line that
   *     asked for each package; empty if it was not a file, or its reader failed
   */
  public record Subject(
      Verdict verdict,
      boolean environment,
      Optional<String> file,
      Optional<EnvironmentDescription> description) {

    /**
     * Creates the value, checking its components.
     *
     * @param verdict the verdict
     * @param environment whether it is an environment's verdict
     * @param file the file's path, if a file was judged
     * @param description the environment file's description, if it was read
     */
    public Subject {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(description, "description");
    }

    /**
     * {@return a package named by a specifier}
     *
     * @param verdict its verdict
     */
    public static Subject ofPackage(Verdict verdict) {
      return new Subject(verdict, false, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a local wheel or sdist}
     *
     * @param verdict its verdict
     * @param file its path
     */
    public static Subject ofFile(Verdict verdict, String file) {
      return new Subject(verdict, false, Optional.of(file), Optional.empty());
    }

    /**
     * {@return an environment file}
     *
     * @param verdict the environment's verdict
     * @param file the file's path
     * @param description what its ecosystem read, if it was read
     */
    public static Subject ofEnvironment(
        Verdict verdict, String file, Optional<EnvironmentDescription> description) {
      return new Subject(verdict, true, Optional.of(file), description);
    }
  }
}
