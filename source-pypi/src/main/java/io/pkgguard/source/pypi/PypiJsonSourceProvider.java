package io.pkgguard.source.pypi;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.source.pypi.json.PypiJsonSource;

/**
 * The {@code pypi-json} source type: a PyPI-compatible JSON API ({@code {base}/{name}/json} and
 * {@code {base}/{name}/{version}/json}), such as {@code https://pypi.org/pypi}, or a {@code file:}
 * mirror laid out the same way (a bandersnatch mirror's {@code web/pypi}).
 */
public final class PypiJsonSourceProvider implements PackageSourceProvider {

  /** The type name used in policies. */
  public static final String TYPE = "pypi-json";

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
    return PypiJsonSource.create(settings);
  }
}
