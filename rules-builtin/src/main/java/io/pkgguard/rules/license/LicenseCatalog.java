package io.pkgguard.rules.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped licence tables ({@code spdx-licenses.tsv}: identifier and kind;
 * {@code license-aliases.tsv}: classifiers and free-text names mapped to SPDX), read once.
 */
final class LicenseCatalog {

  private static final Pattern DEPRECATED_GNU =
      Pattern.compile("(?i)((?:A|L)?GPL-[0-9]\\.[0-9])(\\+)?");
  private static final Map<String, String> CANONICAL = new HashMap<>();
  private static final Map<String, LicenseKind> KINDS = new HashMap<>();
  private static final Map<String, String> ALIASES = new HashMap<>();

  static {
    for (String[] row : rows("spdx-licenses.tsv")) {
      CANONICAL.put(row[0].toLowerCase(Locale.ROOT), row[0]);
      KINDS.put(row[0].toLowerCase(Locale.ROOT), LicenseKind.of(row[1]));
    }
    for (String[] row : rows("license-aliases.tsv")) {
      ALIASES.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
  }

  private LicenseCatalog() {}

  /**
   * The SPDX spelling of an identifier, case-insensitively, with deprecated GNU forms
   * ({@code GPL-3.0}, {@code GPL-2.0+}) read as their current ones.
   */
  static Optional<String> canonical(String id) {
    String known = CANONICAL.get(id.toLowerCase(Locale.ROOT));
    if (known != null) {
      return Optional.of(known);
    }
    Matcher m = DEPRECATED_GNU.matcher(id);
    if (m.matches()) {
      String current = m.group(1) + (m.group(2) == null ? "-only" : "-or-later");
      return Optional.ofNullable(CANONICAL.get(current.toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** The kind of an identifier; UNKNOWN if pkgguard does not know it. */
  static LicenseKind kind(String id) {
    return canonical(id)
        .map(c -> KINDS.get(c.toLowerCase(Locale.ROOT)))
        .orElse(LicenseKind.UNKNOWN);
  }

  /** The SPDX expression a classifier or free-text name stands for. */
  static Optional<String> alias(String text) {
    return Optional.ofNullable(ALIASES.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  private static java.util.List<String[]> rows(String resource) {
    try (InputStream in = LicenseCatalog.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped table " + resource, e);
    }
  }
}
