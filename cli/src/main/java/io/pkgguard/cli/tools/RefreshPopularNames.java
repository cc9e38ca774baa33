package io.pkgguard.cli.tools;

import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.transport.HostTrust;
import io.pkgguard.core.transport.JdkHttpTransport;
import io.pkgguard.core.transport.TrustedTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Refreshes the typosquat rule's list of popular PyPI projects from the public dataset, or from
 * a copy of it on disk. Writes the new file next to the old one and moves it into place, so an
 * interrupted run leaves the old list intact.
 */
@Command(
    name = "refresh-popular-names",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the popular-names corpus of the typosquat rule from the public"
            + " top-pypi-packages dataset.")
public final class RefreshPopularNames implements Callable<Integer> {

  static final Path DEFAULT_OUT =
      Path.of(
          "rules-builtin",
          "src",
          "main",
          "resources",
          "io",
          "pkgguard",
          "rules",
          "names",
          "popular-pypi.tsv");
  private static final long MAX_BYTES = 32L << 20;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The dataset's URL (default: ${DEFAULT-VALUE}).")
  URI url = URI.create(PopularNamesDataset.DEFAULT_URL);

  @Option(
      names = "--from",
      paramLabel = "FILE",
      description = "Read a downloaded copy of the dataset instead (for machines offline).")
  Path from;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the corpus (default: ${DEFAULT-VALUE}).")
  Path out = DEFAULT_OUT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the tool; the exit status is 0 on success, 1 on failure, 2 on a usage error. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new RefreshPopularNames()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      String corpus = from != null ? fromFile() : download();
      Path target = out.toAbsolutePath();
      Path temporary = Files.createTempFile(target.getParent(), ".popular-", ".tsv");
      Files.writeString(temporary, corpus, StandardCharsets.UTF_8);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      spec.commandLine()
          .getOut()
          .println("wrote " + PopularNamesDataset.names(corpus).size() + " names to " + target);
      return 0;
    } catch (IllegalArgumentException | TransportException | IOException e) {
      err.println("refresh-popular-names: " + e.getMessage());
      return 1;
    }
  }

  private String fromFile() throws IOException {
    try (InputStream in = Files.newInputStream(from)) {
      return PopularNamesDataset.toCorpus(in, from.toString());
    }
  }

  private String download() throws TransportException, IOException {
    try (JdkHttpTransport http = JdkHttpTransport.create(Duration.ofSeconds(20), MAX_BYTES)) {
      TrustedTransport trusted =
          new TrustedTransport(
              http, HostTrust.forIndex(url, Set.of()), MAX_BYTES, Duration.ofSeconds(60));
      TransportResponse response =
          trusted.get(
              TransportRequest.get(url, "application/json", MAX_BYTES, Duration.ofSeconds(60)));
      if (response.status() != 200) {
        throw new IOException(url + " answered HTTP " + response.status());
      }
      try (InputStream in = response.bodyStream()) {
        return PopularNamesDataset.toCorpus(in, url.toString());
      }
    }
  }
}
