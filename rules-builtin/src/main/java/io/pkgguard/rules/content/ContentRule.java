package io.pkgguard.rules.content;

import io.pkgguard.api.Evidence;
import io.pkgguard.api.Finding;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.RuleParameters;
import io.pkgguard.api.RuleStage;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.TextFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the code inside the inspected files does: install-time execution in setup.py, start-up
 * hooks ({@code .pth}, sitecustomize), hidden payloads (exec of decoded data, chr chains, byte
 * arrays, long encoded literals), download-and-execute, credential and browser-data theft with an
 * address to send it to, hard-coded drop boxes, reverse shells. The patterns are data ({@code
 * content-patterns.tsv}, documented in docs/content-rules.md), matched on a Python-aware split of
 * each file so that comments and string literals do not pass for code, nor code for data; its
 * {@code flow} lines follow values from a source (a download, a decoder, a secret) to a sink
 * ({@code exec}, a process, a network send) through the file's names ({@link DataFlow}).
 */
@RuleDefinition(
    id = "content",
    summary = "The code inside the files judged shows none of the techniques of known malware",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.CONTENT,
    stage = RuleStage.CONTENT,
    explanation =
        "Names and metadata cannot reveal a compromised release of a trusted project;"
            + " its files can. Malicious packages run code when installed (setup.py) or at every"
            + " Python start (.pth, sitecustomize), hide their payload in encoded data, download"
            + " more code, and send credentials, browser data and environment secrets to chat"
            + " webhooks, paste sites or raw addresses.",
    parameters = {
      @ParameterDefinition(
          name = "pattern-files",
          type = ParameterDefinition.Type.FILES,
          summary =
              "further pattern files in the format of the built-in one (paths relative to"
                  + " the policy file)",
          defaultValue = "[]"),
      @ParameterDefinition(
          name = "disabled-patterns",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary =
              "ids of patterns not to report (what is built on one still finds it; a signal,"
                  + " which reports nothing, cannot be switched off)",
          defaultValue = "[]"),
      @ParameterDefinition(
          name = "allowed-files",
          type = ParameterDefinition.Type.TEXTS,
          listRole = ParameterDefinition.ListRole.EXEMPTS,
          summary =
              "entries not read, as project:glob (a start-up hook a trusted project is"
                  + " known to ship)",
          defaultValue =
              "[\"setuptools:distutils-precedence.pth\","
                  + " \"virtualenv:_virtualenv.pth\", \"pywin32:pywin32.pth\", \"coverage:*.pth\"]")
    })
public final class ContentRule implements SecurityRule {

  /**
   * Start-up hooks that well-known projects ship on purpose: setuptools' distutils switch,
   * virtualenv's and pywin32's path set-up, coverage's subprocess measurement.
   */
  static final List<String> DEFAULT_ALLOWED =
      List.of(
          "setuptools:distutils-precedence.pth", "virtualenv:_virtualenv.pth",
          "pywin32:pywin32.pth", "coverage:*.pth");

  private static final int NAMED_FILES = 3;

  /** Refuses, when the guard is built, a pattern file, a pattern id or an entry it cannot use. */
  @Override
  public void checkParameters(RuleParameters parameters) {
    patterns(parameters);
    parameters.texts("allowed-files", DEFAULT_ALLOWED).forEach(ContentRule::allowedEntry);
  }

  @Override
  public List<Finding> evaluate(RuleContext context) {
    RuleParameters parameters = context.parameters();
    Set<String> own = ownNames(context);
    InForce inForce = patterns(parameters);
    List<ContentPattern> patterns = inForce.patterns().stream().map(p -> p.ownedBy(own)).toList();
    Predicate<String> skipped = allowed(context, parameters);
    List<Finding> findings = new ArrayList<>();
    for (ContentScan.Found found :
        new ContentScan(patterns, inForce.unreported(), skipped)
            .scan(context.distributions(), context.metadata().summary())) {
      findings.add(finding(found));
    }
    return findings;
  }

  private Finding finding(ContentScan.Found found) {
    ContentPattern pattern = found.pattern();
    ContentScan.Hit first = found.hits().get(0);
    StringBuilder message =
        new StringBuilder(pattern.message()).append(": ").append(Quoted.path(first.file()));
    if (first.line() > 0) {
      message.append(':').append(first.line()).append(": ").append(first.excerpt());
    }
    int others = found.hits().size() - 1;
    if (others > 0) {
      message.append(" (and ").append(others).append(others == 1 ? " more file)" : " more files)");
    }
    List<String> files =
        found.hits().stream()
            .limit(NAMED_FILES)
            .map(h -> Quoted.path(h.file()) + (h.line() > 0 ? ":" + h.line() : ""))
            .toList();
    RiskLevel level = pattern.level().orElseThrow();
    return finding(level, message.toString())
        .withEvidence(
            Evidence.of(
                "pattern",
                pattern.id(),
                "file",
                Quoted.path(first.file()),
                "line",
                Integer.toString(first.line()),
                "excerpt",
                first.excerpt(),
                "files",
                String.join(", ", files),
                "patterns",
                pattern.origin().startsWith("content-patterns.tsv")
                    ? "built-in " + ContentPatterns.builtInVersion()
                    : pattern.origin()))
        .withRemediation(
            switch (level) {
              case CRITICAL ->
                  "do not install it; if the project is real, its release was"
                      + " tampered with: report it to the index (on PyPI, 'Report project as malware')";
              case HIGH ->
                  "an administrator must read the quoted code and decide before it is"
                      + " installed";
              default ->
                  "read the quoted code; it is how malware behaves, and sometimes how"
                      + " legitimate tools do";
            });
  }

