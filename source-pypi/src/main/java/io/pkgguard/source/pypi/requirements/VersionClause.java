package io.pkgguard.source.pypi.requirements;

import java.util.Objects;

/**
 * One clause of a version specifier, such as {@code >=1.0} or {@code ==2.*}.
 *
 * @param operator one of {@code ~= == != <= >= < > ===}
 * @param version the version as written (with a trailing {@code .*} for prefix matches)
 */
public record VersionClause(String operator, String version) {

  public VersionClause {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(version, "version");
  }

  /** Whether this clause pins exactly one version ({@code ==V} without wildcard, or {@code ===V}). */
  public boolean isExactPin() {
    return operator.equals("===") || (operator.equals("==") && !version.endsWith(".*"));
  }

  @Override
  public String toString() {
    return operator + version;
  }
}
