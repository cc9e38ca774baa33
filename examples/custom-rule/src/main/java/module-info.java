/** A pkgguard rule: projects the organisation has blocked are rejected, with its reason. */
module com.example.pkgguard.rules {
  requires io.pkgguard.api;

  provides io.pkgguard.api.SecurityRule with com.example.pkgguard.rules.BlockedProjectsRule;
}
