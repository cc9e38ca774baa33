package io.pkgguard.rules.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement is spelled versus what the interpreter will resolve it to, for {@link
 * DataFlow}: imported aliases and their full names, lookups by a literal name ({@code
 * __builtins__["exec"]}, {@code getattr(os, "system")}, {@code __import__("os")}), strings joined
 * from character codes, calls bound for later. The literals are read from the statement as written, the
 * rewriting is done on its code view; nothing changes where the two disagree.
 */
final class Spellings {

  private Spellings() {}

  private static final Pattern IMPORT = Pattern.compile("import\\s+(.+)");
  private static final Pattern FROM_IMPORT =
      Pattern.compile("from\\s+([A-Za-z_][\\w.]*)\\s+import\\s+\\(?([^()*]+)\\)?\\s*");
  private static final Pattern IMPORTED_NAME =
      Pattern.compile("\\s*([A-Za-z_][\\w.]*)(?:\\s+as\\s+([A-Za-z_]\\w*))?\\s*");

  /**
   * The names a file's imports bind to something else than themselves: {@code import subprocess
   * as sp} (sp → subprocess), {@code from os import system as run} and {@code from os import
   * system} (run and system → os.system). Relative imports bind nothing known.
   */
  static Map<String, String> imports(List<DataFlow.Statement> statements) {
    Map<String, String> imported = new HashMap<>();
    for (DataFlow.Statement statement : statements) {
      String code = statement.code().strip();
      if (!code.startsWith("import") && !code.startsWith("from")) {
        continue;
      }
      Matcher from = FROM_IMPORT.matcher(code);
      if (from.matches()) {
        for (String part : from.group(2).split(",")) {
          Matcher name = IMPORTED_NAME.matcher(part);
          if (name.matches() && !name.group(1).contains(".")) {
            String alias = name.group(2) == null ? name.group(1) : name.group(2);
            imported.put(alias, from.group(1) + "." + name.group(1));
          }
        }
        continue;
      }
      Matcher plain = IMPORT.matcher(code);
      if (plain.matches()) {
        for (String part : plain.group(1).split(",")) {
          Matcher name = IMPORTED_NAME.matcher(part);
          if (name.matches() && name.group(2) != null) {
            imported.put(name.group(2), name.group(1));
          }
        }
      }
    }
    return imported;
  }

  /**
   * Whether {@code code} holds a lookup by a literal name or a string joined from character codes
   * to rewrite.
   */
  static boolean mayRewrite(String code) {
    return LOOKUP_CODE.matcher(code).find() || CHARACTER_CODES.matcher(code).find();
  }

  /** {@code code} with imported aliases written as what they stand for. */
  static String imported(String code, Map<String, String> imported) {
    StringBuilder written = null;
    int copied = 0;
    for (PythonSyntax.Name name : PythonSyntax.names(code)) {
      if (defined(code, name.start())) {
        continue; // def run(...) defines a new name, whatever was imported as run
      }
      int dot = name.text().indexOf('.');
      String first = dot < 0 ? name.text() : name.text().substring(0, dot);
      String full = imported.get(first);
      if (full != null && !full.equals(first)) {
        if (written == null) {
          written = new StringBuilder(code.length() + 32);
        }
        written.append(code, copied, name.start()).append(full);
        copied = name.start() + first.length();
      }
    }
    return written == null ? code : written.append(code, copied, code.length()).toString();
  }

