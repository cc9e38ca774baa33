package io.pkgguard.rules.content;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a release offers: executables and legacy installers ({@code .exe}, {@code .msi},
 * {@code bdist_wininst}) are HIGH; a release with only a source distribution is MEDIUM, because
 * installing it runs the project's build code on the installing machine; a release with no files
 * is MEDIUM.
 *
 * <p>Parameters: {@code unusual-extensions} (case-insensitive file name endings, default below),
 * {@code sdist-only-level} (default {@code medium}).
 */
@RuleDefinition(
    id = "distribution-files",
    summary = "No executables or installers among the files; a wheel exists (sdists run code)",
    level = RiskLevel.HIGH,
    category = RiskCategory.CONTENT,
    explanation = "Python packages are wheels and source archives. An executable offered as a"
        + " distribution runs arbitrary code outside Python's packaging; a source-only release"
        + " runs its build script on install.",
    parameters = {
      @ParameterDefinition(name = "unusual-extensions", type = ParameterDefinition.Type.TEXTS,
          summary = "file name endings that are HIGH"),
      @ParameterDefinition(name = "sdist-only-level", type = ParameterDefinition.Type.LEVEL,
          summary = "level when only an sdist exists (default medium)")})
public final class DistributionFilesRule implements SecurityRule {

  static final List<String> DEFAULT_UNUSUAL = List.of(".exe", ".dll", ".so", ".dylib", ".app",
      ".scr", ".bat", ".cmd", ".ps1", ".msi", ".com", ".vbs", ".sh", ".dmg", ".pkg", ".deb",
      ".rpm");

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata metadata = context.metadata();
    RuleParameters parameters = context.parameters();
    List<String> unusual = parameters.texts("unusual-extensions", DEFAULT_UNUSUAL).stream()
        .map(e -> e.toLowerCase(Locale.ROOT)).toList();
    List<Finding> findings = new ArrayList<>();
    for (DistributionFile file : metadata.files()) {
      String lower = file.filename().toLowerCase(Locale.ROOT);
      Optional<String> extension = unusual.stream().filter(lower::endsWith).findFirst();
      if (extension.isPresent() || file.kind() == DistributionFile.Kind.INSTALLER) {
        findings.add(finding(RiskLevel.HIGH, "the release ships " + file.filename()
                + (extension.isPresent() ? ", an " + extension.get() + " file" : ", an installer")
                + " rather than a wheel or source archive")
            .withEvidence("file", file.filename(), "kind", file.kind().name(),
                "extension", extension.orElse(""))
            .withRemediation("do not run installers from a package index; an administrator must"
                + " review why this project ships one"));
      }
    }
    boolean hasWheel = metadata.files().stream()
        .anyMatch(f -> f.kind() == DistributionFile.Kind.WHEEL);
    boolean hasSdist = metadata.files().stream()
        .anyMatch(f -> f.kind() == DistributionFile.Kind.SDIST);
    if (metadata.files().isEmpty()) {
      findings.add(finding(RiskLevel.MEDIUM, "release " + metadata.version() + " has no files")
          .withEvidence("files", "0")
          .withRemediation("choose a release that has files"));
    } else if (hasSdist && !hasWheel) {
      findings.add(finding(parameters.level("sdist-only-level", RiskLevel.MEDIUM),
              "only a source distribution is available: installing it runs the project's build"
                  + " code")
          .withEvidence("files", Integer.toString(metadata.files().size()), "wheels", "0")
          .withRemediation("review the build script (setup.py or pyproject.toml backend), or"
              + " build a wheel in an isolated environment first"));
    }
    return findings;
  }
}
