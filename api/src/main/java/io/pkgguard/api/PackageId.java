package io.pkgguard.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A package within an ecosystem, such as {@code pypi:requests}.
 *
 * <p>The name is kept as given (it is what users typed and what reports show); comparisons that
 * must ignore spelling variants use the ecosystem's {@link NameScheme#normalize(String)}.
 *
 * @param ecosystem the ecosystem id, lower case, such as {@code pypi} or {@code conda}; never blank
 * @param name the package name as given; never null, possibly invalid (validation is a rule's job)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PackageId(String ecosystem, String name) {

  /** Ecosystem id of the Python Package Index and compatible indexes. */
  public static final String PYPI = "pypi";

  /** Ecosystem id of conda channels. */
  public static final String CONDA = "conda";

  /**
   * Creates the value, checking its components.
   *
   * @param ecosystem the ecosystem id, lower case, such as {@code pypi} or {@code conda}; never
   *     blank
   * @param name the package name as given; never null, possibly invalid (validation is a rule's
   *     job)
   */
  public PackageId {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    if (ecosystem.isBlank()) {
      throw new IllegalArgumentException("ecosystem must not be blank");
    }
  }

  /**
   * {@return a PyPI package}
   *
   * @param name the name
   */
  public static PackageId pypi(String name) {
    return new PackageId(PYPI, name);
  }

  /** {@code ecosystem:name}. */
  @Override
  public String toString() {
    return ecosystem + ":" + name;
  }
}
