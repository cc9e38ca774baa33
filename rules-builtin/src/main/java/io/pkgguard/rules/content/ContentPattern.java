package io.pkgguard.rules.content;

import io.pkgguard.api.RiskLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of a content pattern file (format in {@code content-patterns.tsv}).
 *
 * @param id the pattern's id
 * @param kind whether it matches text, combines other patterns, or follows values from one set of
 *     patterns to another
 * @param files which files it reads (pattern) or where its parts must meet (combination)
 * @param view which view of a file it reads
 * @param level the finding's level; empty for a signal, which only feeds combinations
 * @param minimum how many matches a file needs
 * @param needs words of which every match contains one (compared lower-cased): the expression is
 *     only tried around their occurrences; empty to try it everywhere
 * @param regex the expression (patterns only)
 * @param requires for a combination: groups that must all be found, each satisfied by any of its
 *     ids; for a flow: the source ids, then the sink ids
 * @param reach for a flow: where in a sink's call a value from a source must appear
 * @param message what the finding says
 * @param origin the file and line it was read from, for messages
 */
record ContentPattern(
    String id,
    Kind kind,
    Files files,
    View view,
    Optional<RiskLevel> level,
    int minimum,
    List<String> needs,
    Optional<Pattern> regex,
    List<List<String>> requires,
    Optional<DataFlow.Reach> reach,
    String message,
    String origin) {

  /** What a line of a pattern file does. */
  enum Kind {
    /** Matches a regular expression in a view of a file. */
    PATTERN,
    /** Reports other patterns found together in a file or a package. */
    COMBINE,
    /** Reports a value going from a source pattern's match to a sink pattern's call. */
    FLOW
  }

  /** Whether this line combines other patterns. */
  boolean combination() {
    return kind == Kind.COMBINE;
  }

  /** Whether this line follows values from sources to sinks ({@link DataFlow}). */
  boolean flow() {
    return kind == Kind.FLOW;
  }

  /** For a flow: the patterns whose matches are sources. */
  List<String> sources() {
    return flow()
        ? requires.get(0).stream().filter(id -> !id.startsWith(CHANNEL)).toList()
        : List.of();
  }

  /** Marks a flow's source that opens a channel: only what is read from it is a value. */
  static final String CHANNEL = "~";

  /**
   * For a flow: the patterns that open channels (written {@code ~id}): a connection is no value
   * itself, what is read from it is ({@code s.recv()}, {@code reader.readline()}).
   */
  List<String> channels() {
    return flow()
        ? requires.get(0).stream()
            .filter(id -> id.startsWith(CHANNEL))
            .map(id -> id.substring(1))
            .toList()
        : List.of();
  }

  /** For a flow: the patterns whose calls are sinks. */
  List<String> sinks() {
    return flow() ? requires.get(1) : List.of();
  }

  /** Which files a pattern reads, or where a combination's parts must meet. */
  enum Files {
    PYTHON,
    SETUP,
    /**
     * An sdist's build files: CMake's and Meson's ({@code CMakeLists.txt}, {@code *.cmake}, {@code
     * meson.build}) and a Rust crate's {@code build.rs}, what scikit-build, meson-python and maturin
     * run when the package is built from source.
     */
    BUILD,
    PTH,
    SCRIPT,
    /** conda's install-time scripts: {@code bin/.<name>-post-link.sh} and the like. */
    LINK,
    TEXT,
    /**
     * The project's one-line summary, as its metadata states it (view {@code text}): what the
     * package says it is for, so that a combination can weigh a capability against it.
     */
    SUMMARY,
    FILE,
    PACKAGE
  }

  /** Whether {@code lowerCaseView} may match: it holds one of {@link #needs}, or none is set. */
  boolean mayMatch(String lowerCaseView) {
    if (needs.isEmpty()) {
      return true;
    }
    for (String word : needs) {
      if (Words.occursIn(lowerCaseView, word)) {
        return true;
      }
    }
    return false;
  }

  /** Which view of a file a pattern reads. */
  enum View {
    CODE,
    STRINGS,
    TEXT,
    PATH,
    NONE
  }

  /**
   * Written in an expression, stands for the package's own names — the forms of its project name
   * — so that a pattern can tell a package's own files from another program's ({@code
   * ~/.twisted/} is twisted's; {@code ~/.azure/} is not blobfile's).
   */
  static final String OWN = "\\Q{own}\\E";

  /**
   * This pattern for a package whose own names are {@code names}: {@link #OWN} replaced by them,
   * each quoted, as alternatives (by a name no package has when there are none).
   */
  ContentPattern ownedBy(Set<String> names) {
    if (regex.isEmpty() || !regex.get().pattern().contains(OWN)) {
      return this;
    }
    String alternatives =
        names.isEmpty()
            ? OWN
            : names.stream().sorted().map(Pattern::quote).collect(Collectors.joining("|"));
    Pattern owned =
        Pattern.compile(regex.get().pattern().replace(OWN, alternatives), regex.get().flags());
    return new ContentPattern(
        id,
        kind,
        files,
        view,
        level,
        minimum,
        needs,
        Optional.of(owned),
        requires,
        reach,
        message,
        origin);
  }

  ContentPattern {
    needs = List.copyOf(needs);
    requires = requires.stream().map(List::copyOf).toList();
  }
}
