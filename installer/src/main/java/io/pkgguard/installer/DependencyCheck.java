package io.pkgguard.installer;

import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluationException;
import io.pkgguard.source.pypi.requirements.MarkerEvaluator;
import io.pkgguard.source.pypi.requirements.Requirement;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import io.pkgguard.source.pypi.requirements.VersionClause;
import io.pkgguard.source.pypi.versions.Pep440SpecifierSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The check {@code pip check} makes, in this process: every installed distribution's {@code
 * Requires-Dist}, its marker evaluated for the environment (with no extra), must name an
 * installed distribution whose version satisfies it (pre-releases accepted, as for an installed
 * version). Done with pkgguard's PEP 440 and 508 code, which agrees with the reference
 * implementations' test vectors, it saves starting Python and importing pip after each
 * installation.
 */
final class DependencyCheck {

  /**
   * One broken requirement.
   *
   * @param dependent the distribution that requires it
   * @param required the normalized name it requires
   * @param message what is wrong, in pip check's words
   */
  record Broken(InstalledDistribution dependent, String required, String message) {}

  private DependencyCheck() {}

  /**
   * Checks every installed distribution.
   *
   * @param installed what is installed
   * @param markers the environment's marker variables
   * @return the broken requirements, and requirements that cannot be read (as warnings)
   */
  static List<Broken> check(
      List<InstalledDistribution> installed, Map<String, String> markers, List<String> unreadable)
      throws IOException {
    Map<String, InstalledDistribution> byName = new HashMap<>();
    installed.forEach(d -> byName.put(d.normalizedName(), d));
    List<Broken> broken = new ArrayList<>();
    for (InstalledDistribution dist : installed) {
      for (String line : requiresDist(dist)) {
        Requirement requirement;
        try {
          requirement = RequirementParser.parse(line);
          if (requirement.marker().isPresent()
              && !MarkerEvaluator.evaluate(
                  requirement.marker().get(), markers, MarkerEvaluator.Context.METADATA)) {
            continue;
          }
        } catch (InvalidRequirementException | MarkerEvaluationException e) {
          unreadable.add(
              dist.name()
                  + " "
                  + dist.version()
                  + " has a requirement pkgguard"
                  + " cannot read ("
                  + line
                  + "): "
                  + e.getMessage());
          continue;
        }
        String name = InstalledDistribution.normalize(requirement.name());
        InstalledDistribution found = byName.get(name);
        if (found == null) {
          broken.add(
              new Broken(
                  dist,
                  name,
                  dist.name()
                      + " "
                      + dist.version()
                      + " requires "
                      + requirement.name()
                      + ", which is not installed."));
          continue;
        }
        if (requirement.clauses().isEmpty()) {
          continue;
        }
        String specifier =
            requirement.clauses().stream()
                .map(VersionClause::toString)
                .collect(Collectors.joining(","));
        boolean satisfied;
        try {
          satisfied =
              Pep440SpecifierSet.parse(specifier)
                  .contains(found.version(), Optional.of(true), true);
        } catch (RuntimeException e) {
          unreadable.add(
              dist.name()
                  + " "
                  + dist.version()
                  + " requires "
                  + line
                  + ", which pkgguard cannot compare with "
                  + found.name()
                  + " "
                  + found.version());
          continue;
        }
        if (!satisfied) {
          broken.add(
              new Broken(
                  dist,
                  name,
                  dist.name()
                      + " "
                      + dist.version()
                      + " has requirement "
                      + requirement.name()
                      + specifier
                      + ", but you have "
                      + found.name()
                      + " "
                      + found.version()
                      + "."));
        }
      }
    }
    return broken;
  }

  /** The Requires-Dist headers of a distribution's METADATA. */
  private static List<String> requiresDist(InstalledDistribution dist) throws IOException {
    List<String> lines = new ArrayList<>();
    try (var reader =
        Files.newBufferedReader(dist.distInfo().resolve("METADATA"), StandardCharsets.UTF_8)) {
      String line;
      int read = 0;
      while ((line = reader.readLine()) != null && !line.isEmpty() && read++ < 10_000) {
        if (line.regionMatches(true, 0, "Requires-Dist:", 0, 14)) {
          lines.add(line.substring(14).strip());
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      return List.of();
    }
    return lines;
  }
}
