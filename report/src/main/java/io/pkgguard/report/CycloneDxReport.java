package io.pkgguard.report;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import io.pkgguard.api.Artifact;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.ExternalReference;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.License;
import org.cyclonedx.model.LicenseChoice;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.license.Expression;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.model.vulnerability.Vulnerability;

/**
 * Writes a report as a CycloneDX 1.6 SBOM (JSON), with CycloneDX's own Java library: every package
 * judged as a component (purl, SHA-256 of the files judged, licence as the licence rule read it),
 * the dependency graph as pkgguard walked it, pkgguard's verdict and findings as {@code
 * pkgguard:*} properties, and the advisories that affect a component in the VEX section with an
 * analysis state: {@code exploitable} for an advisory that affects the version (with {@code
 * will_not_fix} when the policy ignores it for now), {@code in_triage} where it could not be
 * decided. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CycloneDxReport {

  /** The rule whose findings are advisories. */
  private static final String VULNERABILITIES = "vulnerabilities";

  /** The rule whose findings name the licence. */
  private static final String LICENSE = "license";

  private static final String ROOT = "pkgguard-check";

  private CycloneDxReport() {}

  /**
   * {@return the BOM for a report, as CycloneDX 1.6 JSON}
   *
   * @param report what to write
   */
  public static String write(Report report) {
    Bom bom = new Bom();
    bom.setSerialNumber("urn:uuid:" + UUID.randomUUID());
    bom.setMetadata(metadata(report));
    Map<String, Component> components = new LinkedHashMap<>();
    Map<String, Dependency> graph = new LinkedHashMap<>();
    Map<String, Vulnerability> vulnerabilities = new LinkedHashMap<>();
    Dependency root = new Dependency(ROOT);
    for (Report.Subject subject : report.subjects()) {
      List<Verdict> tops =
          subject.environment() ? subject.verdict().dependencies() : List.of(subject.verdict());
      tops.forEach(top -> root.addDependency(new Dependency(ref(top))));
      for (PackageWalk.Visit visit : PackageWalk.of(subject)) {
        Verdict v = visit.verdict();
        String ref = ref(v);
        if (components.containsKey(ref)) {
          continue;
        }
        components.put(ref, component(v, ref));
        Dependency node = new Dependency(ref);
        v.dependencies().forEach(d -> node.addDependency(new Dependency(ref(d))));
        graph.put(ref, node);
        for (Finding finding : v.findingsOf(VULNERABILITIES)) {
          advisory(finding, ref, vulnerabilities);
        }
      }
    }
    bom.setComponents(new ArrayList<>(components.values()));
    List<Dependency> dependencies = new ArrayList<>();
    dependencies.add(root);
    dependencies.addAll(graph.values());
    bom.setDependencies(dependencies);
    if (!vulnerabilities.isEmpty()) {
      bom.setVulnerabilities(new ArrayList<>(vulnerabilities.values()));
    }
    try {
      return BomGeneratorFactory.createJson(Version.VERSION_16, bom).toJsonString();
    } catch (GeneratorException e) {
      throw new IllegalStateException("CycloneDX could not write the BOM: " + e.getMessage(), e);
    }
  }

  private static Metadata metadata(Report report) {
    Metadata metadata = new Metadata();
    metadata.setTimestamp(Date.from(report.createdAt()));
    Component tool = new Component();
    tool.setType(Component.Type.APPLICATION);
    tool.setName("pkgguard");
    tool.setVersion(report.toolVersion());
    ToolInformation tools = new ToolInformation();
    tools.setComponents(List.of(tool));
    metadata.setToolChoice(tools);
    Component checked = new Component();
    checked.setType(Component.Type.APPLICATION);
    checked.setBomRef(ROOT);
    List<String> names = new ArrayList<>();
    List<Property> properties = new ArrayList<>();
    for (Report.Subject subject : report.subjects()) {
      String name = subject.file().orElse(PackageWalk.label(subject.verdict()));
      names.add(name);
      properties.add(new Property("pkgguard:verdict:" + name, subject.verdict().decision().name()));
    }
    checked.setName(names.size() == 1 ? names.get(0) : "pkgguard check");
    checked.setProperties(properties);
    metadata.setComponent(checked);
    return metadata;
  }

  /** The component's bom-ref: its purl, unique per package version. */
  static String ref(Verdict verdict) {
    return purl(verdict).map(PackageURL::canonicalize).orElse(PackageWalk.key(verdict));
  }

  /** A purl: {@code pkg:pypi/name@version} (purl's PyPI names: lower case, '-' for '_'). */
  static Optional<PackageURL> purl(Verdict verdict) {
    PackageId id = verdict.id();
    String type =
        switch (id.ecosystem()) {
          case PackageId.PYPI -> "pypi";
          case PackageId.CONDA -> "conda";
          default -> "generic";
        };
    String name =
        type.equals("pypi") ? id.name().toLowerCase(Locale.ROOT).replace('_', '-') : id.name();
    try {
      return Optional.of(
          new PackageURL(type, null, name, verdict.version().orElse(null), null, null));
    } catch (MalformedPackageURLException e) {
      return Optional.empty();
    }
  }

  private static Component component(Verdict v, String ref) {
    Component c = new Component();
    c.setType(Component.Type.LIBRARY);
    c.setBomRef(ref);
    c.setName(v.id().name());
    v.version().ifPresent(c::setVersion);
    purl(v).ifPresent(c::setPurl);
    List<Artifact> hashed = v.artifacts().stream().filter(a -> a.sha256().isPresent()).toList();
    if (hashed.size() == 1) {
      c.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, hashed.get(0).sha256().orElseThrow())));
    }
    List<ExternalReference> references = new ArrayList<>();
    for (Artifact artifact : v.artifacts()) {
      ExternalReference reference = new ExternalReference();
      reference.setType(ExternalReference.Type.DISTRIBUTION);
      reference.setUrl(artifact.url().toString());
      reference.setComment(artifact.filename());
      artifact
          .sha256()
          .ifPresent(h -> reference.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, h))));
      references.add(reference);
    }
    if (!references.isEmpty()) {
      c.setExternalReferences(references);
    }
    licence(v).ifPresent(c::setLicenses);
    List<Property> properties = new ArrayList<>();
    properties.add(new Property("pkgguard:decision", v.decision().name()));
    properties.add(new Property("pkgguard:effectiveDecision", v.effectiveDecision().name()));
    properties.add(new Property("pkgguard:risk", v.risk().name()));
    properties.add(new Property("pkgguard:complete", Boolean.toString(v.complete())));
    for (Finding f : v.findings()) {
      if (f.level() != RiskLevel.NONE) {
        properties.add(
            new Property("pkgguard:finding", f.level() + " " + f.ruleId() + ": " + f.message()));
      }
    }
    c.setProperties(properties);
    return c;
  }

  /** The licence the licence rule read: an SPDX expression when it identified one. */
  private static Optional<LicenseChoice> licence(Verdict v) {
    for (Finding f : v.findingsOf(LICENSE)) {
      Map<String, String> evidence = f.evidence().values();
      String text = evidence.get("license");
      if (text == null || text.isBlank()) {
        continue;
      }
      LicenseChoice choice = new LicenseChoice();
      if (evidence.containsKey("kinds")) {
        choice.setExpression(new Expression(text));
      } else {
        License licence = new License();
        licence.setName(text);
        choice.addLicense(licence);
      }
      return Optional.of(choice);
    }
    return Optional.empty();
  }

  private static void advisory(
      Finding finding, String ref, Map<String, Vulnerability> vulnerabilities) {
    Map<String, String> evidence = finding.evidence().values();
    String id = evidence.get("advisory");
    if (id == null) {
      return;
    }
    Vulnerability.Analysis analysis = new Vulnerability.Analysis();
    if (evidence.containsKey("ignored-until")) {
      analysis.setState(Vulnerability.Analysis.State.EXPLOITABLE);
      analysis.setResponses(List.of(Vulnerability.Analysis.Response.WILL_NOT_FIX));
      analysis.setDetail(
          "ignored by the policy until "
              + evidence.get("ignored-until")
              + ": "
              + evidence.getOrDefault("reason", ""));
    } else if (finding.message().contains("could not be decided")) {
      analysis.setState(Vulnerability.Analysis.State.IN_TRIAGE);
      analysis.setDetail(finding.message());
    } else {
      analysis.setState(Vulnerability.Analysis.State.EXPLOITABLE);
      analysis.setDetail("pkgguard: the advisory's affected ranges include this version");
      if (!evidence.getOrDefault("fixed-in", "").isEmpty()) {
        analysis.setResponses(List.of(Vulnerability.Analysis.Response.UPDATE));
      }
    }
    String key = id + "|" + analysis.getState() + "|" + analysis.getDetail();
    Vulnerability vulnerability =
        vulnerabilities.computeIfAbsent(key, k -> vulnerability(id, finding, analysis));
    Vulnerability.Affect affect = new Vulnerability.Affect();
    affect.setRef(ref);
    vulnerability.getAffects().add(affect);
  }

  private static Vulnerability vulnerability(
      String id, Finding finding, Vulnerability.Analysis analysis) {
    Map<String, String> evidence = finding.evidence().values();
    Vulnerability vulnerability = new Vulnerability();
    vulnerability.setId(id);
    if (evidence.containsKey("source") || !evidence.getOrDefault("link", "").isEmpty()) {
      Vulnerability.Source source = new Vulnerability.Source();
      source.setName(evidence.getOrDefault("source", "advisory database"));
      if (!evidence.getOrDefault("link", "").isEmpty()) {
        source.setUrl(evidence.get("link"));
      }
      vulnerability.setSource(source);
    }
    Vulnerability.Rating rating = new Vulnerability.Rating();
    rating.setSeverity(severity(evidence.getOrDefault("severity", "unknown")));
    vulnerability.setRatings(List.of(rating));
    vulnerability.setDescription(finding.message());
    if (!finding.remediation().isBlank()) {
      vulnerability.setRecommendation(finding.remediation());
    }
    vulnerability.setAnalysis(analysis);
    vulnerability.setAffects(new ArrayList<>());
    return vulnerability;
  }

  private static Vulnerability.Rating.Severity severity(String rating) {
    return switch (rating.toLowerCase(Locale.ROOT)) {
      case "critical" -> Vulnerability.Rating.Severity.CRITICAL;
      case "high" -> Vulnerability.Rating.Severity.HIGH;
      case "medium", "moderate" -> Vulnerability.Rating.Severity.MEDIUM;
      case "low" -> Vulnerability.Rating.Severity.LOW;
      default -> Vulnerability.Rating.Severity.UNKNOWN;
    };
  }
}
