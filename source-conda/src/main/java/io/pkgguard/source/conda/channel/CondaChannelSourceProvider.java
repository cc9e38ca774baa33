package io.pkgguard.source.conda.channel;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceSettings;

/**
 * The {@code conda-channel} source type: a conda channel by URL ({@code
 * https://conda.anaconda.org/conda-forge}) or a {@code file:} channel directory (the layout {@code
 * conda index} writes: {@code <subdir>/repodata.json} beside the packages). See {@link
 * CondaChannelSource} for its options.
 */
public final class CondaChannelSourceProvider implements PackageSourceProvider {

  /** The type name used in policies. */
  public static final String TYPE = "conda-channel";

  /** Called by {@link java.util.ServiceLoader}. */
  public CondaChannelSourceProvider() {}

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String ecosystem() {
    return PackageId.CONDA;
  }

  @Override
  public PackageSource create(SourceSettings settings) {
    return CondaChannelSource.create(settings);
  }
}
