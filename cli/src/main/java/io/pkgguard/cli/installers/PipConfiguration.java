package io.pkgguard.cli.installers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index settings pip would use, read as pip reads them (pip's "Configuration" topic): the
 * files {@code PIP_CONFIG_FILE} (first; {@code /dev/null} turns every file off), global ({@code
 * pip/pip.conf} in each of {@code XDG_CONFIG_DIRS}, then {@code /etc/pip.conf}), user (the legacy
 * {@code ~/.pip/pip.conf}, then {@code $XDG_CONFIG_HOME/pip/pip.conf}) and site ({@code
 * $VIRTUAL_ENV/pip.conf}) — each later file overriding the earlier, {@code [install]} overriding
 * {@code [global]} within a file — and then the {@code PIP_*} variables over all of them.
 */
final class PipConfiguration {

  private static final long MAX_BYTES = 1024 * 1024;

  /** The settings that say where packages come from and how they are fetched. */
  private static final List<String> KEYS =
      List.of("index-url", "extra-index-url", "trusted-host", "cert", "find-links", "no-index");

  private PipConfiguration() {}

  /**
   * Reads pip's settings.
   *
   * @param environment the process environment
   * @param home the user's home directory
   * @param etc the system configuration directory ({@code /etc})
   * @throws InstallerConfigException if a file pip would read is malformed (pip refuses it too)
   */
  static InstallerIndexes read(Map<String, String> environment, Path home, Path etc)
      throws InstallerConfigException {
    Map<String, List<ConfiguredValue>> settings = new LinkedHashMap<>();
    for (Path file : files(environment, home, etc)) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      IniFile ini = IniFile.parse(file.toString(), text(file));
      for (String key : KEYS) {
        for (String section : List.of("global", "install")) {
          ini.get(section, key).ifPresent(v -> settings.put(key, items(v, file.toString())));
        }
      }
    }
    for (String key : KEYS) {
      String variable = "PIP_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
      String value = environment.get(variable);
      if (value != null) {
        // Set, even to nothing, it overrides every file (an empty PIP_EXTRA_INDEX_URL: none).
        List<ConfiguredValue> items = new ArrayList<>();
        for (String item : value.strip().split("\\s+")) {
          if (!item.isEmpty()) {
            items.add(new ConfiguredValue(item, variable, 0));
          }
        }
        settings.put(key, items);
      }
    }
    return new InstallerIndexes(
        settings.getOrDefault("index-url", List.of()).stream().findFirst(),
        settings.getOrDefault("extra-index-url", List.of()),
        settings.getOrDefault("trusted-host", List.of()),
        settings.getOrDefault("cert", List.of()).stream().findFirst(),
        settings.getOrDefault("find-links", List.of()),
        settings.getOrDefault("no-index", List.of()).stream()
            .filter(v -> isTrue(v.value()))
            .findFirst());
  }

  /** pip's reading of a boolean setting (strtobool). */
  private static boolean isTrue(String value) {
    return List.of("1", "true", "yes", "on", "y", "t").contains(value.toLowerCase(Locale.ROOT));
  }

  /** The files pip reads, in the order it reads them. */
  static List<Path> files(Map<String, String> environment, Path home, Path etc) {
    List<Path> files = new ArrayList<>();
    String chosen = environment.get("PIP_CONFIG_FILE");
    if (chosen != null && !chosen.isBlank()) {
      if (chosen.equals("/dev/null") || chosen.equalsIgnoreCase("nul")) {
        return List.of();
      }
      files.add(Path.of(chosen));
    }
    String dirs = environment.getOrDefault("XDG_CONFIG_DIRS", "");
    for (String dir : (dirs.isBlank() ? etc.resolve("xdg").toString() : dirs).split(":")) {
      if (!dir.isBlank()) {
        files.add(Path.of(dir, "pip", "pip.conf"));
      }
    }
    files.add(etc.resolve("pip.conf"));
    files.add(home.resolve(".pip").resolve("pip.conf"));
    String configHome = environment.get("XDG_CONFIG_HOME");
    Path config =
        configHome == null || configHome.isBlank() ? home.resolve(".config") : Path.of(configHome);
    files.add(config.resolve("pip").resolve("pip.conf"));
    String appData = environment.get("APPDATA");
    if (appData != null && !appData.isBlank()) {
      files.add(Path.of(appData, "pip", "pip.ini")); // Windows' user file
    }
    String venv = environment.get("VIRTUAL_ENV");
    if (venv != null && !venv.isBlank()) {
      files.add(Path.of(venv, "pip.conf"));
      files.add(Path.of(venv, "pip.ini"));
    }
    return files;
  }

  /** A setting's items: pip splits lists on whitespace; each item keeps its own line. */
  private static List<ConfiguredValue> items(IniFile.Value value, String file) {
    List<ConfiguredValue> items = new ArrayList<>();
    String[] lines = value.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i < value.lines().size() ? value.lines().get(i) : value.line();
      for (String item : lines[i].strip().split("\\s+")) {
        if (!item.isEmpty()) {
          items.add(new ConfiguredValue(item, file, line));
        }
      }
    }
    return items;
  }

  private static String text(Path file) throws InstallerConfigException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InstallerConfigException(file.toString(), 0, "larger than 1 MiB");
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InstallerConfigException(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }
}
