package io.pkgguard.rules.capability;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guidelines' high-risk kinds: network access libraries, cryptographic libraries and
 * system-level packages, recognised by {@link Capability}. A well-known project is what its
 * family lists say it is (psutil is system-level even though it declares a networking topic,
 * for its network statistics); any other project is judged by its classifiers and summary. Each kind's level is a policy parameter ({@code network},
 * {@code crypto}, {@code system}; default HIGH, so an administrator approves; {@code none} turns
 * a kind off).
 */
@RuleDefinition(
    id = "capability",
    summary = "Network, cryptography and system-level packages get special approval",
    level = RiskLevel.HIGH,
    category = RiskCategory.CAPABILITY,
    explanation =
        "Some packages can do more harm than others when compromised: a network"
            + " library sees every request, a cryptographic one every secret, a system-level one the"
            + " whole machine. The guidelines put them in the high-risk category that an"
            + " administrator approves, whatever else is known about them. A kind is recognised"
            + " from a list of the best-known projects of each kind (which alone decides for"
            + " them), otherwise from specific trove classifiers (such as 'Topic :: Security ::"
            + " Cryptography') and phrases of the summary (such as 'http client' or 'password"
            + " hashing').",
    parameters = {
      @ParameterDefinition(
          name = "network",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for network access libraries",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "crypto",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for cryptographic libraries",
          defaultValue = "\"high\""),
      @ParameterDefinition(
          name = "system",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level for system-level packages",
          defaultValue = "\"high\"")
    })
public final class CapabilityRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    String name = context.names().normalize(m.id().name());
    boolean known = Capability.isKnownOfAnyKind(name);
    List<Finding> findings = new ArrayList<>();
    for (Capability kind : Capability.values()) {
      RiskLevel level = context.parameters().level(kind.key(), RiskLevel.HIGH);
      if (level == RiskLevel.NONE) {
        continue;
      }
      Optional<String> why = evidence(kind, name, known, m);
      why.ifPresent(
          reason ->
              findings.add(
                  finding(level, "a " + kind.label() + " package: " + reason)
                      .withEvidence("kind", kind.key(), "because", reason)
                      .withRemediation(
                          "an administrator approves "
                              + kind.label()
                              + " packages; set"
                              + " [rules.capability] "
                              + kind.key()
                              + " to change that")));
    }
    return findings;
  }

  /** A well-known project is only what its family lists say; others are inferred. */
  private static Optional<String> evidence(
      Capability kind, String name, boolean known, PackageMetadata m) {
    if (known) {
      return kind.isKnown(name)
          ? Optional.of("a well-known " + kind.label() + " project")
          : Optional.empty();
    }
    return kind.inferred(m.summary(), m.classifiers());
  }
}
