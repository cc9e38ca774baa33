/**
 * The built-in rules: one class per check of the security guidelines. Each is a pure function of
 * its {@link io.pkgguard.api.RuleContext}.
 */
module io.pkgguard.rules {
  requires transitive io.pkgguard.api;
  requires com.fasterxml.jackson.databind;

  exports io.pkgguard.rules;
  exports io.pkgguard.rules.names;
  exports io.pkgguard.rules.source;
  exports io.pkgguard.rules.metadata;
  exports io.pkgguard.rules.reputation;
  exports io.pkgguard.rules.content;
  exports io.pkgguard.rules.environment;
  exports io.pkgguard.rules.license;
  exports io.pkgguard.rules.capability;
  exports io.pkgguard.rules.vulnerabilities;

  provides io.pkgguard.api.SecurityRule with
      io.pkgguard.rules.content.ContentRule,
      io.pkgguard.rules.content.DistributionFilesRule,
      io.pkgguard.rules.environment.EnvironmentRule,
      io.pkgguard.rules.names.NameFormatRule,
      io.pkgguard.rules.names.NameKeywordsRule,
      io.pkgguard.rules.names.TyposquatRule,
      io.pkgguard.rules.source.SourceTrustRule,
      io.pkgguard.rules.metadata.MetadataQualityRule,
      io.pkgguard.rules.reputation.PackageAgeRule,
      io.pkgguard.rules.reputation.PopularityRule,
      io.pkgguard.rules.reputation.MaintenanceRule,
      io.pkgguard.rules.reputation.MaintainersRule,
      io.pkgguard.rules.reputation.ProvenanceRule,
      io.pkgguard.rules.license.LicenseRule,
      io.pkgguard.rules.capability.CapabilityRule,
      io.pkgguard.rules.vulnerabilities.VulnerabilitiesRule;
}
