package io.pkgguard.source.pypi.inputs;

import io.pkgguard.source.pypi.requirements.InvalidRequirementException;
import io.pkgguard.source.pypi.requirements.Requirement;
import io.pkgguard.source.pypi.requirements.RequirementParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a requirements file the way pip does ({@code pip/_internal/req/req_file.py}): lines
 * continued with a backslash are joined, comments ({@code #} at the start or after whitespace)
 * removed, {@code ${VAR}} replaced from the environment, then each line is either a requirement
 * with per-requirement options ({@code --hash}, {@code --config-settings}) or global options:
 * {@code -r}/{@code -c} includes (relative to the including file), {@code -e}, index options and
 * the rest of pip's list.
 *
 * <p>Nothing is silently skipped: an unknown option, an invalid requirement or marker, a hash of
 * the wrong length, a NUL byte, text that is not UTF-8, an include cycle, an include that leaves
 * the project directory or names a URL, or too large an input is an {@link InputFileException}
 * naming the file, line and column. Editable, URL and local-path requirements are returned,
 * marked, and never fetched.
 */
public final class RequirementsFileReader {

  /** The largest file read. */
  public static final int MAX_FILE_BYTES = 16 * 1024 * 1024;

  /** The most physical lines read over all included files. */
  public static final int MAX_LINES = 200_000;

  /** The deepest chain of {@code -r}/{@code -c} includes. */
  public static final int MAX_INCLUDE_DEPTH = 16;

  private static final Pattern ENV_VAR = Pattern.compile("\\$\\{([A-Z0-9_]+)\\}");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*|^file:.*");

  /** {@code name @ URL} or {@code name[extras] @ URL}: a PEP 508 direct reference. */
  private static final Pattern DIRECT_REFERENCE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\s*(\\[[^\\]]*\\])?\\s*@");

  private static final Map<String, Integer> HASH_LENGTHS =
      Map.of("sha256", 64, "sha384", 96, "sha512", 128);

  private final ProjectFiles files;
  private final Map<String, String> environment;

  /**
   * A reader of the given project's files.
   *
   * @param environment the variables {@code ${VAR}} may name (pip uses the process environment)
   */
  public RequirementsFileReader(ProjectFiles files, Map<String, String> environment) {
    this.files = files;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Reads {@code path} (relative to the project directory) and everything it includes.
   *
   * @throws InputFileException naming file, line and column of the first problem
   */
  public RequirementsFile read(String path) throws InputFileException {
    Accumulator into = new Accumulator();
    String start = normalize("", path, null);
    readFile(start, false, new ArrayDeque<>(), null, into);
    return new RequirementsFile(into.requirements, into.indexes, into.globals, into.files);
  }

  private static final class Accumulator {
    final List<RequirementLine> requirements = new ArrayList<>();
    final List<IndexOption> indexes = new ArrayList<>();
    final List<String> globals = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    int lines;
  }

  private void readFile(
      String path,
      boolean constraint,
      Deque<String> stack,
      SourceLocation includedAt,
      Accumulator into)
      throws InputFileException {
    if (stack.contains(path)) {
      List<String> chain = new ArrayList<>(stack);
      java.util.Collections.reverse(chain);
      chain.add(path);
      throw new InputFileException(includedAt, "include cycle: " + String.join(" → ", chain));
    }
    if (stack.size() >= MAX_INCLUDE_DEPTH) {
      throw new InputFileException(
          includedAt, "includes nested deeper than " + MAX_INCLUDE_DEPTH + " files");
    }
    String text = load(path, includedAt);
    into.files.add(path);
    stack.push(path);
    List<String> physical = text.lines().toList();
    into.lines += physical.size();
    if (into.lines > MAX_LINES) {
      throw new InputFileException(
          path,
          "more than "
              + MAX_LINES
              + " lines in all the"
              + " requirements files read; split the environment or raise the limit");
    }
    int i = 0;
    while (i < physical.size()) {
      int first = i;
      StringBuilder logical = new StringBuilder();
      String line = physical.get(i++);
      while (line.endsWith("\\") && commentStart(line) < 0 && i < physical.size()) {
        logical.append(line, 0, line.length() - 1);
        line = physical.get(i++);
      }
      logical.append(
          line.endsWith("\\") && commentStart(line) < 0
              ? line.substring(0, line.length() - 1)
              : line);
      handle(logical.toString(), new SourceLocation(path, first + 1, 0), constraint, stack, into);
    }
    stack.pop();
  }

  /**
   * Where a comment starts: the first {@code #} at the start of the line or after white space,
   * with the white space before it (pip's {@code (^|\s+)#.*$}); -1 if there is none. A scan, not
   * that regular expression, which takes quadratic time on a line of many spaces.
   */
  static int commentStart(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || isSpace(line.charAt(i - 1)))) {
        int start = i;
        while (start > 0 && isSpace(line.charAt(start - 1))) {
          start--;
        }
        return start;
      }
    }
    return -1;
  }

  /** Regular expressions' {@code \s}: ASCII white space only. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private void handle(
      String raw, SourceLocation at, boolean constraint, Deque<String> stack, Accumulator into)
      throws InputFileException {
    int comment = commentStart(raw);
    String line = comment < 0 ? raw : raw.substring(0, comment);
    int indent = 0;
    while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
      indent++;
    }
    Expansion expansion = expand(line.strip());
    if (!expansion.unset().isEmpty()) {
      throw new InputFileException(
          at,
          "${"
              + expansion.unset().get(0)
              + "}: the environment variable "
              + expansion.unset().get(0)
              + " is not set, so pip would keep the text as written; set it, or write the"
              + " value in the file");
    }
    try {
      handleExpanded(expansion, indent, at, constraint, stack, into);
    } catch (InputFileException e) {
      // pip expands ${VAR} (meant for credentials); what a variable held is never shown.
      throw expansion.values().isEmpty() ? e : e.rewritten(expansion::conceal);
    }
  }

  private void handleExpanded(
      Expansion expansion,
      int indent,
      SourceLocation at,
      boolean constraint,
      Deque<String> stack,
      Accumulator into)
      throws InputFileException {
    String line = expansion.text();
    if (line.isEmpty()) {
      return;
    }
    // pip: the requirement is every space-separated token before the first that starts with '-'
    String[] tokens = line.split(" ", -1);
    StringBuilder args = new StringBuilder();
    int k = 0;
    for (; k < tokens.length && !tokens[k].startsWith("-"); k++) {
      args.append(k == 0 ? "" : " ").append(tokens[k]);
    }
    String options = String.join(" ", java.util.Arrays.copyOfRange(tokens, k, tokens.length));
    int optionsColumn = indent + args.length() + (args.length() > 0 ? 2 : 1);
    List<Option> parsed = Option.parse(options, at, optionsColumn);
    String requirementText = args.toString().strip();
    if (!requirementText.isEmpty()) {
      List<String> hashes = new ArrayList<>();
      for (Option option : parsed) {
        switch (option.name()) {
          case "--hash" -> hashes.add(hash(option));
          case "--config-settings", "-C" -> {
            // build settings: passed to the build backend, nothing to judge here
          }
          default ->
              throw new InputFileException(
                  option.at(),
                  "option "
                      + option.name()
                      + " cannot follow a requirement; per-requirement options are --hash and"
                      + " --config-settings");
        }
      }
      RequirementLine read =
          requirement(
              requirementText,
              hashes,
              constraint,
              new SourceLocation(at.file(), at.line(), indent + 1));
      into.requirements.add(
          expansion.values().isEmpty()
              ? read
              : new RequirementLine(
                  read.kind(),
                  expansion.conceal(read.text()),
                  read.requirement(),
                  read.hashes(),
                  read.constraint(),
                  read.location()));
      return;
    }
    for (Option option : parsed) {
      global(option, expansion, constraint, stack, into);
    }
  }

  private void global(
      Option option, Expansion expansion, boolean constraint, Deque<String> stack, Accumulator into)
      throws InputFileException {
    SourceLocation at = option.at();
    switch (option.name()) {
      case "-r", "--requirement", "-c", "--constraint" -> {
        String included = normalize(directoryOf(at.file()), option.value(), at);
        boolean asConstraint =
            constraint || option.name().equals("-c") || option.name().equals("--constraint");
        readFile(included, asConstraint, stack, at, into);
      }
      case "-e", "--editable" ->
          into.requirements.add(
              new RequirementLine(
                  RequirementLine.Kind.EDITABLE,
                  expansion.conceal(option.value()),
                  Optional.empty(),
                  List.of(),
                  constraint,
                  at));
      case "-i", "--index-url" ->
          into.indexes.add(
              new IndexOption(
                  IndexOption.Kind.INDEX_URL,
                  option.value(),
                  expansion.conceal(option.value()),
                  at));
      case "--extra-index-url" ->
          into.indexes.add(
              new IndexOption(
                  IndexOption.Kind.EXTRA_INDEX_URL,
                  option.value(),
                  expansion.conceal(option.value()),
                  at));
      case "-f", "--find-links" ->
          into.indexes.add(
              new IndexOption(
                  IndexOption.Kind.FIND_LINKS,
                  option.value(),
                  expansion.conceal(option.value()),
                  at));
      case "--trusted-host" ->
          into.indexes.add(
              new IndexOption(
                  IndexOption.Kind.TRUSTED_HOST,
                  option.value(),
                  expansion.conceal(option.value()),
                  at));
      case "--no-index" -> into.indexes.add(new IndexOption(IndexOption.Kind.NO_INDEX, "", at));
      case "--pre", "--prefer-binary", "--require-hashes" -> into.globals.add(option.name());
      case "--no-binary", "--only-binary", "--use-feature" ->
          into.globals.add(option.name() + "=" + option.value());
      case "--hash", "--config-settings", "-C" ->
          throw new InputFileException(
              at, "option " + option.name() + " must follow a requirement on the same line");
      default ->
          throw new InputFileException(
              at,
              "unknown option "
                  + option.name()
                  + "; pip's requirements files accept -r, -c, -e, -i, --extra-index-url, --no-index,"
                  + " -f, --trusted-host, --pre, --prefer-binary, --require-hashes, --no-binary,"
                  + " --only-binary, --use-feature, and --hash or --config-settings after a"
                  + " requirement");
    }
  }

  private static RequirementLine requirement(
      String text, List<String> hashes, boolean constraint, SourceLocation at)
      throws InputFileException {
    if (SCHEME.matcher(text).matches()) {
      return new RequirementLine(
          RequirementLine.Kind.URL, text, Optional.empty(), hashes, constraint, at);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    boolean directReference = DIRECT_REFERENCE.matcher(text).lookingAt();
    if (!directReference
        && (text.startsWith(".")
            || text.startsWith("/")
            || text.startsWith("~")
            || text.startsWith("\\")
            || text.matches("^[A-Za-z]:[\\\\/].*")
            || ((text.contains("/") || text.contains("\\")) && !text.contains("@"))
            || lower.endsWith(".whl")
            || lower.endsWith(".tar.gz")
            || lower.endsWith(".zip"))) {
      return new RequirementLine(
          RequirementLine.Kind.LOCAL_PATH, text, Optional.empty(), hashes, constraint, at);
    }
    try {
      Requirement requirement = RequirementParser.parse(text);
      return new RequirementLine(
          requirement.url().isPresent()
              ? RequirementLine.Kind.DIRECT_URL
              : RequirementLine.Kind.NAMED,
          text,
          Optional.of(requirement),
          hashes,
          constraint,
          at);
    } catch (InvalidRequirementException e) {
      throw new InputFileException(
          new SourceLocation(at.file(), at.line(), at.column() + Math.max(0, e.column() - 1)),
          "invalid requirement '" + shorten(text) + "': " + e.getMessage());
    }
  }

  private static String hash(Option option) throws InputFileException {
    String value = option.value();
    int colon = value.indexOf(':');
    String algorithm = colon < 0 ? "" : value.substring(0, colon).toLowerCase(Locale.ROOT);
    String hex = colon < 0 ? "" : value.substring(colon + 1).toLowerCase(Locale.ROOT);
    Integer length = HASH_LENGTHS.get(algorithm);
    if (length == null) {
      throw new InputFileException(
          option.at(),
          "--hash " + shorten(value) + ": write" + " algorithm:hex with sha256, sha384 or sha512");
    }
    if (hex.length() != length || !hex.matches("[0-9a-f]+")) {
      throw new InputFileException(
          option.at(),
          "--hash "
              + shorten(value)
              + ": a "
              + algorithm
              + " digest is "
              + length
              + " hexadecimal digits, this is "
              + hex.length()
              + (hex.matches("[0-9a-f]*") ? "" : " and not all hexadecimal"));
    }
    return algorithm + ":" + hex;
  }

  /**
   * A line with {@code ${VAR}} replaced from the environment, and what each variable held.
   *
   * @param text the expanded line
   * @param values variable name to the value put in its place
   * @param unset the variables the line names that the environment does not set
   */
  private record Expansion(String text, Map<String, String> values, List<String> unset) {

    /** {@code shown} with every value a variable held put back as {@code ${NAME}}. */
    String conceal(String shown) {
      String out = shown;
      // Longest values first, so that one value inside another is not half replaced.
      List<Map.Entry<String, String>> byLength = new ArrayList<>(values.entrySet());
      byLength.sort((a, b) -> Integer.compare(b.getValue().length(), a.getValue().length()));
      for (Map.Entry<String, String> e : byLength) {
        if (!e.getValue().isEmpty()) {
          out = out.replace(e.getValue(), "${" + e.getKey() + "}");
        }
      }
      return out;
    }
  }

  private Expansion expand(String line) {
    Matcher m = ENV_VAR.matcher(line);
    StringBuilder out = new StringBuilder();
    Map<String, String> used = new java.util.LinkedHashMap<>();
    List<String> unset = new ArrayList<>();
    while (m.find()) {
      String value = environment.get(m.group(1));
      if (value != null) {
        used.put(m.group(1), value);
      } else {
        unset.add(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return new Expansion(out.toString(), used, unset);
  }

  private String load(String path, SourceLocation includedAt) throws InputFileException {
    Optional<byte[]> bytes;
    try {
      bytes = files.read(path);
    } catch (IOException e) {
      throw where(includedAt, path, "cannot be read: " + e.getMessage());
    }
    if (bytes.isEmpty()) {
      throw where(includedAt, path, "no such file");
    }
    byte[] b = bytes.get();
    if (b.length > MAX_FILE_BYTES) {
      throw new InputFileException(
          path,
          b.length
              + " bytes, more than the "
              + MAX_FILE_BYTES
              + "-byte limit for a requirements file");
    }
    int line = 1;
    int column = 1;
    for (byte x : b) {
      if (x == 0) {
        throw new InputFileException(
            new SourceLocation(path, line, column),
            "a NUL byte: this" + " is not a text file (a binary, or UTF-16 text?)");
      }
      if (x == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputFileException(path, "not UTF-8 text; save it as UTF-8");
    }
  }

  private static InputFileException where(SourceLocation includedAt, String path, String problem) {
    return includedAt == null
        ? new InputFileException(path, problem)
        : new InputFileException(includedAt, "included file " + path + " " + problem);
  }

  private static String directoryOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /**
   * {@code relative} resolved against {@code directory}, both inside the project, as a
   * normalised {@code /}-separated path; URLs, absolute paths and paths that climb out of the
   * project directory are refused.
   */
  static String normalize(String directory, String relative, SourceLocation at)
      throws InputFileException {
    String where = at == null ? relative : at.toString();
    if (SCHEME.matcher(relative).matches()) {
      throw fail(
          at,
          relative,
          "requirements files named by URL are not fetched; download it"
              + " into the project and include it by path");
    }
    if (relative.startsWith("/")
        || relative.startsWith("\\")
        || relative.startsWith("~")
        || relative.matches("^[A-Za-z]:.*")) {
      throw fail(
          at,
          relative,
          "absolute paths are not followed; write the path relative to" + " the including file");
    }
    Deque<String> parts = new ArrayDeque<>();
    if (!directory.isEmpty()) {
      for (String p : directory.split("/")) {
        parts.addLast(p);
      }
    }
    for (String p : relative.replace('\\', '/').split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          throw fail(
              at,
              relative,
              "it leaves the project directory; requirements files are" + " read only inside it");
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    if (parts.isEmpty()) {
      throw fail(at, relative, "not a file name (" + where + ")");
    }
    return String.join("/", parts);
  }

  private static InputFileException fail(SourceLocation at, String path, String problem) {
    return at == null
        ? new InputFileException(path, problem)
        : new InputFileException(at, "cannot include " + path + ": " + problem);
  }

  private static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  /** One option of a line, with its value and where it starts. */
  private record Option(String name, String value, SourceLocation at) {

    private static final java.util.Set<String> FLAGS =
        java.util.Set.of("--no-index", "--pre", "--prefer-binary", "--require-hashes");

    /** The options of a line part, split as a POSIX shell would (quotes, backslashes). */
    static List<Option> parse(String text, SourceLocation line, int startColumn)
        throws InputFileException {
      List<String> words = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      StringBuilder word = null;
      char quote = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '"' || c == '\'') {
          if (word == null) {
            word = new StringBuilder();
            columns.add(startColumn + i);
          }
          quote = c;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(word.toString());
            word = null;
          }
        } else {
          if (word == null) {
            word = new StringBuilder();
            columns.add(startColumn + i);
          }
          word.append(c);
        }
      }
      if (quote != 0) {
        throw new InputFileException(
            new SourceLocation(line.file(), line.line(), columns.get(columns.size() - 1)),
            "unclosed " + quote + " quote");
      }
      if (word != null) {
        words.add(word.toString());
      }
      List<Option> options = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        SourceLocation at = new SourceLocation(line.file(), line.line(), columns.get(i));
        if (!w.startsWith("-")) {
          throw new InputFileException(
              at,
              "'"
                  + shorten(w)
                  + "' is not an option; a"
                  + " requirement must come before the options of its line");
        }
        String name = w;
        String value = null;
        int equals = w.indexOf('=');
        if (w.startsWith("--") && equals > 0) {
          name = w.substring(0, equals);
          value = w.substring(equals + 1);
        } else if (!w.startsWith("--") && w.length() > 2) {
          name = w.substring(0, 2);
          value = w.substring(2);
        }
        if (FLAGS.contains(name)) {
          if (value != null) {
            throw new InputFileException(at, "option " + name + " takes no value");
          }
          options.add(new Option(name, "", at));
          continue;
        }
        if (value == null) {
          if (i + 1 >= words.size()) {
            throw new InputFileException(at, "option " + name + " needs a value");
          }
          value = words.get(++i);
        }
        options.add(new Option(name, value, at));
      }
      return options;
    }
  }
}
