package io.pkgguard.core.evaluation;

import io.pkgguard.api.AdvisorySource;
import java.util.Objects;

/**
 * An advisory database the policy configured, ready to ask.
 *
 * @param id the policy id ({@code [advisories.<id>]})
 * @param source the database
 */
public record ConfiguredAdvisorySource(String id, AdvisorySource source) {

  public ConfiguredAdvisorySource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
  }
}
