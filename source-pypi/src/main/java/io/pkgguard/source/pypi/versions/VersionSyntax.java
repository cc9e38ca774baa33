package io.pkgguard.source.pypi.versions;

import java.util.Optional;

/** Which versions may follow which operator in a PEP 440 specifier clause. */
public final class VersionSyntax {

  private VersionSyntax() {}

  /**
   * Why {@code version} cannot follow {@code operator} in a specifier clause, or empty if it can:
   * the version must be valid PEP 440; {@code .*} goes only with {@code ==} and {@code !=} and only
   * after a plain release; a local label only with {@code ==} and {@code !=}; {@code ~=} needs at
   * least two release parts. {@code ===} takes any non-empty text.
   */
  public static Optional<String> clauseProblem(String operator, String version) {
    if (operator.equals("===")) {
      return version.isEmpty() ? Optional.of("expected a version after ===") : Optional.empty();
    }
    boolean wildcard = version.endsWith(".*");
    String base = wildcard ? version.substring(0, version.length() - 2) : version;
    if (base.isEmpty() || base.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("'" + Pep440Version.shown(version) + "' is not a valid PEP 440 version");
    }
    Pep440Version v;
    try {
      v = Pep440Version.parse(base);
    } catch (InvalidVersionException e) {
      return Optional.of(
          e.getMessage().startsWith("a version of")
              ? e.getMessage()
              : "'" + Pep440Version.shown(version) + "' is not a valid PEP 440 version");
    }
    boolean equality = operator.equals("==") || operator.equals("!=");
    if (wildcard) {
      if (!equality) {
        return Optional.of(".* suffix can only be used with == or !=");
      }
      if (v.isPreRelease() || v.isPostRelease() || v.local().isPresent()) {
        return Optional.of(
            ".* suffix cannot be used with pre-release, post-release, dev or" + " local versions");
      }
    }
    if (v.local().isPresent() && !equality) {
      return Optional.of("a local version label can only be used with == or !=");
    }
    if (operator.equals("~=") && v.release().size() < 2) {
      return Optional.of("~= needs a version with at least two release segments, such as ~=1.4");
    }
    return Optional.empty();
  }
}
