package io.pkgguard.source.pypi;

import io.pkgguard.source.pypi.json.PypiSimpleSource;

/**
 * The {@code pypi-simple} source type: an index that serves only the Simple API in its JSON form
 * (PEP 691), such as many Artifactory, Nexus and devpi setups. Versions and files come from the
 * project page; descriptive metadata and dependencies from PEP 658 core metadata.
 */
public final class PypiSimpleSourceProvider extends PypiSourceProvider {

  /** The type name used in policies. */
  public static final String TYPE = "pypi-simple";

  /** Called by {@link java.util.ServiceLoader}. */
  public PypiSimpleSourceProvider() {
    super(TYPE, PypiSimpleSource::create);
  }
}
