package io.pkgguard.core.transport;

import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportException.Reason;
import io.pkgguard.api.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Answers {@code file:} URIs of a local mirror as an index would: 200 with the file's bytes, or 404
 * when there is no regular file there. Bodies are capped like network bodies.
 */
final class FileMirrorReader {

  private FileMirrorReader() {}

  /**
   * @param target where the file is copied instead of memory, if anywhere
   */
  static TransportResponse read(URI uri, long cap, java.util.Optional<Path> target)
      throws TransportException {
    Path path;
    try {
      path = Path.of(uri);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      throw new TransportException(Reason.PROTOCOL, uri, "not a local file URI: " + uri, e);
    }
    String type = "application/json";
    if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("index.html"))) {
      // A directory of a local Simple index: its page, as pip reads a file: index.
      path = path.resolve("index.html");
      type = "text/html";
    }
    if (!Files.isRegularFile(path)) {
      return new TransportResponse(404, Map.of(), new byte[0], uri);
    }
    if (target.isPresent()) {
      return copy(uri, path, cap, target.get());
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
      if (body.length > cap) {
        throw new TransportException(
            Reason.TOO_LARGE, uri, path + " is larger than the " + cap + "-byte limit");
      }
      return new TransportResponse(200, Map.of("content-type", List.of(type)), body, uri);
    } catch (NoSuchFileException e) {
      return new TransportResponse(404, Map.of(), new byte[0], uri);
    } catch (IOException e) {
      throw new TransportException(
          Reason.CONNECTION, uri, "cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static TransportResponse copy(URI uri, Path path, long cap, Path target)
      throws TransportException {
    try (InputStream in = Files.newInputStream(path);
        java.io.OutputStream out = Files.newOutputStream(target)) {
      byte[] chunk = new byte[64 * 1024];
      long copied = 0;
      int read;
      while ((read = in.read(chunk)) > 0) {
        copied += read;
        if (copied > cap) {
          throw new TransportException(
              Reason.TOO_LARGE, uri, path + " is larger than the " + cap + "-byte limit");
        }
        out.write(chunk, 0, read);
      }
      return new TransportResponse(200, Map.of(), new byte[0], uri);
    } catch (NoSuchFileException e) {
      return new TransportResponse(404, Map.of(), new byte[0], uri);
    } catch (IOException e) {
      throw new TransportException(
          Reason.CONNECTION, uri, "cannot copy " + path + ": " + e.getMessage(), e);
    }
  }
}
