package io.pkgguard.source.pypi.requirements;

import io.pkgguard.source.pypi.names.PythonNames;
import io.pkgguard.source.pypi.versions.VersionSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses PEP 508 dependency specifiers. Accepts what the PEP's grammar accepts (as the reference
 * implementation reads it): white space is spaces and tabs only, so a line break anywhere is an
 * error; version clauses must be valid PEP 440; quoted strings in markers may not contain
 * backslashes. Error messages name what was expected and the column. Stateless and thread-safe.
 */
public final class RequirementParser {

  /** Requirements longer than this are refused before parsing. */
  public static final int MAX_LENGTH = 64 * 1024;

  /**
   * The deepest parentheses may nest in a marker. Real markers nest two or three deep; the parser
   * recurses once per level, so a marker nested thousands deep would overflow the stack.
   */
  public static final int MAX_MARKER_NESTING = 32;

  private static final List<String> VERSION_OPERATORS =
      List.of("===", "~=", "==", "!=", "<=", ">=", "<", ">");
  private static final List<String> MARKER_OPERATORS =
      List.of("===", "~=", "==", "!=", "<=", ">=", "<", ">");
  private static final Set<String> VARIABLES =
      Set.of(
          "python_version",
          "python_full_version",
          "os_name",
          "sys_platform",
          "platform_release",
          "platform_system",
          "platform_version",
          "platform_machine",
          "platform_python_implementation",
          "implementation_name",
          "implementation_version",
          "extra",
          "extras",
          "dependency_groups");

  /** Variables whose literal partners are normalised names: extra, extras, dependency_groups. */
  private static final Set<String> SET_VARIABLES = Set.of("extra", "extras", "dependency_groups");

  private static final Map<String, String> ALIASES =
      Map.of(
          "os.name", "os_name",
          "sys.platform", "sys_platform",
          "platform.version", "platform_version",
          "platform.machine", "platform_machine",
          "platform.python_implementation", "platform_python_implementation",
          "python_implementation", "platform_python_implementation");

  private RequirementParser() {}

