package io.pkgguard.core.inspection;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.core.inspection.InspectionException.Reason;
import io.pkgguard.core.policy.InspectionSettings;
import io.pkgguard.core.transport.MirrorFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Downloads the files a verdict will be about and reads them: each file streams to a private
 * temporary file through the source's download transport (trusted hosts only, capped, with a
 * deadline), its SHA-256 is compared with the index's, and only then is it read by the {@link
 * ArchiveReader}. The temporary file is deleted at once. Files already inspected by this guard are
 * remembered by digest. Thread-safe.
 */
public final class ArtifactInspector {

  /**
   * What was inspected.
   *
   * @param distributions the files read, in the order asked for
   * @param undeclaredDigests names of files for which the index declared no SHA-256: their bytes
   *     were read but cannot be tied to what the index published
   */
  public record Result(List<InspectedDistribution> distributions, List<String> undeclaredDigests) {

    public Result {
      distributions = List.copyOf(distributions);
      undeclaredDigests = List.copyOf(undeclaredDigests);
    }
  }

  private final InspectionSettings settings;
  private final ArchiveReader reader;
  private final Optional<Path> temporaryDirectory;
  private final Optional<Path> retainDirectory;
  private final Map<String, InspectedDistribution> cache;

  /**
   * @param settings the policy's limits
   * @param temporaryDirectory where downloads are kept while they are read; empty: the system's
   */
  public ArtifactInspector(InspectionSettings settings, Optional<Path> temporaryDirectory) {
    this(settings, temporaryDirectory, Optional.empty());
  }

