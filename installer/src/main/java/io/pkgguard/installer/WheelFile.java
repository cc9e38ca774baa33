package io.pkgguard.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a judged wheel holds and declares, read from its own bytes (never from its RECORD's
 * claims): each file's SHA-256, the console and GUI scripts its entry points declare, the scripts
 * it ships, and its start-up hooks ({@code .pth} files). Verification compares the environment
 * after installing with this.
 *
 * @param distInfo the name of its {@code .dist-info} directory
 * @param purelib whether its root goes to purelib ({@code Root-Is-Purelib: true}) or platlib
 * @param files each file's path in the wheel and its SHA-256 in RECORD form, in wheel order
 * @param entryPointScripts the names of the console and GUI scripts its entry points declare
 */
record WheelFile(
    String distInfo, boolean purelib, Map<String, String> files, Set<String> entryPointScripts) {

  WheelFile {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    entryPointScripts = Set.copyOf(entryPointScripts);
  }

  /**
   * Reads a wheel.
   *
   * @throws IOException if it is not a readable zip or has no single {@code .dist-info}
   */
  static WheelFile read(Path wheel) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> distInfos = new LinkedHashSet<>();
    String entryPoints = "";
    String wheelMetadata = "";
    try (ZipFile zip = new ZipFile(wheel.toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash > 0 && name.substring(0, slash).endsWith(".dist-info")) {
          distInfos.add(name.substring(0, slash));
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if (name.endsWith(".dist-info/entry_points.txt")) {
            byte[] bytes = in.readNBytes(1 << 20);
            entryPoints = new String(bytes, StandardCharsets.UTF_8);
            files.put(name, RecordFile.digest(new java.io.ByteArrayInputStream(bytes)));
          } else if (name.endsWith(".dist-info/WHEEL")) {
            byte[] bytes = in.readNBytes(1 << 20);
            wheelMetadata = new String(bytes, StandardCharsets.UTF_8);
            files.put(name, RecordFile.digest(new java.io.ByteArrayInputStream(bytes)));
          } else {
            files.put(name, RecordFile.digest(in));
          }
        }
      }
    }
    if (distInfos.size() != 1) {
      throw new IOException(
          wheel.getFileName()
              + " has "
              + distInfos.size()
              + " .dist-info"
              + " directories; a wheel has exactly one");
    }
    boolean purelib =
        wheelMetadata
            .lines()
            .anyMatch(l -> l.replace(" ", "").equalsIgnoreCase("Root-Is-Purelib:true"));
    return new WheelFile(distInfos.iterator().next(), purelib, files, scripts(entryPoints));
  }

  /** The names in [console_scripts] and [gui_scripts] of an entry_points.txt. */
  private static Set<String> scripts(String entryPoints) {
    Set<String> names = new LinkedHashSet<>();
    String section = "";
    for (String raw : entryPoints.split("\r?\n")) {
      String line = raw.strip();
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
      } else if ((section.equals("console_scripts") || section.equals("gui_scripts"))
          && line.contains("=")
          && !line.startsWith("#")
          && !line.startsWith(";")) {
        names.add(line.substring(0, line.indexOf('=')).strip());
      }
    }
    return names;
  }

  /** The {@code <name>-<version>.data/} prefix of its data directories. */
  private String dataPrefix() {
    return distInfo.substring(0, distInfo.length() - ".dist-info".length()) + ".data/";
  }

  /**
   * Where a file of the wheel lands, relative to the environment's directories: {@code
   * purelib/...}, {@code platlib/...}, {@code scripts/...}; empty for data and headers (checked
   * through the installed RECORD only).
   */
  Optional<String> installedAs(String path) {
    String data = dataPrefix();
    if (path.startsWith(data)) {
      String rest = path.substring(data.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      String scheme = rest.substring(0, slash);
      String inner = rest.substring(slash + 1);
      return switch (scheme) {
        case "purelib", "platlib", "scripts" -> Optional.of(scheme + "/" + inner);
        default -> Optional.empty();
      };
    }
    return Optional.of((purelib ? "purelib/" : "platlib/") + path);
  }

  /** {@return the scripts it ships in its data directory, by file name} */
  List<String> shippedScripts() {
    String prefix = dataPrefix() + "scripts/";
    List<String> names = new ArrayList<>();
    files.keySet().stream()
        .filter(p -> p.startsWith(prefix))
        .forEach(p -> names.add(p.substring(prefix.length())));
    return names;
  }
}
