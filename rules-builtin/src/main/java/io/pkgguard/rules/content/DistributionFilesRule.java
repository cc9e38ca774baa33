package io.pkgguard.rules.content;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a release offers and the files inside the ones an installer would take: the
 * archive's structure ({@link ArchiveStructure}), executables and misplaced native binaries
 * ({@link UnusualFiles}), a wheel's RECORD ({@link WheelRecord}) and METADATA ({@link
 * WheelMetadata}), and whether installing means building an sdist ({@link BuildBackend}).
 */
@RuleDefinition(
    id = "distribution-files",
    summary =
        "The files judged are well-formed wheels or sdists, with nothing executable hidden"
            + " in them",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.CONTENT,
    stage = RuleStage.CONTENT,
    explanation =
        "Python packages are wheels and source archives. Executables and native"
            + " binaries where none belong, a wheel whose RECORD or METADATA does not match its"
            + " contents or the index, and archives built to escape their directory or exhaust the"
            + " machine are how tampered releases look from the inside. A source-only release runs"
            + " its build on install.",
    parameters = {
      @ParameterDefinition(
          name = "unusual-extensions",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.CHECKS,
          summary =
              "file name endings (case-insensitive) of executables no Python distribution"
                  + " needs, inside files or offered as files",
          defaultValue =
              "[\".exe\", \".dll\", \".so\", \".dylib\", \".app\", \".scr\", \".bat\","
                  + " \".cmd\", \".ps1\", \".msi\", \".com\", \".vbs\", \".sh\", \".dmg\", \".pkg\","
                  + " \".deb\", \".rpm\"]"),
      @ParameterDefinition(
          name = "allowed-files",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary =
              "glob patterns of entries that are expected executables (pip's and"
                  + " setuptools' Windows launchers)",
          defaultValue =
              "[\"pip/_vendor/distlib/*.exe\", \"distlib/*.exe\","
                  + " \"setuptools/*.exe\", \"*/docs/make.bat\", \"docs/make.bat\"]"),
      @ParameterDefinition(
          name = "unusual-level",
          type = ParameterDefinition.Type.LEVEL,
          summary =
              "level for executables inside a file and native binaries in a pure wheel or"
                  + " sdist",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "sdist-only-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level when installing means building an sdist",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "mismatch-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a wheel whose RECORD or METADATA does not match",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "uninspected-level",
          type = ParameterDefinition.Type.LEVEL,
          summary =
              "level when some text of a file was beyond the [inspection] text budget and"
                  + " was not read",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "truncated-level",
          type = ParameterDefinition.Type.LEVEL,
          summary =
              "level when reading a file stopped at an [inspection] limit (entries, entry"
                  + " or total size), so what lies beyond it is unknown",
          defaultValue = "\"critical\"")
    })
public final class DistributionFilesRule implements SecurityRule {

  static final List<String> DEFAULT_UNUSUAL =
      List.of(
          ".exe", ".dll", ".so", ".dylib", ".app", ".scr", ".bat", ".cmd", ".ps1", ".msi", ".com",
          ".vbs", ".sh", ".dmg", ".pkg", ".deb", ".rpm");

  /**
   * Windows launchers that pip (through distlib) and setuptools ship to create console scripts;
   * Sphinx's generated docs/make.bat. Listed so that the tools everyone installs are not
   * flagged; a policy can empty the list.
   */
  static final List<String> DEFAULT_ALLOWED =
      List.of(
          "pip/_vendor/distlib/*.exe",
          "distlib/*.exe",
          "setuptools/*.exe",
          "*/docs/make.bat",
          "docs/make.bat");

  /** Shell scripts are normal inside sdists and wheels; only offered as files are they odd. */
  private static final List<String> FINE_INSIDE = List.of(".sh");

