package io.pkgguard.rules.content;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows values through one Python file, from where they come from (a <em>source</em>: what a
 * download returned, what a decoder produced, what is on the clipboard) to where they go (a
 * <em>sink</em>: {@code exec}, a process's command, a network send), whatever the names and
 * helper functions in between. This is what the named-API patterns miss: malware that spells the
 * same technique with other calls still moves its payload from a source to a sink.
 *
 * <p>The analysis is deliberately small, linear in the file and conservative in what it claims:
 *
 * <ul>
 *   <li>statements are Python's logical lines of the {@linkplain PythonSource code view} (open
 *       brackets and backslashes join lines, {@code ;} splits them);
 *   <li>a name becomes tainted when it is assigned (plain, augmented, annotated, chained, {@code
 *       :=}, {@code for … in}, {@code with … as}) from an expression that matches a source or
 *       mentions a tainted name; a plain assignment from anything else clears it. Attributes
 *       ({@code self.payload}) are names of their own; a subscript taints its container;
 *   <li>a call of a source that is a statement of its own ({@code urlretrieve(url, path)}, {@code
 *       sock.recv_into(buffer)}) taints the names it is handed; a tainted value written into a
 *       file ({@code f.write}, {@code write_bytes}, {@code shutil.copyfileobj}) taints the names
 *       the file was opened from, so a path that holds a download carries it on;
 *   <li>names assigned inside a function are forgotten when the function ends; a function that
 *       returns a tainted value is a source where it is called, and a function whose parameter
 *       reaches a sink is a sink where it is called (one level, decided in a first pass);
 *   <li>a sink is reached when its call's arguments ({@link Reach#ANY}) or its first argument,
 *       the first element of a list there ({@link Reach#COMMAND}), mention a tainted name or
 *       match a source.
 * </ul>
 *
 * Sources and sinks are content patterns; a pattern reading the {@code code} view is tried on a
 * statement's code, any other on the statement's text as written (literals included).
 */
final class DataFlow {

  /** Where in a sink's call a tainted value must appear. */
  enum Reach {
    /** Anywhere in the call's arguments: data sent over the network. */
    ANY,
    /** The first argument, or the first element of a list or tuple there: the program run. */
    COMMAND
  }

  /**
   * One logical statement.
   *
   * @param line its first line, 1-based
   * @param lastLine its last line
   * @param indent the width of its leading blanks
   * @param code its code view (comments removed, literals emptied), lines joined by blanks
   * @param offset where it starts in the code view, for excerpts
   */
  record Statement(int line, int lastLine, int indent, String code, int offset) {}

  /** Where a word occurs in a lower-cased view of the file. */
  interface Words {
    /**
     * The offsets of {@code word} in the lower-cased code view ({@code code}) or the text as
     * written; null if there are too many to list (every statement is then a candidate).
     */
    List<Integer> positions(String word, boolean code);
  }

  private static String lower(String text) {
    return ContentScan.lower(text);
  }

  private static final Pattern DEF =
      Pattern.compile("^(?:async\\s+)?def\\s+([A-Za-z_]\\w*)\\s*\\((.*)\\)[^()]*:");
  private static final Pattern CLASS = Pattern.compile("^class\\s+\\w+");
  private static final Pattern AS = Pattern.compile("\\s+as\\s+([A-Za-z_][\\w.]*)");
  private static final Pattern RETURN =
      Pattern.compile("^(?:return|yield)\\b(.*)$", Pattern.DOTALL);
  private static final Pattern WALRUS = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*:=");
  private static final Pattern WRITE =
      Pattern.compile(
          "^([A-Za-z_][\\w.]*(?:\\([^()]*\\))?)\\s*\\.\\s*(write|writelines|write_bytes|write_text"
              + "|append|extend|insert|update|put)\\s*\\(",
          Pattern.DOTALL);
  private static final Pattern COPY = Pattern.compile("\\bcopyfileobj\\s*\\(", Pattern.DOTALL);
  private static final Pattern OPEN =
      Pattern.compile("(?<![\\w])(?:io\\.|codecs\\.|os\\.)?open\\s*\\(|\\.open\\s*\\(");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "not", "in", "is", "if", "else", "for", "lambda", "await", "None", "True",
          "False", "self", "cls", "return", "yield", "from", "as", "async", "with");

  /** Compound statements followed on one line at most ({@code for a in b: for c in a: ...}). */
  private static final int MAX_BODIES = 100;

  /** Statements longer than this are cut: a packed one-line blob has no flow worth following. */
  private static final int MAX_STATEMENT = 64 * 1024;

  /**
   * Tainted names kept per file at most: far more than any real file holds, and a bound on the
   * memory a hostile one can take (a few tens of megabytes).
   */
  private static final int MAX_TAINTED = 200_000;

  private final List<Statement> statements;
  private final String raw;
  private final int[] codeLines;
  private final int[] rawLines;
  private final Words words;

  /** The first statement covering each line (1-based; -1 for none). */
  private final int[] firstStatementOfLine;

  private final Map<String, BitSet> candidates = new HashMap<>();

  private DataFlow(String code, String raw, int[] codeLines, int[] rawLines, Words words) {
    this.raw = raw;
    this.codeLines = codeLines;
    this.rawLines = rawLines;
    this.words = words;
    this.statements = split(code, codeLines);
    this.firstStatementOfLine = new int[codeLines.length + 2];
    Arrays.fill(firstStatementOfLine, -1);
    for (int i = statements.size() - 1; i >= 0; i--) {
      Statement statement = statements.get(i);
      for (int line = statement.line();
          line <= statement.lastLine() && line < firstStatementOfLine.length;
          line++) {
        firstStatementOfLine[line] = i;
      }
    }
  }

  /** The file's logical statements, for a file on its own (tests). */
  static DataFlow of(String code, String raw) {
    String lowerCode = lower(code);
    String lowerRaw = lower(raw);
    return of(
        code,
        raw,
        lineStarts(code),
        lineStarts(raw),
        (word, inCode) -> {
          String text = inCode ? lowerCode : lowerRaw;
          List<Integer> at = new ArrayList<>();
          for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            at.add(i);
          }
          return at;
        });
  }

  /**
   * The file's logical statements, made once and shared by every flow, with the line starts of
   * both views (the code view keeps the text's lines) and word positions the scan already knows.
   */
  static DataFlow of(String code, String raw, int[] codeLines, int[] rawLines, Words words) {
    return new DataFlow(code, raw, codeLines, rawLines, words);
  }

  /** Where each line of {@code text} starts: 0, then the offset after every newline. */
  static int[] lineStarts(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts[line++] = i + 1;
      }
    }
    return starts;
  }

  /** A statement's lines as written (literals and comments included), at most 64 KB. */
  String raw(Statement statement) {
    int from =
        statement.line() - 1 < rawLines.length ? rawLines[statement.line() - 1] : raw.length();
    int to = statement.lastLine() < rawLines.length ? rawLines[statement.lastLine()] : raw.length();
    return raw.substring(from, Math.max(from, Math.min(to, from + MAX_STATEMENT)));
  }

  /**
   * The statements a pattern may match: those on a line holding one of its words (a statement
   * spans lines, so any of its lines counts), all of them if it names none. Found with one
   * search of the whole file per word instead of one per statement.
   */
  private BitSet candidates(ContentPattern pattern) {
    return candidates.computeIfAbsent(
        pattern.id(),
        id -> {
          BitSet found = new BitSet();
          List<String> needs = pattern.needs();
          if (needs.isEmpty() || needs.contains(ContentScan.NON_ASCII)) {
            found.set(0, statements.size());
            return found;
          }
          boolean code = pattern.view() == ContentPattern.View.CODE;
          int[] starts = code ? codeLines : rawLines;
          for (String word : needs) {
            List<Integer> at = words.positions(word, code);
            if (at == null) {
              found.set(0, statements.size());
              return found;
            }
            int lastLine = 0;
            for (int offset : at) {
              int index = Arrays.binarySearch(starts, offset);
              int line = (index >= 0 ? index : -index - 2) + 1;
              if (line == lastLine || line >= firstStatementOfLine.length) {
                continue;
              }
              lastLine = line;
              for (int s = firstStatementOfLine[line];
                  s >= 0 && s < statements.size() && statements.get(s).line() <= line;
                  s++) {
                found.set(s);
              }
            }
          }
          return found;
        });
  }

  /**
   * The first statement where a value from one of {@code sources} reaches one of {@code sinks},
   * if any. Sinks read the code view; sources either view.
   */
  Optional<Statement> reaches(
      List<ContentPattern> sources, List<ContentPattern> sinks, Reach reach) {
    // Where a source matches at all, found once: most files have none, and then no value can
    // flow, and a statement without one needs no source search in its parts.
    BitSet codeSources = new BitSet();
    BitSet textSources = new BitSet();
    for (ContentPattern source : sources) {
      boolean code = source.view() == ContentPattern.View.CODE;
      BitSet may = candidates(source);
      for (int i = may.nextSetBit(0); i >= 0; i = may.nextSetBit(i + 1)) {
        Statement statement = statements.get(i);
        if (source.regex().orElseThrow().matcher(code ? statement.code() : raw(statement)).find()) {
          (code ? codeSources : textSources).set(i);
        }
      }
    }
    if (codeSources.isEmpty() && textSources.isEmpty()) {
      return Optional.empty();
    }
    Set<String> derivedSources = new HashSet<>();
    Set<String> derivedSinks = new HashSet<>();
    // First pass: what each function returns and where its parameters go.
    new Walk(
            sources,
            sinks,
            reach,
            codeSources,
            textSources,
            Set.of(),
            Set.of(),
            derivedSources,
            derivedSinks)
        .run();
    // Second pass: the flows themselves, with those functions as sources and sinks.
    return new Walk(
            sources,
            sinks,
            reach,
            codeSources,
            textSources,
            derivedSources,
            derivedSinks,
            null,
            null)
        .run();
  }

  /** Taint labels: from a source, or from a function's parameter (first pass only). */
  private static final int SOURCE = 1;

  private static final int PARAMETER = 2;

  /**
   * A path whose file holds a source's output (a download saved there, a screenshot written
   * there). It carries on only through a plain copy of the name; opening or reading the file
   * gives {@link #SOURCE}. So {@code ctypes.CDLL(path)} is reached, while a command line that
   * merely mentions the path among other words ({@code ["tar", "xf", path]}, a viewer handed a
   * decoded image) is not.
   */
  private static final int FILE = 4;

  private static final Pattern READS_FILE =
      Pattern.compile(
          "(?<![\\w])(?:io\\.|codecs\\.)?open\\s*\\(|\\.(?:open|read_bytes|read_text)\\s*\\(");

  private static final Pattern PLAIN_NAME = Pattern.compile("\\s*[A-Za-z_][\\w.]*\\s*");
  private static final Pattern TARGET_SEPARATOR = Pattern.compile("(?<![=!<>])=(?!=)");
  private static final Pattern TARGET =
      Pattern.compile("[*(\\[\\s]*([A-Za-z_]\\w*(?:\\s*\\.\\s*[A-Za-z_]\\w*)*)");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
  private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][\\w.]*");

  /** A function being walked through: its indentation, name, and the names tainted in it. */
  private record Scope(int indent, String name, List<String> tainted) {}

  /** One walk over the statements. */
  private final class Walk {
    private final List<ContentPattern> sources;
    private final List<ContentPattern> sinks;
    private final Reach reach;
    private final BitSet codeSources;
    private final BitSet textSources;
    private int current; // the index of the statement being walked through
    private final Set<String> sourceFunctions;
    private final Set<String> sinkFunctions;

    /** Filled in the first pass (null in the second). */
    private final Set<String> returnsTainted;

    private final Set<String> parameterSinks;
    private final Map<String, Integer> tainted = new HashMap<>();
    private final Map<String, List<String>> openedFrom = new HashMap<>();
    private final Deque<Scope> functions = new ArrayDeque<>();

    Walk(
        List<ContentPattern> sources,
        List<ContentPattern> sinks,
        Reach reach,
        BitSet codeSources,
        BitSet textSources,
        Set<String> sourceFunctions,
        Set<String> sinkFunctions,
        Set<String> returnsTainted,
        Set<String> parameterSinks) {
      this.sources = sources;
      this.sinks = sinks;
      this.reach = reach;
      this.codeSources = codeSources;
      this.textSources = textSources;
      this.sourceFunctions = sourceFunctions;
      this.sinkFunctions = sinkFunctions;
      this.returnsTainted = returnsTainted;
      this.parameterSinks = parameterSinks;
    }

    private boolean firstPass() {
      return returnsTainted != null;
    }

    Optional<Statement> run() {
      for (current = 0; current < statements.size(); current++) {
        Statement statement = statements.get(current);
        leaveFunctions(statement.indent());
        String code = statement.code().strip();
        Matcher def = DEF.matcher(code);
        if (def.lookingAt()) {
          functions.push(new Scope(statement.indent(), def.group(1), new ArrayList<>()));
          if (firstPass()) {
            for (String parameter : parameters(def.group(2))) {
              taint(parameter, PARAMETER);
            }
          }
          continue;
        }
        if (CLASS.matcher(code).lookingAt()) {
          continue;
        }
        // A compound statement's body on the same line is checked again once its header has
        // tainted what it binds: for chunk in fetched: exec(chunk)
        int bodies = 0;
        for (String rest = code;
            !rest.isEmpty() && bodies++ < MAX_BODIES;
            rest = propagate(statement, rest)) {
          if (reachedSink(statement, rest)) {
            return Optional.of(statement);
          }
        }
      }
      return Optional.empty();
    }

    /**
     * Whether a value from a source reaches a sink in {@code code} (second pass); in the first
     * pass, records a function whose parameter does.
     */
    private boolean reachedSink(Statement statement, String code) {
      int labels = sinkReached(statement, code);
      if ((labels & PARAMETER) != 0 && !functions.isEmpty()) {
        parameterSinks.add(functions.peek().name());
      }
      return (labels & (SOURCE | FILE)) != 0 && !firstPass();
    }

    /** Forgets what functions that ended before a statement at {@code indent} tainted. */
    private void leaveFunctions(int indent) {
      while (!functions.isEmpty() && indent <= functions.peek().indent()) {
        functions.pop().tainted().forEach(tainted::remove);
      }
    }

    private void taint(String name, int labels) {
      if (labels == 0 || KEYWORDS.contains(name)) {
        return;
      }
      Integer was = tainted.get(name);
      if (was == null) {
        if (tainted.size() >= MAX_TAINTED) {
          return;
        }
        if (!functions.isEmpty()) {
          functions.peek().tainted().add(name);
        }
      }
      tainted.put(name, labels | (was == null ? 0 : was));
    }

    /** Which labels reach a sink in {@code code}, all or part of a statement (0 if none). */
    private int sinkReached(Statement statement, String code) {
      int labels = 0;
      for (ContentPattern sink : sinks) {
        if (!candidates(sink).get(current)) {
          continue;
        }
        Matcher m = sink.regex().orElseThrow().matcher(code);
        while (m.find()) {
          labels |= labelsOf(arguments(code, m.start(), m.end()), statement, false);
        }
      }
      if (!sinkFunctions.isEmpty()) {
        for (Name name : names(code)) {
          if (name.called() && sinkFunctions.contains(name.text())) {
            int open = code.indexOf('(', name.end());
            labels |= labelsOf(arguments(code, name.start(), open + 1), statement, false);
          }
        }
      }
      return labels;
    }

    /** The part of a call's text a tainted value must appear in, per {@link #reach}. */
    private String arguments(String text, int start, int end) {
      int open = text.lastIndexOf('(', Math.max(start, end - 1));
      if (open < start) {
        return text.substring(start);
      }
      if (reach == Reach.ANY) {
        return text.substring(open + 1, closing(text, open));
      }
      String first = firstElement(text, open + 1);
      String trimmed = first.strip();
      if (trimmed.startsWith("[") || trimmed.startsWith("(")) {
        int at = first.indexOf(trimmed.charAt(0));
        return firstElement(first, at + 1);
      }
      return first;
    }

    /**
     * Labels of the tainted names, sources and source functions {@code text} mentions; with
     * {@code whole}, {@code text} is a value assigned in {@code statement}, and sources that read
     * the statement as written (literals included) count too.
     */
    private int labelsOf(String text, Statement statement, boolean whole) {
      int labels = mentioned(text);
      if (codeSources.get(current) && matchesSource(text) || whole && textSources.get(current)) {
        labels |= SOURCE;
      }
      return labels;
    }

    /** The labels an assigned value passes on: {@link #FILE} only through a plain copy. */
    private int assigned(String text, Statement statement) {
      int labels = labelsOf(text, statement, true);
      if ((labels & FILE) != 0 && !PLAIN_NAME.matcher(text).matches()) {
        labels &= ~FILE;
        if (READS_FILE.matcher(text).find()) {
          labels |= SOURCE;
        }
      }
      return labels;
    }

    private boolean matchesSource(String codeText) {
      String lower = null;
      for (ContentPattern source : sources) {
        if (source.view() != ContentPattern.View.CODE) {
          continue;
        }
        if (lower == null) {
          lower = lower(codeText);
        }
        if (source.mayMatch(lower) && source.regex().orElseThrow().matcher(codeText).find()) {
          return true;
        }
      }
      return false;
    }

    /** Labels of the tainted names and source functions that {@code text} mentions. */
    private int mentioned(String text) {
      int labels = 0;
      for (Name name : names(text)) {
        for (String prefix : name.prefixes()) {
          Integer value = tainted.get(prefix);
          if (value != null) {
            labels |= value;
          }
        }
        if (name.called() && sourceFunctions.contains(name.text())) {
          labels |= SOURCE;
        }
      }
      return labels;
    }

    /** Hands a file's content on: the handle holds it, the path it was opened from names it. */
    private void wroteInto(String handle, int labels) {
      taint(handle, labels & ~FILE);
      for (String prefix : new Name(handle, false, 0, 0).prefixes()) {
        for (String path : openedFrom.getOrDefault(prefix, List.of())) {
          taint(path, FILE);
        }
      }
    }

    /**
     * Follows one simple statement, or a compound one's header; returns the body written on the
     * same line after a {@code for} or {@code with} header (empty otherwise).
     */
    private String propagate(Statement statement, String code) {
      Matcher ret = RETURN.matcher(code);
      if (ret.lookingAt()) {
        if (firstPass()
            && !functions.isEmpty()
            && (labelsOf(ret.group(1), statement, true) & (SOURCE | FILE)) != 0) {
          returnsTainted.add(functions.peek().name());
        }
        return "";
      }
      Matcher walrus = WALRUS.matcher(code);
      while (code.contains(":=") && walrus.find()) {
        taint(walrus.group(1), assigned(code.substring(walrus.end()), statement));
      }
      Compound loop = compound(code, "for");
      if (loop != null) {
        String head = loop.head();
        int in = topLevel(head, 0, i -> head.startsWith(" in ", i));
        if (in >= 0) {
          int labels = assigned(loop.head().substring(in + 4), statement);
          for (String target : targets(loop.head().substring(0, in))) {
            taint(target, labels);
          }
        }
        return loop.body();
      }
      Compound with = compound(code, "with");
      if (with != null) {
        String items = with.head();
        Matcher as = AS.matcher(items);
        int from = 0;
        while (as.find()) {
          String expression = items.substring(from, as.start());
          String target = as.group(1);
          taint(target, assigned(expression, statement));
          if (OPEN.matcher(expression).find()) {
            openedFrom.put(target, plainNames(expression));
          }
          from = as.end();
        }
        return with.body();
      }
      int[] split = assignment(code);
      if (split != null) {
        String right = code.substring(split[1]);
        int labels = assigned(right, statement);
        boolean plain = split[2] == 1;
        boolean opens = OPEN.matcher(right).find();
        for (String part : TARGET_SEPARATOR.split(code.substring(0, split[0]))) {
          for (String target : targets(annotationless(part))) {
            if (labels != 0) {
              taint(target, labels);
            } else if (plain) {
              tainted.remove(target);
            }
            if (opens) {
              openedFrom.put(target, plainNames(right));
            }
          }
        }
        return "";
      }
      Matcher write = WRITE.matcher(code);
      if (write.lookingAt()) {
        int labels = labelsOf(code.substring(write.end()), statement, false);
        if (labels != 0) {
          String receiver = write.group(1);
          boolean path = write.group(2).startsWith("write_");
          for (String name : plainNames(receiver)) {
            if (path) {
              taint(name, FILE);
            } else {
              wroteInto(name, labels);
            }
          }
        }
        return "";
      }
      Matcher copy = COPY.matcher(code);
      if (copy.find()) {
        int open = copy.end() - 1;
        String first = firstElement(code, open + 1);
        int labels = labelsOf(first, statement, false);
        if (labels != 0) {
          String rest = code.substring(Math.min(code.length(), open + 1 + first.length() + 1));
          for (String name : plainNames(firstElement(rest, 0))) {
            wroteInto(name, labels);
          }
        }
        return "";
      }
      // A source called for its effect puts its output where it was told to: a path
      // (urlretrieve(url, path), a screenshot tool's output file), a buffer, a file's write.
      int at = sourceEnd(code, statement);
      if (at >= 0) {
        for (String name : plainNames(code.substring(at))) {
          taint(name, FILE);
          wroteInto(name, SOURCE);
        }
      }
      return "";
    }

    /** Where the first source in a statement of its own ends (0 for text sources), or -1. */
    private int sourceEnd(String code, Statement statement) {
      if (!codeSources.get(current)) {
        return textSources.get(current) ? 0 : -1;
      }
      String lower = lower(code);
      for (ContentPattern source : sources) {
        if (source.view() == ContentPattern.View.CODE && source.mayMatch(lower)) {
          Matcher m = source.regex().orElseThrow().matcher(code);
          if (m.find()) {
            return m.end();
          }
        }
      }
      return textSources.get(current) ? 0 : -1;
    }
  }

  /** A {@code for} or {@code with} statement: what stands between keyword and colon, and after. */
  private record Compound(String head, String body) {}

  /**
   * {@code code} as a compound statement opened by {@code keyword} ({@code async} allowed), or
   * null. The header ends at the first colon outside brackets, so the body written on the same
   * line is followed too; linear, whatever the line holds.
   */
  private static Compound compound(String code, String keyword) {
    String rest = code.startsWith("async ") ? code.substring(6).stripLeading() : code;
    if (!rest.startsWith(keyword)
        || rest.length() == keyword.length()
        || !Character.isWhitespace(rest.charAt(keyword.length()))) {
      return null;
    }
    int colon =
        topLevel(
            rest,
            keyword.length(),
            i -> rest.charAt(i) == ':' && (i + 1 == rest.length() || rest.charAt(i + 1) != '='));
    if (colon < 0) {
      return null;
    }
    return new Compound(rest.substring(keyword.length(), colon), rest.substring(colon + 1).strip());
  }

  /**
   * The first index from {@code from} on that stands outside brackets (counted from {@code from})
   * and satisfies {@code wanted}, or -1. Brackets themselves are never wanted.
   */
  private static int topLevel(String text, int from, IntPredicate wanted) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      int step = nesting(text.charAt(i));
      depth = Math.max(0, depth + step);
      if (step == 0 && depth == 0 && wanted.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** +1 for an opening bracket, -1 for a closing one, 0 for any other character. */
  private static int nesting(char c) {
    return switch (c) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }

  /** Whether {@code code} has an assignment's '=' at {@code i} (not ==, !=, <=, >=). */
  private static boolean assigns(String code, int i) {
    if (code.charAt(i) != '=') {
      return false;
    }
    char before = i > 0 ? code.charAt(i - 1) : ' ';
    char after = i + 1 < code.length() ? code.charAt(i + 1) : ' ';
    return after != '=' && before != '=' && before != '!' && before != '<' && before != '>';
  }

  /**
   * Where an assignment's targets end and its value starts, and whether it is a plain one (not
   * augmented): {end of targets, start of value, 1 or 0}; null if {@code code} assigns nothing.
   * A chain's value starts after its last '='; an annotation ({@code x: int = 1}) is passed over,
   * a compound statement's header ({@code if x: y = 1}) is not an assignment.
   */
  private static int[] assignment(String code) {
    int at =
        topLevel(
            code,
            0,
            i ->
                assigns(code, i)
                    || code.charAt(i) == ':' && i + 1 < code.length() && code.charAt(i + 1) == ' ');
    if (at >= 0 && code.charAt(at) == ':') {
      if (!DOTTED.matcher(code.substring(0, at).strip()).matches()) {
        return null;
      }
      at = topLevel(code, at + 1, i -> assigns(code, i));
    }
    if (at < 0) {
      return null;
    }
    char before = at > 0 ? code.charAt(at - 1) : ' ';
    if ("+-*/%&|^@".indexOf(before) >= 0) {
      int end = at - 1;
      while (end > 0 && "+-*/%&|^@<>".indexOf(code.charAt(end - 1)) >= 0) {
        end--;
      }
      return new int[] {end, at + 1, 0};
    }
    int last = at;
    for (int next = topLevel(code, at + 1, i -> assigns(code, i));
        next >= 0;
        next = topLevel(code, next + 1, i -> assigns(code, i))) {
      last = next;
    }
    return new int[] {last, last + 1, 1};
  }

  /** {@code x: int} to {@code x}. */
  private static String annotationless(String target) {
    int colon = target.indexOf(':');
    return colon < 0 ? target : target.substring(0, colon);
  }

  /** The names an assignment's target list binds: {@code a, (b, c)}, {@code d[k]} to d. */
  private static List<String> targets(String text) {
    List<String> names = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher m = TARGET.matcher(part.strip());
      if (m.lookingAt()) {
        names.add(m.group(1).replace(" ", "").replace("\t", ""));
      }
    }
    return names;
  }

  /** A function's parameter names, without annotations, defaults or stars. */
  private static List<String> parameters(String text) {
    List<String> names = new ArrayList<>();
    for (String part : splitTopLevel(text, ',')) {
      String name = part.strip();
      while (name.startsWith("*")) {
        name = name.substring(1);
      }
      int cut = name.length();
      for (char c : new char[] {':', '='}) {
        int at = name.indexOf(c);
        if (at >= 0) {
          cut = Math.min(cut, at);
        }
      }
      name = name.substring(0, cut).strip();
      if (IDENTIFIER.matcher(name).matches() && !name.equals("self") && !name.equals("cls")) {
        names.add(name);
      }
    }
    return names;
  }

  /** A dotted name in code, and whether it is called. */
  private record Name(String text, boolean called, int start, int end) {
    List<String> prefixes() {
      List<String> prefixes = new ArrayList<>();
      for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
        prefixes.add(text.substring(0, i));
      }
      prefixes.add(text);
      return prefixes;
    }
  }

  /** Every dotted name in {@code text} that is not an attribute of something else. */
  private static List<Name> names(String text) {
    List<Name> names = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isJavaIdentifierStart(c)
          && (i == 0 || !isNamePart(text.charAt(i - 1)) && text.charAt(i - 1) != '.')) {
        int start = i;
        int end = i;
        while (true) {
          while (end < n && isNamePart(text.charAt(end))) {
            end++;
          }
          if (end + 1 < n
              && text.charAt(end) == '.'
              && Character.isJavaIdentifierStart(text.charAt(end + 1))) {
            end++;
            continue;
          }
          break;
        }
        int after = end;
        while (after < n && text.charAt(after) == ' ') {
          after++;
        }
        boolean keyword =
            after < n
                && text.charAt(after) == '='
                && (after + 1 >= n || text.charAt(after + 1) != '=');
        // b"" and f"" are literals with a prefix, not names
        boolean prefix = end < n && (text.charAt(end) == '"' || text.charAt(end) == '\'');
        if (!keyword && !prefix) {
          names.add(
              new Name(
                  text.substring(start, end), after < n && text.charAt(after) == '(', start, end));
        }
        i = end;
      } else {
        i++;
      }
    }
    return names;
  }

  private static boolean isNamePart(char c) {
    return Character.isJavaIdentifierPart(c) && c != '$';
  }

  /** The names in {@code text} that are values, not called functions or keywords. */
  private static List<String> plainNames(String text) {
    List<String> plain = new ArrayList<>();
    for (Name name : names(text)) {
      if (!name.called() && !KEYWORDS.contains(name.text())) {
        plain.add(name.text());
      }
    }
    return plain;
  }

  /** Where the bracket opened at {@code open} closes (or the end of the text). */
  private static int closing(String text, int open) {
    return end(text, open + 1, false);
  }

  /** The text from {@code from} up to the first ',' or closing bracket at its own depth. */
  private static String firstElement(String text, int from) {
    int start = Math.min(from, text.length());
    return text.substring(start, end(text, start, true));
  }

  /**
   * Where the text from {@code from} on leaves its bracket (a closing bracket not opened after
   * {@code from}), or reaches a ',' at its own depth if {@code atComma}; else the end of the text.
   */
  private static int end(String text, int from, boolean atComma) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += nesting(c);
      if (depth < 0 || atComma && depth == 0 && c == ',') {
        return i;
      }
    }
    return text.length();
  }

  private static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int at = topLevel(text, 0, i -> text.charAt(i) == separator);
        at >= 0;
        at = topLevel(text, at + 1, i -> text.charAt(i) == separator)) {
      parts.add(text.substring(start, at));
      start = at + 1;
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** Logical statements: physical lines joined inside brackets and after '\\', split at ';'. */
  private static List<Statement> split(String code, int[] lines) {
    List<Statement> statements = new ArrayList<>();
    int depth = 0;
    int first = 0; // index of the statement's first line
    for (int i = 0; i < lines.length; i++) {
      int start = lines[i];
      int end = i + 1 < lines.length ? lines[i + 1] - 1 : code.length();
      for (int k = start; k < end; k++) {
        depth = Math.max(0, depth + nesting(code.charAt(k)));
      }
      boolean continued = end > start && code.charAt(end - 1) == '\\';
      if ((depth > 0 || continued) && i + 1 < lines.length) {
        continue;
      }
      int from = lines[first];
      int to = Math.min(end, from + MAX_STATEMENT);
      int statementLine = first;
      first = i + 1;
      depth = 0;
      int indent = 0;
      while (from + indent < to
          && (code.charAt(from + indent) == ' ' || code.charAt(from + indent) == '\t')) {
        indent++;
      }
      if (from + indent >= to) {
        continue; // blank
      }
      String text = code.substring(from, to);
      if (statementLine != i) {
        text = text.replace("\\\n", " ").replace('\n', ' ');
      }
      if (text.indexOf(';') < 0) {
        statements.add(new Statement(statementLine + 1, i + 1, indent, text, from));
        continue;
      }
      for (String part : splitTopLevel(text, ';')) {
        if (!part.isBlank()) {
          statements.add(new Statement(statementLine + 1, i + 1, indent, part, from));
        }
      }
    }
    return statements;
  }
}
