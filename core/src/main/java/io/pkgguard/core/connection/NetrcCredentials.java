package io.pkgguard.core.connection;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Credentials from a {@code .netrc} file, as curl and pip read it: {@code machine HOST login
 * USER password PASS} entries, an optional {@code default} entry, {@code account} ignored and
 * {@code macdef} bodies skipped. Entries apply to the named host only. A file that cannot be read
 * gives no credentials.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class NetrcCredentials implements Credentials {

  private final Map<String, String> byHost;
  private final Optional<String> fallback;

  private NetrcCredentials(Map<String, String> byHost, Optional<String> fallback) {
    this.byHost = byHost;
    this.fallback = fallback;
  }

  /** Reads a {@code .netrc} file; a missing or unreadable file gives no credentials. */
  public static NetrcCredentials load(Path file) {
    try {
      return parse(
          new String(
              io.pkgguard.core.files.RegularFiles.read(file, 1L << 20), StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      return new NetrcCredentials(Map.of(), Optional.empty());
    }
  }

  /** {@code ~/.netrc}, or {@code $NETRC} when set. */
  public static NetrcCredentials standard() {
    String configured = System.getenv("NETRC");
    Path file =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : Path.of(System.getProperty("user.home"), ".netrc");
    return load(file);
  }

  /** Parses {@code .netrc} text (machine, login, password; default entries are ignored). */
  public static NetrcCredentials parse(String text) {
    Map<String, String> byHost = new TreeMap<>();
    Optional<String> fallback = Optional.empty();
    List<String> tokens = tokens(text);
    String machine = null;
    boolean isDefault = false;
    String login = null;
    String password = null;
    for (int i = 0; i <= tokens.size(); i++) {
      String token = i < tokens.size() ? tokens.get(i) : "machine";
      switch (token) {
        case "machine", "default" -> {
          if ((machine != null || isDefault) && login != null && password != null) {
            String header =
                Credentials.basic("any", login, password)
                    .authorizationFor(URI.create("https://any"))
                    .orElseThrow();
            if (isDefault) {
              fallback = Optional.of(header);
            } else {
              byHost.putIfAbsent(machine.toLowerCase(Locale.ROOT), header);
            }
          }
          isDefault = token.equals("default");
          machine = !isDefault && i + 1 < tokens.size() ? tokens.get(++i) : null;
          login = null;
          password = null;
        }
        case "login" -> login = i + 1 < tokens.size() ? tokens.get(++i) : null;
        case "password" -> password = i + 1 < tokens.size() ? tokens.get(++i) : null;
        case "account" -> i++;
        default -> {
          // Unknown tokens are ignored, as other readers do.
        }
      }
    }
    return new NetrcCredentials(byHost, fallback);
  }

  /** Tokens separated by white space; "macdef" bodies (up to an empty line) are skipped. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    boolean inMacro = false;
    for (String line : lines) {
      if (inMacro) {
        inMacro = !line.isBlank();
        continue;
      }
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        continue;
      }
      for (String token : stripped.split("\\s+", -1)) {
        if (token.isEmpty()) {
          continue;
        }
        if (token.equals("macdef")) {
          inMacro = true;
          break;
        }
        tokens.add(token);
      }
    }
    return tokens;
  }

  @Override
  public Optional<String> authorizationFor(URI uri) {
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    String header = byHost.get(uri.getHost().toLowerCase(Locale.ROOT));
    return header != null ? Optional.of(header) : fallback;
  }

  /** Which hosts have credentials; the credentials themselves are never shown. */
  @Override
  public String toString() {
    return "NetrcCredentials" + byHost.keySet() + (fallback.isPresent() ? " +default" : "");
  }
}
