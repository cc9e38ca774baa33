package io.pkgguard.source.conda.specs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conda match spec, read as conda's default parser reads it: {@code numpy}, {@code numpy
 * >=1.24,<2}, {@code numpy=1.26}, {@code numpy 1.26.4 py311h64a7726_0}, {@code
 * conda-forge::numpy}, {@code conda-forge/linux-64::numpy}, {@code numpy[version='>=1',
 * build_number=2]}, a package URL or path ({@code .../linux-64/numpy-1.26.4-py311_0.conda}), and
 * {@code feature@}. Fields in brackets win over those outside; a {@code # comment} and a
 * trailing {@code if} condition are ignored, as conda ignores them. Immutable and thread-safe.
 *
 * <p>Not read: the repodata-v3 parser's fields ({@code when=}, {@code extras=}, {@code flags=}
 * are kept as text and never matched), and conda configurations with another channel alias.
 */
public final class MatchSpec {

  /** Longer specs are refused before any parsing: the longest real dependency is far shorter. */
  public static final int MAX_LENGTH = 2048;

  /** The fields a spec may constrain, in the order conda writes them. */
  public static final List<String> FIELDS =
      List.of(
          "channel",
          "subdir",
          "name",
          "version",
          "build",
          "build_number",
          "track_features",
          "features",
          "url",
          "md5",
          "sha256",
          "license",
          "license_family",
          "fn",
          "when",
          "extras",
          "flags");

  private static final Pattern BRACKETS = Pattern.compile(".*(?:(\\[.*\\]))");
  private static final Pattern KEY_VALUE =
      Pattern.compile("([a-zA-Z0-9_-]+?)=([\"']?)([^'\"]*?)(\\2)(?:[, ]|$)");
  private static final Pattern BRACKETS_V3 = Pattern.compile("^.*?(\\[.*\\])");
  private static final Set<String> LIST_FIELDS = Set.of("extras", "flags");
  private static final Pattern PARENS = Pattern.compile(".*(?:(\\(.*\\)))");
  private static final Pattern NAME_AND_REST = Pattern.compile("([^ =<>!~]+)?([><!=~ ].+)?");
  private static final Pattern VERSION_AND_BUILD =
      Pattern.compile("((?:.+?)[^><!,|]?)(?:(?<![=!|,<>~])(?:[ =])([^-=,|<>~]+?))?$");
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[^a-z0-9._-]");
  private static final Pattern NAME =
      Pattern.compile("^(([a-z0-9])|([a-z0-9_](?!_)))[._-]?([a-z0-9]+(\\.|-|_|$))*$");
  private static final Pattern VIRTUAL_NAME =
      Pattern.compile("^__[a-z0-9][._-]?([a-z0-9]+(\\.|-|_|$))*$");

  private final String original;
  private final Map<String, String> parsed;
  private final Map<String, FieldMatch> fields;

  private MatchSpec(String original, Map<String, String> parsed, Map<String, FieldMatch> fields) {
    this.original = original;
    this.parsed = Collections.unmodifiableMap(parsed);
    this.fields = Collections.unmodifiableMap(fields);
  }

  /**
   * Reads a match spec.
   *
   * @param spec the spec as written
   * @return the spec
   * @throws InvalidMatchSpecException saying what is wrong
   */
  public static MatchSpec parse(String spec) throws InvalidMatchSpecException {
    return parse(spec, false);
  }

  /**
   * Reads a match spec as conda's repodata-v3 parser does (conda with the rattler solver): the
   * same syntax, stricter brackets (each key once, nothing unrecognised, balanced lists), and the
   * fields {@code when=} (a condition on other packages, validated as match specs joined by
   * {@code and} / {@code or}), {@code extras=} and {@code flags=} (lists, {@code [a, b]} or one
   * item). Those three are kept, never matched: pkgguard judges what a spec names.
   *
   * @param spec the spec as written
   * @return the spec
   * @throws InvalidMatchSpecException saying what is wrong
   */
  public static MatchSpec parseV3(String spec) throws InvalidMatchSpecException {
    return parse(spec, true);
  }