  /**
   * What a scan tries and what it must not report.
   *
   * @param patterns the patterns tried: every one not switched off, and each switched-off one that
   *     a pattern still in force is built on
   * @param unreported the ids switched off with {@code disabled-patterns}
   */
  record InForce(List<ContentPattern> patterns, Set<String> unreported) {}

  /**
   * The built-in patterns and the policy's, less those switched off. A pattern switched off
   * reports nothing, but what is built on it still finds it: silencing a MEDIUM finding must not
   * silence the CRITICAL combination that needs it. A signal reports nothing of its own, so
   * switching one off could only do that, and is refused, naming what it would silence.
   */
  private static InForce patterns(RuleParameters parameters) {
    List<ContentPattern> all = new ArrayList<>(ContentPatterns.builtIn());
    for (TextFile file : parameters.files("pattern-files")) {
      List<ContentPattern> added;
      try {
        added = ContentPatterns.parse(file.content(), file.path(), all);
      } catch (IllegalArgumentException e) {
        throw new RuleParameterException("[rules.content] pattern-files: " + e.getMessage());
      }
      if (added.isEmpty()) {
        // an emptied or truncated file would otherwise switch its patterns off unnoticed
        throw new RuleParameterException(
            "[rules.content] pattern-files: "
                + file.path()
                + " defines no pattern (empty or truncated?): restore it, or take it out of"
                + " pattern-files");
      }
      all.addAll(added);
    }
    Set<String> disabled = new LinkedHashSet<>(parameters.texts("disabled-patterns", List.of()));
    Map<String, ContentPattern> byId = new HashMap<>();
    all.forEach(p -> byId.put(p.id(), p));
    for (String id : disabled) {
      ContentPattern pattern = byId.get(id);
      if (pattern == null) {
        throw new RuleParameterException(
            "[rules.content] disabled-patterns: no pattern has the" + " id '" + id + "'");
      }
      if (pattern.level().isEmpty()) {
        throw new RuleParameterException(
            "[rules.content] disabled-patterns: '"
                + id
                + "' is a signal and reports nothing; switching it off would only silence what"
                + " is built on it: take it out, and switch off those you mean instead ("
                + builtOn(id, all)
                + ")");
      }
    }
    // Lines only name lines above them, so one pass from the bottom finds every part in use.
    Set<String> used = new HashSet<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      ContentPattern pattern = all.get(i);
      if (!disabled.contains(pattern.id()) || used.contains(pattern.id())) {
        used.add(pattern.id());
        used.addAll(parts(pattern));
      }
    }
    return new InForce(
        all.stream().filter(p -> used.contains(p.id())).toList(), Set.copyOf(disabled));
  }

  /** The patterns a combination needs found, or a flow follows from and to ({@code !} parts not). */
  private static List<String> parts(ContentPattern pattern) {
    if (pattern.flow()) {
      List<String> parts = new ArrayList<>(pattern.sources());
      parts.addAll(pattern.channels());
      parts.addAll(pattern.sinks());
      return parts;
    }
    if (pattern.combination()) {
      return pattern.requires().stream()
          .filter(group -> !group.get(0).startsWith("!"))
          .flatMap(List::stream)
          .toList();
    }
    return List.of();
  }

  private static final int NAMED_DEPENDENTS = 6;

  /** The lines that name {@code id} as a part, the first few by id, then how many more. */
  private static String builtOn(String id, List<ContentPattern> all) {
    List<String> dependents =
        all.stream().filter(p -> parts(p).contains(id)).map(ContentPattern::id).toList();
    if (dependents.isEmpty()) {
      return "nothing, as the patterns stand";
    }
    String named =
        String.join(", ", dependents.subList(0, Math.min(NAMED_DEPENDENTS, dependents.size())));
    int more = dependents.size() - NAMED_DEPENDENTS;
    return more > 0 ? named + " and " + more + " more" : named;
  }

  /**
   * The package's own names, lower-cased: its project name as written, normalised, with {@code _}
   * and without separators. Not the modules it installs: a package chooses those freely, so
   * shipping a module named {@code azure} would make {@code ~/.azure} its own; a project name is
   * the index's to give.
   */
  static Set<String> ownNames(RuleContext context) {
    String project = context.metadata().id().name().toLowerCase(Locale.ROOT);
    String normalized = context.names().normalize(project);
    Set<String> names =
        new TreeSet<>(
            List.of(
                project, normalized, normalized.replace('-', '_'), normalized.replace("-", "")));
    names.removeIf(String::isEmpty);
    return names;
  }

  private static Predicate<String> allowed(RuleContext context, RuleParameters parameters) {
    String project = context.names().normalize(context.metadata().id().name());
    List<Pattern> globs = new ArrayList<>();
    for (String entry : parameters.texts("allowed-files", DEFAULT_ALLOWED)) {
      int colon = allowedEntry(entry);
      if (context.names().normalize(entry.substring(0, colon)).equals(project)) {
        globs.add(UnusualFiles.glob(entry.substring(colon + 1)));
      }
    }
    return path -> globs.stream().anyMatch(g -> g.matcher(path).matches());
  }

  /** Where the colon of an {@code allowed-files} entry is; refuses one not written project:glob. */
  private static int allowedEntry(String entry) {
    int colon = entry.indexOf(':');
    if (colon <= 0 || colon == entry.length() - 1) {
      throw new RuleParameterException(
          "[rules.content] allowed-files: '"
              + entry
              + "' must be written project:glob, such as \"setuptools:distutils-precedence.pth\"");
    }
    return colon;
  }
}
