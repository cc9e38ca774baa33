package io.pkgguard.rules.reputation;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.Publisher;
import io.pkgguard.api.Release;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the release was built, from PEP 740 attestations (the source's {@code simple-url} and
 * {@code provenance} options). A release attested by a trusted publisher is reported (level NONE)
 * as evidence of low risk. HIGH: a project whose earlier releases were attested publishing this
 * one without attestations — how an account takeover typically looks, since the attacker uploads
 * from a laptop, not from the project's CI — and a release whose publisher is not the one the
 * policy pins for the project ({@code expected-publishers}: {@code "name=owner/repository"}),
 * and a release published from another repository (or kind of publisher) than the newest
 * earlier attested release.
 */
@RuleDefinition(
    id = "provenance",
    summary = "The release is attested by the project's usual, or pinned, trusted publisher",
    level = RiskLevel.HIGH,
    category = RiskCategory.SOURCE,
    explanation =
        "Trusted Publishing ties each upload to a CI workflow of a named repository."
            + " A project that has always published that way and suddenly uploads without it, or"
            + " from another repository, has most likely lost control of its account.",
    parameters = {
      @ParameterDefinition(
          name = "expected-publishers",
          type = ParameterDefinition.Type.TEXTS,
          summary = "pinned publishers, as \"project=owner/repository\"",
          defaultValue = "[]")
    })
public final class ProvenanceRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    List<Finding> findings = new ArrayList<>();
    String project = context.names().normalize(m.id().name());
    Optional<String> pinned =
        context.parameters().texts("expected-publishers", List.of()).stream()
            .map(entry -> entry.split("=", 2))
            .filter(
                parts ->
                    parts.length == 2
                        && context.names().normalize(parts[0].strip()).equals(project))
            .map(parts -> parts[1].strip())
            .findFirst();
    boolean attested = m.files().stream().anyMatch(f -> f.provenance().isPresent());
    Optional<Publisher> publisher = m.publisher();
    if (pinned.isPresent()) {
      if (publisher.isEmpty()) {
        findings.add(
            finding(
                    RiskLevel.HIGH,
                    "the policy expects "
                        + pinned.get()
                        + " to publish the project, but release "
                        + m.version()
                        + (attested ? "'s publisher could not be read" : " has no attestations"))
                .withEvidence(
                    "expected-publisher", pinned.get(), "attested", Boolean.toString(attested))
                .withRemediation(
                    "do not install it until the release is shown to come from " + pinned.get()));
      } else if (!publisher.get().repository().equalsIgnoreCase(pinned.get())) {
        findings.add(
            finding(
                    RiskLevel.HIGH,
                    "release "
                        + m.version()
                        + " was published from "
                        + publisher.get().repository()
                        + ", not from "
                        + pinned.get())
                .withEvidence(
                    "expected-publisher", pinned.get(), "publisher", publisher.get().repository())
                .withRemediation(
                    "a different publisher is how an account takeover looks; ask the"
                        + " maintainers"));
      }
    }
    if (publisher.isPresent() && m.previousPublisher().isPresent()) {
      Publisher before = m.previousPublisher().get().publisher();
      if (!before.repository().equalsIgnoreCase(publisher.get().repository())
          || !before.kind().equalsIgnoreCase(publisher.get().kind())) {
        findings.add(
            finding(
                    RiskLevel.HIGH,
                    "release "
                        + m.version()
                        + " was published by "
                        + publisher.get().kind()
                        + " from "
                        + publisher.get().repository()
                        + ", but release "
                        + m.previousPublisher().get().version()
                        + " by "
                        + before.kind()
                        + " from "
                        + before.repository())
                .withEvidence(
                    "publisher",
                    publisher.get().repository(),
                    "previous-publisher",
                    before.repository(),
                    "previous-release",
                    m.previousPublisher().get().version())
                .withRemediation(
                    "a project moving to another repository without saying so is how"
                        + " an account takeover looks; confirm the move with the maintainers"));
      }
    }
    if (!attested) {
      earlierAttested(m)
          .ifPresent(
              earlier ->
                  findings.add(
                      finding(
                              RiskLevel.HIGH,
                              "release "
                                  + m.version()
                                  + " has no attestations, but earlier release "
                                  + earlier
                                  + " was published with them")
                          .withEvidence("version", m.version(), "attested-earlier-release", earlier)
                          .withRemediation(
                              "an upload outside the project's usual trusted publishing is how"
                                  + " an account takeover looks; install the earlier release or ask the"
                                  + " maintainers")));
    }
    if (findings.isEmpty() && publisher.isPresent()) {
      Publisher p = publisher.get();
      findings.add(
          finding(
                  RiskLevel.NONE,
                  "attested: built by "
                      + p.kind()
                      + " from "
                      + p.repository()
                      + p.workflow().map(w -> " (" + w + ")").orElse(""))
              .withEvidence(
                  "publisher-kind",
                  p.kind(),
                  "repository",
                  p.repository(),
                  "workflow",
                  p.workflow().orElse("")));
    }
    return findings;
  }

  /** The newest release before this one (by upload time) that has attested files. */
  private static Optional<String> earlierAttested(PackageMetadata m) {
    Optional<Instant> current =
        m.files().stream()
            .map(DistributionFile::uploadTime)
            .flatMap(Optional::stream)
            .min(Instant::compareTo);
    if (current.isEmpty()) {
      return Optional.empty();
    }
    String version = m.version().toLowerCase(Locale.ROOT);
    return m.releases().stream()
        .filter(r -> !r.version().toLowerCase(Locale.ROOT).equals(version))
        .filter(r -> r.files().stream().anyMatch(f -> f.provenance().isPresent()))
        .filter(r -> r.firstUpload().map(t -> t.isBefore(current.get())).orElse(false))
        .max((a, b) -> a.firstUpload().orElseThrow().compareTo(b.firstUpload().orElseThrow()))
        .map(Release::version);
  }
}
