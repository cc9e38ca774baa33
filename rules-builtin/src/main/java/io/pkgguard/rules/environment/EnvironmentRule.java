package io.pkgguard.rules.environment;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.EnvironmentContext;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a requirements or lock file asks an installer to do that pkgguard did not check: another
 * or an extra index (the dependency-confusion path), hosts reached without TLS checks, files from
 * {@code --find-links}, URL, path, VCS and editable requirements (reported, never fetched),
 * versions left open, a project required twice, a pin a constraint contradicts, markers that
 * cannot be decided, and pinned hashes that match none of the files judged. Each finding points
 * at the file and line.
 */
@RuleDefinition(
    id = "environment",
    summary = "A requirements or lock file asks for nothing pkgguard did not check",
    level = RiskLevel.HIGH,
    category = RiskCategory.DEPENDENCY,
    stage = RuleStage.ENVIRONMENT,
    explanation =
        "Judging each package is not enough if the file that installs them also tells"
            + " the installer to look elsewhere: an extra index lets an attacker's package with a"
            + " higher version win (dependency confusion), a trusted host drops TLS checks, a URL or"
            + " path requirement installs code no index vouched for, and an open version installs"
            + " whatever is newest tomorrow. Pinned hashes that match none of the judged files mean"
            + " the files changed, or the pins are for something else.",
    parameters = {
      @ParameterDefinition(
          name = "extra-index-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for an extra index (--extra-index-url, a lock's extra source)",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "untrusted-index-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for an index that is none of the policy's sources",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "trusted-host-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for --trusted-host (no TLS certificate checks)",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "find-links-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for --find-links (files from a page or directory)",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "no-index-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for --no-index",
          defaultValue = "\"low\""),
      @ParameterDefinition(
          name = "unvetted-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for URL, path, VCS and editable requirements",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "duplicate-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a project required twice",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "unpinned-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a requirement not pinned to one version",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "contradiction-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a pin that a constraint contradicts",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "undecided-marker-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for a marker that cannot be read or evaluated",
          defaultValue = "\"medium\""),
      @ParameterDefinition(
          name = "hash-mismatch-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for pinned hashes that match none of the files judged",
          defaultValue = "\"high\"")
    })
public final class EnvironmentRule implements SecurityRule {

  /** Called by {@link java.util.ServiceLoader}. */
  public EnvironmentRule() {}

  @Override
  public List<Finding> evaluate(RuleContext context) {
    Optional<EnvironmentContext> environment = context.environment();
    if (environment.isEmpty()) {
      return List.of();
    }
    Report report =
        new Report(
            environment.get(),
            context.parameters(),
            context.request().id().ecosystem().equals(PackageId.CONDA));
    EnvironmentDescription description = environment.get().description();
    description.indexes().forEach(report::index);
    description.observations().forEach(report::observation);
    for (int i = 0; i < description.requirements().size(); i++) {
      report.hashes(description.requirements().get(i), environment.get().packages().get(i));
    }
    return report.findings;
  }

  /** The findings of one environment, as they are written. */
  private final class Report {
    private final EnvironmentContext environment;
    private final RuleParameters parameters;
    private final boolean locked;
    private final boolean conda;
    private final List<Finding> findings = new ArrayList<>();

    Report(EnvironmentContext environment, RuleParameters parameters, boolean conda) {
      this.conda = conda;
      this.environment = environment;
      this.parameters = parameters;
      this.locked = environment.description().locked();
    }

    void index(IndexChoice option) {
      String shown = option.written();
      Location at = option.location();
      switch (option.kind()) {
        case EXTRA_INDEX_URL ->
            add(
                level("extra-index-level", RiskLevel.HIGH),
                at,
                conda
                    ? "the extra channel "
                        + redact(shown)
                        + ": conda takes a package from it when the channels before it lack the"
                        + " name, which is how dependency confusion works; pkgguard checked "
                        + sources()
                    : (locked ? "the locked extra index" : "--extra-index-url")
                        + " "
                        + redact(shown)
                        + ": pip takes each package from whichever index offers the highest version,"
                        + " which is how dependency confusion works; pkgguard checked "
                        + sources(),
                "publish internal packages under names nobody else can claim, or use one index"
                    + " that proxies the others");
        case INDEX_URL -> {
          if (!trusted(option.value())) {
            add(
                level("untrusted-index-level", RiskLevel.HIGH),
                at,
                (conda ? "the channel" : locked ? "the locked index" : "--index-url")
                    + " "
                    + redact(shown)
                    + " is not "
                    + (conda ? "a source" : "an index")
                    + " of the policy: "
                    + (conda ? "conda" : "pip")
                    + " would install from there, pkgguard checked "
                    + sources(),
                "check against that index (--index) or install from a trusted one");
          }
        }
        case TRUSTED_HOST ->
            add(
                level("trusted-host-level", RiskLevel.HIGH),
                at,
                "--trusted-host "
                    + shown
                    + " lets pip reach that host without TLS certificate"
                    + " checks",
                "remove it; fix the host's certificate or give pip its CA");
        case FIND_LINKS ->
            add(
                level("find-links-level", RiskLevel.MEDIUM),
                at,
                "--find-links "
                    + redact(shown)
                    + ": pip may install files from there, which pkgguard did not"
                    + " check",
                "serve those files from a checked index");
        case NO_INDEX ->
            add(
                level("no-index-level", RiskLevel.LOW),
                at,
                "--no-index: pip" + " installs only from --find-links locations",
                "");
        default -> throw new IllegalStateException("unhandled index option " + option.kind());
      }
    }

