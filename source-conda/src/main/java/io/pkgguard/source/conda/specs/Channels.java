package io.pkgguard.source.conda.specs;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Channel names as conda writes them in match specs, with conda's default configuration: the
 * channel alias {@code https://conda.anaconda.org} (a channel there is named by its path, such as
 * {@code conda-forge}), and {@code defaults} for Anaconda's {@code pkgs/main} and {@code pkgs/r}.
 * Any other URL is its own name.
 */
public final class Channels {

  /** The host whose channels are named by their path. */
  public static final String ALIAS_HOST = "conda.anaconda.org";

  /** The platform subdirectories conda knows (conda's {@code context.known_subdirs}). */
  public static final Set<String> KNOWN_SUBDIRS =
      Set.of(
          "noarch",
          "emscripten-wasm32",
          "wasi-wasm32",
          "freebsd-64",
          "linux-32",
          "linux-64",
          "linux-aarch64",
          "linux-armv6l",
          "linux-armv7l",
          "linux-ppc64",
          "linux-ppc64le",
          "linux-riscv64",
          "linux-s390x",
          "osx-64",
          "osx-arm64",
          "win-32",
          "win-64",
          "win-arm64",
          "zos-z");

  private static final Set<String> DEFAULTS = Set.of("pkgs/main", "pkgs/r", "pkgs/msys2");

  private Channels() {}

  /** A channel reference split into its name and, if it ended with one, its subdir. */
  record Parsed(String name, Optional<String> subdir) {}

  /** {@return whether {@code text} is a URL rather than a channel name} */
  static boolean isUrl(String text) {
    int colon = text.indexOf("://");
    return colon > 0 && text.substring(0, colon).chars().allMatch(Character::isLetter);
  }

  /**
   * Reads a channel as a match spec gives it: a name ({@code conda-forge}, {@code
   * conda-forge/linux-64}, {@code pkgs/main}) or a URL.
   *
   * @param keepUrl whether a URL off the channel alias keeps its URL form (as in {@code
   *     https://repo.anaconda.com/pkgs/main::numpy}) instead of becoming {@code defaults}
   */
  static Parsed parse(String value, boolean keepUrl) {
    String text = value.strip();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    Optional<String> subdir = Optional.empty();
    int slash = text.lastIndexOf('/');
    if (slash > 0 && KNOWN_SUBDIRS.contains(text.substring(slash + 1))) {
      subdir = Optional.of(text.substring(slash + 1));
      text = text.substring(0, slash);
    }
    if (!isUrl(text)) {
      return new Parsed(DEFAULTS.contains(text) ? "defaults" : text, subdir);
    }
    text = normalized(text);
    String afterScheme = text.substring(text.indexOf("://") + 3);
    String lower = afterScheme.toLowerCase(Locale.ROOT);
    if (lower.startsWith(ALIAS_HOST + "/")) {
      return new Parsed(afterScheme.substring(ALIAS_HOST.length() + 1), subdir);
    }
    if (!keepUrl && lower.startsWith("repo.anaconda.com/")) {
      String path = afterScheme.substring("repo.anaconda.com/".length());
      if (DEFAULTS.contains(path)) {
        return new Parsed("defaults", subdir);
      }
    }
    return new Parsed(text, subdir);
  }

  /**
   * A URL with {@code .} and {@code ..} segments resolved and written {@code scheme://authority/path}
   * ({@code file:/x} and {@code file:///x} alike), so one channel has one name.
   */
  private static String normalized(String url) {
    try {
      java.net.URI uri = new java.net.URI(url).normalize();
      if (uri.isOpaque() || uri.getScheme() == null) {
        return uri.toString();
      }
      return uri.getScheme()
          + "://"
          + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority())
          + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      return url; // compared as written
    }
  }

  /**
   * {@return the canonical name of a channel reference, as records are compared by it}
   *
   * @param value a channel name or URL
   */
  public static String canonical(String value) {
    return parse(value, false).name();
  }
}
