package io.pkgguard.source.conda.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.EnvironmentDescription;
import io.pkgguard.api.EnvironmentDescription.Embedded;
import io.pkgguard.api.EnvironmentDescription.IndexChoice;
import io.pkgguard.api.EnvironmentDescription.Location;
import io.pkgguard.api.EnvironmentDescription.Observation;
import io.pkgguard.api.EnvironmentDescription.Requirement;
import io.pkgguard.api.EnvironmentFileException;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RequestSyntaxException;
import io.pkgguard.api.TargetEnvironment;
import io.pkgguard.source.conda.specs.CondaRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A conda {@code environment.yml}, read as {@code conda env create} reads it: {@code channels}
 * (the first is where conda looks first, the others are extra indexes), {@code dependencies} (match
 * specs, and a {@code pip:} list that conda hands to pip as a requirements file, here to the PyPI
 * ecosystem), and {@code name}, {@code prefix} and {@code variables}, which say nothing about
 * packages. A key conda does not know is refused: a misspelt {@code channels} would silently
 * leave conda on its configured channels.
 */
final class EnvironmentYaml {

  static final Set<String> KEYS = Set.of("name", "channels", "dependencies", "prefix", "variables");

  private EnvironmentYaml() {}

  static EnvironmentDescription read(String file, String text, TargetEnvironment target)
      throws EnvironmentFileException {
    YamlDocument yaml = YamlDocument.read(file, text);
    JsonNode root = yaml.root();
    for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        throw new EnvironmentFileException(
            file
                + ":"
                + yaml.line("/" + YamlDocument.escape(key))
                + ": unknown key '"
                + key
                + "'; an environment file has "
                + String.join(", ", new java.util.TreeSet<>(KEYS)));
      }
    }
    List<IndexChoice> indexes = channels(file, yaml);
    List<Observation> observations = new ArrayList<>();
    if (indexes.isEmpty()) {
      observations.add(
          new Observation(
              Observation.Kind.UNVETTED,
              "channels",
              "no channels are named: conda takes them from its configuration (.condarc),"
                  + " which this file does not show",
              new Location(file, 1, 0)));
    }
    JsonNode dependencies = root.path("dependencies");
    if (!dependencies.isMissingNode() && !dependencies.isArray()) {
      throw new EnvironmentFileException(
          file + ":" + yaml.line("/dependencies") + ": 'dependencies' must be a list");
    }
    List<Requirement> requirements = new ArrayList<>();
    List<Embedded> embedded = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode item : dependencies) {
      String pointer = "/dependencies/" + index++;
      Location where = new Location(file, yaml.line(pointer), 0);
      if (item.isObject() && item.has("pip") && item.size() == 1) {
        embedded.add(pipBlock(file, text, yaml, pointer + "/pip", item.get("pip")));
        continue;
      }
      if (!item.isTextual() && !item.isNumber()) {
        throw new EnvironmentFileException(
            where + ": a dependency is a match spec such as numpy >=1.24 (or a pip: list)");
      }
      PackageRequest request;
      try {
        request = CondaRequests.of(item.asText().strip(), target);
      } catch (RequestSyntaxException e) {
        throw new EnvironmentFileException(where + ": " + e.getMessage(), e);
      }
      if (!seen.add(request.id().name())) {
        observations.add(
            new Observation(
                Observation.Kind.DUPLICATE,
                request.id().name(),
                "listed more than once; conda combines the specs",
                where));
      }
      if (request.version().isEmpty()) {
        observations.add(
            new Observation(
                Observation.Kind.UNPINNED,
                request.id().name(),
                "no exact version: conda installs whatever the channels offer when it runs",
                where));
      }
      requirements.add(new Requirement(request, List.of(), where));
    }
    return new EnvironmentDescription(file, false, requirements, indexes, observations, embedded);
  }

  /** The channels as index choices: the first is searched first, the others are extra. */
  private static List<IndexChoice> channels(String file, YamlDocument yaml)
      throws EnvironmentFileException {
    JsonNode channels = yaml.root().path("channels");
    if (channels.isMissingNode()) {
      return List.of();
    }
    if (!channels.isArray()) {
      throw new EnvironmentFileException(
          file + ":" + yaml.line("/channels") + ": 'channels' must be a list of names or URLs");
    }
    List<IndexChoice> indexes = new ArrayList<>();
    int index = 0;
    for (JsonNode channel : channels) {
      Location where = new Location(file, yaml.line("/channels/" + index++), 0);
      if (!channel.isTextual() || channel.asText().isBlank()) {
        throw new EnvironmentFileException(where + ": a channel is a name or a URL");
      }
      String written = channel.asText().strip();
      if (written.equals("nodefaults")) {
        continue;
      }
      indexes.add(
          new IndexChoice(
              indexes.isEmpty() ? IndexChoice.Kind.INDEX_URL : IndexChoice.Kind.EXTRA_INDEX_URL,
              ChannelUrls.of(written),
              written,
              where));
    }
    return indexes;
  }

  /**
   * The {@code pip:} list as the requirements file conda writes for pip, line for line: item N
   * stands on the line it has here, so that what the PyPI reader reports points into this file.
   */
  private static Embedded pipBlock(
      String file, String text, YamlDocument yaml, String pointer, JsonNode pip)
      throws EnvironmentFileException {
    if (!pip.isArray()) {
      throw new EnvironmentFileException(
          file + ":" + yaml.line(pointer) + ": 'pip' must be a list of requirement lines");
    }
    int beyond = (int) text.lines().count();
    TreeMap<Integer, String> byLine = new TreeMap<>();
    int index = 0;
    for (JsonNode item : pip) {
      int line = yaml.line(pointer + "/" + index++);
      if (!item.isTextual()) {
        throw new EnvironmentFileException(
            file + ":" + line + ": a pip line is text, such as requests==2.32.3");
      }
      if (byLine.containsKey(line)) {
        line = ++beyond; // several items on one line ([a, b]): the later ones go below the file
      }
      byLine.put(line, item.asText());
    }
    StringBuilder requirements = new StringBuilder();
    int last = byLine.isEmpty() ? 0 : byLine.lastKey();
    for (int line = 1; line <= last; line++) {
      requirements.append(byLine.getOrDefault(line, "")).append('\n');
    }
    return new Embedded(
        PackageId.PYPI, requirements.toString(), new Location(file, yaml.line(pointer), 0));
  }
}
