package io.pkgguard.source.pypi;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.PackageSourceProvider;
import io.pkgguard.api.SourceSettings;
import java.util.Objects;
import java.util.function.Function;

/** What the PyPI source types share: the ecosystem, a type name and how to create the source. */
abstract class PypiSourceProvider implements PackageSourceProvider {

  private final String type;
  private final Function<SourceSettings, PackageSource> factory;

  PypiSourceProvider(String type, Function<SourceSettings, PackageSource> factory) {
    this.type = Objects.requireNonNull(type, "type");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final String ecosystem() {
    return PackageId.PYPI;
  }

  @Override
  public final PackageSource create(SourceSettings settings) {
    return factory.apply(settings);
  }
}
