package io.pkgguard.core.evaluation;

import io.pkgguard.api.PackageSource;
import io.pkgguard.api.SourceDescriptor;
import java.util.Objects;

/**
 * A source created from the policy, with what rules may know of it.
 *
 * @param descriptor id, ecosystem, index URL and trusted hosts
 * @param source the created source
 */
public record ConfiguredSource(SourceDescriptor descriptor, PackageSource source) {

  public ConfiguredSource {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(source, "source");
  }
}
