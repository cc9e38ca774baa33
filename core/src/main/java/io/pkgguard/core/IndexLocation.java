package io.pkgguard.core;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.core.connection.LoopbackAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where an index may be: an {@code https:} URL; plain {@code http:} on a loopback address only
 * (tests, local mirrors); a {@code file:} URL or path of a local mirror directory. The one place
 * that decides it, for {@link Guard.Builder#index} and the command line's {@code --index} alike,
 * so that both refuse the same things with the same words.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IndexLocation {

  private IndexLocation() {}

  /**
   * Reads an index given as text: a URL, or the path of a local mirror directory.
   *
   * @param label how the caller names the setting in messages ({@code --index})
   * @param text what was given
   * @return the index as an absolute URL
   * @throws ConfigurationException saying what is wrong and what is accepted
   */
  public static URI parse(String label, String text) {
    Optional<URI> uri = parseUri(text);
    if (uri.isPresent() && uri.get().getScheme() != null && uri.get().getScheme().length() > 1) {
      return check(label, uri.get());
    }
    try {
      return directory(Path.of(text), label, text);
    } catch (InvalidPathException e) {
      throw new ConfigurationException(label + " " + text + ": not a URL or a path");
    }
  }

  /**
   * Checks an index URL.
   *
   * @param label how the caller names the setting in messages
   * @return the URL, a {@code file:} one made absolute and normalized
   * @throws ConfigurationException saying what is wrong and what is accepted
   */
  public static URI check(String label, URI url) {
    String shown = label + " " + url;
    if (url.getRawUserInfo() != null) {
      throw new ConfigurationException(
          label
              + " "
              + withoutUserInfo(url)
              + ": credentials in"
              + " the URL are not accepted (they would be shown in reports and logs); give them in"
              + " PKGGUARD_INDEX_TOKEN, PKGGUARD_INDEX_USERNAME and PKGGUARD_INDEX_PASSWORD, or"
              + " ~/.netrc");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    switch (scheme) {
      case "https" -> {
        if (url.getHost() == null) {
          throw new ConfigurationException(shown + ": no host name");
        }
        return url;
      }
      case "http" -> {
        if (!LoopbackAddresses.isLoopback(url.getHost())) {
          throw new ConfigurationException(
              shown
                  + ": plain http is accepted only for loopback"
                  + " addresses (127.0.0.1, [::1], localhost); use https");
        }
        return url;
      }
      case "file" -> {
        if (url.getAuthority() != null && !url.getAuthority().isEmpty()) {
          throw new ConfigurationException(
              shown
                  + ": a file: URL names a local directory and"
                  + " has no host; write file:///path/to/mirror");
        }
        try {
          return directory(Path.of(url), label, url.toString());
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException(shown + ": not a local path (" + e.getMessage() + ")");
        }
      }
      default -> {
        throw new ConfigurationException(
            shown + ": use an https: URL, a file: URL or a" + " directory");
      }
    }
  }

  private static URI directory(Path path, String label, String text) {
    if (!Files.isDirectory(path)) {
      throw new ConfigurationException(
          label
              + " "
              + text
              + ": no such directory; a local mirror"
              + " is a directory with <name>/json files");
    }
    return path.toAbsolutePath().normalize().toUri();
  }

  private static String withoutUserInfo(URI url) {
    try {
      return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return url.getScheme() + "://…";
    }
  }

  private static Optional<URI> parseUri(String text) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
