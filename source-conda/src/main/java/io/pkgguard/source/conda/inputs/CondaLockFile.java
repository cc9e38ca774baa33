package io.pkgguard.source.conda.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
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
import java.util.Set;
import java.util.TreeSet;

/**
 * A conda-lock file ({@code conda-lock.yml}, version 1): {@code metadata.channels} and one {@code
 * package} entry per platform and package, each pinned by URL and hash, {@code manager: conda} or
 * {@code pip}. The entries of the target's platform are the environment.
 */
final class CondaLockFile {

  private CondaLockFile() {}

  static EnvironmentDescription read(String file, String text, TargetEnvironment target)
      throws EnvironmentFileException {
    YamlDocument yaml = YamlDocument.read(file, text);
    JsonNode root = yaml.root();
    JsonNode version = root.path("version");
    if (!version.isIntegralNumber() || version.asInt() != 1) {
      throw new EnvironmentFileException(
          file
              + ":"
              + yaml.line("/version")
              + ": conda-lock version "
              + (version.isMissingNode() ? "(none)" : version.asText())
              + " is not supported; pkgguard reads version 1 (conda-lock 1 and 2)");
    }
    JsonNode packages = root.path("package");
    if (!packages.isArray()) {
      throw new EnvironmentFileException(file + ": 'package' must be a list of locked packages");
    }
    Set<String> platforms = new TreeSet<>();
    packages.forEach(p -> platforms.add(p.path("platform").asText("")));
    String platform = platform(file, target, platforms);
    List<IndexChoice> indexes = new ArrayList<>();
    int c = 0;
    for (JsonNode channel : root.path("metadata").path("channels")) {
      String written = channel.path("url").asText(channel.asText(""));
      if (!written.isBlank()) {
        indexes.add(
            new IndexChoice(
                indexes.isEmpty() ? IndexChoice.Kind.INDEX_URL : IndexChoice.Kind.EXTRA_INDEX_URL,
                ChannelUrls.of(written),
                written,
                new Location(file, yaml.line("/metadata/channels/" + c), 0)));
      }
      c++;
    }
    List<Requirement> requirements = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : packages) {
      String pointer = "/package/" + index++;
      Location where = new Location(file, yaml.line(pointer), 0);
      if (!entry.path("platform").asText("").equals(platform)) {
        continue;
      }
      String manager = entry.path("manager").asText("");
      String url = entry.path("url").asText("");
      Optional<String> sha256 =
          Optional.of(entry.path("hash").path("sha256").asText("")).filter(s -> !s.isEmpty());
      try {
        switch (manager) {
          case "conda" ->
              requirements.add(
                  new Requirement(
                      LockedPackage.conda(url, target, where),
                      LockedPackage.hashes(sha256),
                      where));
          case "pip" -> {
            String name = entry.path("name").asText("");
            String pinned = entry.path("version").asText("");
            if (name.isBlank() || pinned.isBlank()) {
              throw new EnvironmentFileException(
                  where + ": a pip package needs a name and version");
            }
            requirements.add(
                new Requirement(
                    LockedPackage.pypi(name, pinned, target), LockedPackage.hashes(sha256), where));
          }
          default ->
              throw new EnvironmentFileException(
                  where + ": manager '" + manager + "' is neither conda nor pip");
        }
      } catch (RequestSyntaxException e) {
        throw new EnvironmentFileException(e.getMessage(), e);
      }
    }
    return new EnvironmentDescription(file, true, requirements, indexes, observations);
  }

  /** The platform whose packages are judged: the target's, which the file must have. */
  static String platform(String file, TargetEnvironment target, Set<String> platforms)
      throws EnvironmentFileException {
    Optional<String> subdir = TargetSubdir.of(target);
    if (subdir.isEmpty()) {
      throw new EnvironmentFileException(
          file
              + ": the target platform is unknown; give it, such as --target subdir=linux-64"
              + " (the file has "
              + String.join(", ", platforms)
              + ")");
    }
    if (!platforms.contains(subdir.get())) {
      throw new EnvironmentFileException(
          file
              + ": nothing is locked for "
              + subdir.get()
              + "; the file has "
              + (platforms.isEmpty() ? "no platform" : String.join(", ", platforms)));
    }
    return subdir.get();
  }
}
