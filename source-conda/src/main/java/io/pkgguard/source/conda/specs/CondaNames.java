package io.pkgguard.source.conda.specs;

import io.pkgguard.api.NameScheme;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How conda spells and compares package names: lower-case letters, digits, {@code _ . -} (what
 * conda-build accepts), not starting with {@code .} or {@code -}, compared lower-cased.
 */
public final class CondaNames implements NameScheme {

  private static final CondaNames INSTANCE = new CondaNames();
  private static final Pattern NAME = Pattern.compile("[a-z0-9_][a-z0-9_.\\-]*");

  private CondaNames() {}

  /** {@return the scheme} */
  public static CondaNames scheme() {
    return INSTANCE;
  }

  @Override
  public String normalize(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("the name is empty");
    }
    if (name.length() > 200) {
      return Optional.of("the name is longer than 200 characters");
    }
    return NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()
        ? Optional.empty()
        : Optional.of(
            "a conda package name has only letters, digits, '_', '.' and '-', and"
                + " does not start with '.' or '-'");
  }
}
