package io.pkgguard.advisories.osv.model;

import io.pkgguard.api.Advisory;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an OSV record's {@code affected}: a package and which of its versions are
 * affected.
 *
 * @param ecosystem the OSV ecosystem, such as {@code PyPI}, as written
 * @param name the package name, as written (not normalised)
 * @param ranges the affected ranges; unmodifiable
 * @param versions the affected versions listed one by one; unmodifiable
 * @param severities severities given for this package only; unmodifiable
 */
public record OsvAffected(
    String ecosystem,
    String name,
    List<OsvRange> ranges,
    List<String> versions,
    List<Advisory.Severity> severities) {

  public OsvAffected {
    Objects.requireNonNull(ecosystem, "ecosystem");
    Objects.requireNonNull(name, "name");
    ranges = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
    versions = List.copyOf(Objects.requireNonNull(versions, "versions"));
    severities = List.copyOf(Objects.requireNonNull(severities, "severities"));
  }
}
