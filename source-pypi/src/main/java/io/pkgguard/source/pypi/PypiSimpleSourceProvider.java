package io.pkgguard.source.pypi;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.source.pypi.json.PypiSimpleSource;

/**
 * The {@code pypi-simple} source type: an index that serves only the Simple API in its JSON form
 * (PEP 691), such as many Artifactory, Nexus and devpi setups. Versions and files come from the
 * project page; descriptive metadata and dependencies from PEP 658 core metadata.
 */
public final class PypiSimpleSourceProvider implements PackageSourceProvider {

  /** The type name used in policies. */
  public static final String TYPE = "pypi-simple";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String ecosystem() {
    return PackageId.PYPI;
  }

  @Override
  public PackageSource create(SourceSettings settings) {
    return PypiSimpleSource.create(settings);
  }
}
