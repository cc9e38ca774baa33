package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RuleCancelledException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Runs content patterns over the text of inspected files: each file is classified (Python, an
 * sdist's setup.py and build files, .pth, script, other text), read in the views the patterns ask
 * for, and matched; combinations are then decided per file and per package. Matching stops
 * counting at {@link #COUNT_CAP} per pattern and file, so time stays linear in the text.
 */
final class ContentScan {

  /** Where a pattern matched: the entry, the 1-based line, a short escaped excerpt. */
  record Hit(String file, int line, String excerpt) {}

  /** A pattern with a level and everywhere it was found (first hit per file), in file order. */
  record Found(ContentPattern pattern, List<Hit> hits) {}

  private static final int COUNT_CAP = 1000;
  private static final int EXCERPT = 120;

  private static final Set<String> PYTHON = Set.of("py", "pyw", "pth");

  /**
   * conda runs these when it links or unlinks the package (conda's docs, "Adding pre-link,
   * post-link and pre-unlink scripts"): the install-time code of a conda package.
   */
  private static final java.util.regex.Pattern LINK_SCRIPT =
      java.util.regex.Pattern.compile(
          "(?:bin|Scripts)/\\.[^/]+-(?:pre-link|post-link|pre-unlink)\\.(?:sh|bat)");

  private static final Set<String> SCRIPT =
      Set.of("sh", "bash", "bat", "cmd", "ps1", "psm1", "vbs");

  private final List<ContentPattern> patterns;
  private final Map<String, ContentPattern> byId = new java.util.HashMap<>();

  /** Signals a combination reads; a signal only flows read is never matched on its own. */
  private final Set<String> combined = new HashSet<>();

  private final Predicate<String> skipped;

  /** Ids found but not reported (switched off by the policy), nor counted against a combination. */
  private final Set<String> unreported;

  /**
   * The names the expressions of the patterns reading code mention, for {@link AliasedCode}: an
   * alias of any other module reveals nothing they look for.
   */
  private final Set<String> codeNames = new HashSet<>();

  /**
   * @param patterns every pattern in force, signals and combinations included
   * @param unreported ids of patterns that are tried for what is built on them but neither
   *     reported nor allowed to rule a combination out ({@code !} parts)
   * @param skipped entries the policy trusts, by path
   */
  ContentScan(List<ContentPattern> patterns, Set<String> unreported, Predicate<String> skipped) {
    this.unreported = Set.copyOf(unreported);
    this.patterns = List.copyOf(patterns);
    this.patterns.forEach(p -> byId.put(p.id(), p));
    for (ContentPattern p : this.patterns) {
      if (p.combination()) {
        p.requires().forEach(group -> group.forEach(id -> combined.add(id.replace("!", ""))));
      }
    }
    this.skipped = skipped;
    for (ContentPattern p : this.patterns) {
      if (readsCodeAlone(p)) {
        codeNames.addAll(AliasedCode.mentioned(p.regex().orElseThrow()));
      }
    }
  }

  /** Whether a pattern is matched on a Python file's code view by itself (not only by flows). */
  private boolean readsCodeAlone(ContentPattern pattern) {
    return pattern.kind() == ContentPattern.Kind.PATTERN
        && pattern.view() == ContentPattern.View.CODE
        && (pattern.level().isPresent() || combined.contains(pattern.id()));
  }

  /** Where a hit in the project's summary is reported. */
  private static final String SUMMARY = "the project's summary";

  /**
   * What the patterns with a level found, in pattern order, with the project's summary read by
   * the {@code summary} patterns before package-wide combinations are decided.
   */
  List<Found> scan(List<InspectedDistribution> distributions, String summary) {
    Map<String, List<Hit>> hits = new LinkedHashMap<>();
    Map<String, Hit> packageFirst = new LinkedHashMap<>();
    for (InspectedDistribution distribution : distributions) {
      boolean sdist = distribution.file().kind() == DistributionFile.Kind.SDIST;
      for (ArchiveEntry entry : distribution.entries()) {
        if (entry.type() != ArchiveEntry.Type.FILE || skipped.test(entry.path())) {
          continue;
        }
        // A scan of a large archive can outlive its budget; it stops within one file once the
        // guard gives up waiting, so that the rule is not left stuck for later packages.
        RuleCancelledException.throwIfCancelled();
        Map<String, Hit> inFile = scanFile(entry, sdist);
        for (ContentPattern combination : patterns) {
          if (combination.combination() && combination.files() == ContentPattern.Files.FILE) {
            satisfied(combination, inFile).ifPresent(h -> inFile.put(combination.id(), h));
          }
        }
        inFile.forEach(
            (id, hit) -> {
              hits.computeIfAbsent(id, k -> new ArrayList<>()).add(hit);
              packageFirst.putIfAbsent(id, hit);
            });
      }
    }
    if (!packageFirst.isEmpty()) {
      // Only a package that shows something is weighed against what it says it is.
      scanSummary(summary).forEach(packageFirst::putIfAbsent);
    }
    for (ContentPattern combination : patterns) {
      if (combination.combination() && combination.files() == ContentPattern.Files.PACKAGE) {
        satisfied(combination, packageFirst).ifPresent(h -> hits.put(combination.id(), List.of(h)));
      }
    }
    List<Found> found = new ArrayList<>();
    for (ContentPattern pattern : patterns) {
      if (pattern.level().isPresent()
          && hits.containsKey(pattern.id())
          && !unreported.contains(pattern.id())) {
        found.add(new Found(pattern, hits.get(pattern.id())));
      }
    }
    return found;
  }

  /**
   * The first hit of the combination's first part, if every part was found and no part marked
   * {@code !} (none of its alternatives may be found) was.
   */
  private Optional<Hit> satisfied(ContentPattern combination, Map<String, Hit> found) {
    Hit first = null;
    for (List<String> group : combination.requires()) {
      if (group.get(0).startsWith("!")) {
        if (group.stream()
            .map(id -> id.substring(1))
            .anyMatch(id -> found.containsKey(id) && !unreported.contains(id))) {
          return Optional.empty();
        }
        continue;
      }
      Hit hit = group.stream().map(found::get).filter(h -> h != null).findFirst().orElse(null);
      if (hit == null) {
        return Optional.empty();
      }
      if (first == null) {
        first = hit;
      }
    }
    return Optional.ofNullable(first);
  }

  /** Pattern id → hit, for every {@code summary} pattern the summary matches. */
  private Map<String, Hit> scanSummary(String summary) {
    Map<String, Hit> found = new LinkedHashMap<>();
    for (ContentPattern pattern : patterns) {
      if (!pattern.combination()
          && pattern.files() == ContentPattern.Files.SUMMARY
          && pattern.mayMatch(summary.toLowerCase(Locale.ROOT))) {
        Matcher m = pattern.regex().orElseThrow().matcher(summary);
        if (m.find()) {
          found.put(pattern.id(), new Hit(SUMMARY, 0, Quoted.of(summary, EXCERPT)));
        }
      }
    }
    return found;
  }

  /** Pattern id → first hit, for every (non-combination) pattern that reached its minimum. */
  private Map<String, Hit> scanFile(ArchiveEntry entry, boolean sdist) {
    String path = entry.path();
    String lower = entry.fileName().toLowerCase(Locale.ROOT);
    String extension = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
    boolean python = PYTHON.contains(extension);
    boolean setup = sdist && (path.equals("setup.py") || path.matches("[^/]+/setup\\.py"));
    boolean build =
        sdist
            && (lower.equals("cmakelists.txt")
                || extension.equals("cmake")
                || lower.equals("meson.build")
                || lower.equals("build.rs"));
    boolean pth = extension.equals("pth");
    boolean script = SCRIPT.contains(extension);
    boolean link = LINK_SCRIPT.matcher(path).matches();
    Map<String, Hit> inFile = new LinkedHashMap<>();
    List<ContentPattern> codePatterns = new ArrayList<>();
    FileViews views = entry.text().map(t -> new FileViews(t, python)).orElse(null);
    for (ContentPattern pattern : patterns) {
      if (pattern.combination()) {
        continue;
      }
      if (pattern.flow()) {
        if (python
            && views != null
            && (pattern.level().isPresent() || combined.contains(pattern.id()))) {
          flow(pattern, path, views).ifPresent(h -> inFile.put(pattern.id(), h));
        }
        continue;
      }
      if (pattern.level().isEmpty() && !combined.contains(pattern.id())) {
        continue;
      }
      boolean applies =
          switch (pattern.files()) {
            case PYTHON -> python;
            case SETUP -> setup;
            case BUILD -> build;
            case PTH -> pth;
            case SCRIPT -> script;
            case LINK -> link;
            case SUMMARY -> false;
            default -> true;
          };
      if (!applies) {
        continue;
      }
      if (readsCodeAlone(pattern)) {
        codePatterns.add(pattern);
      }
      Optional<Hit> hit =
          pattern.view() == ContentPattern.View.PATH
              ? matchPath(pattern, path)
              : views == null ? Optional.empty() : match(pattern, path, views);
      hit.ifPresent(h -> inFile.put(pattern.id(), h));
    }
    if (views != null && views.code() != null) {
      codePatterns.removeIf(p -> inFile.containsKey(p.id()));
      if (!codePatterns.isEmpty()) {
        AliasedCode.of(
                views.code(), codeNames, views.source == null ? List.of() : views.source.strings())
            .map(aliased -> new FileViews(views.raw, views.source, aliased))
            .ifPresent(
                aliased ->
                    codePatterns.forEach(
                        p -> match(p, path, aliased).ifPresent(h -> inFile.put(p.id(), h))));
      }
    }
    return inFile;
  }

  /**
   * Where a value from one of the flow's sources first reaches one of its sinks. Patterns a
   * policy switched off take no part; the file is only followed statement by statement if a
   * source and a sink may match it at all.
   */
  private Optional<Hit> flow(ContentPattern flow, String path, FileViews views) {
    List<ContentPattern> sources = inForce(flow.sources());
    List<ContentPattern> channels = inForce(flow.channels());
    List<ContentPattern> sinks = inForce(flow.sinks());
    if (sources.isEmpty() && channels.isEmpty() || sinks.isEmpty()) {
      return Optional.empty();
    }
    boolean sink = sinks.stream().anyMatch(s -> occurs(s, views));
    boolean source =
        sources.stream().anyMatch(s -> occurs(s, views))
            || channels.stream().anyMatch(s -> occurs(s, views));
    // A side whose words are not written may be there respelled (an alias, a lookup by a
    // literal name); that is asked only when the other side is plainly there.
    if (!sink && !source
        || !sink && sinks.stream().noneMatch(s -> mayBeRespelled(s, views))
        || !source
            && sources.stream().noneMatch(s -> mayBeRespelled(s, views))
            && channels.stream().noneMatch(s -> mayBeRespelled(s, views))) {
      return Optional.empty();
    }
    return views
        .dataFlow()
        .reaches(sources, channels, sinks, flow.reach().orElseThrow())
        .map(
            statement ->
                new Hit(
                    path,
                    statement.line(),
                    views.excerpt(statement.line(), views.code(), statement.offset())));
  }

  /**
   * Whether one of a pattern's words occurs in its view of the file, from the same per-file word
   * positions and trigrams the patterns use: a flow whose sources or sinks cannot match costs no
   * search of its own.
   */
  private static boolean occurs(ContentPattern pattern, FileViews views) {
    if (pattern.needs().isEmpty() || pattern.needs().contains(NON_ASCII)) {
      return true;
    }
    boolean code = pattern.view() == ContentPattern.View.CODE;
    for (String word : pattern.needs()) {
      List<Integer> at = views.positions(word, code);
      if (at == null || !at.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pattern reading code may match a statement once {@link DataFlow} has written it as
   * the interpreter resolves it, though none of its words is in the file as written: the last
   * part of one of its words ({@code system} of {@code os.system}) is imported under another name
   * or on its own ({@code system as run}, {@code import system}, {@code import path, system}),
   * is an attribute of a call's result ({@code __import__("os").system}), or is a literal of its
   * own, which a lookup by that name may use ({@code getattr(os, "sys" "tem")}; joined literals
   * are one), or the last part of a dotted literal an import by name may use ({@code
   * import_module("pynput.keyboard")}); or the file joins names from character codes ({@code
   * "".join(map(chr, […]))}), which may spell any word; or the name of a call word is written
   * without its parenthesis: assigned ({@code run = exec}), kept in a table or handed to what
   * calls it later ({@code submit(exec, code)}), all of which the flows read as the call; or the
   * file finds a module by a lookup ({@code m = __import__("o" + "s")}) and calls the last part
   * of a dotted word on some name ({@code m.execv(…)}), which may be that module.
   */
  private static boolean mayBeRespelled(ContentPattern pattern, FileViews views) {
    if (pattern.view() != ContentPattern.View.CODE) {
      return false;
    }
    if (found(views.positions("map(chr,", true)) || found(views.positions("join(chr(", true))) {
      return true; // names built from character codes may spell any of them
    }
    boolean moduleLookedUp =
        found(views.positions("__import__(", true))
            || found(views.positions("import_module(", true));
    for (String word : pattern.needs()) {
      String written = Words.literalPart(word); // exec of exec(
      if (!written.equals(word) && found(views.positions(written, true))) {
        return true; // a function named, not called here, may be called under another name
      }
      String name = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
      String last = name.substring(name.lastIndexOf('.') + 1);
      if (last.length() < 4 || !PythonSyntax.isNameStart(last.charAt(0))) {
        continue;
      }
      if (views.hasLiteral(last)) {
        return true;
      }
      if (moduleLookedUp && !last.equals(name) && found(views.positions("." + last, true))) {
        return true;
      }
      if (!last.equals(written)
          && (found(views.positions(last + " as ", true))
              || found(views.positions("import " + last, true))
              || found(views.positions(", " + last, true))
              || found(views.positions(")." + last, true)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean found(List<Integer> positions) {
    return positions == null || !positions.isEmpty();
  }

  private List<ContentPattern> inForce(List<String> ids) {
    return ids.stream().map(byId::get).filter(p -> p != null).toList();
  }

  private static Optional<Hit> matchPath(ContentPattern pattern, String path) {
    return pattern.mayMatch(path.toLowerCase(Locale.ROOT))
            && pattern.regex().orElseThrow().matcher(path).find()
        ? Optional.of(new Hit(path, 0, Quoted.path(path)))
        : Optional.empty();
  }

  private static Optional<Hit> match(ContentPattern pattern, String path, FileViews views) {
    int count = 0;
    Hit first = null;
    switch (pattern.view()) {
      case STRINGS -> {
        if (views.source == null || !pattern.mayMatch(views.lowerStrings())) {
          return Optional.empty();
        }
        for (PythonSource.Literal literal : views.literalsHolding(pattern)) {
          Matcher m = pattern.regex().orElseThrow().matcher(literal.text());
          while (count < COUNT_CAP && m.find()) {
            if (first == null) {
              first = new Hit(path, literal.line(), window(literal.text(), m.start(), m.end()));
            }
            count++;
          }
        }
      }
      case CODE, TEXT -> {
        boolean code = pattern.view() == ContentPattern.View.CODE;
        String text = code ? views.code() : views.raw;
        if (text == null) {
          return Optional.empty();
        }
        String lower = code ? views.lowerCode() : views.lowerRaw();
        Matcher m = pattern.regex().orElseThrow().matcher(text);
        for (int[] region :
            regions(pattern, lower, views.occurrences(lower), views.trigrams(lower))) {
          m.region(region[0], region[1]);
          while (count < COUNT_CAP && m.find()) {
            if (first == null) {
              int line = views.lineOf(text, m.start());
              first = new Hit(path, line, views.excerpt(line, text, m.start()));
            }
            count++;
            if (m.end() == m.start() && m.end() >= region[1]) {
              break;
            }
          }
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return count >= pattern.minimum() ? Optional.ofNullable(first) : Optional.empty();
  }

  /**
   * The {@code needs} word of a pattern that only matches characters outside ASCII: the whole
   * view is searched if it holds one, and nothing otherwise (most code is ASCII throughout).
   */
  static final String NON_ASCII = "non-ascii";

  /** How far around one of its words a match may reach. */
  private static final int REACH = 4 * 1024;

  /**
   * Where a pattern can match: the whole text if it names no words; otherwise around each
   * occurrence of one of its words (every match contains one), from the start of the word's line
   * (at most {@link #REACH} characters before it) to {@link #REACH} characters after it, merged
   * so that no text is searched twice.
   */
  private static List<int[]> regions(
      ContentPattern pattern,
      String lower,
      Map<String, List<Integer>> occurrences,
      Trigrams trigrams) {
    if (pattern.needs().isEmpty()) {
      return List.of(new int[] {0, lower.length()});
    }
    if (pattern.needs().contains(NON_ASCII)) {
      return trigrams.hasNonAscii() ? List.of(new int[] {0, lower.length()}) : List.of();
    }
    List<Integer> hits = new ArrayList<>();
    for (String word : pattern.needs()) {
      List<Integer> at =
          occurrences.computeIfAbsent(
              word,
              w -> trigrams.mayContain(Words.literalPart(w)) ? Words.find(lower, w) : List.of());
      if (at == null) {
        return List.of(new int[] {0, lower.length()});
      }
      hits.addAll(at);
    }
    if (hits.isEmpty()) {
      return List.of();
    }
    hits.sort(null);
    List<int[]> regions = new ArrayList<>();
    int[] current = null;
    for (int at : hits) {
      int start = lineStart(lower, at, current == null ? 0 : current[1]);
      int end = Math.min(lower.length(), at + REACH);
      if (current != null && start <= current[1]) {
        current[1] = Math.max(current[1], end);
      } else {
        current = new int[] {start, end};
        regions.add(current);
      }
    }
    return regions;
  }

  /**
   * Where the region around an occurrence at {@code at} starts: its line's start, at most {@link
   * #REACH} characters back. The search back stops at {@code merged}, the end of the region
   * before (hits come in order): a start at or before it joins that region whatever the line,
   * so each character is looked at once however many occurrences share a long line (a
   * hundred thousand on one line took minutes with a search back to the line's start for each).
   */
  private static int lineStart(String lower, int at, int merged) {
    int floor = Math.max(0, Math.max(at - REACH, merged));
    for (int i = at; i >= floor; i--) {
      if (lower.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return floor;
  }

  private static String window(String text, int start, int end) {
    if (text.length() <= EXCERPT) {
      return Quoted.of(text.strip(), EXCERPT);
    }
    int from = Math.max(0, Math.min(start - 30, end - EXCERPT));
    return (from > 0 ? "…" : "") + Quoted.of(text.substring(from), EXCERPT);
  }

  /** A file's text in the views patterns read; the Python split is made once. */
  private static final class FileViews {
    final String raw;
    final PythonSource source;
    private int[] rawLines;
    private int[] codeLines;
    private String lowerRaw;
    private String lowerCode;
    private String lowerStrings;
    private List<PythonSource.Literal> dataLiterals;
    private int[] literalStarts;
    private final Map<String, List<Integer>> stringWords = new java.util.HashMap<>();
    private final Map<String, List<Integer>> rawWords = new java.util.HashMap<>();
    private final Map<String, List<Integer>> codeWords = new java.util.HashMap<>();

    private Trigrams rawTrigrams;
    private Trigrams codeTrigrams;

    /** The trigrams of a lower-cased view, built once per file and view. */
    Trigrams trigrams(String lowerView) {
      if (lowerView == lowerRaw) {
        if (rawTrigrams == null) {
          rawTrigrams = new Trigrams(lowerView);
        }
        return rawTrigrams;
      }
      if (codeTrigrams == null) {
        codeTrigrams =
            codeFromText
                ? Trigrams.ofCodeView(trigrams(lowerRaw()), () -> lowerView)
                : new Trigrams(lowerView);
      }
      return codeTrigrams;
    }

    /**
     * Where a word occurs in the lower-cased code view or text, found once per file and view
     * (with the trigrams ruling most absent words out unread); null past 100,000.
     */
    List<Integer> positions(String word, boolean inCode) {
      String lower = inCode ? lowerCode() : lowerRaw();
      Trigrams trigrams = trigrams(lower);
      return occurrences(lower)
          .computeIfAbsent(
              word,
              w -> trigrams.mayContain(Words.literalPart(w)) ? Words.find(lower, w) : List.of());
    }

    /** Each word's positions in a lower-cased view, found once per file and view. */
    Map<String, List<Integer>> occurrences(String lowerView) {
      return lowerView == lowerRaw ? rawWords : codeWords;
    }

    /** The code view patterns read: the source's, or {@link AliasedCode}'s. */
    private final String code;

    /**
     * Whether the code view is the source's own (the text with comments dropped and literals
     * emptied), whose trigrams the text's can stand for; not for {@link AliasedCode}'s, which
     * writes names the text does not hold.
     */
    private final boolean codeFromText;

    FileViews(String raw, boolean python) {
      this.raw = raw;
      this.source = python ? PythonSource.parse(raw) : null;
      this.code = source == null ? null : source.code();
      this.codeFromText = true;
    }

    /** The same file with another code view (same lines). */
    FileViews(String raw, PythonSource source, String code) {
      this.raw = raw;
      this.source = source;
      this.code = code;
      this.codeFromText = false;
    }

    String code() {
      return code;
    }

    private DataFlow dataFlow;

    /** The file's statements for flows, split once. */
    DataFlow dataFlow() {
      if (dataFlow == null) {
        dataFlow = DataFlow.of(code(), raw, code(code()), raw(), this::positions);
      }
      return dataFlow;
    }

    /** The views lower-cased once, for the patterns' word filters. */
    String lowerRaw() {
      if (lowerRaw == null) {
        lowerRaw = lower(raw);
      }
      return lowerRaw;
    }

    String lowerCode() {
      if (lowerCode == null) {
        lowerCode = lower(code());
      }
      return lowerCode;
    }

    /**
     * Whether one of the file's literals (joined ones as one) is {@code lowerText}, any case, or
     * ends with it as the last part of a dotted name ({@code "pynput.keyboard"} for {@code
     * keyboard}: a module found by {@code import_module} under its full name).
     */
    boolean hasLiteral(String lowerText) {
      if (source == null) {
        return false;
      }
      String all = lowerStrings(); // one literal per line
      return all.startsWith(lowerText + "\n")
          || all.contains("\n" + lowerText + "\n")
          || all.contains("." + lowerText + "\n");
    }

    /**
     * The data literals, lower-cased and joined, one per line: not docstrings or strings used as
     * comments, which are not data.
     */
    String lowerStrings() {
      if (lowerStrings == null) {
        StringBuilder all = new StringBuilder();
        List<PythonSource.Literal> data = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (PythonSource.Literal literal : source.strings()) {
          if (!literal.statement()) {
            data.add(literal);
            starts.add(all.length());
            all.append(literal.text()).append('\n');
          }
        }
        dataLiterals = List.copyOf(data);
        literalStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        lowerStrings = lower(all.toString()); // one character for one: the starts still hold
      }
      return lowerStrings;
    }

    /**
     * The data literals a pattern of the strings view is tried on: those holding one of its
     * words, since every match holds one and a match never crosses a literal's end; every data
     * literal if the pattern names no word, or one of its words occurs too often to list.
     */
    List<PythonSource.Literal> literalsHolding(ContentPattern pattern) {
      String all = lowerStrings();
      if (pattern.needs().isEmpty() || pattern.needs().contains(NON_ASCII)) {
        return dataLiterals;
      }
      BitSet holding = new BitSet(dataLiterals.size());
      for (String word : pattern.needs()) {
        List<Integer> at = stringWords.computeIfAbsent(word, w -> Words.find(all, w));
        if (at == null) {
          return dataLiterals;
        }
        for (int position : at) {
          int index = Arrays.binarySearch(literalStarts, position);
          holding.set(index >= 0 ? index : -index - 2);
        }
      }
      return holding.stream().mapToObj(dataLiterals::get).toList();
    }

    int lineOf(String text, int offset) {
      int[] starts = text == raw ? raw() : code(text);
      int index = Arrays.binarySearch(starts, offset);
      return (index >= 0 ? index : -index - 2) + 1;
    }

    /**
     * The raw line if short, else a window of the matched view's line from just before the
     * match (for code, string literals appear emptied there).
     */
    String excerpt(int line, String text, int start) {
      int[] starts = raw();
      if (line - 1 < starts.length) {
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] - 1 : raw.length();
        if (to - from <= EXCERPT) {
          return Quoted.of(raw.substring(from, Math.max(from, to)).strip(), EXCERPT);
        }
      }
      int[] viewStarts = text == raw ? starts : code(text);
      int lineStart = viewStarts[Math.min(line, viewStarts.length) - 1];
      int from = Math.max(lineStart, start - 20);
      int end = text.indexOf('\n', from);
      String rest = text.substring(from, end < 0 ? text.length() : end);
      return (from > lineStart ? "…" : "") + Quoted.of(rest.strip(), EXCERPT);
    }

    private int[] raw() {
      if (rawLines == null) {
        rawLines = DataFlow.lineStarts(raw);
      }
      return rawLines;
    }

    private int[] code(String text) {
      if (codeLines == null) {
        codeLines = DataFlow.lineStarts(text);
      }
      return codeLines;
    }
  }

  /**
   * Lower case, one character for one: offsets in the result are offsets in the original
   * (String.toLowerCase may lengthen text, as for a dotted capital I).
   */
  static String lower(String text) {
    String fast = text.toLowerCase(Locale.ROOT);
    if (fast.length() == text.length()) {
      return fast; // no character changed length, so every offset still fits
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      chars[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }
    return new String(chars);
  }
}