  private static MatchSpec parse(String spec, boolean v3) throws InvalidMatchSpecException {
    if (spec.length() > MAX_LENGTH) {
      throw new InvalidMatchSpecException(spec, "longer than " + MAX_LENGTH + " characters");
    }
    Map<String, String> parsed = fieldsOf(spec, v3);
    Map<String, FieldMatch> fields = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : parsed.entrySet()) {
      if (!FIELDS.contains(field.getKey())) {
        throw new InvalidMatchSpecException(spec, "cannot match on field '" + field.getKey() + "'");
      }
      fields.put(
          field.getKey(),
          v3 && LIST_FIELDS.contains(field.getKey())
              ? FieldMatch.Items.of(field.getValue())
              : FieldMatch.of(spec, field.getKey(), field.getValue()));
    }
    return new MatchSpec(spec, parsed, fields);
  }

  /** conda's {@code _parse_spec_str}: the fields as text, before they become matchers. */
  private static Map<String, String> fieldsOf(String original, boolean v3)
      throws InvalidMatchSpecException {
    String spec = original;
    Map<String, String> result = new LinkedHashMap<>();
    if (spec.endsWith("@")) {
      result.put("name", "*");
      result.put("track_features", spec.substring(0, spec.length() - 1));
      return result;
    }
    int hash = spec.indexOf('#');
    if (hash >= 0) {
      spec = spec.substring(0, hash);
    }
    int condition = v3 ? -1 : spec.indexOf(" if ");
    if (condition >= 0) {
      spec = spec.substring(0, condition);
    }
    if (spec.endsWith(".conda") || spec.endsWith(".tar.bz2")) {
      return PackageLocation.fields(original, spec);
    }
    Map<String, String> brackets = new LinkedHashMap<>();
    Matcher bracketsMatch = (v3 ? BRACKETS_V3 : BRACKETS).matcher(spec);
    if (v3 && bracketsMatch.lookingAt()) {
      String section = bracketsMatch.group(1);
      spec = spec.replace(section, "");
      brackets = BracketsV3.read(original, section.substring(1, section.length() - 1));
    } else if (bracketsMatch.lookingAt()) {
      String section = bracketsMatch.group(1);
      spec = spec.replace(section, "");
      Matcher pairs = KEY_VALUE.matcher(section.substring(1, section.length() - 1));
      while (pairs.find()) {
        String key = pairs.group(1);
        String value = pairs.group(3);
        if (key.isEmpty() || value.isEmpty()) {
          throw new InvalidMatchSpecException(original, "key-value mismatch in brackets");
        }
        brackets.put(key, key.equals("version") ? sanitizeVersion(value, null) : value);
      }
    }
    Matcher parens = PARENS.matcher(spec);
    if (parens.lookingAt()) {
      spec = spec.replace(parens.group(1), ""); // target= and optional: conda-build's, unused
    }
    String channelText = null;
    List<String> parts = rsplit(spec, ':', 2);
    spec = parts.get(parts.size() - 1);
    if (parts.size() == 3) {
      channelText = parts.get(0);
    }
    String channel = null;
    String subdir = null;
    if (channelText != null && !channelText.isEmpty()) {
      Channels.Parsed parsed = Channels.parse(channelText, true);
      channel = parsed.name();
      subdir = parsed.subdir().orElse(null);
    }
    if (brackets.containsKey("channel")) {
      Channels.Parsed parsed = Channels.parse(brackets.remove("channel"), true);
      channel = parsed.name();
      if (parsed.subdir().isPresent()) {
        subdir = parsed.subdir().get();
      }
    }
    if (brackets.containsKey("subdir")) {
      subdir = brackets.remove("subdir");
    }
    Matcher nameAndRest = NAME_AND_REST.matcher(spec);
    if (!nameAndRest.lookingAt() || nameAndRest.group(1) == null) {
      throw new InvalidMatchSpecException(original, "no package name found");
    }
    String name = nameAndRest.group(1);
    checkName(name, original);
    String rest = nameAndRest.group(2) == null ? "" : nameAndRest.group(2).strip();
    String version = null;
    String build = null;
    if (!rest.isEmpty()) {
      if (rest.indexOf('[') >= 0) {
        throw new InvalidMatchSpecException(original, "multiple brackets sections not allowed");
      }
      Matcher versionAndBuild = VERSION_AND_BUILD.matcher(rest);
      if (versionAndBuild.find()) {
        version = versionAndBuild.group(1);
        build = versionAndBuild.group(2) == null ? null : versionAndBuild.group(2).strip();
      } else {
        version = rest;
      }
      version = version == null ? null : version.replace(" ", "");
      version = version == null ? null : sanitizeVersion(version, build);
    }
    result.put("name", name);
    if (channel != null) {
      result.put("channel", channel);
    }
    if (subdir != null) {
      result.put("subdir", subdir);
    }
    if (version != null && !version.isEmpty()) {
      result.put("version", version);
    }
    if (build != null) {
      result.put("build", build);
    }
    brackets.remove("name"); // conda keeps the name outside the brackets, and warns
    result.putAll(brackets);
    return result;
  }

  /** conda's {@code _sanitize_version_str}: {@code =1.2} means {@code 1.2*}, {@code ==1.2} 1.2. */
  static String sanitizeVersion(String version, String build) {
    if (version.equals("==") || version.equals("=") || !version.startsWith("=")) {
      return version;
    }
    String bare = version.replaceFirst("^=+", "");
    if (version.startsWith("==") && build == null) {
      return bare;
    }
    if (bare.chars().noneMatch(c -> c == '=' || c == ',' || c == '|')) {
      if (build == null && !bare.endsWith("*")) {
        return bare + "*";
      }
      return bare;
    }
    return version;
  }

  static void checkName(String name, String original) throws InvalidMatchSpecException {
    if (name.indexOf('*') >= 0) {
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    Matcher invalid = NAME_CHARACTERS.matcher(lower);
    if (invalid.find()) {
      throw new InvalidMatchSpecException(
          original, "package name contains invalid characters (" + invalid.group() + ")");
    }
    if (lower.length() > 200
        || !(NAME.matcher(lower).matches() || VIRTUAL_NAME.matcher(lower).matches())) {
      throw new InvalidMatchSpecException(original, "invalid package name");
    }
  }

  private static List<String> rsplit(String text, char separator, int limit) {
    List<String> parts = new ArrayList<>();
    int end = text.length();
    for (int i = text.length() - 1; i >= 0 && parts.size() < limit; i--) {
      if (text.charAt(i) == separator) {
        parts.add(0, text.substring(i + 1, end));
        end = i;
      }
    }
    parts.add(0, text.substring(0, end));
    return parts;
  }

  /** {@return the spec as it was written} */
  public String original() {
    return original;
  }

  /** {@return the fields as text, as conda's parser produced them before making matchers} */
  public Map<String, String> parsedFields() {
    return parsed;
  }

  /** {@return the package name, or {@code *} if the spec does not name exactly one} */
  public String name() {
    return exact("name").orElse("*");
  }

  /** {@return whether the spec constrains {@code field}} */
  public boolean has(String field) {
    return fields.containsKey(field);
  }

  /**
   * {@return the field's value as conda writes it, if the spec constrains the field}
   *
   * @param field a name from {@link #FIELDS}
   */
  public Optional<String> get(String field) {
    return Optional.ofNullable(fields.get(field)).map(FieldMatch::text);
  }

  /**
   * {@return the items of a list field ({@code extras}, {@code flags}) in the order written, if
   * the spec has it; read by {@link #parseV3} only}
   *
   * @param field {@code extras} or {@code flags}
   */
  public Optional<List<String>> items(String field) {
    return fields.get(field) instanceof FieldMatch.Items i
        ? Optional.of(i.items())
        : Optional.empty();
  }

  /**
   * {@return the field's value if the spec constrains it to exactly one value}
   *
   * @param field a name from {@link #FIELDS}
   */
  public Optional<String> exact(String field) {
    return Optional.ofNullable(fields.get(field)).flatMap(FieldMatch::exact);
  }

  /**
   * Whether a package record matches: every field the spec constrains matches the record's value
   * (a field the record lacks matches only an absent constraint).
   *
   * @param record field name to value ({@code name}, {@code version}, {@code build}, {@code
   *     build_number}, {@code channel}, ...)
   * @return whether it matches
   */
  public boolean matches(Map<String, String> record) {
    for (Map.Entry<String, FieldMatch> field : fields.entrySet()) {
      if (Set.of("when", "extras", "flags").contains(field.getKey())) {
        continue;
      }
      String value = record.get(field.getKey());
      if (value == null || !field.getValue().matches(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one field's value matches the spec's constraint on that field; a field the spec does
   * not constrain matches any value.
   *
   * @param field a name from {@link #FIELDS}
   * @param value the value to test, such as a channel name
   * @return whether it matches
   */
  public boolean matches(String field, String value) {
    FieldMatch constraint = fields.get(field);
    return constraint == null || constraint.matches(value);
  }

  /** {@return how strict the spec is: 1 a name, 2 a name and version, 3 more} */
  public int strictness() {
    long core = List.of("name", "version", "build").stream().filter(fields::containsKey).count();
    if (core < fields.size() || exact("name").isEmpty() || fields.containsKey("build")) {
      return 3;
    }
    return fields.containsKey("version") ? 2 : 1;
  }

  /** {@return the spec as conda-build writes it: {@code name version build}} */
  public String condaBuildForm() {
    StringBuilder form = new StringBuilder(exact("name").orElse(""));
    Optional<String> build = get("build");
    Optional<String> version = get("version");
    if (build.isPresent()) {
      form.append(' ').append(version.orElse("*")).append(' ').append(build.get());
    } else {
      version.ifPresent(v -> form.append(' ').append(v));
    }
    return form.toString();
  }

  /** {@return the spec as {@code conda env export} writes it: {@code name=version=build}} */
  public String condaEnvForm() {
    String text = toString();
    int channel = text.indexOf("::");
    if (channel >= 0) {
      text = text.substring(channel + 2);
    }
    return text.replaceFirst("==", "=");
  }

  /** The canonical form: {@code channel/subdir::name version build[key=value,...]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    List<String> brackets = new ArrayList<>();
    FieldMatch channel = fields.get("channel");
    boolean channelExact = channel != null && channel.exact().isPresent();
    if (channelExact) {
      out.append(channel.text());
    } else if (channel instanceof FieldMatch.Channel c && !c.matchesAll()) {
      brackets.add("channel=" + c.text());
    }
    FieldMatch subdir = fields.get("subdir");
    if (subdir != null) {
      if (channelExact) {
        out.append('/').append(subdir.text());
      } else {
        brackets.add("subdir=" + subdir.text());
      }
    }
    String name = fields.containsKey("name") ? fields.get("name").text() : "*";
    out.append(out.length() > 0 ? "::" : "").append(name);
    boolean versionExact = false;
    Optional<String> version = get("version");
    Optional<String> build = get("build");
    if (version.isPresent()) {
      String v = version.get();
      if (containsAny(v, "><$^|,")) {
        brackets.add("version='" + v + "'");
      } else if (v.startsWith("!=") || v.startsWith("~=")) {
        if (build.isPresent()) {
          brackets.add("version='" + v + "'");
        } else {
          out.append(v);
        }
      } else if (v.endsWith(".*")) {
        out.append('=').append(v, 0, v.length() - 2);
      } else if (v.equals("*")) {
        // any version: nothing to write
      } else if (v.endsWith("*")) {
        out.append('=').append(v, 0, v.length() - 1);
      } else if (v.startsWith("==")) {
        out.append(v);
        versionExact = true;
      } else {
        out.append("==").append(v);
        versionExact = true;
      }
    }
    if (build.isPresent()) {
      String b = build.get();
      if (containsAny(b, "><$^|,")) {
        brackets.add("build='" + b + "'");
      } else if (b.indexOf('*') >= 0 || !versionExact) {
        brackets.add("build=" + b);
      } else {
        out.append('=').append(b);
      }
    }
    for (String key : FIELDS) {
      if (Set.of("channel", "subdir", "name", "version", "build").contains(key)
          || !fields.containsKey(key)
          || (key.equals("fn") && fields.containsKey("url"))
          || (key.equals("url") && channel != null)) {
        continue;
      }
      String value = fields.get(key).text();
      boolean list = value.startsWith("[") && LIST_FIELDS.contains(key);
      brackets.add(key + "=" + (!list && containsAny(value, ", =") ? "'" + value + "'" : value));
    }
    if (!brackets.isEmpty()) {
      out.append('[').append(String.join(",", brackets)).append(']');
    }
    return out.toString();
  }

  private static boolean containsAny(String text, String characters) {
    return text.chars().anyMatch(c -> characters.indexOf(c) >= 0);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MatchSpec m && m.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
