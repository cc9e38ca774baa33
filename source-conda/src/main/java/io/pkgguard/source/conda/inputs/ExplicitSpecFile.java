package io.pkgguard.source.conda.inputs;

import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.conda.specs.TargetSubdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An explicit spec file ({@code conda list --explicit}, {@code conda-lock --kind explicit}): an
 * {@code @EXPLICIT} line, then one package URL per line, each optionally followed by {@code
 * #<md5 or sha256>}. conda installs exactly those files without solving; so every line is a
 * locked package. A {@code # platform:} comment naming another subdir than the target's is
 * observed.
 */
final class ExplicitSpecFile {

  private ExplicitSpecFile() {}

  static boolean isExplicit(String text) {
    return text.lines().anyMatch(l -> l.strip().equals("@EXPLICIT"));
  }

  static EnvironmentDescription read(String file, String text, TargetEnvironment target)
      throws EnvironmentFileException {
    List<Requirement> requirements = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    boolean explicit = false;
    int number = 0;
    for (String raw : text.split("\r?\n", -1)) {
      number++;
      String line = raw.strip();
      Location where = new Location(file, number, 0);
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        String comment = line.substring(1).strip();
        if (comment.startsWith("platform:")) {
          String platform = comment.substring("platform:".length()).strip();
          Optional<String> subdir = TargetSubdir.of(target);
          if (subdir.isPresent() && !subdir.get().equals(platform)) {
            observations.add(
                new Observation(
                    Observation.Kind.NOT_FOR_TARGET,
                    file,
                    "the file is for " + platform + ", the target is " + subdir.get(),
                    where));
          }
        }
        continue;
      }
      if (line.equals("@EXPLICIT")) {
        explicit = true;
        continue;
      }
      if (!explicit) {
        throw new EnvironmentFileException(
            where + ": a package before the @EXPLICIT line; an explicit spec file starts with it");
      }
      int hash = line.indexOf('#');
      String url = hash < 0 ? line : line.substring(0, hash).strip();
      Optional<String> digest =
          hash < 0 ? Optional.empty() : Optional.of(line.substring(hash + 1).strip());
      try {
        requirements.add(
            new Requirement(
                LockedPackage.conda(url, target, where), LockedPackage.hashes(digest), where));
      } catch (RequestSyntaxException e) {
        throw new EnvironmentFileException(e.getMessage(), e);
      }
    }
    if (!explicit) {
      throw new EnvironmentFileException(
          file + ": no @EXPLICIT line; this is not an explicit spec file");
    }
    return new EnvironmentDescription(file, true, requirements, List.of(), observations);
  }
}
