package io.pkgguard.rules;

import io.pkgguard.api.SecurityRule;
import io.pkgguard.rules.capability.CapabilityRule;
import io.pkgguard.rules.content.ContentRule;
import io.pkgguard.rules.content.DistributionFilesRule;
import io.pkgguard.rules.environment.EnvironmentRule;
import io.pkgguard.rules.license.LicenseRule;
import io.pkgguard.rules.metadata.MetadataQualityRule;
import io.pkgguard.rules.names.NameFormatRule;
import io.pkgguard.rules.names.NameKeywordsRule;
import io.pkgguard.rules.names.TyposquatRule;
import io.pkgguard.rules.reputation.MaintainersRule;
import io.pkgguard.rules.reputation.MaintenanceRule;
import io.pkgguard.rules.reputation.PackageAgeRule;
import io.pkgguard.rules.reputation.PopularityRule;
import io.pkgguard.rules.reputation.ProvenanceRule;
import io.pkgguard.rules.source.SourceTrustRule;
import io.pkgguard.rules.vulnerabilities.VulnerabilitiesRule;
import java.util.List;

/** Every built-in rule, for hosts that register rules by hand instead of discovering them. */
public final class BuiltinRules {

  private BuiltinRules() {}

  /** New instances of all built-in rules, ordered by id. */
  public static List<SecurityRule> all() {
    return List.of(
        new CapabilityRule(),
        new ContentRule(),
        new DistributionFilesRule(),
        new EnvironmentRule(),
        new LicenseRule(),
        new MaintainersRule(),
        new MaintenanceRule(),
        new MetadataQualityRule(),
        new NameFormatRule(),
        new NameKeywordsRule(),
        new PackageAgeRule(),
        new PopularityRule(),
        new ProvenanceRule(),
        new SourceTrustRule(),
        new TyposquatRule(),
        new VulnerabilitiesRule());
  }
}
