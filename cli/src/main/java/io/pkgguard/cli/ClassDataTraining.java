package io.pkgguard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The run the package step records a class-data sharing archive from ({@code
 * -XX:ArchiveClassesAtExit}): the commands people start most — {@code rules}, {@code scan-names},
 * {@code check} of a package and of a local wheel, in text, JSON, SARIF and HTML — run once each
 * in one JVM, offline, in a scratch home, so that the archive holds the classes a real run loads.
 * Nothing it does is kept but the archive.
 */
public final class ClassDataTraining {

  private ClassDataTraining() {}

  /**
   * Runs the commands.
   *
   * @param args unused
   * @throws IOException if the scratch directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path scratch = Files.createTempDirectory("pkgguard-cds-");
    try {
      train(scratch);
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void train(Path scratch) throws IOException {
    Path index = Files.createDirectories(scratch.resolve("index"));
    Path names = Files.writeString(scratch.resolve("names.txt"), "reqeusts\n");
    Path wheel = wheel(scratch.resolve("training_pkg-1.0-py3-none-any.whl"));
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("PKGGUARD_HOME", scratch.resolve("home").toString());
    CliContext context =
        new CliContext(environment, "pkgguard-training", question -> java.util.Optional.empty());
    String[] offline = {"--offline", "--isolated", "--index", index.toString()};
    run(context, List.of("rules"));
    run(context, List.of("scan-names", names.toString()));
    for (String format : List.of("text", "json", "sarif", "html")) {
      run(context, concat(List.of("check", "--format", format), offline, "requests"));
      run(
          context,
          List.of("check", "--offline", "--isolated", "--format", format, wheel.toString()));
    }
  }

  private static void run(CliContext context, List<String> args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Main.run(nowhere, nowhere, context, args.toArray(String[]::new));
  }

  private static List<String> concat(List<String> head, String[] middle, String last) {
    List<String> all = new java.util.ArrayList<>(head);
    all.addAll(List.of(middle));
    all.add(last);
    return all;
  }

  /** A small, valid wheel: a module, METADATA, WHEEL and RECORD. */
  private static Path wheel(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "training_pkg/__init__.py", "def hello():\n    return 'hello'\n");
      entry(
          zip,
          "training_pkg-1.0.dist-info/METADATA",
          "Metadata-Version: 2.1\nName: training-pkg\nVersion: 1.0\nSummary: Training\n"
              + "License: MIT\n");
      entry(
          zip,
          "training_pkg-1.0.dist-info/WHEEL",
          "Wheel-Version: 1.0\nGenerator: pkgguard\nRoot-Is-Purelib: true\nTag: py3-none-any\n");
      entry(zip, "training_pkg-1.0.dist-info/RECORD", "training_pkg-1.0.dist-info/RECORD,,\n");
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
