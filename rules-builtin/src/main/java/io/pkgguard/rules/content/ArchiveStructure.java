package io.pkgguard.rules.content;

import io.pkgguard.api.ArchiveProblem;
import io.pkgguard.api.ArchiveProblem.Kind;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RiskLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the archive reader noticed about a file's structure, as findings: one per kind of problem,
 * naming the first few entries. Structure that makes an installer write outside its target, or
 * that only an attacker builds, rejects; content left unread is the policy's {@code
 * uninspected-level}.
 */
final class ArchiveStructure {

  /** A finding to make: level, message, remediation, and the problem kind for evidence. */
  record Issue(RiskLevel level, Kind kind, String message, String remediation) {}

  private static final int NAMED = 3;

  private ArchiveStructure() {}

  /**
   * The issues of a read file.
   *
   * @param truncated the level when reading stopped at a limit, so later entries are unknown
   * @param uninspected the level when some text was not read within the text budget
   */
  static List<Issue> issues(
      InspectedDistribution distribution, RiskLevel truncated, RiskLevel uninspected) {
    Map<Kind, List<ArchiveProblem>> byKind = new LinkedHashMap<>();
    for (ArchiveProblem problem : distribution.problems()) {
      byKind.computeIfAbsent(group(problem.kind()), k -> new ArrayList<>()).add(problem);
    }
    String file = distribution.file().filename();
    List<Issue> issues = new ArrayList<>();
    byKind.forEach(
        (group, problems) -> {
          String where = named(problems);
          Kind kind = problems.get(0).kind();
          issues.add(
              switch (group) {
                case ABSOLUTE_PATH, PATH_TRAVERSAL, LINK_OUTSIDE ->
                    new Issue(
                        RiskLevel.CRITICAL,
                        kind,
                        file
                            + " holds entries that reach outside the directory it unpacks into: "
                            + where,
                        "do not unpack or install it; no honest build tool writes such entries");
                case DEVICE_FILE ->
                    new Issue(
                        RiskLevel.CRITICAL,
                        kind,
                        file + " holds device files or named pipes: " + where,
                        "do not unpack or install it; a Python package never needs one");
                case OVERLAPPING_ENTRIES, COMPRESSION_RATIO ->
                    new Issue(
                        RiskLevel.CRITICAL,
                        kind,
                        file + " is a compression bomb: " + where,
                        "do not unpack or install it");
                case DAMAGED ->
                    new Issue(
                        RiskLevel.CRITICAL,
                        kind,
                        file + " is damaged or not what its name says: " + where,
                        "it cannot be judged; download it again, or report it to the project");
                case AMBIGUOUS_STRUCTURE ->
                    new Issue(
                        RiskLevel.CRITICAL,
                        kind,
                        file
                            + " reads differently depending on the tool that unpacks it, so what was"
                            + " inspected may not be what is installed: "
                            + where,
                        "do not install it; no honest build tool writes such an archive (PyPI refuses them"
                            + " since August 2025)");
                case DUPLICATE_ENTRY ->
                    new Issue(
                        RiskLevel.HIGH,
                        kind,
                        file + " holds entries twice, so what lands depends on the tool: " + where,
                        "an administrator must compare the copies before it is installed");
                case CONTROL_CHARACTERS ->
                    new Issue(
                        RiskLevel.HIGH,
                        kind,
                        file
                            + " holds entry names with control characters (hidden text, terminal escapes): "
                            + where,
                        "an administrator must look at the names before it is installed");
                case DEEP_PATH ->
                    new Issue(
                        RiskLevel.MEDIUM,
                        kind,
                        file + " nests entries unusually deep: " + where,
                        "review the archive's layout");
                case ENTRY_TOO_LARGE, TOTAL_TOO_LARGE, TOO_MANY_ENTRIES ->
                    new Issue(
                        truncated,
                        kind,
                        file
                            + " was not read past an [inspection] limit, so what lies"
                            + " beyond it may be anything: "
                            + where,
                        "an administrator may raise the [inspection] limits, or review the file by hand");
                case NOT_READ ->
                    new Issue(
                        uninspected,
                        kind,
                        file + " was not inspected in full: " + where,
                        "an administrator may raise the [inspection] limits, or review the file by hand");
              });
        });
    return issues;
  }

  /** Kinds reported together take the first of their group as key. */
  private static Kind group(Kind kind) {
    return switch (kind) {
      case ABSOLUTE_PATH, PATH_TRAVERSAL, LINK_OUTSIDE -> Kind.ABSOLUTE_PATH;
      case OVERLAPPING_ENTRIES, COMPRESSION_RATIO -> Kind.OVERLAPPING_ENTRIES;
      case ENTRY_TOO_LARGE, TOTAL_TOO_LARGE, TOO_MANY_ENTRIES -> Kind.ENTRY_TOO_LARGE;
      default -> kind;
    };
  }

  private static String named(List<ArchiveProblem> problems) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(NAMED, problems.size()); i++) {
      ArchiveProblem p = problems.get(i);
      if (i > 0) {
        out.append("; ");
      }
      out.append(p.path().isEmpty() ? p.detail() : "'" + Quoted.path(p.path()) + "' " + p.detail());
    }
    if (problems.size() > NAMED) {
      out.append("; and ").append(problems.size() - NAMED).append(" more");
    }
    return out.toString();
  }
}
