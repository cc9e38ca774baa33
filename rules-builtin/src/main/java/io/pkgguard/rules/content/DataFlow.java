package io.pkgguard.rules.content;

import static io.pkgguard.rules.content.PythonSyntax.KEYWORDS;
import static io.pkgguard.rules.content.PythonSyntax.annotationless;
import static io.pkgguard.rules.content.PythonSyntax.assignment;
import static io.pkgguard.rules.content.PythonSyntax.assigns;
import static io.pkgguard.rules.content.PythonSyntax.closing;
import static io.pkgguard.rules.content.PythonSyntax.compound;
import static io.pkgguard.rules.content.PythonSyntax.firstElement;
import static io.pkgguard.rules.content.PythonSyntax.names;
import static io.pkgguard.rules.content.PythonSyntax.nesting;
import static io.pkgguard.rules.content.PythonSyntax.parameters;
import static io.pkgguard.rules.content.PythonSyntax.plainNames;
import static io.pkgguard.rules.content.PythonSyntax.splitTopLevel;
import static io.pkgguard.rules.content.PythonSyntax.targets;
import static io.pkgguard.rules.content.PythonSyntax.topLevel;

import io.pkgguard.rules.content.PythonSyntax.Compound;
import io.pkgguard.rules.content.PythonSyntax.Name;
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
 *       brackets and backslashes join lines, {@code ;} splits them), rewritten the way the
 *       interpreter resolves them ({@link Spellings}: imported aliases, lookups by literal names;
 *       an f-string's fields are code already);
 *   <li>a name becomes tainted when it is assigned (plain, augmented, annotated, chained, {@code
 *       :=}, {@code for … in}, {@code with … as}) from an expression that matches a source or
 *       mentions a tainted name; a plain assignment from anything else clears it. Attributes
 *       ({@code self.payload}) are names of their own; a subscript taints its container;
 *   <li>a call of a source that is a statement of its own ({@code urlretrieve(url, path)}) taints
 *       the names it is handed; a tainted value written into a file ({@code f.write}, {@code
 *       write_bytes}, {@code shutil.copyfileobj}) or an archive ({@code zf.write}, {@code
 *       tf.add}) marks the path it was opened from (a path a source names, written or added
 *       into it, takes in what the path holds), and such a path reaches a sink only as itself
 *       or once opened again; a path copied or moved ({@code shutil.copyfile}, {@code
 *       os.replace}) hands what it held to the new one;
 *   <li>a source may open a <em>channel</em> (a socket): not a value itself, but what is read
 *       from it ({@code recv}, {@code read}, {@code recv_into(buffer)}) is;
 *   <li>names assigned inside a function are forgotten when the function ends; a function that
 *       returns a tainted value is a source where it is called, and a function is a sink where
 *       it is called through the parameters that reach its sink (one level, decided in a first
 *       pass); a name assigned a sink without calling it is that sink;
 *   <li>a sink is reached as its {@link Reach} says: a tainted name or a source in its call's
 *       arguments, its first argument (the program), the function called, a path holding a
 *       download, or a channel itself.
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
    COMMAND,
    /**
     * The function called: a name that itself holds a source's value ({@code f = getattr(m,
     * decoded)}, then {@code f(...)}) or an attribute of one ({@code m.system(...)}, {@code m}
     * imported by a decoded name), but only a value a lookup gave ({@code getattr}, {@code
     * import_module}, a subscript of {@code globals()}): {@code data.decode()} is not.
     */
    CALLEE,
    /** Any argument, but only a path a source's output was written to: a downloaded file. */
    FILE,
    /** Any argument, but only a channel itself (a connection handed over, not data from it). */
    STREAM
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

  /**
   * A statement that puts a value into an object: written or added to it, or read into it from
   * a file it is given ({@code config.read(path)}, as configparser does), so the object holds it.
   */
  private static final Pattern WRITE =
      Pattern.compile(
          "^([A-Za-z_][\\w.]*(?:\\([^()]*\\))?)\\s*\\.\\s*(write|writelines|write_bytes|write_text"
              + "|append|extend|insert|update|put|add|setdefault|set_content|set_payload|attach"
              + "|add_attachment|read|read_file|read_string|read_dict)\\s*\\(",
          Pattern.DOTALL);

  private static final Pattern METHOD_CALL =
      Pattern.compile(
          "([A-Za-z_][\\w.]*)\\s*\\.\\s*(?:save|savefig|dump|tofile|to_file|write_to|export)\\s*\\(");
  private static final Pattern COPY = Pattern.compile("\\bcopyfileobj\\s*\\(", Pattern.DOTALL);

  /** A file copied or moved by its path: the new path holds what the old one held. */
  private static final Pattern PATH_COPY =
      Pattern.compile(
          "\\b(?:shutil\\.)?(?:copyfile|copy2|copytree|move)\\s*\\(|\\bshutil\\.copy\\s*\\("
              + "|\\bos\\.(?:rename|replace)\\s*\\(");

  /** A file opened by its path, an archive's included: what is written into it is in the file. */
  private static final Pattern OPEN =
      Pattern.compile(
          "(?<![\\w])(?:io\\.|codecs\\.|os\\.)?(?:fd)?open\\s*\\(|\\.open\\s*\\("
              + "|(?<![\\w])(?:zipfile\\.)?(?:Py)?ZipFile\\s*\\(|\\bTarFile\\s*\\(");

  /** A temporary file made with its descriptor and path: {@code fd, path = mkstemp()}. */
  private static final Pattern MKSTEMP = Pattern.compile("\\bmkstemp\\s*\\(");

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

  /** Statements whose code names an imported module or function by its full name now. */
  private final BitSet renamed = new BitSet();

  private DataFlow(String code, String raw, int[] codeLines, int[] rawLines, Words words) {
    this.raw = raw;
    this.codeLines = codeLines;
    this.rawLines = rawLines;
    this.words = words;
    List<Statement> split = split(code, codeLines);
    this.firstStatementOfLine = new int[codeLines.length + 2];
    Arrays.fill(firstStatementOfLine, -1);
    for (int i = split.size() - 1; i >= 0; i--) {
      Statement statement = split.get(i);
      for (int line = statement.line();
          line <= statement.lastLine() && line < firstStatementOfLine.length;
          line++) {
        firstStatementOfLine[line] = i;
      }
    }
    // rewriting keeps every statement's lines, so the index above stays true
    this.statements = canonical(split, Spellings.imports(split));
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
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    int[] starts = new int[count];
    int line = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      starts[line++] = at + 1;
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
   * The statements on a line holding {@code word} (in the code view, or the text as written);
   * all of them if the word occurs too often to list.
   */
  private BitSet linesHolding(List<Statement> statements, String word, boolean code) {
    BitSet found = new BitSet();
    List<Integer> at = words.positions(word, code);
    if (at == null) {
      found.set(0, statements.size());
      return found;
    }
    int lastLine = 0;
    for (int offset : at) {
      int index = Arrays.binarySearch(code ? codeLines : rawLines, offset);
      int line = (index >= 0 ? index : -index - 2) + 1;
      if (line == lastLine || line >= firstStatementOfLine.length) {
        continue;
      }
      lastLine = line;
      for (int k = firstStatementOfLine[line];
          k >= 0 && k < statements.size() && statements.get(k).line() <= line;
          k++) {
        found.set(k);
      }
    }
    return found;
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
          if (code) {
            found.or(renamed); // their words are not where the file wrote them
          }
          for (String word : needs) {
            found.or(linesHolding(statements, word, code));
          }
          return found;
        });
  }

  /**
   * The first statement where a value from one of {@code sources} reaches one of {@code sinks},
   * if any. Sinks read the code view; sources either view.
   */
  Optional<Statement> reaches(
      List<ContentPattern> sources,
      List<ContentPattern> channels,
      List<ContentPattern> sinks,
      Reach reach) {
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
    BitSet channelSources = new BitSet();
    for (ContentPattern channel : channels) {
      BitSet may = candidates(channel);
      for (int i = may.nextSetBit(0); i >= 0; i = may.nextSetBit(i + 1)) {
        if (channel.regex().orElseThrow().matcher(statements.get(i).code()).find()) {
          channelSources.set(i);
        }
      }
    }
    if (codeSources.isEmpty() && textSources.isEmpty() && channelSources.isEmpty()) {
      return Optional.empty();
    }
    Sources found = new Sources(sources, channels, codeSources, textSources, channelSources);
    Set<String> derivedSources = new HashSet<>();
    Map<String, Sink> derivedSinks = new HashMap<>();
    // First pass: what each function returns and where its parameters go.
    new Walk(found, sinks, reach, Set.of(), Map.of(), derivedSources, derivedSinks).run();
    // Second pass: the flows themselves, with those functions as sources and sinks.
    return new Walk(found, sinks, reach, derivedSources, derivedSinks, null, null).run();
  }

  /** Taint labels: from a source, or from a function's parameter (first pass only). */
  private static final int SOURCE = 1;

  private static final int PARAMETER = 2;

  /**
   * A channel a source opened (a socket): not a value itself; what is read from it is ({@link
   * #READS}), and it stays a channel through copies and {@code accept}, {@code makefile}, {@code
   * fileno}.
   */
  private static final int CHANNEL = 32;

  private static final Set<String> READS =
      Set.of(
          "recv",
          "recvfrom",
          "recvmsg",
          "read",
          "readline",
          "readlines",
          "readexactly",
          "readuntil");
  private static final Set<String> HANDLES = Set.of("accept", "makefile", "fileno", "dup");

  private static final Pattern READ_INTO =
      Pattern.compile("([A-Za-z_][\\w.]*)\\s*\\.\\s*(?:recv_into|recvfrom_into|readinto)\\s*\\(");

  /** A flow's sources and channels, and the statements where each matches at all. */
  private record Sources(
      List<ContentPattern> sources,
      List<ContentPattern> channels,
      BitSet inCode,
      BitSet inText,
      BitSet opening) {}

  /**
   * A value found by a lookup ({@code getattr}, {@code __getattribute__}, {@code import_module},
   * {@code reduce(getattr, names, module)}) of a tainted name.
   */
  private static final int LOOKUP = 8;

  /** Parameters are told apart by their own labels, from this bit on (the first 15 of each). */
  private static final int FIRST_PARAMETER_BIT = 16;

  private static final int MAX_PARAMETERS = 15;

  private static final int ANY_PARAMETER = ((1 << MAX_PARAMETERS) - 1) << FIRST_PARAMETER_BIT;

  /**
   * A function whose parameters reach a sink: its parameter names in order, and which of them
   * (bit i for the i-th) reach it.
   */
  private record Sink(List<String> parameters, int reaching) {}

  /**
   * A lookup by name: the getters, importers and module namespaces {@link Spellings} reads
   * literal names of (so a tainted name is followed through the same forms), a module's own {@code
   * __getattribute__}, {@code reduce(getattr, names, module)}, a subscript of {@code globals()}.
   */
  private static final Pattern LOOKUP_CALL =
      Pattern.compile(
          "(?:"
              + Spellings.GETTERS
              + "|"
              + Spellings.IMPORTERS
              + "|\\.__getattribute__)\\s*\\(|\\breduce\\s*\\(\\s*getattr\\b"
              + "|\\bglobals\\s*\\(\\s*\\)\\s*\\[|"
              + Spellings.NAMESPACE_OF);

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

  /** A branch taken instead of another: its assignments do not undo what the other tainted. */
  private static final Pattern ALTERNATIVE = Pattern.compile("(?:except\\b|else\\s*:|elif\\b)");

  private static final Pattern PLAIN_NAME = Pattern.compile("\\s*[A-Za-z_][\\w.]*\\s*");
  private static final Pattern TARGET_SEPARATOR = Pattern.compile("(?<![=!<>])=(?!=)");

  /** A function being walked through: its indentation, name, and the names tainted in it. */
  private record Scope(int indent, String name, List<String> tainted, List<String> parameters) {}

  /** One walk over the statements. */
  private final class Walk {
    private final List<ContentPattern> sources;
    private final List<ContentPattern> channels;
    private final List<ContentPattern> sinks;
    private final Reach reach;
    private final BitSet codeSources;
    private final BitSet textSources;
    private final BitSet channelSources;
    private int current; // the index of the statement being walked through
    private final Set<String> sourceFunctions;
    private final Map<String, Sink> sinkFunctions;

    /** Filled in the first pass (null in the second). */
    private final Set<String> returnsTainted;

    private final Map<String, Sink> parameterSinks;
    private final Map<String, Integer> tainted = new HashMap<>();
    private final Map<String, Integer> taintedAtIndent = new HashMap<>();
    private final Deque<Integer> alternatives = new ArrayDeque<>(); // open except/else/elif
    private final Map<String, List<String>> openedFrom = new HashMap<>();
    private final Set<String> sinkAliases = new HashSet<>();
    private boolean lookedUp; // whether any value came from a lookup by a tainted name
    private final Deque<Scope> functions = new ArrayDeque<>();

    Walk(
        Sources found,
        List<ContentPattern> sinks,
        Reach reach,
        Set<String> sourceFunctions,
        Map<String, Sink> sinkFunctions,
        Set<String> returnsTainted,
        Map<String, Sink> parameterSinks) {
      this.sources = found.sources();
      this.channels = found.channels();
      this.codeSources = found.inCode();
      this.textSources = found.inText();
      this.channelSources = found.opening();
      this.sinks = sinks;
      this.reach = reach;
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
        while (!alternatives.isEmpty() && statement.indent() <= alternatives.peek()) {
          alternatives.pop();
        }
        if (ALTERNATIVE.matcher(code).lookingAt()) {
          alternatives.push(statement.indent());
        }
        Matcher def = DEF.matcher(code);
        if (def.lookingAt()) {
          List<String> parameters = parameters(def.group(2));
          functions.push(
              new Scope(statement.indent(), def.group(1), new ArrayList<>(), parameters));
          if (firstPass()) {
            for (int i = 0; i < parameters.size() && i < MAX_PARAMETERS; i++) {
              taint(parameters.get(i), PARAMETER | 1 << (FIRST_PARAMETER_BIT + i));
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
      if ((labels & ANY_PARAMETER) != 0 && !functions.isEmpty()) {
        Scope function = functions.peek();
        int reaching = (labels & ANY_PARAMETER) >>> FIRST_PARAMETER_BIT;
        parameterSinks.merge(
            function.name(),
            new Sink(function.parameters(), reaching),
            (was, now) -> new Sink(now.parameters(), was.reaching() | now.reaching()));
      }
      int reaches = reach == Reach.FILE ? FILE : reach == Reach.STREAM ? CHANNEL : SOURCE | FILE;
      return (labels & reaches) != 0 && !firstPass();
    }

    /** Forgets what functions that ended before a statement at {@code indent} tainted. */
    private void leaveFunctions(int indent) {
      while (!functions.isEmpty() && indent <= functions.peek().indent()) {
        for (String name : functions.pop().tainted()) {
          tainted.remove(name);
          taintedAtIndent.remove(name);
        }
      }
    }

    /**
     * Whether a plain assignment of an untainted value to {@code target} replaces what the name
     * held on every path: not when it stores into an item of it ({@code msg["Subject"] = ""}), not
     * in an {@code except}, {@code else} or {@code elif} branch (another branch may have tainted
     * it: {@code try: hosts = read() / except: hosts = {}}), and not deeper in the code than
     * where the name was tainted (a conditional fallback: {@code if not token: token = ""}).
     */
    private boolean overwrites(String part, String target, Statement statement) {
      if (part.contains("[") || !alternatives.isEmpty()) {
        return false;
      }
      Integer at = taintedAtIndent.get(target);
      return at == null || statement.indent() <= at;
    }

    private void taint(String name, int labels) {
      if (labels == 0 || KEYWORDS.contains(name)) {
        return;
      }
      if (current < statements.size()) {
        taintedAtIndent.merge(name, statements.get(current).indent(), Math::min);
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
      if (reach == Reach.CALLEE) {
        // only a value a lookup gave can be called; the first pass has nothing to learn here
        if (firstPass()) {
          return 0;
        }
        // a lookup called at once carries a source only through a tainted name or a source
        // matched in the statement itself
        boolean atOnce = !tainted.isEmpty() || codeSources.get(current);
        return ((lookedUp ? called(code) : 0) | (atOnce ? calledAtOnce(code, statement) : 0))
            & ~ANY_PARAMETER;
      }
      int labels = 0;
      for (ContentPattern sink : sinks) {
        if (!candidates(sink).get(current)) {
          continue;
        }
        Matcher m = sink.regex().orElseThrow().matcher(code);
        while (m.find()) {
          String arguments = arguments(code, m.start(), m.end());
          labels |= labelsOf(arguments, statement, false);
          if (reach == Reach.COMMAND) {
            labels |=
                commandLabels(arguments, shelled(code, m.start(), m.end(), statement), statement);
          }
        }
      }
      if (!sinkFunctions.isEmpty() || !sinkAliases.isEmpty()) {
        for (Name name : names(code)) {
          if (!name.called()) {
            continue;
          }
          int open = code.indexOf('(', name.end());
          Sink function = sinkFunctions.get(name.text());
          if (function != null) {
            labels |= reachingArguments(code, open, function, statement);
          } else if (sinkAliases.contains(name.text())) {
            String arguments = arguments(code, name.start(), open + 1);
            labels |= labelsOf(arguments, statement, false);
            if (reach == Reach.COMMAND) {
              labels |=
                  commandLabels(
                      arguments, shelled(code, name.start(), open + 1, statement), statement);
            }
          }
        }
      }
      return labels;
    }

    /**
     * Labels of the arguments a call hands to the parameters of {@code function} that reach its
     * sink, matched by position or by keyword.
     */
    private int reachingArguments(String code, int open, Sink function, Statement statement) {
      String arguments = code.substring(open + 1, closing(code, open));
      List<String> given = splitTopLevel(arguments, ',');
      int labels = 0;
      for (int i = 0; i < given.size(); i++) {
        String written = given.get(i).strip();
        int equals = topLevel(written, 0, k -> assigns(written, k));
        int index =
            equals > 0 ? function.parameters().indexOf(written.substring(0, equals).strip()) : i;
        String argument = equals > 0 ? written.substring(equals + 1) : written;
        if (index >= 0 && index < MAX_PARAMETERS && (function.reaching() & 1 << index) != 0) {
          labels |= labelsOf(argument, statement, false);
        }
      }
      return labels;
    }

    /**
     * Labels of the names called in {@code code} that themselves hold a value a lookup gave, or are
     * an attribute of one ({@code m.system(...)}, {@code m} a module found by a decoded name).
     */
    private int called(String code) {
      int labels = 0;
      for (Name name : names(code)) {
        if (!name.called()) {
          continue;
        }
        for (String prefix : name.prefixes()) {
          Integer value = tainted.get(prefix);
          if (value != null && (value & LOOKUP) != 0) {
            labels |= value;
          }
        }
      }
      return labels;
    }

    /**
     * Labels of a lookup by a tainted name whose result is called where it is looked up, never
     * assigned: {@code getattr(m, name)(cmd)}, {@code vars(m)[name](cmd)}, {@code
     * import_module(name).system(cmd)}. The first {@link #MAX_CALLED_AT_ONCE} lookups of a
     * statement are read, so a statement of thousands of nested lookups costs no more than a few.
     */
    private int calledAtOnce(String code, Statement statement) {
      int labels = 0;
      Matcher lookup = LOOKUP_CALL.matcher(code);
      for (int seen = 0; seen < MAX_CALLED_AT_ONCE && lookup.find(); seen++) {
        int open = code.indexOf('(', lookup.start());
        int end = open < 0 ? code.length() : afterAccess(code, closing(code, open) + 1);
        if (end < code.length() && code.charAt(end) == '(') {
          labels |= labelsOf(code.substring(lookup.start(), end), statement, false);
        }
      }
      return labels;
    }

    /**
     * Where the subscripts and attributes that follow a value end ({@code [name]}, {@code
     * .system}), blanks skipped.
     */
    private static int afterAccess(String code, int from) {
      int i = blanksFrom(code, from);
      while (i < code.length()) {
        if (code.charAt(i) == '[') {
          i = closing(code, i) + 1;
        } else if (code.charAt(i) == '.') {
          int name = blanksFrom(code, i + 1);
          int end = name;
          while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
          }
          if (end == name) {
            return i;
          }
          i = end;
        } else {
          return i;
        }
        i = blanksFrom(code, i);
      }
      return i;
    }

    private static int blanksFrom(String code, int from) {
      int i = from;
      while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
        i++;
      }
      return i;
    }

    /**
     * Whether {@code right} refers to a sink without calling it ({@code run = os.system}, {@code
     * x = exec if ... else builtins.exec}): what it is assigned to is then a sink too.
     */
    private boolean refersToSink(String right) {
      for (Name name : names(right)) {
        if (!name.called()) {
          String call = name.text() + "(";
          for (ContentPattern sink : sinks) {
            if (sink.regex().orElseThrow().matcher(call).find()) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /** The part of a call's text a tainted value must appear in, per {@link #reach}. */
    private String arguments(String text, int start, int end) {
      int open = text.lastIndexOf('(', Math.max(start, end - 1));
      if (open < start) {
        return text.substring(start);
      }
      if (reach != Reach.COMMAND) {
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
     * The labels a command sink's call adds beyond its first argument's: {@link #SOURCE} if the
     * program run, or the command a shell is given ({@link #shelled}), is a literal that is a
     * source itself; the shell's command's own labels.
     */
    private int commandLabels(String program, String shelled, Statement statement) {
      int labels = shelled.isEmpty() ? 0 : labelsOf(shelled, statement, false);
      if (literalSource(program, statement)
          || !shelled.isEmpty() && literalSource(shelled, statement)) {
        labels |= SOURCE;
      }
      return labels;
    }

    /** The options with which a shell runs its next argument as a command. */
    private static final Set<String> SHELL_COMMAND_OPTIONS = Set.of("-c", "/c", "/C", "-Command");

    /**
     * The command a shell is handed in a call's first argument written as a list ({@code [sh,
     * "-c", CMD]}, {@code ["cmd", "/c", CMD]}): the list's third element, when its second is a
     * literal and the statement as written holds a shell's command option; empty otherwise. The
     * program run is the list's first element, but what the shell runs is this one.
     */
    private String shelled(String text, int start, int end, Statement statement) {
      int open = text.lastIndexOf('(', Math.max(start, end - 1));
      if (open < start) {
        return "";
      }
      String first = firstElement(text, open + 1);
      String trimmed = first.strip();
      if (!trimmed.startsWith("[") && !trimmed.startsWith("(")) {
        return "";
      }
      int bracket = first.indexOf(trimmed.charAt(0));
      List<String> items =
          splitTopLevel(first.substring(bracket + 1, closing(first, bracket)), ',');
      if (items.size() < 3) {
        return "";
      }
      String option = items.get(1).strip();
      if (!option.equals("\"\"") && !option.equals("''")) {
        return "";
      }
      for (PythonSource.Literal literal : PythonSource.parse(raw(statement)).strings()) {
        if (SHELL_COMMAND_OPTIONS.contains(literal.text())) {
          return items.get(2);
        }
      }
      return "";
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

    /**
     * Whether a command written as a literal in the sink's call ({@code os.system("curl … | sh")},
     * also once a {@code partial} was read as the call) is itself a source: one of the statement's
     * literals, as written, matches a source that reads the text.
     */
    private boolean literalSource(String arguments, Statement statement) {
      if (!textSources.get(current) || !arguments.contains("\"\"") && !arguments.contains("''")) {
        return false;
      }
      for (PythonSource.Literal literal : PythonSource.parse(raw(statement)).strings()) {
        for (ContentPattern source : sources) {
          if (source.view() != ContentPattern.View.CODE
              && source.regex().orElseThrow().matcher(literal.text()).find()) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * The labels an assigned value passes on: {@link #FILE} only through a plain copy; {@link
     * #LOOKUP} only through a plain copy or an attribute of the looked-up value ({@code run =
     * module.system}, the module found by a decoded name).
     */
    private int assigned(String text, Statement statement) {
      int labels = labelsOf(text, statement, true);
      if (!PLAIN_NAME.matcher(text).matches()) {
        labels &= ~LOOKUP;
      }
      if (channelSources.get(current) && opens(text)) {
        labels |= CHANNEL;
      }
      if ((labels & FILE) != 0 && !PLAIN_NAME.matcher(text).matches()) {
        labels &= ~FILE;
        if (READS_FILE.matcher(text).find()) {
          labels |= SOURCE;
        }
      }
      return labels;
    }

    private boolean opens(String codeText) {
      for (ContentPattern channel : channels) {
        if (channel.regex().orElseThrow().matcher(codeText).find()) {
          return true;
        }
      }
      return false;
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
            labels |= value & ~CHANNEL;
            if ((value & CHANNEL) != 0) {
              labels |= fromChannel(name.text().substring(prefix.length()));
            }
          }
        }
        if (name.called() && sourceFunctions.contains(name.text())) {
          labels |= SOURCE;
        }
      }
      return labels;
    }

    /**
     * What a channel gives through {@code rest}, what follows its name: data when read, the
     * channel itself when copied or through one of its handles, nothing otherwise (its address).
     */
    private static int fromChannel(String rest) {
      if (rest.isEmpty()) {
        return CHANNEL;
      }
      int next = rest.indexOf('.', 1);
      String member = rest.substring(1, next < 0 ? rest.length() : next);
      return READS.contains(member) ? SOURCE : HANDLES.contains(member) ? CHANNEL : 0;
    }

    /**
     * Hands a file's content on: the handle holds it, the path it was opened from names it (and,
     * for a handle opened on a descriptor, the path that descriptor was made with), and so does
     * the handle's own {@code name}, a file object's path (a {@code NamedTemporaryFile} has no
     * other).
     */
    private void wroteInto(String handle, int labels) {
      // what is written into an object leaves it an object: not a path, not a function looked up
      taint(handle, labels & ~(FILE | LOOKUP));
      taint(handle + ".name", FILE);
      for (String prefix : new Name(handle, false, 0, 0).prefixes()) {
        for (String path : openedFrom.getOrDefault(prefix, List.of())) {
          taint(path, FILE);
          for (String named : openedFrom.getOrDefault(path, List.of())) {
            taint(named, FILE);
          }
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
        boolean sinkAlias = plain && refersToSink(right);
        if ((labels & SOURCE) != 0 && LOOKUP_CALL.matcher(right).find()) {
          labels |= LOOKUP;
          lookedUp = true;
        }
        for (String part : TARGET_SEPARATOR.split(code.substring(0, split[0]))) {
          List<String> targets = targets(annotationless(part));
          if (targets.size() == 2 && MKSTEMP.matcher(right).find()) {
            // what is written through the descriptor is in the file the path names
            openedFrom.put(targets.get(0), List.of(targets.get(1)));
          }
          for (String target : targets) {
            if (sinkAlias) {
              sinkAliases.add(target);
            }
            if (labels != 0) {
              taint(target, labels);
            } else if (plain && overwrites(part, target, statement)) {
              tainted.remove(target);
              taintedAtIndent.remove(target);
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
        // a file read into the object makes the whole statement's sources its own, and so does
        // a path a source names written or added into an opened file or archive: it takes in
        // what the path holds (zf.write(os.path.expanduser("~/.ssh/id_rsa")))
        String verb = write.group(2);
        boolean takesIn =
            verb.startsWith("read")
                || (verb.equals("write") || verb.equals("add"))
                    && openedFrom.containsKey(write.group(1));
        int labels = labelsOf(code.substring(write.end()), statement, takesIn);
        if (labels != 0) {
          String receiver = write.group(1);
          boolean path = verb.startsWith("write_");
          if (receiver.equals("os")) {
            // os.write(fd, data): the descriptor is the file written, not the module
            receiver = firstElement(code, write.end());
          }
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
        copied(code, copy.end() - 1, statement, false);
        return "";
      }
      Matcher pathCopy = PATH_COPY.matcher(code);
      if (pathCopy.lookingAt()) {
        copied(code, pathCopy.end() - 1, statement, true);
        return "";
      }
      Matcher into = READ_INTO.matcher(code);
      if (into.lookingAt() && (mentioned(into.group(1)) & CHANNEL) != 0) {
        for (String name : plainNames(code.substring(into.end()))) {
          taint(name, SOURCE);
        }
        return "";
      }
      // A tainted object saving itself hands what it holds to the names it is given:
      // shot.save(buffer), then buffer is sent.
      Matcher method = METHOD_CALL.matcher(code);
      if (method.lookingAt() && (mentioned(method.group(1)) & (SOURCE | FILE)) != 0) {
        int labels = mentioned(method.group(1)) & (SOURCE | FILE);
        for (String name : plainNames(code.substring(method.end()))) {
          wroteInto(name, labels | SOURCE);
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

    /**
     * A copy from the call's first argument into its second: a file object copied into another
     * ({@code copyfileobj}) is written into it, a path copied or moved holds what the old one did.
     */
    private void copied(String code, int open, Statement statement, boolean path) {
      String first = firstElement(code, open + 1);
      int labels = labelsOf(first, statement, false);
      if (labels == 0) {
        return;
      }
      String rest = code.substring(Math.min(code.length(), open + 1 + first.length() + 1));
      for (String name : plainNames(firstElement(rest, 0))) {
        if (path) {
          taint(name, labels);
        } else {
          wroteInto(name, labels);
        }
      }
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

  private static final Pattern BOUND_NAME =
      Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=\\s*([A-Za-z_][\\w.]*)\\s*");

  /** Lookups of one statement read for a call of their result at most. */
  private static final int MAX_CALLED_AT_ONCE = 16;

  /** Names bound to a lookup's result kept per file at most. */
  private static final int MAX_FOUND = 64;

  private static boolean mentionsAny(String code, Set<String> names) {
    for (String name : names) {
      if (code.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statements as the interpreter will resolve them, so that sources and sinks are recognised
   * however they are spelled: every imported alias written as the full name it stands for ({@code
   * sp.Popen} → {@code subprocess.Popen}, {@code G.grab} → {@code PIL.ImageGrab.grab}); lookups by
   * a literal name written as the name ({@code __builtins__["exec"]} → {@code exec}, {@code
   * getattr(os, "system")} → {@code os.system}, {@code sys.modules["os"]} and {@code
   * __import__("os")} → {@code os}), a name the file binds once to such a literal read as the
   * literal there ({@code name = "system"} … {@code getattr(os, name)} → {@code os.system}); calls
   * bound for later read as the calls ({@link Spellings#deferredCalls}). An f-string's fields are
   * already code ({@link PythonSource}). A name assigned what a lookup found ({@code m =
   * import_module("os")}) stands for it in the statements after. {@link #renamed} marks the
   * statements that changed.
   */
  private List<Statement> canonical(List<Statement> statements, Map<String, String> given) {
    Map<String, String> imported = new HashMap<>(given);
    Map<String, String> found = new HashMap<>(); // names bound to a lookup's result on the way
    // what a lookup by each name resolves to, if the file binds it once to a name's literal
    Map<String, Optional<String>> literalNames = new HashMap<>();
    // Only statements on lines where an imported name occurs are scanned for it.
    BitSet mayName = new BitSet();
    imported.forEach(
        (alias, full) -> {
          if (!alias.equals(full)) {
            mayName.or(linesHolding(statements, lower(alias), true));
          }
        });
    List<Statement> canonical = new ArrayList<>(statements.size());
    for (int i = 0; i < statements.size(); i++) {
      Statement statement = statements.get(i);
      String code = statement.code();
      String stripped = code.strip();
      if (stripped.startsWith("import ") || stripped.startsWith("from ")) {
        canonical.add(statement);
        continue;
      }
      String written = code;
      Map<String, String> constants = Map.of();
      if (Spellings.mayLookUp(written)) {
        constants = constantsLookedUp(written, statements, literalNames);
      }
      boolean lookedUp = false;
      if (!constants.isEmpty()
          || (written.contains("\"\"") || written.contains("''"))
              && Spellings.mayRewrite(written)) {
        String resolved = Spellings.literalLookups(written, raw(statement), constants);
        lookedUp = !resolved.equals(written);
        written = resolved;
      }
      if (mayName.get(i) || !found.isEmpty() && mentionsAny(written, found.keySet())) {
        written = Spellings.imported(written, imported);
      }
      Matcher bound = BOUND_NAME.matcher(written);
      if (lookedUp && bound.matches() && found.size() < MAX_FOUND) {
        // m = __import__("os"): m is os from here on, as an import would have made it
        found.put(bound.group(1), bound.group(2));
        imported.put(bound.group(1), bound.group(2));
      }
      if (Spellings.mayDefer(written)) {
        written = Spellings.deferredCalls(written);
      }
      if (written.equals(code)) {
        canonical.add(statement);
      } else {
        renamed.set(i);
        canonical.add(
            new Statement(
                statement.line(),
                statement.lastLine(),
                statement.indent(),
                written,
                statement.offset()));
      }
    }
    return canonical;
  }

  /** Names a file's lookups take whose binding is searched for, per file, at most. */
  private static final int MAX_BOUND = 256;

  /**
   * The names {@code code} looks up as variables that the file binds once to a name's literal,
   * with that name ({@link Spellings#constantValue}), each searched for among the statements
   * that mention it and remembered in {@code bound}.
   */
  private Map<String, String> constantsLookedUp(
      String code, List<Statement> statements, Map<String, Optional<String>> bound) {
    Map<String, String> constants = new HashMap<>();
    for (String name : Spellings.variablesLookedUp(code)) {
      Optional<String> value = bound.get(name);
      if (value == null) {
        if (bound.size() >= MAX_BOUND) {
          continue;
        }
        BitSet holding = linesHolding(statements, lower(name), true);
        value =
            Spellings.constantValue(
                name, holding.stream().mapToObj(statements::get)::iterator, this::raw);
        bound.put(name, value);
      }
      value.ifPresent(v -> constants.put(name, v));
    }
    return constants;
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
