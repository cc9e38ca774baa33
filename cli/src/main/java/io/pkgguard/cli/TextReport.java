package io.pkgguard.cli;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short, readable report: a line per package with its decision, its findings indented, what to
 * do next, and a summary line. Every untrusted string passes through {@link TerminalText}.
 */
final class TextReport {

  private TextReport() {}

  /** {@return whether a report line is a verdict's own line (its decision first)} */
  static boolean isVerdictLine(String line) {
    for (Decision decision : Decision.values()) {
      if (line.startsWith(decision.name() + " ")) {
        return true;
      }
    }
    return false;
  }

  static String render(List<Verdict> verdicts) {
    StringBuilder out = new StringBuilder();
    for (Verdict verdict : verdicts) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-16s  %s%s%n",
              verdict.decision(),
              TerminalText.clean(verdict.id().name()),
              verdict.version().map(v -> " " + TerminalText.clean(v)).orElse("")));
      for (Finding finding : verdict.findings()) {
        if (finding.level() == RiskLevel.NONE) {
          continue; // evidence of low risk: in --format json, not in the summary
        }
        out.append(
            String.format(
                Locale.ROOT,
                "    %-8s  %-18s  %s%n",
                finding.level(),
                finding.ruleId(),
                TerminalText.clean(finding.message())));
      }
      int dependencies = treeSize(verdict);
      if (dependencies > 0) {
        out.append("    (")
            .append(dependencies)
            .append(dependencies == 1 ? " dependency" : " dependencies")
            .append(" checked)\n");
      }
      if (!verdict.complete()) {
        out.append(
            "    (checks stopped early: a package that is not fully checked is" + " rejected)\n");
      }
      for (io.pkgguard.api.Approval approval : verdict.approvals()) {
        out.append("    ").append(approved(approval)).append('\n');
      }
      nextStep(verdict).ifPresent(step -> out.append("    next: ").append(step).append('\n'));
    }
    out.append(summary(verdicts));
    out.append(relaxations(verdicts));
    return out.toString();
  }

  /**
   * A line saying what the configuration checks less strictly than the built-in policy, if
   * anything (every verdict of a run carries the same list).
   */
  private static String relaxations(List<Verdict> verdicts) {
    if (verdicts.isEmpty() || verdicts.get(0).relaxations().isEmpty()) {
      return "";
    }
    List<io.pkgguard.api.Relaxation> all = verdicts.get(0).relaxations();
    String named =
        all.stream()
            .limit(4)
            .map(
                r ->
                    TerminalText.clean(r.subject())
                        + " "
                        + r.kind()
                            .name()
                            .toLowerCase(Locale.ROOT)
                            .replace('_', ' ')
                            .replace("rule ", ""))
            .collect(java.util.stream.Collectors.joining(", "));
    return "weaker than the built-in policy: "
        + named
        + (all.size() > 4 ? ", and " + (all.size() - 4) + " more" : "")
        + " (pkgguard policy check FILE lists them)\n";
  }

  /** An environment: its own line and findings first, then its packages as usual. */
  static String renderEnvironment(Verdict environment) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s  environment %s%n",
            environment.decision(),
            TerminalText.clean(environment.id().name())));
    for (Finding finding : environment.findings()) {
      if (finding.level() != RiskLevel.NONE) {
        out.append(
            String.format(
                Locale.ROOT,
                "    %-8s  %s%n",
                finding.level(),
                TerminalText.clean(finding.message())));
      }
    }
    out.append(render(environment.dependencies()));
    return out.toString();
  }

  /** How many packages the verdict's dependency tree holds, each counted once. */
  private static int treeSize(Verdict verdict) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Verdict> queue = new java.util.ArrayDeque<>(verdict.dependencies());
    while (!queue.isEmpty()) {
      Verdict next = queue.poll();
      // A package's own tree appears once (under whoever pulled it in first), elsewhere it
      // appears without one: visit every entry, count each package once.
      seen.add(next.id() + " " + next.version().orElse(""));
      queue.addAll(next.dependencies());
    }
    return seen.size();
  }

  /** "approved by alice until 2027-03-04 (approval 1a2b3c4d): the reason". */
  static String approved(io.pkgguard.api.Approval approval) {
    return "approved by "
        + TerminalText.clean(approval.approvedBy())
        + approval.expiresAt().map(t -> " until " + Dates.show(t)).orElse("")
        + " (approval "
        + approval.id().substring(0, Math.min(8, approval.id().length()))
        + "): "
        + TerminalText.clean(approval.reason());
  }

  /** What to do: the most severe finding's remediation, the package's own before its tree's. */
  private static java.util.Optional<String> nextStep(Verdict verdict) {
    if (verdict.isAllowed()) {
      return java.util.Optional.empty();
    }
    String remediation =
        verdict.findings().stream()
            .filter(f -> f.level() == verdict.risk() && !f.remediation().isBlank())
            .sorted(java.util.Comparator.comparing(f -> f.ruleId().equals("dependencies")))
            .map(Finding::remediation)
            .findFirst()
            .map(TerminalText::clean)
            .orElse("");
    String then = remediation.isEmpty() ? "" : "; " + remediation;
    return switch (verdict.decision()) {
      case ALLOW -> java.util.Optional.empty();
      case REVIEW ->
          java.util.Optional.of(
              "you may install after reviewing the findings"
                  + " (pkgguard approve records that you did)"
                  + then);
      case SPECIAL_APPROVAL ->
          java.util.Optional.of("an administrator must approve (pkgguard" + " approve)" + then);
      case REJECT -> java.util.Optional.of(remediation.isEmpty() ? "do not install" : remediation);
    };
  }

  /** Counts by effective decision: an approved package counts as allowed, and says so. */
  /**
   * The run's summary, on one line that fits 80 columns: spelled out while it fits, shortened
   * when the counts are large.
   */
  static String summary(List<Verdict> verdicts) {
    Map<Decision, Integer> counts = new TreeMap<>();
    verdicts.forEach(v -> counts.merge(v.effectiveDecision(), 1, Integer::sum));
    long approved = verdicts.stream().filter(v -> !v.approvals().isEmpty()).count();
    String packages = verdicts.size() + (verdicts.size() == 1 ? " package: " : " packages: ");
    String byApproval = approved == 0 ? "" : " (" + approved + " approved)";
    int allow = counts.getOrDefault(Decision.ALLOW, 0);
    int review = counts.getOrDefault(Decision.REVIEW, 0);
    int special = counts.getOrDefault(Decision.SPECIAL_APPROVAL, 0);
    int reject = counts.getOrDefault(Decision.REJECT, 0);
    // Spelled out, then in short words, then as bare counts: the first that fits.
    for (String[] words :
        new String[][] {
          {" allowed", " to review, ", " needing special approval, ", " rejected"},
          {" allowed", " review, ", " special, ", " rejected"}
        }) {
      String line =
          packages
              + allow
              + words[0]
              + byApproval
              + ", "
              + review
              + words[1]
              + special
              + words[2]
              + reject
              + words[3];
      if (line.length() <= SUMMARY_WIDTH) {
        return line + "\n";
      }
    }
    String line =
        packages
            + allow
            + "/"
            + review
            + "/"
            + special
            + "/"
            + reject
            + " allowed/review/special/rejected";
    return line + "\n";
  }

  /** The widest summary line: a classic terminal's width. */
  static final int SUMMARY_WIDTH = 80;
}
