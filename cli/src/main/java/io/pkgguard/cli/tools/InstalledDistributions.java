package io.pkgguard.cli.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Distributions installed in a site-packages directory, packed back into wheels so that pkgguard
 * can judge them as it judges a download. A {@code .dist-info} directory lists its files in
 * RECORD, which is kept as it is; an {@code .egg-info} directory (Debian's python3-* packages)
 * lists them in installed-files.txt or names its top-level packages, and gets a RECORD written
 * here. Byte-compiled files and files installed outside the directory (scripts) are left out.
 */
final class InstalledDistributions {

  /** One installed distribution: its name, version, wheel tag and files. */
  record Installed(
      String name,
      String version,
      String tag,
      Path root,
      Path metadataDir,
      List<String> files,
      boolean eggInfo) {

    String wheelName() {
      return name.replaceAll("[^A-Za-z0-9.]+", "_")
          + "-"
          + version.replace('-', '_')
          + "-"
          + tag
          + ".whl";
    }
  }

  private InstalledDistributions() {}

  /** Every distribution in {@code sitePackages}, by name. */
  static List<Installed> find(Path sitePackages) throws IOException {
    List<Installed> found = new ArrayList<>();
    try (Stream<Path> entries = Files.list(sitePackages)) {
      for (Path dir : entries.sorted().toList()) {
        String name = dir.getFileName().toString();
        if (Files.isDirectory(dir) && name.endsWith(".dist-info")) {
          distInfo(sitePackages, dir).ifPresent(found::add);
        } else if (Files.isDirectory(dir) && name.endsWith(".egg-info")) {
          eggInfo(sitePackages, dir).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static Optional<Installed> distInfo(Path root, Path dir) throws IOException {
    Path record = dir.resolve("RECORD");
    Map<String, String> headers = headers(dir.resolve("METADATA"));
    if (!Files.isRegularFile(record) || !headers.containsKey("name")) {
      return Optional.empty();
    }
    List<String> files = new ArrayList<>();
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      String path = firstCsvField(line);
      if (!path.isEmpty() && keep(path) && Files.isRegularFile(root.resolve(path))) {
        files.add(path);
      }
    }
    String tag = "py3-none-any";
    Path wheel = dir.resolve("WHEEL");
    if (Files.isRegularFile(wheel)) {
      tag =
          Files.readAllLines(wheel, StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("Tag:"))
              .map(l -> l.substring(4).strip())
              .findFirst()
              .orElse(tag);
    }
    return Optional.of(
        new Installed(
            headers.get("name"),
            headers.getOrDefault("version", "0"),
            tag,
            root,
            dir,
            files,
            false));
  }

  private static Optional<Installed> eggInfo(Path root, Path dir) throws IOException {
    Map<String, String> headers = headers(dir.resolve("PKG-INFO"));
    if (!headers.containsKey("name")) {
      return Optional.empty();
    }
    List<String> files = new ArrayList<>();
    Path installed = dir.resolve("installed-files.txt");
    if (Files.isRegularFile(installed)) {
      for (String line : Files.readAllLines(installed, StandardCharsets.UTF_8)) {
        Path file = dir.resolve(line.strip()).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file)) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          if (keep(relative)) {
            files.add(relative);
          }
        }
      }
    } else if (Files.isRegularFile(dir.resolve("top_level.txt"))) {
      for (String top : Files.readAllLines(dir.resolve("top_level.txt"))) {
        if (top.isBlank()) {
          continue;
        }
        Path module = root.resolve(top.strip());
        if (Files.isDirectory(module)) {
          try (Stream<Path> walk = Files.walk(module)) {
            walk.filter(Files::isRegularFile)
                .map(p -> root.relativize(p).toString())
                .filter(InstalledDistributions::keep)
                .sorted()
                .forEach(files::add);
          }
        } else if (Files.isRegularFile(root.resolve(top.strip() + ".py"))) {
          files.add(top.strip() + ".py");
        }
      }
    }
    boolean binary = files.stream().anyMatch(f -> f.endsWith(".so"));
    return Optional.of(
        new Installed(
            headers.get("name"),
            headers.getOrDefault("version", "0"),
            binary ? "cp3-cp3-linux_x86_64" : "py3-none-any",
            root,
            dir,
            files,
            true));
  }

  private static boolean keep(String path) {
    return !path.startsWith("..")
        && !path.startsWith("/")
        && !path.contains("__pycache__/")
        && !path.endsWith(".pyc");
  }

  /** Writes {@code dist} as a wheel to {@code out}. */
  static void pack(Installed dist, OutputStream out) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String file : dist.files()) {
      entries.put(file, Files.readAllBytes(dist.root().resolve(file)));
    }
    if (dist.eggInfo()) {
      String distInfo =
          dist.wheelName()
                  .substring(0, dist.wheelName().indexOf('-', dist.wheelName().indexOf('-') + 1))
              + ".dist-info/";
      entries.put(
          distInfo + "METADATA", Files.readAllBytes(dist.metadataDir().resolve("PKG-INFO")));
      StringBuilder record = new StringBuilder();
      entries.forEach(
          (path, bytes) ->
              record
                  .append(path.contains(",") ? "\"" + path + "\"" : path)
                  .append(",sha256=")
                  .append(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)))
                  .append(',')
                  .append(bytes.length)
                  .append('\n'));
      record.append(distInfo).append("RECORD,,\n");
      entries.put(distInfo + "RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
    }
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
  }

  private static Map<String, String> headers(Path metadata) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    if (!Files.isRegularFile(metadata)) {
      return headers;
    }
    for (String line : Files.readAllLines(metadata, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith(" ")) {
        headers.putIfAbsent(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    return headers;
  }

  private static String firstCsvField(String line) {
    if (line.startsWith("\"")) {
      int end = line.indexOf("\",");
      return end < 0 ? "" : line.substring(1, end).replace("\"\"", "\"");
    }
    int comma = line.indexOf(',');
    return comma < 0 ? line : line.substring(0, comma);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
