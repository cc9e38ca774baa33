package io.pkgguard.installer;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An environment as it was before an installation, so that it can be put back exactly: a listing
 * of every directory, file and link under its root (but pkgguard's own state directory), and a
 * second name (a hard link, on the same file system) for every file. Installers replace files
 * rather than rewrite them (pip unlinks before it writes, moves what it uninstalls), so the second
 * name keeps the old bytes; a file that was nevertheless changed in place is detected (its size
 * or time changed while its identity did not) and named, never silently kept. Where hard links
 * are not possible, files are copied.
 */
final class EnvironmentSnapshot {

  /** What an entry is. */
  enum Type {
    DIRECTORY,
    FILE,
    LINK,
    OTHER
  }

  /**
   * One entry of the listing.
   *
   * @param type what it is
   * @param size its size (files)
   * @param modified its modification time in nanoseconds (files)
   * @param identity the file system's identity of the file (device and inode), if it has one
   * @param target where a link points
   */
  record Entry(Type type, long size, long modified, String identity, String target) {

    boolean sameContentAs(Entry other) {
      return type == other.type
          && size == other.size
          && modified == other.modified
          && Objects.equals(target, other.target);
    }
  }

  private final Path root;
  private final Path store;
  private final Path excluded;
  private final Map<String, Entry> listing;

  private EnvironmentSnapshot(Path root, Path store, Path excluded, Map<String, Entry> listing) {
    this.root = root;
    this.store = store;
    this.excluded = excluded;
    this.listing = listing;
  }

  /**
   * Takes a snapshot of {@code root} into {@code store}, leaving out {@code excluded}.
   *
   * @throws IOException if the environment cannot be read or the snapshot written
   */
  static EnvironmentSnapshot take(Path root, Path store, Path excluded) throws IOException {
    Files.createDirectories(store);
    Map<String, Entry> listing =
        list(
            root,
            excluded,
            (relative, file, entry) -> {
              Path copy = store.resolve(relative);
              switch (entry.type()) {
                case DIRECTORY -> Files.createDirectories(copy);
                case FILE -> link(file, copy);
                default -> {
                  // links are recreated from the listing; other kinds are only listed
                }
              }
            });
    return new EnvironmentSnapshot(root, store, excluded, listing);
  }

  /**
   * Writes the listing to {@code file}, so that a later process can restore the environment if
   * this one dies before it is done (the second names stay in the store).
   */
  void save(Path file) throws IOException {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    var rows = json.createArrayNode();
    listing.forEach(
        (path, e) -> {
          var row =
              rows.addObject()
                  .put("path", path)
                  .put("type", e.type().name())
                  .put("size", e.size())
                  .put("modified", e.modified());
          if (e.identity() != null) {
            row.put("identity", e.identity());
          }
          if (e.target() != null) {
            row.put("target", e.target());
          }
        });
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    json.writeValue(temporary.toFile(), rows);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A snapshot saved by {@link #save}, to restore.
   *
   * @throws IOException if it cannot be read
   */
  static EnvironmentSnapshot load(Path root, Path store, Path excluded, Path file)
      throws IOException {
    Map<String, Entry> listing = new TreeMap<>();
    for (var row : new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile())) {
      listing.put(
          row.path("path").asText(),
          new Entry(
              Type.valueOf(row.path("type").asText()),
              row.path("size").asLong(),
              row.path("modified").asLong(),
              row.hasNonNull("identity") ? row.get("identity").asText() : null,
              row.hasNonNull("target") ? row.get("target").asText() : null));
    }
    return new EnvironmentSnapshot(root, store, excluded, listing);
  }

  /** {@return the listing: relative path, with / separators, to entry} */
  Map<String, Entry> listing() {
    return listing;
  }

  /** {@return the environment's listing now} */
  Map<String, Entry> current() throws IOException {
    return list(root, excluded, (relative, file, entry) -> {});
  }

  /**
   * Puts the environment back as it was, then checks that its listing is the snapshot's.
   *
   * @throws IOException naming what could not be restored
   */
  void restore() throws IOException {
    Map<String, Entry> now = current();
    List<String> problems = new ArrayList<>();
    // What is new, or of another kind, goes: deepest first, so a directory is empty when reached.
    List<String> paths = new ArrayList<>(now.keySet());
    paths.sort(Comparator.reverseOrder());
    for (String path : paths) {
      Entry was = listing.get(path);
      if (was == null || was.type() != now.get(path).type()) {
        Files.deleteIfExists(root.resolve(path));
      }
    }
    for (Map.Entry<String, Entry> e : listing.entrySet()) {
      Path target = root.resolve(e.getKey());
      Entry was = e.getValue();
      Entry is = now.get(e.getKey());
      switch (was.type()) {
        case DIRECTORY -> Files.createDirectories(target);
        case LINK -> {
          if (is == null || !Objects.equals(is.target(), was.target())) {
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(was.target()));
          }
        }
        case FILE -> {
          if (is != null
              && is.type() == Type.FILE
              && Objects.equals(is.identity(), was.identity())
              && was.identity() != null) {
            if (!is.sameContentAs(was)) {
              problems.add(e.getKey() + " was changed in place");
            }
            continue;
          }
          if (is == null || !is.sameContentAs(was) || was.identity() == null) {
            Files.deleteIfExists(target);
            link(store.resolve(e.getKey()), target);
          }
        }
        case OTHER -> {
          if (is == null) {
            problems.add(e.getKey() + " (not a file, directory or link) was removed");
          }
        }
      }
    }
    Map<String, Entry> after = current();
    for (Map.Entry<String, Entry> e : listing.entrySet()) {
      Entry is = after.get(e.getKey());
      if (is == null
          || (e.getValue().type() != Type.DIRECTORY && !is.sameContentAs(e.getValue()))) {
        problems.add(e.getKey() + " differs from before");
      }
    }
    after.keySet().stream()
        .filter(p -> !listing.containsKey(p))
        .forEach(p -> problems.add(p + " is left over"));
    if (!problems.isEmpty()) {
      throw new IOException(
          "the environment could not be put back exactly: "
              + String.join("; ", problems.subList(0, Math.min(10, problems.size())))
              + (problems.size() > 10 ? "; and " + (problems.size() - 10) + " more" : ""));
    }
  }

  /** Deletes the snapshot's second names (the environment is untouched). */
  void discard() throws IOException {
    deleteTree(store);
  }

  /** Deletes a directory tree, not following links. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** A second name for a file: a hard link, or a copy where links are not possible. */
  private static void link(Path existing, Path name) throws IOException {
    try {
      Files.createLink(name, existing);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(
          existing,
          name,
          StandardCopyOption.COPY_ATTRIBUTES,
          StandardCopyOption.REPLACE_EXISTING,
          LinkOption.NOFOLLOW_LINKS);
    }
  }

  /** What to do with each entry while listing. */
  @FunctionalInterface
  private interface Visit {
    void entry(String relative, Path path, Entry entry) throws IOException;
  }

  private static Map<String, Entry> list(Path root, Path excluded, Visit visit) throws IOException {
    Map<String, Entry> listing = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(excluded)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!dir.equals(root)) {
              add(dir, new Entry(Type.DIRECTORY, 0, 0, null, null));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Entry entry;
            if (attrs.isSymbolicLink()) {
              entry = new Entry(Type.LINK, 0, 0, null, Files.readSymbolicLink(file).toString());
            } else if (attrs.isRegularFile()) {
              entry =
                  new Entry(
                      Type.FILE,
                      attrs.size(),
                      attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                      attrs.fileKey() == null ? null : attrs.fileKey().toString(),
                      null);
            } else if (attrs.isDirectory()) {
              return FileVisitResult.CONTINUE;
            } else {
              entry = new Entry(Type.OTHER, 0, 0, null, null);
            }
            add(file, entry);
            return FileVisitResult.CONTINUE;
          }

          private void add(Path path, Entry entry) throws IOException {
            String relative = root.relativize(path).toString().replace('\\', '/');
            listing.put(relative, entry);
            visit.entry(relative, path, entry);
          }
        });
    return listing;
  }
}
