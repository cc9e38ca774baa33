package io.pkgguard.rules.license;

import java.util.Locale;

/** The kinds of licence the policy's lists may name. */
enum LicenseKind {
  PERMISSIVE,
  PUBLIC_DOMAIN,
  WEAK_COPYLEFT,
  STRONG_COPYLEFT,
  NON_OPEN,
  /** An identifier pkgguard does not know, or a LicenseRef of the project's own. */
  UNKNOWN;

  /** The policy spelling: {@code strong-copyleft}. */
  String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static LicenseKind of(String key) {
    return valueOf(key.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
