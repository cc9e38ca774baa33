package io.pkgguard.source.pypi;

import io.pkgguard.source.pypi.json.PypiJsonSource;

/**
 * The {@code pypi-json} source type: a PyPI-compatible JSON API ({@code {base}/{name}/json} and
 * {@code {base}/{name}/{version}/json}), such as {@code https://pypi.org/pypi}, or a {@code file:}
 * mirror laid out the same way (a bandersnatch mirror's {@code web/pypi}).
 */
public final class PypiJsonSourceProvider extends PypiSourceProvider {

  /** The type name used in policies. */
  public static final String TYPE = "pypi-json";

  /** Called by {@link java.util.ServiceLoader}. */
  public PypiJsonSourceProvider() {
    super(TYPE, PypiJsonSource::create);
  }
}
