package io.pkgguard.source.pypi.requirements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEP 440 version grammar (the "canonical" regular expression of PEP 440's appendix, written
 * out here), used to validate versions inside specifiers. Ordering lives with the version type.
 */
public final class VersionSyntax {

  private static final String RELEASE =
      "(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)";
  private static final String PRE =
      "(?<pre>[-_.]?(?:alpha|beta|preview|pre|rc|a|b|c)[-_.]?[0-9]*)?";
  private static final String POST =
      "(?<post>-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?";
  private static final String DEV = "(?<dev>[-_.]?dev[-_.]?[0-9]*)?";
  private static final String LOCAL = "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?";

  private static final Pattern VERSION = Pattern.compile(
      "v?" + RELEASE + PRE + POST + DEV + LOCAL, Pattern.CASE_INSENSITIVE);

  private VersionSyntax() {}

  /** Whether {@code text} is a valid PEP 440 version (no surrounding white space). */
  public static boolean isValid(String text) {
    return VERSION.matcher(text).matches();
  }

  /**
   * Why {@code version} cannot follow {@code operator} in a specifier clause, or empty if it can.
   */
  static Optional<String> clauseProblem(String operator, String version) {
    if (operator.equals("===")) {
      return version.isEmpty() ? Optional.of("expected a version after ===") : Optional.empty();
    }
    boolean wildcard = version.endsWith(".*");
    String base = wildcard ? version.substring(0, version.length() - 2) : version;
    Matcher m = VERSION.matcher(base);
    if (!m.matches()) {
      return Optional.of("'" + version + "' is not a valid PEP 440 version");
    }
    if (wildcard) {
      if (!operator.equals("==") && !operator.equals("!=")) {
        return Optional.of(".* suffix can only be used with == or !=");
      }
      if (m.group("pre") != null || m.group("post") != null || m.group("dev") != null
          || m.group("local") != null) {
        return Optional.of(".* suffix cannot be used with pre-release, post-release, dev or"
            + " local versions");
      }
    }
    if (m.group("local") != null && !operator.equals("==") && !operator.equals("!=")) {
      return Optional.of("a local version label can only be used with == or !=");
    }
    if (operator.equals("~=") && !m.group("release").contains(".")) {
      return Optional.of("~= needs a version with at least two release segments, such as ~=1.4");
    }
    return Optional.empty();
  }
}
