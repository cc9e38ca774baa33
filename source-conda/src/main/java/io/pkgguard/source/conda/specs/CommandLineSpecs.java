package io.pkgguard.source.conda.specs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * conda's {@code spec_from_line}: a package as written on conda's command line or in a {@code
 * --file} list ({@code foo=1.0=2}, {@code foo >= 1.0}, {@code FOO-Bar >=1.0 # comment}) in the
 * form conda-build writes ({@code foo 1.0 2}, {@code foo >=1.0}); a line it cannot read gives
 * nothing, as conda's gives {@code None}.
 */
public final class CommandLineSpecs {

  private static final Pattern LINE =
      Pattern.compile(
          "(?<name>[^=<>!\\s]+)\\s*(?:(?<conda>=[^=]+(?:=[^=]+)?)|(?<pip>(?:[=!]=|[><]=?|~=).+))?$");

  private CommandLineSpecs() {}

  /**
   * Reads one line.
   *
   * @param line the line, possibly with a {@code #} comment
   * @return the spec in conda-build's form, or empty if the line is not one
   * @throws InvalidMatchSpecException for a compatible-release spec conda refuses
   */
  public static Optional<String> specFromLine(String line) throws InvalidMatchSpecException {
    int hash = line.indexOf('#');
    String text = (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    Matcher m = LINE.matcher(text);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String name = m.group("name").toLowerCase(Locale.ROOT);
    String conda = m.group("conda");
    String pip = m.group("pip");
    if (conda != null) {
      return Optional.of(name + conda.replace('=', ' '));
    }
    if (pip == null) {
      return Optional.of(name);
    }
    if (pip.startsWith("~= ")) {
      if (pip.indexOf("~=") != pip.lastIndexOf("~=")) {
        throw new InvalidMatchSpecException(line, "overly complex compatible-release spec");
      }
      if (pip.indexOf('.') < 0) {
        throw new InvalidMatchSpecException(line, "no '.' in the compatible-release version");
      }
      String version = pip.replace("~= ", "");
      String prefix = version.substring(0, version.lastIndexOf('.')) + ".*";
      return Optional.of(name + " >=" + version + ",==" + prefix);
    }
    return Optional.of(name + " " + pip.replace(" ", ""));
  }
}
