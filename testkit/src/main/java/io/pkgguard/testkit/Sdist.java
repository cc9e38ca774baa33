package io.pkgguard.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apiguardian.api.API;

/**
 * Builds a small source distribution ({@code .tar.gz}) in memory: the files given under the
 * {@code name-version/} directory, with a {@code PKG-INFO} and, unless replaced, a {@code
 * pyproject.toml} naming setuptools as the build backend.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Sdist {

  private final String name;
  private final String version;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private Sdist(String name, String version) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    files.put(
        "pyproject.toml",
        utf8(
            "[build-system]\nrequires = [\"setuptools>=61\"]\n"
                + "build-backend = \"setuptools.build_meta\"\n"));
  }

  /**
   * A source distribution of a project at a version.
   *
   * @param name the project's name, as written in the file name
   * @param version its version
   * @return the builder
   */
  public static Sdist of(String name, String version) {
    return new Sdist(name, version);
  }

  /**
   * Adds (or replaces) a text file, relative to the {@code name-version/} directory.
   *
   * @param path such as {@code setup.py}
   * @param text its content
   * @return this builder
   */
  public Sdist file(String path, String text) {
    files.put(Objects.requireNonNull(path, "path"), utf8(text));
    return this;
  }

  /**
   * Leaves out a file added so far (such as the default {@code pyproject.toml}).
   *
   * @param path the file's path
   * @return this builder
   */
  public Sdist without(String path) {
    files.remove(path);
    return this;
  }

  /** {@return the file name} */
  public String filename() {
    return name + "-" + version + ".tar.gz";
  }

  /** {@return the source distribution} */
  public DistributionArchive build() {
    String root = name + "-" + version + "/";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(
        root + "PKG-INFO",
        utf8("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n\n"));
    files.forEach((path, bytes) -> entries.put(root + path, bytes));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
        tarEntry.setSize(entry.getValue().length);
        tarEntry.setModTime(315532800000L);
        tar.putArchiveEntry(tarEntry);
        tar.write(entry.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DistributionArchive(filename(), out.toByteArray());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