  /**
   * @param settings the policy's limits
   * @param temporaryDirectory where downloads are kept while they are read; empty: the system's
   * @param retainDirectory where every verified download is kept after it was read, as {@code
   *     <sha256>/<filename>} (for an installer that installs exactly the bytes judged); empty:
   *     downloads are deleted once read
   */
  public ArtifactInspector(
      InspectionSettings settings,
      Optional<Path> temporaryDirectory,
      Optional<Path> retainDirectory) {
    this.settings = settings;
    this.retainDirectory = retainDirectory;
    this.reader = new ArchiveReader(settings.archive());
    this.temporaryDirectory = temporaryDirectory;
    int capacity = settings.cachedFiles();
    this.cache =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              private static final long serialVersionUID = 1L;

              @Override
              protected boolean removeEldestEntry(Map.Entry<String, InspectedDistribution> eldest) {
                return size() > capacity;
              }
            });
  }

  /**
   * Downloads, verifies and reads {@code files}.
   *
   * @param files what to inspect; not empty
   * @param index the source's index (a {@code file:} mirror's files are read from beside it)
   * @param downloads the source's download transport
   * @throws InspectionException when a file cannot be fetched or is not what the index declared
   */
  public Result inspect(List<DistributionFile> files, URI index, HttpTransport downloads)
      throws InspectionException {
    if (files.isEmpty()) {
      throw new InspectionException(Reason.NO_FILE, "", "there is no file to inspect");
    }
    List<InspectedDistribution> read = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    long budget = settings.maxEvaluationBytes();
    for (DistributionFile file : files) {
      Optional<InspectedDistribution> known = file.sha256().map(cache::get);
      if (known.isPresent()) {
        read.add(withFile(known.get(), file));
        continue;
      }
      InspectedDistribution inspected = download(file, index, downloads, budget);
      budget -= inspected.bytes();
      if (file.sha256().isEmpty()) {
        undeclared.add(file.filename());
      } else if (settings.cachedFiles() > 0) {
        cache.put(inspected.sha256(), inspected);
      }
      read.add(inspected);
    }
    return new Result(read, undeclared);
  }

  /**
   * Reads a local file (no index, no digest to compare with): its SHA-256 is computed and the
   * archive read within the same limits as a download.
   *
   * @throws InspectionException if the file is larger than the policy allows
   */
  public InspectedDistribution inspectLocal(Path path, DistributionFile described)
      throws InspectionException {
    long size;
    try {
      size = io.pkgguard.core.files.RegularFiles.requireRegular(path);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InspectionException(
          Reason.NOT_FOUND, described.filename(), "cannot read " + path + ": no such file");
    } catch (IOException e) {
      throw new InspectionException(
          Reason.NOT_FOUND, described.filename(), "cannot read " + path + ": it " + e.getMessage());
    }
    if (size > settings.maxFileBytes()) {
      throw new InspectionException(
          Reason.TOO_LARGE,
          described.filename(),
          described.filename()
              + " is larger than the "
              + settings.maxFileBytes()
              + " bytes [inspection]"
              + " max-file-bytes allows");
    }
    return read(path, described, sha256(path));
  }

  private InspectedDistribution read(Path path, DistributionFile file, String sha256)
      throws InspectionException {
    try {
      return reader.read(path, file, sha256);
    } catch (CodecUnavailableException e) {
      throw new InspectionException(Reason.UNREADABLE, file.filename(), e.getMessage());
    }
  }

  private static InspectedDistribution withFile(InspectedDistribution d, DistributionFile file) {
    return new InspectedDistribution(
        file, d.sha256(), d.bytes(), d.format(), d.entries(), d.problems());
  }

  private InspectedDistribution download(
      DistributionFile file, URI index, HttpTransport downloads, long budget)
      throws InspectionException {
    URI where = MirrorFiles.locate(index, file.url());
    long cap = Math.min(settings.maxFileBytes(), budget);
    if (cap <= 0 || file.size().orElse(0) > cap) {
      throw new InspectionException(
          Reason.TOO_LARGE,
          file.filename(),
          file.filename()
              + " is larger than the "
              + cap
              + " bytes still allowed for this package"
              + " ([inspection] max-file-bytes, max-evaluation-bytes)");
    }
    Path temporary = createTemporary();
    try {
      TransportResponse response;
      try {
        response =
            downloads.get(
                TransportRequest.download(where, temporary, cap, settings.downloadTimeout()));
      } catch (TransportException e) {
        Reason reason =
            e.reason() == TransportException.Reason.TOO_LARGE
                ? Reason.TOO_LARGE
                : Reason.FETCH_FAILED;
        throw new InspectionException(
            reason,
            file.filename(),
            "could not download " + file.filename() + ": " + e.getMessage());
      }
      if (response.status() == 404 || response.status() == 410) {
        throw new InspectionException(
            Reason.NOT_FOUND,
            file.filename(),
            file.filename()
                + " is not at "
                + describe(where)
                + " (HTTP "
                + response.status()
                + ")"
                + ("file".equalsIgnoreCase(where.getScheme())
                    ? "; the mirror lacks the file"
                    : ""));
      }
      if (response.status() != 200) {
        throw new InspectionException(
            Reason.FETCH_FAILED,
            file.filename(),
            "could not download "
                + file.filename()
                + ": "
                + describe(where)
                + " answered HTTP "
                + response.status());
      }
      String actual = sha256(temporary);
      if (file.sha256().isPresent() && !file.sha256().get().equals(actual)) {
        throw new InspectionException(
            Reason.DIGEST_MISMATCH,
            file.filename(),
            "the bytes of "
                + file.filename()
                + " do not match the index's digest: the index declares sha256 "
                + file.sha256().get()
                + ", the file downloaded has "
                + actual);
      }
      InspectedDistribution inspected = read(temporary, file, actual);
      retain(temporary, file.filename(), actual);
      return inspected;
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // a leftover temporary file is harmless; the evaluation's outcome stands
      }
    }
  }

  /**
   * Where a verified download is kept, if downloads are retained and its name is a plain file
   * name (an index's file name is never trusted to be a path).
   *
   * @param filename the file's name
   * @param sha256 its digest
   * @return the path, whether or not the file is there
   */
  public Optional<Path> retained(String filename, String sha256) {
    if (retainDirectory.isEmpty()
        || !SAFE_NAME.matcher(filename).matches()
        || !sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    return Optional.of(retainDirectory.get().resolve(sha256).resolve(filename));
  }

  private static final java.util.regex.Pattern SAFE_NAME =
      java.util.regex.Pattern.compile("[A-Za-z0-9_+!][A-Za-z0-9._+!-]{0,254}");

  private void retain(Path download, String filename, String sha256) {
    Optional<Path> target = retained(filename, sha256);
    if (target.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(target.get().getParent());
      try {
        Files.move(
            download,
            target.get(),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(download, target.get(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // Not kept: an installer finds it missing and says so; the verdict is unaffected.
    }
  }

  private Path createTemporary() {
    try {
      if (temporaryDirectory.isPresent()) {
        Files.createDirectories(temporaryDirectory.get());
      }
      return temporaryDirectory.isPresent()
          ? Files.createTempFile(temporaryDirectory.get(), "pkgguard-", ".download")
          : Files.createTempFile("pkgguard-", ".download");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for a download", e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] chunk = new byte[128 * 1024];
      int read;
      while ((read = in.read(chunk)) > 0) {
        digest.update(chunk, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back a download", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String describe(URI uri) {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      return uri.getPath();
    }
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + uri.getRawPath();
  }
}
