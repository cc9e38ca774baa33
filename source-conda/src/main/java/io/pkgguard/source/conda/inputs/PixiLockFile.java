package io.pkgguard.source.conda.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A pixi lock file ({@code pixi.lock}, versions 4 to 6): the {@code default} environment's
 * channels and PyPI indexes, its packages for the target's platform (each a {@code conda:} or
 * {@code pypi:} URL), and the {@code packages} list that gives each URL's hash and, for PyPI,
 * its name and version. Version 4 wrote {@code kind} and {@code url} instead.
 */
final class PixiLockFile {

  private PixiLockFile() {}

  static EnvironmentDescription read(String file, String text, TargetEnvironment target)
      throws EnvironmentFileException {
    YamlDocument yaml = YamlDocument.read(file, text);
    JsonNode root = yaml.root();
    int version = root.path("version").asInt(-1);
    if (version < 4 || version > 6) {
      throw new EnvironmentFileException(
          file
              + ":"
              + yaml.line("/version")
              + ": pixi.lock version "
              + root.path("version").asText("(none)")
              + " is not supported; pkgguard reads versions 4 to 6");
    }
    JsonNode environment = root.path("environments").path("default");
    if (!environment.isObject()) {
      throw new EnvironmentFileException(file + ": no 'default' environment");
    }
    List<IndexChoice> indexes = new ArrayList<>();
    int c = 0;
    for (JsonNode channel : environment.path("channels")) {
      String written = channel.path("url").asText(channel.asText(""));
      indexes.add(
          new IndexChoice(
              indexes.isEmpty() ? IndexChoice.Kind.INDEX_URL : IndexChoice.Kind.EXTRA_INDEX_URL,
              ChannelUrls.of(written),
              written,
              new Location(file, yaml.line("/environments/default/channels/" + c++), 0)));
    }
    int i = 0;
    for (JsonNode pypiIndex : environment.path("indexes")) {
      indexes.add(
          new IndexChoice(
              IndexChoice.Kind.EXTRA_INDEX_URL,
              pypiIndex.asText(),
              pypiIndex.asText(),
              new Location(file, yaml.line("/environments/default/indexes/" + i++), 0)));
    }
    Map<String, JsonNode> described = new HashMap<>();
    for (JsonNode entry : root.path("packages")) {
      url(entry).ifPresent(u -> described.put(u, entry));
    }
    JsonNode byPlatform = environment.path("packages");
    Set<String> platforms = new TreeSet<>();
    byPlatform.fieldNames().forEachRemaining(platforms::add);
    String platform = CondaLockFile.platform(file, target, platforms);
    List<Requirement> requirements = new ArrayList<>();
    int index = 0;
    for (JsonNode listed : byPlatform.path(platform)) {
      String pointer =
          "/environments/default/packages/" + YamlDocument.escape(platform) + "/" + index++;
      Location where = new Location(file, yaml.line(pointer), 0);
      Optional<String> conda = text(listed, "conda");
      Optional<String> pypi = text(listed, "pypi");
      JsonNode entry = described.get(conda.or(() -> pypi).orElse(""));
      Optional<String> sha256 = entry == null ? Optional.empty() : text(entry, "sha256");
      try {
        if (conda.isPresent()) {
          requirements.add(
              new Requirement(
                  LockedPackage.conda(conda.get(), target, where),
                  LockedPackage.hashes(sha256),
                  where));
        } else if (pypi.isPresent()) {
          if (entry == null || text(entry, "name").isEmpty() || text(entry, "version").isEmpty()) {
            throw new EnvironmentFileException(
                where + ": " + pypi.get() + " has no entry with a name and version in 'packages'");
          }
          requirements.add(
              new Requirement(
                  LockedPackage.pypi(
                      text(entry, "name").get(), text(entry, "version").get(), target),
                  LockedPackage.hashes(sha256),
                  where));
        } else {
          throw new EnvironmentFileException(where + ": an entry is neither conda: nor pypi:");
        }
      } catch (RequestSyntaxException e) {
        throw new EnvironmentFileException(e.getMessage(), e);
      }
    }
    return new EnvironmentDescription(file, true, requirements, indexes, List.of());
  }

  /** An entry's URL: {@code conda:}/{@code pypi:} (versions 5, 6) or {@code url} (version 4). */
  private static Optional<String> url(JsonNode entry) {
    return text(entry, "conda").or(() -> text(entry, "pypi")).or(() -> text(entry, "url"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText().strip())
        : Optional.empty();
  }
}