  /** Whether the name at {@code at} follows {@code def} or {@code class}: it is being defined. */
  private static boolean defined(String code, int at) {
    int end = at;
    while (end > 0 && (code.charAt(end - 1) == ' ' || code.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == at) {
      return false;
    }
    for (String keyword : List.of("def", "class")) {
      int start = end - keyword.length();
      if (start >= 0
          && code.startsWith(keyword, start)
          && (start == 0 || !PythonSyntax.isNamePart(code.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static final String LOOKUP_OWNERS =
      "(?:\\b__builtins__|\\bbuiltins\\.__dict__|\\bvars\\(\\s*(?:__builtins__|builtins)\\s*\\)"
          + "|\\bsys\\.modules|\\bglobals\\(\\s*\\))";

  /**
   * What imports a module, or resolves a module's attribute, by name ({@code
   * pkgutil.resolve_name("os:system")} is {@code os.system}).
   */
  static final String IMPORTERS =
      "(?<![\\w.])(?:__import__|importlib\\.import_module|import_module|(?:pkgutil\\.)?resolve_name)";

  /**
   * What may be done to the last literal of a name before it is used: a change of case, blanks
   * stripped, or the letters reversed ({@code "EXEC".lower()}, {@code "metsys"[::-1]}); {@link
   * #CHANGED} where it may be.
   */
  private static final String CHANGE_FORM =
      "\\s*(?:\\.\\s*(?:lower|upper|casefold|swapcase|strip)\\s*\\(\\s*\\)|\\[\\s*::\\s*-1\\s*\\])";

  private static final String CHANGED = "(?:" + CHANGE_FORM + ")?";

  /**
   * An emptied literal in code, or several joined by {@code +} or written side by side, the last
   * one perhaps {@link #CHANGED}.
   */
  private static final String EMPTIED = "(?:\"\"|'')(?:\\s*\\+?\\s*(?:\"\"|'')){0,8}" + CHANGED;

  /**
   * The same as written: literals of name characters, joined (the name read without quotes; a
   * colon, which {@code resolve_name} reads as a dot).
   */
  private static final String WRITTEN =
      "((?:\"[\\w.:]*\"|'[\\w.:]*')(?:\\s*\\+?\\s*(?:\"[\\w.:]*\"|'[\\w.:]*')){0,8}"
          + CHANGED
          + ")";

  /**
   * What looks an attribute up by name, the owner first: {@code getattr}, and the same reached
   * through the class machinery ({@code object.__getattribute__(os, name)}, {@code
   * inspect.getattr_static}).
   */
  static final String GETTERS =
      "(?:\\bgetattr|(?<![\\w.])(?:object|type)\\s*\\.\\s*__getattribute__"
          + "|\\b(?:inspect\\.)?getattr_static)";

  /**
   * What takes a module's namespace as a table, up to the module's name: {@code vars(} or {@code
   * dict(inspect.getmembers(}.
   */
  static final String NAMESPACE_OF =
      "(?<![\\w.])(?:vars|dict\\s*\\(\\s*(?:inspect\\.)?getmembers)\\s*\\(";

  /**
   * A module's namespace as a table: {@code vars(subprocess)}, or {@code
   * dict(inspect.getmembers(subprocess))}; {@code %s} stands for the module.
   */
  private static final String NAMESPACE =
      "(?<![\\w.])(?:vars\\s*\\(\\s*%s\\s*\\)"
          + "|dict\\s*\\(\\s*(?:inspect\\.)?getmembers\\s*\\(\\s*%s\\s*\\)\\s*\\))";

  /**
   * {@code getattr} applied along a list of one name, from a module ({@code
   * functools.reduce(getattr, ["system"], os)} is {@code os.system}): up to the name, then after
   * it with the module in the given group form.
   */
  private static final String REDUCE =
      "(?<![\\w.])(?:functools\\.)?reduce\\s*\\(\\s*getattr\\s*,\\s*[\\[(]\\s*";

  private static final String REDUCE_OWNER = "\\s*,?\\s*[\\])]\\s*,\\s*%s\\s*\\)";

  /** A {@code .get(name)} or {@code .get(name, default)} of a table, its default left out. */
  private static final String GET = "\\.get\\(\\s*%s\\s*(?:,[^()]{0,200})?\\)";

  /**
   * Lookups by a literal name, in the code view (literals emptied), in this order: a table of
   * builtins, modules or globals subscripted or asked with {@code get}; {@code getattr} or one of
   * the other {@link #GETTERS} (group 1: the owner); an import by name; a module's {@code __dict__}
   * subscripted or asked, or its own {@code __getattribute__} called (group 2: the module); a
   * module's {@link #NAMESPACE} subscripted or asked (group 3 or 4: the module); {@code
   * functools.reduce(getattr, [name], module)} (group 5: the module).
   */
  private static final Pattern LOOKUP_CODE =
      Pattern.compile(
          LOOKUP_OWNERS
              + "(?:\\s*\\[\\s*"
              + EMPTIED
              + "\\s*\\]|"
              + GET.formatted(EMPTIED)
              + ")|"
              + GETTERS
              + "\\s*\\(\\s*([A-Za-z_][\\w.]*)\\s*,\\s*"
              + EMPTIED
              + "\\s*\\)|"
              + IMPORTERS
              + "\\s*\\(\\s*"
              + EMPTIED
              + "\\s*\\)|(?<![\\w.])([A-Za-z_][\\w.]*)\\.(?:__dict__(?:\\s*\\[\\s*"
              + EMPTIED
              + "\\s*\\]|"
              + GET.formatted(EMPTIED)
              + ")|__getattribute__\\s*\\(\\s*"
              + EMPTIED
              + "\\s*\\))|"
              + NAMESPACE.formatted("([A-Za-z_][\\w.]*)", "([A-Za-z_][\\w.]*)")
              + "(?:\\s*\\[\\s*"
              + EMPTIED
              + "\\s*\\]|"
              + GET.formatted(EMPTIED)
              + ")|"
              + REDUCE
              + EMPTIED
              + REDUCE_OWNER.formatted("([A-Za-z_][\\w.]*)"));

  /** The same lookups as written, each alternative's name in a group of its own (1 to 8). */
  private static final Pattern LOOKUP_RAW =
      Pattern.compile(
          LOOKUP_OWNERS
              + "(?:\\s*\\[\\s*"
              + WRITTEN
              + "\\s*\\]|"
              + GET.formatted(WRITTEN)
              + ")|"
              + GETTERS
              + "\\s*\\(\\s*[A-Za-z_][\\w.]*\\s*,\\s*"
              + WRITTEN
              + "\\s*\\)|"
              + IMPORTERS
              + "\\s*\\(\\s*"
              + WRITTEN
              + "\\s*\\)|(?<![\\w.])[A-Za-z_][\\w.]*\\.(?:__dict__(?:\\s*\\[\\s*"
              + WRITTEN
              + "\\s*\\]|"
              + GET.formatted(WRITTEN)
              + ")|__getattribute__\\s*\\(\\s*"
              + WRITTEN
              + "\\s*\\))|"
              + NAMESPACE.formatted("[A-Za-z_][\\w.]*", "[A-Za-z_][\\w.]*")
              + "(?:\\s*\\[\\s*"
              + WRITTEN
              + "\\s*\\]|"
              + GET.formatted(WRITTEN)
              + ")|"
              + REDUCE
              + WRITTEN
              + REDUCE_OWNER.formatted("[A-Za-z_][\\w.]*"));

  private static final Pattern QUOTES_AND_JOINS = Pattern.compile("[\"'+\\s]");
  private static final Pattern CHANGE = Pattern.compile("(?:" + CHANGE_FORM + ")$");

  /**
   * The name that literals joined as {@link #WRITTEN} make: the pieces without quotes, joins or
   * blanks, the last piece changed as written ({@code "sys" + "TEM".lower()} → {@code system}), a
   * colon read as a dot.
   */
  static String spelled(String written) {
    Matcher change = CHANGE.matcher(written);
    String how = change.find() ? change.group().replaceAll("\\s", "") : "";
    String literals = how.isEmpty() ? written : written.substring(0, change.start());
    char quote = literals.charAt(literals.length() - 1);
    int last = literals.lastIndexOf(quote, literals.length() - 2);
    String before = QUOTES_AND_JOINS.matcher(literals.substring(0, last)).replaceAll("");
    String piece = QUOTES_AND_JOINS.matcher(literals.substring(last)).replaceAll("");
    return (before + changed(piece, how)).replace(':', '.');
  }

  private static String changed(String piece, String how) {
    return switch (how) {
      case ".lower()", ".casefold()" -> piece.toLowerCase(Locale.ROOT);
      case ".upper()" -> piece.toUpperCase(Locale.ROOT);
      case ".swapcase()" -> swapped(piece);
      case "[::-1]" -> new StringBuilder(piece).reverse().toString();
      default -> piece; // none, or .strip(): the pieces hold no blanks to strip
    };
  }

  private static String swapped(String piece) {
    StringBuilder swapped = new StringBuilder(piece.length());
    for (char c : piece.toCharArray()) {
      swapped.append(
          Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return swapped.toString();
  }

  private static final Pattern DOTTED_NAME = Pattern.compile("[A-Za-z_][\\w.]*");

  /**
   * {@code code} with lookups by a literal name written as the name, the literals read from
   * {@code raw} (the same statement as written; nothing changes unless both hold as many).
   * Nested lookups ({@code getattr(__import__("os"), "system")}) resolve from the inside out. A
   * lookup by a name in {@code constants} is read as a lookup by the literal that name is bound to
   * ({@link #constantValue}), in each round, so that a lookup whose owner a name resolved is read
   * too ({@code getattr(import_module(M), F)}).
   */
  static String literalLookups(String code, String raw, Map<String, String> constants) {
    String[] both = {code, raw};
    foldCharacterCodes(both);
    for (int round = 0; round < 3; round++) {
      // each round resolves one level of nesting
      String[] before = both.clone();
      if (!constants.isEmpty()) {
        String[] bound = withConstants(both[0], both[1], constants);
        both[0] = bound[0];
        both[1] = bound[1];
      }
      if (!resolveLookups(both)) {
        both[0] = before[0]; // a name written as its literal only counts where it resolved
        both[1] = before[1];
        break;
      }
    }
    return both[0];
  }

  /** A binding's annotation ({@code name: str = …}), which changes nothing of its value. */
  private static final String ANNOTATION = "(?::[^=\\n]{1,80}?)?";

  /**
   * A statement binding a name to literals of name characters, in the code view ({@code name =
   * ""}) and as written (group 2: {@code name = "sys" + "tem"}, a comment after it allowed).
   */
  private static final Pattern CONSTANT_CODE =
      Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*" + ANNOTATION + "=\\s*" + EMPTIED + "\\s*");

  private static final Pattern CONSTANT_RAW =
      Pattern.compile(
          "\\s*([A-Za-z_]\\w*)\\s*" + ANNOTATION + "=\\s*" + WRITTEN + "\\s*(?:#[^\\n]*)?\\s*");

  /**
   * A statement that (re)binds a name: an assignment, augmented or not, annotated or not, or a
   * {@code for} loop.
   */
  private static final Pattern BINDS =
      Pattern.compile(
          "\\s*(?:for\\s+([A-Za-z_]\\w*)\\s+in\\b|([A-Za-z_]\\w*)\\s*"
              + ANNOTATION
              + "(?:[-+*/%|&^@]|//|\\*\\*|>>|<<)?=(?!=))");

  /** A function's definition, group 1 its parameters (which shadow a file's names inside it). */
  private static final Pattern DEFINITION =
      Pattern.compile("\\s*(?:async\\s+)?def\\s+\\w+\\s*\\((.*)\\)[^()]*");

  private static final Pattern PARAMETER = Pattern.compile("(?:^|,)\\s*\\**([A-Za-z_]\\w*)");

  /**
   * The name a lookup takes as a variable rather than a literal, in either view: {@code
   * getattr(m, name)}, {@code __import__(name)}, {@code __builtins__[name]}, {@code
   * m.__dict__[name]}, {@code vars(m)[name]}, a table's {@code .get(name)} (group 1 to 5).
   */
  private static final Pattern LOOKUP_BY_VARIABLE =
      Pattern.compile(
          GETTERS
              + "\\s*\\(\\s*[A-Za-z_][\\w.]*\\s*,\\s*([A-Za-z_]\\w*)(?=\\s*[,)])|"
              + IMPORTERS
              + "\\s*\\(\\s*([A-Za-z_]\\w*)(?=\\s*[,)])|(?:"
              + LOOKUP_OWNERS
              + "|\\.__dict__|"
              + NAMESPACE.formatted("[A-Za-z_][\\w.]*", "[A-Za-z_][\\w.]*")
              + ")(?:\\s*\\[\\s*([A-Za-z_]\\w*)(?=\\s*\\])|\\.get\\(\\s*([A-Za-z_]\\w*)(?=\\s*[,)]))");

  /**
   * A word each lookup {@link #LOOKUP_BY_VARIABLE} reads holds ({@code vars} and {@code globals}
   * as calls, found with blanks before the parenthesis as {@link Words} finds a pattern's words).
   */
  private static final List<String> LOOKUP_WORDS =
      List.of(
          "getattr",
          "__import__",
          "import_module",
          "resolve_name",
          "__builtins__",
          "__dict__",
          "__getattribute__",
          "vars(",
          "getmembers",
          "sys.modules",
          "globals(");

  /**
   * Whether {@code code} may look a name up at all: a word only, so that the names a lookup takes
   * are searched for their binding ({@link #constantValue}) only where one may be.
   */
  static boolean mayLookUp(String code) {
    return holdsAny(code, LOOKUP_WORDS);
  }

  /**
   * A lookup whose owner is itself a call, its name a variable ({@code getattr(import_module(M),
   * F)}): {@link #LOOKUP_BY_VARIABLE} reads it once the owner is resolved, in a later round.
   */
  private static final Pattern LOOKUP_ON_CALL =
      Pattern.compile(
          GETTERS + "\\s*\\([^,()]*\\([^()]*\\)[^,()]*,\\s*([A-Za-z_]\\w*)(?=\\s*[,)])");

  /**
   * The names {@code code} looks up as variables ({@link #LOOKUP_BY_VARIABLE}, {@link
   * #LOOKUP_ON_CALL}), each once.
   */
  static Set<String> variablesLookedUp(String code) {
    Set<String> names = new LinkedHashSet<>();
    Matcher lookup = LOOKUP_BY_VARIABLE.matcher(code);
    while (lookup.find()) {
      names.add(lookup.group(named(lookup)));
    }
    Matcher onCall = LOOKUP_ON_CALL.matcher(code);
    while (onCall.find()) {
      names.add(onCall.group(1));
    }
    return names;
  }

  /**
   * What a lookup by {@code name} resolves to wherever it is made, if the file binds that name
   * exactly once, to literals of name characters ({@code name = "system"}, {@code NAME = "sys" +
   * "tem"}): the name they spell. A name bound anywhere else, to anything else (an assignment, a
   * {@code for} loop) or a function's parameter of that name is no such constant: its value
   * depends on where it is read. {@code holding} are the statements that may mention the name
   * (all of them will do; fewer is faster).
   */
  static Optional<String> constantValue(
      String name, Iterable<DataFlow.Statement> holding, Function<DataFlow.Statement, String> raw) {
    String value = null;
    for (DataFlow.Statement statement : holding) {
      String code = statement.code();
      Matcher definition = DEFINITION.matcher(code);
      if (definition.matches()) {
        Matcher parameter = PARAMETER.matcher(definition.group(1));
        while (parameter.find()) {
          if (parameter.group(1).equals(name)) {
            return Optional.empty();
          }
        }
        continue;
      }
      Matcher binds = BINDS.matcher(code);
      if (!binds.lookingAt()
          || !name.equals(binds.group(1) != null ? binds.group(1) : binds.group(2))) {
        continue;
      }
      String bound =
          CONSTANT_CODE.matcher(code).matches() ? constant(raw.apply(statement), name) : null;
      if (bound == null || value != null && !value.equals(bound)) {
        return Optional.empty();
      }
      value = bound;
    }
    return Optional.ofNullable(value);
  }

  /**
   * The name {@code name = <literals>} as written spells, or null if the statement binds anything
   * else.
   */
  private static String constant(String raw, String name) {
    Matcher written = CONSTANT_RAW.matcher(raw);
    if (!written.matches() || !written.group(1).equals(name)) {
      return null;
    }
    String spelled = spelled(written.group(2));
    return DOTTED_NAME.matcher(spelled).matches() ? spelled : null;
  }

  /**
   * {code, raw} with each lookup by a name in {@code constants} written as a lookup by the literal
   * it is bound to ({@code getattr(os, name)} → {@code getattr(os, "system")}, emptied in the code
   * view), for {@link #literalLookups} to resolve; unchanged unless both views hold as many lookups
   * by a variable.
   */
  private static String[] withConstants(String code, String raw, Map<String, String> constants) {
    Matcher inCode = LOOKUP_BY_VARIABLE.matcher(code);
    Matcher inRaw = LOOKUP_BY_VARIABLE.matcher(raw);
    List<int[]> codeSpans = new ArrayList<>();
    List<int[]> rawSpans = new ArrayList<>();
    List<String> values = new ArrayList<>();
    while (inCode.find()) {
      if (!inRaw.find()) {
        return new String[] {code, raw};
      }
      int group = named(inCode);
      String value = constants.get(inCode.group(group));
      if (value != null && inCode.group(group).equals(inRaw.group(named(inRaw)))) {
        codeSpans.add(new int[] {inCode.start(group), inCode.end(group)});
        rawSpans.add(new int[] {inRaw.start(named(inRaw)), inRaw.end(named(inRaw))});
        values.add(value);
      }
    }
    if (values.isEmpty() || inRaw.find()) {
      return new String[] {code, raw};
    }
    return new String[] {
      replace(code, codeSpans, values.stream().map(v -> "\"\"").toList()),
      replace(raw, rawSpans, values.stream().map(v -> '"' + v + '"').toList())
    };
  }

  /** The group of a {@link #LOOKUP_BY_VARIABLE} match that holds the name. */
  private static int named(Matcher lookup) {
    for (int group = 1; group <= lookup.groupCount(); group++) {
      if (lookup.group(group) != null) {
        return group;
      }
    }
    throw new IllegalStateException("a lookup by a variable names it");
  }

  /**
   * A string joined from character codes, the same in both views ({@code "".join(map(chr, [111,
   * 115]))}, {@code "".join(chr(c) for c in (111, 115))}): group 1 or 3 holds the codes.
   */
  private static final Pattern CHARACTER_CODES =
      Pattern.compile(
          "(?:\"\"|'')\\s*\\.\\s*join\\s*\\(\\s*(?:map\\s*\\(\\s*chr\\s*,\\s*[\\[(]([\\d\\s,]{1,2000})[\\])]"
              + "\\s*\\)|\\[?\\s*chr\\s*\\(\\s*([A-Za-z_]\\w*)\\s*\\)\\s*for\\s+\\2\\s+in\\s+[\\[(]"
              + "([\\d\\s,]{1,2000})[\\])]\\s*\\]?)\\s*\\)");

  /**
   * Writes each string joined from character codes as the literal it makes (in the text as
   * written; emptied in the code view), if it makes a printable name-like text; nothing changes
   * unless both views hold as many.
   */
  static void foldCharacterCodes(String[] both) {
    Matcher inCode = CHARACTER_CODES.matcher(both[0]);
    if (!inCode.find()) {
      return;
    }
    Matcher inRaw = CHARACTER_CODES.matcher(both[1]);
    List<int[]> codeSpans = new ArrayList<>();
    List<int[]> rawSpans = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    do {
      if (!inRaw.find()) {
        return;
      }
      String text = characters(inRaw.group(1) != null ? inRaw.group(1) : inRaw.group(3));
      if (text.isEmpty()) {
        return;
      }
      codeSpans.add(new int[] {inCode.start(), inCode.end()});
      rawSpans.add(new int[] {inRaw.start(), inRaw.end()});
      literals.add(text);
    } while (inCode.find());
    if (inRaw.find()) {
      return;
    }
    both[0] = replace(both[0], codeSpans, literals.stream().map(t -> "\"\"").toList());
    both[1] = replace(both[1], rawSpans, literals.stream().map(t -> '"' + t + '"').toList());
  }

  /** The text of comma-separated character codes; empty unless all are name characters or '.'. */
  private static String characters(String codes) {
    StringBuilder text = new StringBuilder();
    for (String code : codes.split(",")) {
      String digits = code.strip();
      if (digits.isEmpty()) {
        continue;
      }
      if (digits.length() > 3) {
        return "";
      }
      int c = Integer.parseInt(digits);
      if (!(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.')) {
        return "";
      }
      text.append((char) c);
    }
    return text.toString();
  }

  /** One round of {@link #literalLookups} on {code, raw}; whether anything was resolved. */
  static boolean resolveLookups(String[] both) {
    Matcher inCode = LOOKUP_CODE.matcher(both[0]);
    Matcher inRaw = LOOKUP_RAW.matcher(both[1]);
    List<String> resolved = new ArrayList<>();
    List<int[]> codeSpans = new ArrayList<>();
    List<int[]> rawSpans = new ArrayList<>();
    while (inCode.find()) {
      if (!inRaw.find()) {
        return false;
      }
      String owner = null;
      for (int group = 1; owner == null && group <= inCode.groupCount(); group++) {
        owner = inCode.group(group);
      }
      String written = null;
      for (int group = 1; written == null && group <= inRaw.groupCount(); group++) {
        written = inRaw.group(group);
      }
      if (written == null) {
        return false;
      }
      String name = spelled(written);
      if (!DOTTED_NAME.matcher(name).matches() || owner != null && name.contains(".")) {
        return false; // not a name: leave the statement as it is
      }
      boolean builtin = owner == null || owner.equals("builtins") || owner.equals("__builtins__");
      resolved.add(builtin ? name : owner + "." + name);
      codeSpans.add(new int[] {inCode.start(), inCode.end()});
      rawSpans.add(new int[] {inRaw.start(), inRaw.end()});
    }
    if (resolved.isEmpty() || inRaw.find()) {
      return false;
    }
    both[0] = replace(both[0], codeSpans, resolved);
    both[1] = replace(both[1], rawSpans, resolved);
    return true;
  }

  static String replace(String text, List<int[]> spans, List<String> with) {
    StringBuilder written = new StringBuilder(text.length());
    int copied = 0;
    for (int k = 0; k < spans.size(); k++) {
      written.append(text, copied, spans.get(k)[0]).append(with.get(k));
      copied = spans.get(k)[1];
    }
    return written.append(text, copied, text.length()).toString();
  }

  /**
   * A call that binds a function to its arguments for later ({@code functools.partial(f, a)},
   * {@code atexit.register(f, a)}) or hands both to what calls it on another thread or later
   * ({@code executor.submit(f, a)}, {@code _thread.start_new_thread(f, (a,))}, {@code
   * pool.apply_async(f, (a,))}, {@code loop.call_soon(f, a)}, {@code stack.callback(f, a)} of a
   * {@code contextlib.ExitStack}), to a setuptools command's runner ({@code self.execute(f,
   * (a,), "message")}) or to what calls it at once ({@code operator.call(f, a)}): the function is
   * called with them, so the binding is read as the call ({@code f(a)}, {@code f((a,))}).
   */
  private static final Pattern BOUND_CALL =
      Pattern.compile(
          "(?<![\\w.])(?:functools\\.partial|partial|atexit\\.register|self\\.execute"
              + "|operator\\.call"
              + "|(?:[A-Za-z_][\\w.]*\\.)?(?:submit|start_new_thread|apply_async"
              + "|call_soon|call_soon_threadsafe|(?<=\\.)callback))"
              + "\\s*\\(\\s*([A-Za-z_][\\w.]*)\\s*,\\s*");

  /**
   * The same where one argument comes before the function: an executor ({@code
   * loop.run_in_executor(None, f, a)}), a delay or a time ({@code loop.call_later(5, f, a)},
   * {@code threading.Timer(30, f, args=(a,))}), an object whose collection calls it ({@code
   * weakref.finalize(obj, f, a)}, also at the interpreter's exit).
   */
  private static final Pattern BOUND_AFTER_ONE =
      Pattern.compile(
          "(?<![\\w.])(?:(?:[A-Za-z_][\\w.]*\\.)?(?:run_in_executor|call_later|call_at)"
              + "|threading\\.Timer|Timer|weakref\\.finalize)"
              + "\\s*\\(\\s*[\\w.]+\\s*,\\s*([A-Za-z_][\\w.]*)\\s*(?:,\\s*|(?=\\)))");

  /**
   * A module's function, {@code exec} or {@code eval} handed to what calls it with each item
   * ({@code map(os.system, commands)}, {@code itertools.starmap}, a pool's {@code map}): read as
   * the function called with the items ({@code os.system(commands)}). A builtin mapped over data
   * ({@code map(chr, codes)}) is left as written, for the decoders that know that form.
   */
  private static final Pattern MAPPED_CALL =
      Pattern.compile(
          "(?<![\\w.])(?:[A-Za-z_][\\w.]*\\.)?(?:map|starmap|imap|imap_unordered)"
              + "\\s*\\(\\s*((?:[A-Za-z_]\\w*\\.)+[A-Za-z_]\\w*|exec|eval)\\s*,\\s*");

  /**
   * A function's own {@code __call__} called: {@code os.system.__call__(cmd)} is {@code
   * os.system(cmd)}.
   */
  private static final Pattern DUNDER_CALL = Pattern.compile("\\s*\\.\\s*__call__\\s*\\(");

  /** A thread or process started on a target ({@code Thread(target=f, args=(a,))}). */
  private static final Pattern TARGETED_CALL =
      Pattern.compile(
          "(?<![\\w.])(?:threading\\.Thread|Thread|multiprocessing\\.Process|Process)\\s*\\(");

  private static final Pattern TARGET =
      Pattern.compile("(?<![\\w.])target\\s*=\\s*([A-Za-z_][\\w.]*)\\s*(?:,|$)");
  private static final Pattern ARGS = Pattern.compile("(?<![\\w.])args\\s*=\\s*[(\\[]");

  /**
   * A word each of the calls above holds; one that ends with a parenthesis is a call, found with
   * blanks before it too ({@code map (os.system, steps)}), as {@link Words} finds a pattern's
   * words. Words that real code is full of ({@code callback}, {@code map}, {@code __call__}) are
   * named as the calls the rewrite reads, or every statement holding them would be rewritten in
   * vain.
   */
  private static final List<String> DEFERRING_WORDS =
      List.of(
          "partial",
          "register",
          "execute",
          "Thread",
          "Process",
          "submit",
          "start_new_thread",
          "apply_async",
          "call_soon",
          "call_later",
          "call_at",
          "run_in_executor",
          "Timer",
          ".callback(",
          "weakref.finalize",
          "map(",
          "imap_unordered(",
          "operator.call(",
          "__call__(");

  /** Whether {@code code} may bind a function to arguments for a later call. */
  static boolean mayDefer(String code) {
    return holdsAny(code, DEFERRING_WORDS);
  }

  /** Whether {@code code} holds one of {@code words}, each found as {@link Words} finds it. */
  private static boolean holdsAny(String code, List<String> words) {
    for (String word : words) {
      if (Words.occursIn(code, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code code} with calls bound for later written as the calls they make: {@code
   * functools.partial(os.system, cmd)}, {@code atexit.register(os.system, cmd)}, {@code
   * pool.submit(os.system, cmd)}, {@code operator.call(os.system, cmd)} and {@code
   * os.system.__call__(cmd)} → {@code os.system(cmd)}, {@code map(os.system, cmds)} → {@code
   * os.system(cmds)}, {@code Thread(target=run, args=(cmd,))} → {@code run(cmd,)}, {@code
   * threading.Timer(9, run)} → {@code run()}.
   */
  static String deferredCalls(String code) {
    String bound = BOUND_CALL.matcher(DUNDER_CALL.matcher(code).replaceAll("(")).replaceAll("$1(");
    String written =
        MAPPED_CALL.matcher(BOUND_AFTER_ONE.matcher(bound).replaceAll("$1(")).replaceAll("$1(");
    Matcher started = TARGETED_CALL.matcher(written);
    if (!started.find()) {
      return written;
    }
    StringBuilder result = new StringBuilder(written.length());
    int copied = 0;
    do {
      int open = started.end() - 1;
      int close = PythonSyntax.closing(written, open);
      if (started.start() < copied || close >= written.length()) {
        continue;
      }
      String inside = written.substring(open + 1, close);
      Matcher target = TARGET.matcher(inside);
      if (!target.find()) {
        continue;
      }
      Matcher args = ARGS.matcher(inside);
      String arguments = "";
      if (args.find()) {
        int argsOpen = args.end() - 1;
        arguments = inside.substring(argsOpen + 1, PythonSyntax.closing(inside, argsOpen));
      }
      result.append(written, copied, started.start()).append(target.group(1));
      result.append('(').append(arguments).append(')');
      copied = close + 1;
    } while (started.find());
    return result.append(written, copied, written.length()).toString();
  }
}
