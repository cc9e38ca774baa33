package io.pkgguard.cli;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.core.policy.Policy;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Plugin jars (rules, sources, stores) from directories: those given with {@code --plugins}, in
 * {@code PKGGUARD_PLUGINS} (separated as the PATH is) and in the policy's {@code [plugins] dirs}
 * (relative to the policy file). Every {@code *.jar} of each directory is loaded, in name order,
 * in one class loader of their own above pkgguard's; the guard then finds their services there.
 * A directory that does not exist, or a file that is not a jar, is an error naming it.
 */
final class PluginJars {

  /** A plugin directory and where it was named, for messages. */
  record Directory(Path path, String namedBy) {}

  private PluginJars() {}

  /** The directories to load, from the option, the environment and the policy, in that order. */
  static List<Directory> directories(
      List<Path> option,
      Map<String, String> environment,
      Policy policy,
      Optional<Path> policyFile) {
    List<Directory> dirs = new ArrayList<>();
    option.forEach(p -> dirs.add(new Directory(p, "--plugins")));
    String variable = environment.getOrDefault("PKGGUARD_PLUGINS", "");
    for (String entry : variable.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        dirs.add(new Directory(Path.of(entry), "PKGGUARD_PLUGINS"));
      }
    }
    Path base = policyFile.map(Path::toAbsolutePath).map(Path::getParent).orElse(Path.of("."));
    for (String dir : policy.plugins().dirs()) {
      dirs.add(new Directory(base.resolve(dir).normalize(), policy.origin() + ": [plugins] dirs"));
    }
    return dirs;
  }

  /**
   * A class loader with every jar of the directories, above {@code parent}; {@code parent}
   * itself when there are none.
   *
   * @throws ConfigurationException naming a directory that does not exist or a jar that is not one
   */
  static ClassLoader loader(List<Directory> dirs, ClassLoader parent) {
    List<URL> jars = new ArrayList<>();
    for (Directory dir : dirs) {
      if (!Files.isDirectory(dir.path())) {
        throw new ConfigurationException(
            dir.namedBy()
                + " "
                + dir.path()
                + ": no such"
                + " directory; give a directory that holds plugin jars");
      }
      for (Path jar : jarsIn(dir)) {
        check(jar);
        try {
          jars.add(jar.toUri().toURL());
        } catch (MalformedURLException e) {
          throw new ConfigurationException(jar + ": cannot be loaded: " + e.getMessage(), e);
        }
      }
    }
    return jars.isEmpty()
        ? parent
        : new URLClassLoader("pkgguard-plugins", jars.toArray(URL[]::new), parent);
  }

  private static List<Path> jarsIn(Directory dir) {
    try (Stream<Path> files = Files.list(dir.path())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new ConfigurationException(
          dir.namedBy() + " " + dir.path() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** A jar that cannot be opened fails now, by name, rather than as a missing class later. */
  private static void check(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new ConfigurationException("plugin " + jar + ": not a file");
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      file.getManifest();
    } catch (IOException | SecurityException e) {
      throw new ConfigurationException(
          "plugin "
              + jar
              + ": not a readable jar ("
              + e
              + ");"
              + " remove it from the plugin directory or replace it",
          e);
    }
  }
}
