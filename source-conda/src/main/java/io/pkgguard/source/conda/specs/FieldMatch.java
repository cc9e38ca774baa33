package io.pkgguard.source.conda.specs;

import io.pkgguard.source.conda.versions.BoundedText;
import io.pkgguard.source.conda.versions.CondaVersion;
import io.pkgguard.source.conda.versions.CondaVersionSpec;
import io.pkgguard.source.conda.versions.InvalidCondaVersionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one field of a match spec matches a record's value, per field as conda's matchers do:
 * globs and {@code ^...$} regular expressions for names and builds (names lower-cased), version
 * specs for versions, relations for build numbers, sets for features, case-insensitive text for
 * licences, canonical names for channels, exact text otherwise.
 */
sealed interface FieldMatch
    permits FieldMatch.Exact,
        FieldMatch.Glob,
        FieldMatch.Channel,
        FieldMatch.Version,
        FieldMatch.BuildNumber,
        FieldMatch.Items,
        FieldMatch.Features {

  /** {@return the value as conda writes it in a spec} */
  String text();

  /** {@return the value if it names exactly one thing (no glob, range or regex)} */
  Optional<String> exact();

  /** {@return whether the record's value matches} */
  boolean matches(String value);

  /** Creates the matcher conda uses for {@code field}. */
  static FieldMatch of(String spec, String field, String value) throws InvalidMatchSpecException {
    return switch (field) {
      case "name" -> Glob.of(spec, value.toLowerCase(Locale.ROOT), false);
      case "build" -> Glob.of(spec, value, false);
      case "license", "license_family", "when" ->
          Glob.of(spec, value.toLowerCase(Locale.ROOT), true);
      case "channel" -> Channel.of(spec, value);
      case "version" -> Version.of(spec, value);
      case "build_number" -> BuildNumber.of(spec, value);
      case "track_features", "features" -> Features.of(value);
      default -> new Exact(value);
    };
  }

  /** Text compared as written. */
  record Exact(String text) implements FieldMatch {
    @Override
    public Optional<String> exact() {
      return Optional.of(text);
    }

    @Override
    public boolean matches(String value) {
      return text.equals(value);
    }
  }

  /** A glob ({@code py3*}), a regular expression ({@code ^...$}) or exact text. */
  record Glob(String text, Optional<Pattern> pattern, boolean lowerValue) implements FieldMatch {
    static Glob of(String spec, String text, boolean lowerValue) throws InvalidMatchSpecException {
      try {
        if (text.startsWith("^") && text.endsWith("$")) {
          return new Glob(text, Optional.of(Pattern.compile(text)), lowerValue);
        }
        if (text.indexOf('*') >= 0) {
          String regex =
              String.join(".*", Arrays.stream(text.split("\\*", -1)).map(Pattern::quote).toList());
          return new Glob(text, Optional.of(Pattern.compile(regex)), lowerValue);
        }
      } catch (PatternSyntaxException e) {
        throw new InvalidMatchSpecException(
            spec, "invalid regular expression '" + text + "' (" + e.getDescription() + ")");
      }
      return new Glob(text, Optional.empty(), lowerValue);
    }

    @Override
    public Optional<String> exact() {
      return pattern.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    boolean matchesAll() {
      return text.equals("*");
    }

    @Override
    public boolean matches(String value) {
      String candidate = lowerValue ? value.toLowerCase(Locale.ROOT) : value;
      return pattern
          .map(p -> p.matcher(BoundedText.of(candidate, text)).matches())
          .orElse(text.equals(candidate));
    }
  }

  /** A channel, compared by canonical name; {@code *} and globs as for names. */
  record Channel(String text, Optional<Glob> glob) implements FieldMatch {
    static Channel of(String spec, String text) throws InvalidMatchSpecException {
      if (text.indexOf('*') >= 0 || (text.startsWith("^") && text.endsWith("$"))) {
        return new Channel(text, Optional.of(Glob.of(spec, text, false)));
      }
      return new Channel(text, Optional.empty());
    }

    @Override
    public Optional<String> exact() {
      return glob.isEmpty() ? Optional.of(text) : Optional.empty();
    }

    boolean matchesAll() {
      return text.equals("*");
    }

    @Override
    public boolean matches(String value) {
      return glob.map(g -> g.matches(value))
          .orElseGet(() -> Channels.canonical(text).equals(Channels.canonical(value)));
    }
  }

  /** A version spec. */
  record Version(CondaVersionSpec spec) implements FieldMatch {
    static Version of(String matchSpec, String text) throws InvalidMatchSpecException {
      try {
        return new Version(CondaVersionSpec.parse(text));
      } catch (InvalidCondaVersionException e) {
        throw new InvalidMatchSpecException(matchSpec, e.getMessage());
      }
    }

    @Override
    public String text() {
      return spec.spec();
    }

    @Override
    public Optional<String> exact() {
      return spec.exactVersion();
    }

    @Override
    public boolean matches(String value) {
      return spec.matches(value);
    }
  }

  /** A build number: a number, {@code *}, a relation ({@code >=3}) or a regular expression. */
  record BuildNumber(String text, Optional<CondaVersionSpec> relation, boolean number)
      implements FieldMatch {
    static BuildNumber of(String spec, String text) throws InvalidMatchSpecException {
      String value = text.strip();
      if (value.matches("[+-]?[0-9]{1,9}")) {
        return new BuildNumber(Integer.toString(Integer.parseInt(value)), Optional.empty(), true);
      }
      if (value.isEmpty()) {
        throw new InvalidMatchSpecException(spec, "build_number is empty");
      }
      if (value.equals("*") || "=<>!".indexOf(value.charAt(0)) >= 0 || value.startsWith("^")) {
        try {
          return new BuildNumber(value, Optional.of(CondaVersionSpec.parse(value)), false);
        } catch (InvalidCondaVersionException e) {
          throw new InvalidMatchSpecException(spec, "build_number: " + e.getMessage());
        }
      }
      return new BuildNumber(value, Optional.empty(), false);
    }

    @Override
    public Optional<String> exact() {
      return number ? Optional.of(text) : Optional.empty();
    }

    @Override
    public boolean matches(String value) {
      if (relation.isPresent()) {
        return CondaVersion.tryParse(value).isPresent() && relation.get().matches(value);
      }
      return text.equals(value);
    }
  }

  /**
   * A list of {@code extras} or {@code flags} (repodata v3): kept in the order written, written
   * back sorted as conda writes it ({@code ['a', 'b']}); equal lists match.
   */
  record Items(List<String> items) implements FieldMatch {
    static Items of(String joined) {
      return new Items(List.of(joined.split("\u0000", -1)));
    }

    @Override
    public String text() {
      return "["
          + String.join(", ", items.stream().sorted().map(i -> "'" + i + "'").toList())
          + "]";
    }

    @Override
    public Optional<String> exact() {
      return Optional.of(text());
    }

    @Override
    public boolean matches(String value) {
      return text().equals(value);
    }
  }

  /** A set of features, written separated by spaces or commas; equal sets match. */
  record Features(TreeSet<String> names) implements FieldMatch {
    static Features of(String text) {
      return new Features(split(text));
    }

    private static TreeSet<String> split(String text) {
      TreeSet<String> names = new TreeSet<>();
      Arrays.stream(text.replace(' ', ',').split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .forEach(names::add);
      return names;
    }

    @Override
    public String text() {
      return String.join(" ", names);
    }

    @Override
    public Optional<String> exact() {
      return names.isEmpty() ? Optional.empty() : Optional.of(text());
    }

    @Override
    public boolean matches(String value) {
      return names.equals(split(value));
    }
  }
}