  /**
   * Parses an environment marker on its own (the part after {@code ;}).
   *
   * @throws InvalidRequirementException saying what was expected and where
   */
  public static Marker parseMarker(String text) throws InvalidRequirementException {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidRequirementException(
          "marker is longer than " + MAX_LENGTH + " characters", 1);
    }
    return new Cursor(text).markerOnly();
  }

  /** Parses one requirement. */
  public static Requirement parse(String text) throws InvalidRequirementException {
    if (text.length() > MAX_LENGTH) {
      throw new InvalidRequirementException(
          "requirement is longer than " + MAX_LENGTH + " characters", 1);
    }
    return new Cursor(text).requirement();
  }

  /** A single pass over the text. */
  private static final class Cursor {
    private final String text;
    private int pos;
    private int nesting;

    Cursor(String text) {
      this.text = text;
    }

    Requirement requirement() throws InvalidRequirementException {
      skipSpace();
      String name = identifier();
      if (name.isEmpty()) {
        throw error("expected a package name at the start of the requirement");
      }
      skipSpace();
      List<String> extras = peek('[') ? extras() : List.of();
      skipSpace();
      Optional<String> url = Optional.empty();
      List<VersionClause> clauses = List.of();
      Optional<Marker> marker = Optional.empty();
      if (peek('@')) {
        pos++;
        skipSpace();
        int start = pos;
        while (pos < text.length() && !isSpace(text.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          throw error("expected a URL after @");
        }
        url = Optional.of(text.substring(start, pos));
        if (!atEnd()) {
          int before = pos;
          skipSpace();
          if (atEnd()) {
            return new Requirement(name, extras, clauses, url, marker);
          }
          if (before == pos || !peek(';')) {
            throw error("expected ';' (after the URL and white space) or the end");
          }
        }
      } else {
        clauses = versionSpec();
        skipSpace();
        if (!atEnd() && !peek(';')) {
          throw error(
              clauses.isEmpty()
                  ? "expected ';' or the end after the name (versions follow an operator such as"
                      + " ==)"
                  : "expected ',' (between version clauses), ';' (before a marker) or the end");
        }
      }
      if (peek(';')) {
        pos++;
        skipSpace();
        marker = Optional.of(markerOr());
        skipSpace();
        if (!atEnd()) {
          throw error("expected the end after the marker");
        }
      }
      return new Requirement(name, extras, clauses, url, marker);
    }

    Marker markerOnly() throws InvalidRequirementException {
      skipSpace();
      Marker marker = markerOr();
      skipSpace();
      if (!atEnd()) {
        throw error("expected 'and', 'or' or the end of the marker");
      }
      return marker;
    }

    private List<String> extras() throws InvalidRequirementException {
      int open = pos;
      pos++;
      skipSpace();
      List<String> extras = new ArrayList<>();
      if (peek(']')) {
        pos++;
        return extras;
      }
      while (true) {
        String extra = identifier();
        if (extra.isEmpty()) {
          throw error(
              extras.isEmpty()
                  ? "expected an extra name after '['"
                  : "expected an extra name after ','");
        }
        extras.add(extra);
        skipSpace();
        if (peek(',')) {
          pos++;
          skipSpace();
          continue;
        }
        if (peek(']')) {
          pos++;
          return extras;
        }
        if (!atEnd() && Character.isLetterOrDigit(text.charAt(pos))) {
          throw error("expected ',' between extra names");
        }
        throw errorAt("expected ']' to close the '[' of the extras", open);
      }
    }

    private List<VersionClause> versionSpec() throws InvalidRequirementException {
      boolean parenthesised = peek('(');
      int open = pos;
      if (parenthesised) {
        pos++;
        skipSpace();
      }
      List<VersionClause> clauses = new ArrayList<>();
      Optional<VersionClause> clause = versionClause();
      while (clause.isPresent()) {
        clauses.add(clause.get());
        skipSpace();
        if (!peek(',')) {
          break;
        }
        pos++;
        skipSpace();
        clause = versionClause();
        if (clause.isEmpty()) {
          throw error("expected a version clause such as '>=1.0' after ','");
        }
      }
      if (parenthesised) {
        skipSpace();
        if (!peek(')')) {
          throw errorAt("expected ')' to close the '(' of the version specifier", open);
        }
        pos++;
      }
      return clauses;
    }

    private Optional<VersionClause> versionClause() throws InvalidRequirementException {
      String operator = null;
      for (String candidate : VERSION_OPERATORS) {
        if (text.startsWith(candidate, pos)) {
          operator = candidate;
          break;
        }
      }
      if (operator == null) {
        return Optional.empty();
      }
      int start = pos;
      pos += operator.length();
      skipSpace();
      int versionStart = pos;
      while (pos < text.length() && isVersionChar(text.charAt(pos), operator)) {
        pos++;
      }
      String version = text.substring(versionStart, pos);
      if (version.isEmpty()) {
        pos = start;
        return Optional.empty();
      }
      Optional<String> problem = VersionSyntax.clauseProblem(operator, version);
      if (problem.isPresent()) {
        throw errorAt(problem.get(), versionStart);
      }
      return Optional.of(new VersionClause(operator, version));
    }

    private static boolean isVersionChar(char c, String operator) {
      if (operator.equals("===")) {
        return !isSpace(c) && c != ',' && c != ';' && c != ')' && c != '\n' && c != '\r';
      }
      return (c < 0x80 && Character.isLetterOrDigit(c)) || ".-_+!*".indexOf(c) >= 0;
    }

    private Marker markerOr() throws InvalidRequirementException {
      List<Marker> operands = new ArrayList<>();
      operands.add(markerAnd());
      while (keyword("or")) {
        operands.add(markerAnd());
      }
      return operands.size() == 1 ? operands.get(0) : new Marker.Or(operands);
    }

    private Marker markerAnd() throws InvalidRequirementException {
      List<Marker> operands = new ArrayList<>();
      operands.add(markerAtom());
      while (keyword("and")) {
        operands.add(markerAtom());
      }
      return operands.size() == 1 ? operands.get(0) : new Marker.And(operands);
    }

    private Marker markerAtom() throws InvalidRequirementException {
      skipSpace();
      if (peek('(')) {
        int open = pos;
        if (++nesting > MAX_MARKER_NESTING) {
          throw errorAt(
              "the marker nests parentheses more than " + MAX_MARKER_NESTING + " deep", open);
        }
        pos++;
        Marker inner = markerOr();
        nesting--;
        skipSpace();
        if (!peek(')')) {
          throw errorAt("expected ')' to close the '(' in the marker", open);
        }
        pos++;
        return new Marker.Group(inner);
      }
      Marker.Operand left = operand();
      skipSpace();
      String operator = markerOperator();
      skipSpace();
      Marker.Operand right = operand();
      return normalizedExtras(new Marker.Comparison(left, operator, right));
    }

    /** PEP 685: extra names (and extras/dependency group literals) compare normalised. */
    private static Marker.Comparison normalizedExtras(Marker.Comparison c) {
      if (c.left() instanceof Marker.Variable v
          && v.name().equals("extra")
          && c.right() instanceof Marker.Literal l) {
        return new Marker.Comparison(
            c.left(), c.operator(), new Marker.Literal(PythonNames.scheme().normalize(l.value())));
      }
      if (c.right() instanceof Marker.Variable v
          && SET_VARIABLES.contains(v.name())
          && c.left() instanceof Marker.Literal l) {
        return new Marker.Comparison(
            new Marker.Literal(PythonNames.scheme().normalize(l.value())), c.operator(), c.right());
      }
      return c;
    }

    private Marker.Operand operand() throws InvalidRequirementException {
      if (peek('"') || peek('\'')) {
        char quote = text.charAt(pos);
        int start = pos + 1;
        int end = text.indexOf(quote, start);
        if (end < 0) {
          throw error("unterminated quoted string in the marker");
        }
        String value = text.substring(start, end);
        if (value.indexOf('\\') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
          throw error("invalid quoted string: backslashes and line breaks are not allowed");
        }
        pos = end + 1;
        return new Marker.Literal(value);
      }
      int start = pos;
      while (pos < text.length()
          && (Character.isLetterOrDigit(text.charAt(pos))
              || text.charAt(pos) == '_'
              || text.charAt(pos) == '.')) {
        pos++;
      }
      String word = text.substring(start, pos);
      String canonical = ALIASES.getOrDefault(word, word);
      if (!VARIABLES.contains(canonical)) {
        pos = start;
        throw error("expected a marker variable (such as python_version) or a quoted string");
      }
      return new Marker.Variable(canonical);
    }

    private String markerOperator() throws InvalidRequirementException {
      for (String candidate : MARKER_OPERATORS) {
        if (text.startsWith(candidate, pos)) {
          pos += candidate.length();
          return candidate;
        }
      }
      if (text.startsWith("in", pos) && boundaryAfter(pos + 2)) {
        pos += 2;
        return "in";
      }
      if (text.startsWith("not", pos) && boundaryAfter(pos + 3)) {
        pos += 3;
        int before = pos;
        skipSpace();
        if (pos > before && text.startsWith("in", pos) && boundaryAfter(pos + 2)) {
          pos += 2;
          return "not in";
        }
        throw error("expected 'in' after 'not'");
      }
      throw error(
          "expected a marker operator: one of <=, <, !=, ==, >=, >, ~=, ===, in," + " not in");
    }

    private boolean keyword(String word) {
      int save = pos;
      int before = pos;
      skipSpace();
      // "and"/"or" need a word boundary before them: white space, or a closing quote or paren.
      boolean boundaryBefore =
          pos > before || (pos > 0 && "'\")".indexOf(text.charAt(pos - 1)) >= 0);
      if (boundaryBefore && text.startsWith(word, pos) && boundaryAfter(pos + word.length())) {
        pos += word.length();
        return true;
      }
      pos = save;
      return false;
    }

    private boolean boundaryAfter(int index) {
      return index >= text.length()
          || isSpace(text.charAt(index))
          || text.charAt(index) == '('
          || text.charAt(index) == '"'
          || text.charAt(index) == '\'';
    }

    private String identifier() {
      int start = pos;
      if (pos >= text.length() || !isAsciiAlnum(text.charAt(pos))) {
        return "";
      }
      while (pos < text.length()
          && (isAsciiAlnum(text.charAt(pos)) || ".-_".indexOf(text.charAt(pos)) >= 0)) {
        pos++;
      }
      while (pos > start && !isAsciiAlnum(text.charAt(pos - 1))) {
        pos--;
      }
      return text.substring(start, pos);
    }

    private static boolean isAsciiAlnum(char c) {
      return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private void skipSpace() {
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        pos++;
      }
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t';
    }

    private boolean peek(char c) {
      return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean atEnd() {
      return pos >= text.length();
    }

    private InvalidRequirementException error(String message) {
      return errorAt(message, pos);
    }

    private InvalidRequirementException errorAt(String message, int index) {
      return new InvalidRequirementException(message, index + 1);
    }
  }
}