  private static final int NAMED = 3;

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    List<String> unusual =
        parameters.texts("unusual-extensions", DEFAULT_UNUSUAL).stream()
            .map(e -> e.toLowerCase(Locale.ROOT))
            .toList();
    List<Finding> findings = new ArrayList<>(releaseFiles(context.metadata(), unusual));
    for (InspectedDistribution distribution : context.distributions()) {
      findings.addAll(inspected(context, distribution, unusual));
    }
    return findings;
  }

  /** Installers and executables offered as files of the release itself. */
  private List<Finding> releaseFiles(PackageMetadata metadata, List<String> unusual) {
    List<Finding> findings = new ArrayList<>();
    for (DistributionFile file : metadata.files()) {
      String lower = file.filename().toLowerCase(Locale.ROOT);
      Optional<String> extension = unusual.stream().filter(lower::endsWith).findFirst();
      if (extension.isPresent() || file.kind() == DistributionFile.Kind.INSTALLER) {
        findings.add(
            finding(
                    RiskLevel.HIGH,
                    "the release ships "
                        + Quoted.path(file.filename())
                        + (extension.isPresent()
                            ? ", an " + extension.get() + " file"
                            : ", an installer")
                        + " rather than a wheel or source archive")
                .withEvidence(
                    "file",
                    file.filename(),
                    "kind",
                    file.kind().name(),
                    "extension",
                    extension.orElse(""))
                .withRemediation(
                    "do not run installers from a package index; an administrator must"
                        + " review why this project ships one"));
      }
    }
    return findings;
  }

  private List<Finding> inspected(
      RuleContext context, InspectedDistribution distribution, List<String> unusual) {
    RuleParameters parameters = context.parameters();
    String file = distribution.file().filename();
    List<Finding> findings = new ArrayList<>();
    for (ArchiveStructure.Issue issue :
        ArchiveStructure.issues(
            distribution,
            parameters.level("truncated-level", RiskLevel.CRITICAL),
            parameters.level("uninspected-level", RiskLevel.HIGH))) {
      findings.add(
          finding(issue.level(), issue.message())
              .withEvidence("file", file, "problem", issue.kind().name())
              .withRemediation(issue.remediation()));
    }
    if (distribution.format() == InspectedDistribution.Format.UNREADABLE) {
      return findings;
    }
    findings.addAll(unusualFiles(distribution, unusual, parameters));
    boolean wheel = file.toLowerCase(Locale.ROOT).endsWith(".whl");
    if (wheel) {
      findings.addAll(wheelChecks(context, distribution));
    } else if (UnusualFiles.isConda(distribution)) {
      findings.addAll(condaChecks(context, distribution));
    } else if (distribution.file().kind() == DistributionFile.Kind.SDIST) {
      String build = BuildBackend.of(distribution);
      boolean noWheelAtAll =
          context.metadata().files().stream()
              .noneMatch(f -> f.kind() == DistributionFile.Kind.WHEEL);
      findings.add(
          finding(
                  parameters.level("sdist-only-level", RiskLevel.MEDIUM),
                  (noWheelAtAll
                          ? "only a source distribution is available"
                          : "no wheel installs on the target, so pip would build the source distribution")
                      + ": installing "
                      + Quoted.path(file)
                      + " runs "
                      + build)
              .withEvidence("file", file, "build", build)
              .withRemediation(
                  "review the build configuration, or build a wheel in an isolated"
                      + " environment and install that"));
    }
    return findings;
  }

  private List<Finding> unusualFiles(
      InspectedDistribution distribution, List<String> unusual, RuleParameters parameters) {
    List<String> inside = unusual.stream().filter(e -> !FINE_INSIDE.contains(e)).toList();
    UnusualFiles.Found found =
        UnusualFiles.find(distribution, inside, parameters.texts("allowed-files", DEFAULT_ALLOWED));
    RiskLevel level = parameters.level("unusual-level", RiskLevel.MEDIUM);
    String file = distribution.file().filename();
    List<Finding> findings = new ArrayList<>();
    if (!found.disguised().isEmpty()) {
      findings.add(
          finding(
                  RiskLevel.HIGH,
                  file
                      + " hides native executables under harmless"
                      + " names: "
                      + named(found.disguised()))
              .withEvidence(Evidence.of("file", file, "entries", joined(found.disguised())))
              .withRemediation(
                  "an administrator must find out what these binaries are before it"
                      + " is installed"));
    }
    if (!found.executables().isEmpty()) {
      findings.add(
          finding(
                  level,
                  file
                      + " contains executables or scripts for other shells: "
                      + named(found.executables()))
              .withEvidence(Evidence.of("file", file, "entries", joined(found.executables())))
              .withRemediation("check what they are for; a Python package rarely needs them"));
    }
    if (!found.nativeInPureWheel().isEmpty()) {
      findings.add(
          finding(
                  level,
                  file
                      + " is tagged pure Python but contains native binaries: "
                      + named(found.nativeInPureWheel()))
              .withEvidence(Evidence.of("file", file, "entries", joined(found.nativeInPureWheel())))
              .withRemediation(
                  "compiled code in a pure-Python wheel escapes source review; find"
                      + " out where it comes from"));
    }
    if (!found.nativeInSdist().isEmpty()) {
      findings.add(
          finding(
                  level,
                  file
                      + " is a source archive but contains prebuilt native"
                      + " binaries: "
                      + named(found.nativeInSdist()))
              .withEvidence(Evidence.of("file", file, "entries", joined(found.nativeInSdist())))
              .withRemediation(
                  "a source distribution should build its binaries; find out where"
                      + " these come from"));
    }
    return findings;
  }

  private List<Finding> wheelChecks(RuleContext context, InspectedDistribution wheel) {
    RiskLevel level = context.parameters().level("mismatch-level", RiskLevel.HIGH);
    String file = wheel.file().filename();
    List<Finding> findings = new ArrayList<>();
    WheelRecord.Check record = WheelRecord.check(wheel);
    if (!record.consistent()) {
      List<String> problems = new ArrayList<>();
      record.missing().ifPresent(problems::add);
      if (!record.wrongHash().isEmpty()) {
        problems.add("hashes that do not match the contents of " + named(record.wrongHash()));
      }
      if (!record.unlisted().isEmpty()) {
        problems.add("files it does not list: " + named(record.unlisted()));
      }
      if (!record.unhashed().isEmpty()) {
        problems.add("files listed without a hash: " + named(record.unhashed()));
      }
      findings.add(
          finding(
                  level,
                  file + "'s RECORD does not match the wheel: " + String.join("; ", problems))
              .withEvidence(
                  Evidence.of(
                      "file",
                      file,
                      "wrong-hash",
                      joined(record.wrongHash()),
                      "unlisted",
                      joined(record.unlisted()),
                      "unhashed",
                      joined(record.unhashed())))
              .withRemediation(
                  "the wheel was altered after it was built; do not install it until"
                      + " the project confirms the file"));
    }
    List<String> differences =
        WheelMetadata.differences(wheel, context.metadata(), context.names(), context.versions());
    if (!differences.isEmpty()) {
      findings.add(
          finding(
                  level,
                  file
                      + "'s own metadata differs from what the index declares: "
                      + String.join("; ", differences))
              .withEvidence(
                  Evidence.of("file", file, "differences", String.join("; ", differences)))
              .withRemediation(
                  "pip installs what the wheel says, not what the index shows; an"
                      + " administrator must compare them"));
    }
    return findings;
  }

  private List<Finding> condaChecks(RuleContext context, InspectedDistribution conda) {
    RiskLevel level = context.parameters().level("mismatch-level", RiskLevel.HIGH);
    String file = conda.file().filename();
    CondaManifest.Check check = CondaManifest.check(conda, context.metadata());
    if (check.consistent()) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    check.problem().ifPresent(problems::add);
    if (!check.indexDifferences().isEmpty()) {
      problems.add(
          "its info/index.json says "
              + String.join("; ", check.indexDifferences())
              + " (conda installs what the package says)");
    }
    if (!check.wrongHash().isEmpty()) {
      problems.add(
          "files whose size or hash differs from info/paths.json: " + named(check.wrongHash()));
    }
    if (!check.unlisted().isEmpty()) {
      problems.add("files info/paths.json does not list: " + named(check.unlisted()));
    }
    if (!check.absent().isEmpty()) {
      problems.add("files info/paths.json lists that are not there: " + named(check.absent()));
    }
    return List.of(
        finding(level, file + " does not match its own manifest: " + String.join("; ", problems))
            .withEvidence(
                Evidence.of(
                    "file",
                    file,
                    "index-differences",
                    String.join("; ", check.indexDifferences()),
                    "wrong-hash",
                    joined(check.wrongHash()),
                    "unlisted",
                    joined(check.unlisted()),
                    "absent",
                    joined(check.absent())))
            .withRemediation(
                "the package was altered after it was built, or the channel describes another"
                    + " package; do not install it until the channel confirms the file"));
  }

  private static String named(List<String> paths) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(NAMED, paths.size()); i++) {
      out.append(i == 0 ? "" : ", ").append(Quoted.path(paths.get(i)));
    }
    if (paths.size() > NAMED) {
      out.append(" and ").append(paths.size() - NAMED).append(" more");
    }
    return out.toString();
  }

  private static String joined(List<String> paths) {
    return Quoted.of(String.join(", ", paths), 2000);
  }
}
