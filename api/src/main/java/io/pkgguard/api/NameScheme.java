package io.pkgguard.api;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How an ecosystem spells package names: which names are valid and which spellings denote the same
 * package (for PyPI, PEP 508 validity and PEP 503 normalisation). Implementations are stateless
 * and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface NameScheme {

  /**
   * The canonical form used to compare and look up names ({@code Foo_Bar} → {@code foo-bar} on
   * PyPI). Defined for any input, valid or not.
   *
   * @param name the name
   * @return the canonical form of {@code name}
   */
  String normalize(String name);

  /**
   * Why {@code name} is not a valid name in this ecosystem, in one line that says what is wrong and
   * where; empty if it is valid.
   *
   * @param name the name
   * @return why {@code name} is not a valid name here, in one line; empty if it is valid
   */
  Optional<String> problem(String name);

  /**
   * {@return a scheme that accepts any non-blank name and compares names exactly, for unknown
   * ecosystems}
   */
  static NameScheme verbatim() {
    return new NameScheme() {
      @Override
      public String normalize(String name) {
        return name;
      }

      @Override
      public Optional<String> problem(String name) {
        return name.isBlank() ? Optional.of("the name is empty") : Optional.empty();
      }
    };
  }
}
