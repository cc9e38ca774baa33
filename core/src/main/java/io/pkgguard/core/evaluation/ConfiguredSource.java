package io.pkgguard.core.evaluation;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.SourceDescriptor;
import java.util.Objects;

/**
 * A source created from the policy, with what rules may know of it.
 *
 * @param descriptor id, ecosystem, index URL and trusted hosts
 * @param source the created source
 * @param downloads the transport distribution files are downloaded through: the source's trusted
 *     download hosts only, with the policy's per-file cap and download deadline
 */
public record ConfiguredSource(
    SourceDescriptor descriptor, PackageSource source, HttpTransport downloads) {

  public ConfiguredSource {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(downloads, "downloads");
  }
}
