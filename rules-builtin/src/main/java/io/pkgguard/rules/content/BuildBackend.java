package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.InspectedDistribution;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What runs when pip builds a source distribution: its PEP 517 backend, or setup.py. */
final class BuildBackend {

  private static final Pattern BACKEND =
      Pattern.compile("(?m)^\\s*build-backend\\s*=\\s*[\"']([^\"'\\r\\n]{1,200})[\"']");

  private BuildBackend() {}

  /** A phrase naming the build, such as {@code the build backend 'hatchling.build'}. */
  static String of(InspectedDistribution sdist) {
    Optional<String> pyproject = top(sdist, "pyproject.toml");
    if (pyproject.isPresent()) {
      int table = pyproject.get().indexOf("[build-system]");
      Matcher m = BACKEND.matcher(table < 0 ? "" : pyproject.get().substring(table));
      if (m.find()) {
        return "the build backend '" + Quoted.of(m.group(1), 80) + "'";
      }
      return "setuptools' legacy backend (pyproject.toml names none)"
          + (top(sdist, "setup.py").isPresent() ? ", which runs setup.py" : "");
    }
    return top(sdist, "setup.py").isPresent()
        ? "setup.py (no pyproject.toml)"
        : "no build configuration pkgguard recognises";
  }

  /** The text of a file at the top of the sdist (directly under its one root directory). */
  private static Optional<String> top(InspectedDistribution sdist, String name) {
    return sdist.entries().stream()
        .filter(e -> e.type() == ArchiveEntry.Type.FILE)
        .filter(e -> e.path().matches("[^/]+/" + Pattern.quote(name)) || e.path().equals(name))
        .findFirst()
        .flatMap(ArchiveEntry::text);
  }
}
