package io.pkgguard.cli.installers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index settings uv would use, read as uv's "Configuration files" documentation says: the
 * project's {@code uv.toml}, or else its {@code pyproject.toml}'s {@code [tool.uv]}; the user's
 * {@code $XDG_CONFIG_HOME/uv/uv.toml}; the system's {@code uv/uv.toml} in {@code XDG_CONFIG_DIRS}
 * ({@code /etc/uv/uv.toml}) — project over user over system, lists concatenated project first —
 * or only {@code UV_CONFIG_FILE}, or none with {@code UV_NO_CONFIG}; then the {@code UV_*}
 * variables. Keys: {@code index-url}, {@code extra-index-url}, {@code [[index]]} ({@code default =
 * true} is the index), {@code allow-insecure-host}.
 */
final class UvConfiguration {

  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final TomlMapper TOML = new TomlMapper();

  private UvConfiguration() {}

  /**
   * Reads uv's settings.
   *
   * @param environment the process environment
   * @param project the project directory (where the checked file lies)
   * @param home the user's home directory
   * @param etc the system configuration directory ({@code /etc})
   * @throws InstallerConfigException if a file uv would read is malformed
   */
  static InstallerIndexes read(Map<String, String> environment, Path project, Path home, Path etc)
      throws InstallerConfigException {
    InstallerIndexes merged = InstallerIndexes.NONE;
    for (Path file : files(environment, project, home, etc)) {
      merged = merged.and(settings(file));
    }
    return variables(environment).and(merged);
  }

  static List<Path> files(Map<String, String> environment, Path project, Path home, Path etc) {
    if (isSet(environment.get("UV_NO_CONFIG"))) {
      return List.of();
    }
    String chosen = environment.get("UV_CONFIG_FILE");
    if (isSet(chosen)) {
      return List.of(Path.of(chosen));
    }
    List<Path> files = new ArrayList<>();
    Path projectFile = project.resolve("uv.toml");
    files.add(Files.isRegularFile(projectFile) ? projectFile : project.resolve("pyproject.toml"));
    String configHome = environment.get("XDG_CONFIG_HOME");
    Path config = isSet(configHome) ? Path.of(configHome) : home.resolve(".config");
    files.add(config.resolve("uv").resolve("uv.toml"));
    String dirs = environment.get("XDG_CONFIG_DIRS");
    if (isSet(dirs)) {
      for (String dir : dirs.split(":")) {
        if (!dir.isBlank()) {
          files.add(Path.of(dir, "uv", "uv.toml"));
        }
      }
    } else {
      files.add(etc.resolve("uv").resolve("uv.toml"));
    }
    return files;
  }

  private static InstallerIndexes settings(Path file) throws InstallerConfigException {
    if (!Files.isRegularFile(file)) {
      return InstallerIndexes.NONE;
    }
    String text;
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InstallerConfigException(file.toString(), 0, "larger than 4 MiB");
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      root = TOML.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InstallerConfigException(
          file.toString(), line, "not valid TOML (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InstallerConfigException(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
    JsonNode uv =
        file.getFileName().toString().equals("pyproject.toml")
            ? root.path("tool").path("uv")
            : root;
    if (uv.isMissingNode()) {
      return InstallerIndexes.NONE;
    }
    Located at = new Located(file.toString(), text);
    Optional<ConfiguredValue> index = Optional.empty();
    List<ConfiguredValue> extras = new ArrayList<>();
    if (uv.path("index-url").isTextual()) {
      index = Optional.of(at.value(uv.get("index-url").asText()));
    }
    for (JsonNode url : uv.path("extra-index-url")) {
      extras.add(at.value(url.asText()));
    }
    for (JsonNode entry : uv.path("index")) {
      String url = entry.path("url").asText("");
      if (url.isEmpty()) {
        throw new InstallerConfigException(
            file.toString(), at.line("[[index]]"), "an [[index]] without a url");
      }
      if (entry.path("default").asBoolean(false) && index.isEmpty()) {
        index = Optional.of(at.value(url));
      } else {
        extras.add(at.value(url));
      }
    }
    List<ConfiguredValue> insecure = new ArrayList<>();
    for (JsonNode host : uv.path("allow-insecure-host")) {
      insecure.add(at.value(host.asText()));
    }
    return new InstallerIndexes(
        index, extras, insecure, Optional.empty(), List.of(), Optional.empty());
  }

  private static InstallerIndexes variables(Map<String, String> environment) {
    Optional<ConfiguredValue> index = Optional.empty();
    for (String name : List.of("UV_DEFAULT_INDEX", "UV_INDEX_URL")) {
      if (index.isEmpty() && isSet(environment.get(name))) {
        index = Optional.of(new ConfiguredValue(environment.get(name).strip(), name, 0));
      }
    }
    List<ConfiguredValue> extras = new ArrayList<>();
    for (String name : List.of("UV_INDEX", "UV_EXTRA_INDEX_URL")) {
      if (isSet(environment.get(name))) {
        for (String item : environment.get(name).strip().split("\\s+")) {
          // UV_INDEX items may be name=url.
          String url = item.replaceFirst("^[A-Za-z0-9_.-]+=(?=[a-zA-Z][a-zA-Z0-9+.-]*:)", "");
          extras.add(new ConfiguredValue(url, name, 0));
        }
      }
    }
    List<ConfiguredValue> insecure = new ArrayList<>();
    if (isSet(environment.get("UV_INSECURE_HOST"))) {
      for (String host : environment.get("UV_INSECURE_HOST").strip().split("\\s+")) {
        insecure.add(new ConfiguredValue(host, "UV_INSECURE_HOST", 0));
      }
    }
    return new InstallerIndexes(
        index, extras, insecure, Optional.empty(), List.of(), Optional.empty());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /** Finds the line a value is written on (TOML's reader does not keep them). */
  private record Located(String file, String text) {
    ConfiguredValue value(String value) {
      return new ConfiguredValue(value, file, line(value));
    }

    int line(String needle) {
      int at = text.indexOf(needle);
      if (at < 0) {
        return 0;
      }
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
