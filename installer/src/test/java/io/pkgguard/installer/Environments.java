package io.pkgguard.installer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real virtual environments for the tests, made with the machine's python3: one is created per
 * test run (which takes seconds: venv installs pip) and copied for each test.
 */
public final class Environments {

  public static final Duration DEADLINE = Duration.ofMinutes(2);
  private static Path template;

  private Environments() {}

  /** The machine's python3. */
  public static Path python3() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "python3");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("the installer tests need python3 on the PATH");
  }

  /** A fresh virtual environment with pip, in {@code dir}. */
  public static synchronized PythonEnvironment fresh(Path dir) throws Exception {
    if (template == null) {
      Path made = Files.createTempDirectory("pkgguard-venv-template-").resolve("venv");
      PythonEnvironment.virtualEnvironment(made, python3(), DEADLINE);
      template = made;
    }
    copy(template, dir);
    return PythonEnvironment.virtualEnvironment(dir, python3(), DEADLINE);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Every entry under the environment (pkgguard's state directory aside) with what it is: a
   * directory, a link and its target, or a file's size and SHA-256 — the environment byte for
   * byte, as a map two moments can be compared by.
   */
  public static Map<String, String> listing(PythonEnvironment environment) {
    Map<String, String> listing = new TreeMap<>();
    Path root = environment.root();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(environment.stateDirectory())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              listing.put(root.relativize(dir) + "/", "directory");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              listing.put(
                  root.relativize(file).toString(),
                  attrs.isSymbolicLink()
                      ? "link to " + Files.readSymbolicLink(file)
                      : attrs.size()
                          + " bytes, sha256 "
                          + TestIndex.sha256(Files.readAllBytes(file)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return listing;
  }
}
