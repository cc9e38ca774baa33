package io.pkgguard.rules.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds the popular name a candidate imitates, if any, and how. Checks, strongest evidence
 * first: Unicode look-alikes and invisible characters; separator games; homoglyphs and
 * leetspeak; one edit (swap, dropped, doubled, added or replaced letter — edit distance scaled
 * by length: none under 5 characters, one up to 11, two from 12); {@code py}/{@code python}
 * affixes; version suffixes; two edits; combinations of a popular name with a generic word or
 * another popular name. A candidate that is itself in the corpus imitates nothing.
 *
 * <p>Built once per corpus (tens of milliseconds for 15,000 names; the one-edit index only once
 * enough names have been asked about to pay for it); {@link #find} is thread-safe and
 * allocation-light, a few microseconds per name.
 */
final class LookAlikeFinder {

  /** Names longer than this are not matched (name-format reports them). */
  static final int MAX_LENGTH = 200;

  /**
   * Words that, added to a popular name, make a name that looks like part of that project
   * ({@code numpy-utils}, {@code django-requests}, {@code types-foo}). pkgguard's own list, from
   * the combosquats in published incident reports and the families common on PyPI.
   */
  static final Set<String> GENERIC_WORDS =
      Set.of(
          "api",
          "async",
          "aio",
          "beta",
          "cli",
          "client",
          "common",
          "conf",
          "config",
          "core",
          "darwin",
          "dev",
          "django",
          "env",
          "ext",
          "extension",
          "extensions",
          "fix",
          "fixed",
          "flask",
          "helper",
          "helpers",
          "install",
          "installer",
          "loader",
          "downloader",
          "print",
          "latest",
          "lib",
          "libs",
          "library",
          "linux",
          "lite",
          "mac",
          "macos",
          "new",
          "official",
          "patch",
          "pkg",
          "plugin",
          "plugins",
          "plus",
          "pro",
          "py",
          "py3",
          "pytest",
          "python",
          "python3",
          "sdk",
          "secure",
          "server",
          "stubs",
          "test",
          "tool",
          "toolkit",
          "tools",
          "types",
          "update",
          "updated",
          "util",
          "utility",
          "utilities",
          "utils",
          "win",
          "win32",
          "windows",
          "wrapper");

  private static final String[] GENERIC_WORD_LIST = GENERIC_WORDS.toArray(String[]::new);

  /**
   * Names of Python's own modules and installer that, joined to a popular name, make it look
   * like a part of Python or of that project when written in front ({@code os-pandas}, {@code
   * sys-requests}, {@code pip-numpy}): the system-facing modules of the standard library (their
   * names as Python 3.11's {@code sys.stdlib_module_names} lists them) and pip and setuptools.
   * Common English words among the module names ({@code string}, {@code time}, {@code email})
   * are left out: they are ordinary parts of real project names.
   */
  static final Set<String> MODULE_WORDS =
      Set.of(
          "os",
          "sys",
          "subprocess",
          "shutil",
          "urllib",
          "socket",
          "ctypes",
          "importlib",
          "builtins",
          "pathlib",
          "platform",
          "getpass",
          "hashlib",
          "base64",
          "zlib",
          "marshal",
          "pickle",
          "distutils",
          "sysconfig",
          "tempfile",
          "winreg",
          "pip",
          "setuptools");

  /**
   * One-edit questions answered by scanning before the index is built: where a scan of the
   * 15,000 names (tens of microseconds once compiled) has cost about what building the index
   * does.
   */
  static final int SCANS_BEFORE_INDEX = 64;

  private final PopularNameCorpus corpus;
  private final long prominentRank;
  private final String[] compacts;
  private final PopularName[] entries;
  private final Map<String, Integer> byCompact;
  private final Map<String, Integer> byVisual;
  private final Map<String, Integer> byCore;

  /** The one-edit index, once built (see {@link #oneEditIndex()}). */
  private volatile DeletionIndex oneEdit;

  private final AtomicInteger scansLeft;
  private final int[] twoEditIds;
  private final BigramFilter twoEdits;

  /**
   * @param corpus the names to compare with
   * @param prominentRank names ranked this high or higher (and unranked listed names) are
   *     prominent: only they count in combinations and two-edit matches, which are too weak
   *     evidence for the less prominent rest
   */
  LookAlikeFinder(PopularNameCorpus corpus, long prominentRank) {
    this(corpus, prominentRank, SCANS_BEFORE_INDEX);
  }

  /**
   * @param scansBeforeIndex how many one-edit questions are answered by comparing with every
   *     name before the index is built (0: build it at once); the answers are the same either way
   */
  LookAlikeFinder(PopularNameCorpus corpus, long prominentRank, int scansBeforeIndex) {
    this.corpus = corpus;
    this.prominentRank = prominentRank;
    this.scansLeft = new AtomicInteger(scansBeforeIndex);
    entries = corpus.names().toArray(new PopularName[0]);
    compacts = new String[entries.length];
    List<Integer> longProminent = new ArrayList<>();
    Map<String, Integer> core = new HashMap<>(entries.length * 2);
    Map<String, Integer> compact = new HashMap<>(entries.length * 2);
    Map<String, Integer> visual = new HashMap<>(entries.length * 2);
    for (int id = 0; id < entries.length; id++) {
      compacts[id] = NameForms.withoutSeparators(entries[id].name());
      if (allowedEdits(compacts[id].length()) == 2 && entries[id].within(prominentRank)) {
        longProminent.add(id);
      }
      for (String rest : NameForms.pythonAffixCores(compacts[id])) {
        core.putIfAbsent(rest, id);
      }
      // Names come most prominent first, so the first entry under a key is the best target.
      compact.putIfAbsent(compacts[id], id);
      if (compacts[id].length() >= 3) {
        visual.putIfAbsent(NameForms.visual(compacts[id]), id);
      }
    }
    byCompact = compact;
    byVisual = visual;
    byCore = core;
    twoEditIds = new int[longProminent.size()];
    String[] longWords = new String[twoEditIds.length];
    for (int i = 0; i < twoEditIds.length; i++) {
      twoEditIds[i] = longProminent.get(i);
      longWords[i] = compacts[twoEditIds[i]];
    }
    twoEdits = new BigramFilter(longWords, 2);
    if (scansBeforeIndex <= 0) {
      oneEdit = DeletionIndex.of(compacts, oneEditAllowed(compacts));
    }
  }

  /** Whether the one-edit index has been built (for tests). */
  boolean indexed() {
    return oneEdit != null;
  }

  /** How many edits a name of this length may differ by and still count as a look-alike. */
  static int allowedEdits(int length) {
    if (length < 5) {
      return 0;
    }
    return length < 12 ? 1 : 2;
  }

  /** Whether the name, normalised, is in the corpus. */
  boolean isListed(String name) {
    return corpus.get(NameForms.normalize(name)).isPresent();
  }

  /** The corpus entry for a name, if it is listed. */
  Optional<PopularName> listed(String name) {
    return corpus.get(NameForms.normalize(name));
  }

  /** The popular name the candidate imitates, if any, and how. */
  Optional<LookAlike> find(String candidate) {
    if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String cleaned = asciiLookAlike(candidate);
    boolean disguised = !cleaned.equals(candidate.toLowerCase(Locale.ROOT));
    String normalized = NameForms.normalize(cleaned);
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    Optional<PopularName> itself = corpus.get(normalized);
    if (itself.isPresent()) {
      return disguised
          ? Optional.of(
              new LookAlike(
                  itself.get(),
                  Transformation.UNICODE_CONFUSABLES,
                  "non-Latin or invisible characters that read as '" + itself.get().name() + "'",
                  true))
          : Optional.empty();
    }
    String compact = NameForms.withoutSeparators(normalized);
    // Every one-step resemblance is weighed; the closest and most prominent is reported.
    Optional<LookAlike> found = Optional.empty();
    for (Optional<LookAlike> oneStep :
        List.of(
            exactForms(compact),
            versionSuffix(normalized),
            affixes(normalized),
            oneEdit(compact))) {
      if (oneStep.isPresent()) {
        found = better(found, oneStep.get());
      }
    }
    found = found.or(() -> twoEdits(compact)).or(() -> combination(normalized));
    if (disguised && found.isPresent()) {
      LookAlike hit = found.get();
      return Optional.of(
          new LookAlike(
              hit.target(),
              Transformation.UNICODE_CONFUSABLES,
              "non-Latin or invisible characters, then " + hit.detail(),
              hit.close()));
    }
    return found;
  }

  private Optional<LookAlike> exactForms(String compact) {
    Integer id = byCompact.get(compact);
    if (id != null) {
      return Optional.of(
          new LookAlike(
              entries[id],
              Transformation.SEPARATORS,
              "separators changed ('" + entries[id].name() + "')",
              true));
    }
    if (compact.length() >= 3) {
      id = byVisual.get(NameForms.visual(compact));
      if (id != null) {
        return Optional.of(
            new LookAlike(
                entries[id],
                Transformation.HOMOGLYPHS,
                "characters that read alike ('" + compacts[id] + "' written '" + compact + "')",
                true));
      }
    }
    return Optional.empty();
  }

  /** The most prominent name one edit away (names under five characters excepted). */
  private Optional<LookAlike> oneEdit(String compact) {
    if (compact.length() < 4) {
      return Optional.empty();
    }
    Optional<DeletionIndex> index = oneEditIndex();
    int best = index.isPresent() ? nearest(index.get(), compact, 1, 1) : nearestByScan(compact);
    if (best < 0) {
      return Optional.empty();
    }
    EditDistance.Edit edit = EditDistance.single(compact, compacts[best]);
    return Optional.of(
        new LookAlike(
            entries[best], edit.kind(), edit.description(), edit.close(compacts[best].length())));
  }

  /**
   * The one-edit index, built once this finder has answered its share of questions by scanning
   * ({@link #SCANS_BEFORE_INDEX} unless constructed otherwise); empty until then. Building it hashes some 200,000 deletions (about
   * 20 ms in a cold JVM), which a run that checks a handful of names does not need: comparing
   * with every name of the right length costs it less. Both give the same answer.
   */
  private Optional<DeletionIndex> oneEditIndex() {
    DeletionIndex index = oneEdit;
    if (index == null && scansLeft.getAndDecrement() <= 0) {
      synchronized (this) {
        index = oneEdit;
        if (index == null) {
          index = DeletionIndex.of(compacts, oneEditAllowed(compacts));
          oneEdit = index;
        }
      }
    }
    return Optional.ofNullable(index);
  }

  /**
   * What {@link #nearest} finds in the one-edit index, found by comparing with every indexed
   * name instead: the first (most prominent) name of up to 64 characters, long enough to have
   * one-edit look-alikes, exactly one edit away.
   */
  private int nearestByScan(String compact) {
    int length = compact.length();
    if (length > DeletionIndex.MAX_WORD) {
      return -1;
    }
    for (int id = 0; id < compacts.length; id++) {
      int other = compacts[id].length();
      if (Math.abs(other - length) <= 1
          && other <= DeletionIndex.MAX_WORD
          && allowedEdits(other) >= 1
          && EditDistance.within(compact, compacts[id], 1) == 1) {
        return id;
      }
    }
    return -1;
  }

  /** How many deletions each name gets in the one-edit index. */
  private static int[] oneEditAllowed(String[] compacts) {
    int[] allowed = new int[compacts.length];
    for (int id = 0; id < compacts.length; id++) {
      allowed[id] = Math.min(1, allowedEdits(compacts[id].length()));
    }
    return allowed;
  }

  /** The most prominent long (12+ characters), prominent name exactly two edits away. */
  private Optional<LookAlike> twoEdits(String compact) {
    if (compact.length() < 10) {
      return Optional.empty();
    }
    int[] best = {-1};
    twoEdits.candidates(
        compact,
        local -> {
          int id = twoEditIds[local];
          if ((best[0] < 0 || id < best[0]) && EditDistance.within(compact, compacts[id], 2) == 2) {
            best[0] = id;
          }
        });
    return best[0] < 0
        ? Optional.empty()
        : Optional.of(
            new LookAlike(
                entries[best[0]],
                Transformation.EDITS,
                "two letters changed ('" + compacts[best[0]] + "' written '" + compact + "')",
                false));
  }

  /** The most prominent indexed name at exactly {@code distance}, or -1. */
  private int nearest(DeletionIndex index, String compact, int deletions, int distance) {
    int[] best = {-1};
    index.candidates(
        compact,
        deletions,
        id -> {
          if ((best[0] < 0 || id < best[0])
              && EditDistance.within(compact, compacts[id], distance) == distance) {
            best[0] = id; // ids are in prominence order
          }
        });
    return best[0];
  }

  /**
   * A Python prefix or suffix added ({@code py-torch}), exchanged or moved ({@code python-mongo}
   * for {@code pymongo}, {@code nmap-python} for {@code python-nmap}), or dropped ({@code yaml}
   * for {@code pyyaml}; weak, since many projects are named so independently).
   */
  private Optional<LookAlike> affixes(String normalized) {
    String compact = NameForms.withoutSeparators(normalized);
    Optional<LookAlike> best = Optional.empty();
    if (compact.length() >= 3) {
      Integer dropped = byCore.get(compact);
      if (dropped != null) {
        best =
            better(
                best,
                new LookAlike(
                    entries[dropped],
                    Transformation.PYTHON_AFFIX,
                    "'" + entries[dropped].name() + "' without its Python prefix or suffix",
                    false));
      }
    }
    for (NameForms.Stripped stripped : NameForms.withoutPythonAffix(normalized)) {
      Integer added = byCompact.get(stripped.rest());
      if (added != null) {
        best =
            better(
                best,
                new LookAlike(
                    entries[added],
                    Transformation.PYTHON_AFFIX,
                    stripped.removed() + " added to '" + entries[added].name() + "'",
                    true));
      }
      Integer moved = byCore.get(stripped.rest());
      if (moved != null && !compacts[moved].equals(compact)) {
        best =
            better(
                best,
                new LookAlike(
                    entries[moved],
                    Transformation.PYTHON_AFFIX,
                    "the Python prefix or suffix moved or changed ('"
                        + normalized
                        + "' for '"
                        + entries[moved].name()
                        + "')",
                    true));
      }
    }
    return best;
  }

  private Optional<LookAlike> versionSuffix(String normalized) {
    return NameForms.withoutVersionSuffix(normalized)
        .flatMap(
            stripped ->
                Optional.ofNullable(byCompact.get(stripped.rest()))
                    .map(
                        id ->
                            new LookAlike(
                                entries[id],
                                Transformation.VERSION_SUFFIX,
                                stripped.removed() + " added to '" + entries[id].name() + "'",
                                true)));
  }

  /**
   * A prominent name plus generic words ({@code numpy-utils}), or two prominent names glued
   * together ({@code requests-beautifulsoup4}), with or without separators.
   */
  private Optional<LookAlike> combination(String normalized) {
    String[] tokens = normalized.split("-");
    Optional<LookAlike> best = Optional.empty();
    if (tokens.length >= 2 && tokens.length <= 8) {
      for (int i = 0; i < tokens.length; i++) {
        for (int j = i + 1; j <= tokens.length; j++) {
          if (i == 0 && j == tokens.length) {
            continue;
          }
          Optional<PopularName> part = prominent(String.join("-", List.of(tokens).subList(i, j)));
          if (part.isEmpty()) {
            continue;
          }
          Optional<String> rest = restDescription(tokens, i, j);
          if (rest.isPresent()) {
            best =
                better(
                    best,
                    new LookAlike(
                        part.get(),
                        Transformation.COMBINATION,
                        "'" + part.get().name() + "' " + rest.get(),
                        false));
          }
        }
      }
    }
    if (tokens.length > 1) {
      return best;
    }
    String compact = normalized;
    best = gluedPopularNames(compact);
    for (String word : GENERIC_WORD_LIST) {
      if (compact.length() > word.length() + 3) {
        if (compact.startsWith(word)) {
          Optional<PopularName> part = prominentCompact(compact.substring(word.length()));
          if (part.isPresent()) {
            best =
                better(
                    best,
                    new LookAlike(
                        part.get(),
                        Transformation.COMBINATION,
                        "'" + part.get().name() + "' with '" + word + "' in front",
                        false));
          }
        }
        if (compact.endsWith(word)) {
          Optional<PopularName> part =
              prominentCompact(compact.substring(0, compact.length() - word.length()));
          if (part.isPresent()) {
            best =
                better(
                    best,
                    new LookAlike(
                        part.get(),
                        Transformation.COMBINATION,
                        "'" + part.get().name() + "' with '" + word + "' appended",
                        false));
          }
        }
      }
    }
    return best;
  }

  /**
   * Two prominent names written as one word ({@code pandasrequests}): the separator-less form of
   * {@code requests-pandas}. Both parts have four letters or more, so {@code six} splits no
   * ordinary word, and both are prominent: with one prominent part and any popular other,
   * ordinary compounds ({@code firedrake}, {@code blackstone}) were reported by the hundred.
   */
  private Optional<LookAlike> gluedPopularNames(String compact) {
    Optional<LookAlike> best = Optional.empty();
    for (int at = 4; at <= compact.length() - 4; at++) {
      Integer left = byCompact.get(compact.substring(0, at));
      Integer right = left == null ? null : byCompact.get(compact.substring(at));
      if (right == null) {
        continue;
      }
      PopularName first = entries[left];
      PopularName second = entries[right];
      if (!first.within(prominentRank) || !second.within(prominentRank)) {
        continue;
      }
      PopularName target = moreProminent(first, second) ? first : second;
      PopularName other = target == first ? second : first;
      best =
          better(
              best,
              new LookAlike(
                  target,
                  Transformation.COMBINATION,
                  "'"
                      + target.name()
                      + "' glued to '"
                      + other.name()
                      + "', another popular name, without a separator",
                  false));
    }
    return best;
  }

  /** What surrounds tokens i..j: only generic words, or another popular name on one side. */
  private Optional<String> restDescription(String[] tokens, int i, int j) {
    List<String> outside = new ArrayList<>();
    outside.addAll(List.of(tokens).subList(0, i));
    outside.addAll(List.of(tokens).subList(j, tokens.length));
    if (GENERIC_WORDS.containsAll(outside)) {
      return Optional.of(
          "with the generic word"
              + (outside.size() > 1 ? "s " : " ")
              + String.join(", ", outside.stream().map(w -> "'" + w + "'").toList()));
    }
    if (i == 1 && j == tokens.length && MODULE_WORDS.contains(tokens[0])) {
      // In front only: after a popular name, a module's name is the plugin convention
      // (flake8-pathlib is a flake8 plugin about pathlib).
      return Optional.of(
          "with '"
              + tokens[0]
              + "', the name of a module of Python itself or its installer, in front");
    }
    String left = String.join("-", List.of(tokens).subList(0, i));
    String right = String.join("-", List.of(tokens).subList(j, tokens.length));
    String other = left.isEmpty() ? right : right.isEmpty() ? left : "";
    if (NameForms.withoutSeparators(other).length() < 4) {
      return Optional.empty();
    }
    return corpus.get(other).map(p -> "glued to '" + p.name() + "', another popular name");
  }

  private Optional<PopularName> prominent(String normalizedPart) {
    if (NameForms.withoutSeparators(normalizedPart).length() < 4) {
      return Optional.empty();
    }
    return corpus.get(normalizedPart).filter(p -> p.within(prominentRank));
  }

  private Optional<PopularName> prominentCompact(String compactPart) {
    Integer id = byCompact.get(compactPart);
    return id == null || compactPart.length() < 4
        ? Optional.empty()
        : Optional.of(entries[id]).filter(p -> p.within(prominentRank));
  }

  /** Whether {@code a} is at least as prominent as {@code b}: listed unranked, or ranked higher. */
  private static boolean moreProminent(PopularName a, PopularName b) {
    return a.unranked() || (!b.unranked() && a.rank() <= b.rank());
  }

  /** Close resemblances before weak ones; then the more prominent imitated name. */
  private static Optional<LookAlike> better(Optional<LookAlike> current, LookAlike candidate) {
    if (current.isEmpty()) {
      return Optional.of(candidate);
    }
    if (current.get().close() != candidate.close()) {
      return candidate.close() ? Optional.of(candidate) : current;
    }
    return moreProminent(current.get().target(), candidate.target())
        ? current
        : Optional.of(candidate);
  }

  private static boolean plainAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidate in lower case with Unicode look-alikes replaced by the letters they imitate
   * and invisible or otherwise impossible characters removed.
   */
  static String asciiLookAlike(String candidate) {
    if (plainAscii(candidate)) {
      return candidate.toLowerCase(Locale.ROOT);
    }
    String skeleton = Confusables.skeleton(candidate).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(skeleton.length());
    for (int i = 0; i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