    void observation(Observation o) {
      Location at = o.location();
      switch (o.kind()) {
        case UNVETTED ->
            add(
                level("unvetted-level", RiskLevel.HIGH),
                at,
                redact(o.subject())
                    + " is not vetted: pkgguard checks packages from trusted indexes and does not fetch"
                    + " it",
                "publish it to a checked index and "
                    + (locked ? "lock" : "require")
                    + " it by name and version");
        case DUPLICATE ->
            add(
                level("duplicate-level", RiskLevel.HIGH),
                at,
                o.subject()
                    + " is required twice ("
                    + o.detail()
                    + " and "
                    + at
                    + "): pip refuses such a file",
                "keep one line per project");
        case UNPINNED ->
            add(
                level("unpinned-level", RiskLevel.MEDIUM),
                at,
                o.subject()
                    + (conda
                        ? " is not pinned to one version (name==version): what gets installed"
                            + " changes with the channels"
                        : " is not pinned to one version (==): what gets installed changes with"
                            + " the index"),
                conda
                    ? "pin the version you reviewed, or lock the environment (conda-lock, pixi)"
                    : "pin the version you reviewed, e.g. with pip freeze or pip-compile");
        case CONTRADICTED_CONSTRAINT ->
            add(
                level("contradiction-level", RiskLevel.HIGH),
                at,
                o.subject()
                    + " contradicts the constraint "
                    + o.detail()
                    + ": pip cannot install"
                    + " both",
                "make the pin and the constraint agree");
        case NOT_FOR_TARGET ->
            write(
                RiskLevel.NONE,
                at,
                o.subject()
                    + " is not for this"
                    + " environment ("
                    + o.detail()
                    + "): its marker is false",
                "");
        case UNDECIDED_MARKER ->
            add(
                level("undecided-marker-level", RiskLevel.MEDIUM),
                at,
                "the marker of "
                    + o.subject()
                    + " "
                    + o.detail()
                    + "; the package is checked"
                    + " anyway",
                locked ? "regenerate the lock file" : "fix the marker");
        default -> throw new IllegalStateException("unhandled observation " + o.kind());
      }
    }

    void hashes(EnvironmentDescription.Requirement requirement, Verdict verdict) {
      if (requirement.hashes().isEmpty() || verdict.artifacts().isEmpty()) {
        return;
      }
      Set<String> pinned =
          requirement.hashes().stream()
              .filter(h -> h.startsWith("sha256:"))
              .map(h -> h.substring(7))
              .collect(Collectors.toSet());
      if (pinned.isEmpty()) {
        return; // sha384/sha512 cannot be compared with the index's sha256 digests
      }
      boolean any =
          verdict.artifacts().stream()
              .map(Artifact::sha256)
              .flatMap(Optional::stream)
              .anyMatch(pinned::contains);
      if (!any) {
        add(
            level("hash-mismatch-level", RiskLevel.HIGH),
            requirement.location(),
            "the hashes"
                + " pinned for "
                + verdict.id().name()
                + verdict.version().map(v -> " " + v).orElse("")
                + " match none of the files judged ("
                + verdict.artifacts().stream()
                    .map(Artifact::filename)
                    .collect(Collectors.joining(", "))
                + "): the files changed"
                + " since they were pinned, the pins are for another release, or they pin a file"
                + " pkgguard did not inspect",
            "find out why before installing; pin the digest of" + " the file judged");
      }
    }

    private RiskLevel level(String key, RiskLevel fallback) {
      return parameters.level(key, fallback);
    }

    private String sources() {
      return environment.sources().stream()
          .map(s -> s.indexUrl().toString())
          .collect(Collectors.joining(", "));
    }

    private boolean trusted(String url) {
      try {
        URI uri = URI.create(url.strip());
        if ("file".equalsIgnoreCase(uri.getScheme())) {
          // A local index has no host: it is trusted if it is the very index pkgguard read.
          String path = withoutSlash(uri.normalize().getPath());
          return environment.sources().stream()
              .map(s -> s.indexUrl())
              .filter(u -> "file".equalsIgnoreCase(u.getScheme()))
              .anyMatch(u -> withoutSlash(u.normalize().getPath()).equals(path));
        }
        String host = uri.getHost();
        return host != null && environment.sources().stream().anyMatch(s -> s.trustsHost(host));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }

    private static String withoutSlash(String path) {
      return path == null || !path.endsWith("/")
          ? String.valueOf(path)
          : path.substring(0, path.length() - 1);
    }

    /** A finding at a level the policy sets; "none" switches the kind off. */
    private void add(RiskLevel level, Location at, String message, String remediation) {
      if (level != RiskLevel.NONE) {
        write(level, at, message, remediation);
      }
    }

    private void write(RiskLevel level, Location at, String message, String remediation) {
      findings.add(
          finding(level, at + ": " + message)
              .withEvidence(Evidence.of("file", at.file(), "line", Integer.toString(at.line())))
              .withRemediation(remediation));
    }
  }

  /**
   * A URL without its password or token, for reports: everything before the authority's last
   * '@', where URL parsers (and pip) end the user information — a password may hold an '@'.
   */
  static String redact(String url) {
    return url.replaceAll("(?<=://)[^/?#\\s]*@", "***@");
  }
}
