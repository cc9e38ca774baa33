package io.pkgguard.cli.tools;

import io.pkgguard.advisories.osv.matching.OsvMatcher;
import io.pkgguard.advisories.osv.model.OsvFormatException;
import io.pkgguard.advisories.osv.model.OsvRecordReader;
import io.pkgguard.advisories.osv.offline.OsvDatabase;
import io.pkgguard.advisories.osv.offline.ZipLimits;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Refreshes an offline advisory database (the zip {@code osv-offline} and {@code --advisory-db}
 * read): downloads OSV's export of the PyPI ecosystem, or takes a downloaded copy, or zips a
 * checkout of an OSV record repository (the PyPA advisory database, ossf/malicious-packages).
 * The archive is loaded exactly as pkgguard will load it before it replaces the old one, so a
 * damaged download never becomes the database an air-gapped site relies on.
 */
@Command(
    name = "refresh-osv-db",
    mixinStandardHelpOptions = true,
    description =
        "Download or build the offline OSV advisory database that --advisory-db and"
            + " [advisories] type osv-offline read.")
public final class RefreshOsvDatabase implements Callable<Integer> {

  /** OSV's export of every PyPI record (GHSA, PYSEC, MAL, ...), refreshed by OSV continuously. */
  static final String DEFAULT_URL =
      "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip";

  private static final long MAX_BYTES = 1L << 30;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The export to download (default: ${DEFAULT-VALUE}).")
  URI url = URI.create(DEFAULT_URL);

  @Option(
      names = "--from",
      paramLabel = "ZIP",
      description = "Use a downloaded copy of the export instead (for machines offline).")
  Path from;

  @Option(
      names = "--from-directory",
      paramLabel = "DIR",
      description =
          "Zip every .json/.yaml OSV record below DIR (a checkout of"
              + " pypa/advisory-database or ossf/malicious-packages).")
  Path fromDirectory;

  @Option(
      names = "--out",
      paramLabel = "ZIP",
      required = true,
      description = "The database to write (replaced only if the new one loads).")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the tool; the exit status is 0 on success, 1 on failure, 2 on a usage error. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new RefreshOsvDatabase()).execute(args));
  }

  /** PyPI's ecosystem, found as the guard finds it (the CLI does not link a source module). */
  private static io.pkgguard.api.Ecosystem pypi() {
    return java.util.ServiceLoader.load(io.pkgguard.api.Ecosystem.class).stream()
        .map(java.util.ServiceLoader.Provider::get)
        .filter(e -> e.id().equals(PackageId.PYPI))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no pypi ecosystem is installed: add io.pkgguard:pkgguard-source-pypi"));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      byte[] zip =
          fromDirectory != null
              ? zipDirectory(fromDirectory)
              : from != null ? Files.readAllBytes(from) : download();
      String origin =
          fromDirectory != null
              ? fromDirectory.toString()
              : from != null ? from.toString() : url.toString();
      OsvDatabase database =
          OsvDatabase.load(
              zip,
              origin,
              new OsvMatcher(Map.of(PackageId.PYPI, pypi()), "offline"),
              new OsvRecordReader(),
              ZipLimits.defaults());
      Path target = out.toAbsolutePath();
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".osv-", ".zip");
      Files.write(temporary, zip);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + database.records()
                  + " PyPI advisories for "
                  + database.packages()
                  + " packages to "
                  + target
                  + (database.skipped() == 0
                      ? ""
                      : " ("
                          + database.skipped()
                          + " invalid records, reported for their packages)"));
      return 0;
    } catch (IOException | TransportException | OsvFormatException e) {
      err.println("refresh-osv-db: " + e.getMessage());
      return 1;
    }
  }

  private byte[] download() throws TransportException, IOException {
    try (JdkHttpTransport http = JdkHttpTransport.create(Duration.ofSeconds(20), MAX_BYTES)) {
      TrustedTransport trusted =
          new TrustedTransport(
              http, HostTrust.forIndex(url, Set.of()), MAX_BYTES, Duration.ofMinutes(10));
      TransportResponse response =
          trusted.get(
              TransportRequest.get(url, "application/zip", MAX_BYTES, Duration.ofMinutes(10)));
      if (response.status() != 200) {
        throw new IOException(url + " answered HTTP " + response.status());
      }
      return response.body();
    }
  }

  /** Every OSV record below {@code directory}, zipped under its relative path. */
  public static byte[] zipDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new IOException(directory + " is not a directory");
    }
    List<Path> records;
    try (Stream<Path> walk = Files.walk(directory)) {
      records =
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".json")
                        || name.endsWith(".yaml")
                        || name.endsWith(".yml");
                  })
              .sorted()
              .toList();
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Path record : records) {
        zip.putNextEntry(new ZipEntry(directory.relativize(record).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(record));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
