package io.pkgguard.core.administration;

import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The guidelines' monitoring indicators, computed from the audit log: the verdict mix, security
 * check failures by rule and category, the user approval rate, vulnerability and malware
 * detections, installation success, and the targets they are measured against.
 *
 * @param since the earliest record counted
 * @param until the latest record counted
 * @param evaluations evaluations recorded
 * @param decisions evaluations by the rules' decision
 * @param effective evaluations by effective decision (approvals applied)
 * @param needingApproval evaluations whose decision was REVIEW or SPECIAL_APPROVAL
 * @param approved of those, how many an approval satisfied
 * @param approvalsGiven approvals given
 * @param approvalRequests requests for an administrator's approval
 * @param revocations approvals withdrawn
 * @param failuresByRule findings at MEDIUM or above, by rule id
 * @param failuresByCategory findings at MEDIUM or above, by risk category
 * @param malicious evaluations that found a known malicious package
 * @param vulnerable evaluations that found a known vulnerability
 * @param installations installations recorded (their final step)
 * @param installationsSucceeded of those, how many installed and verified
 * @param pauses times installations were paused
 * @param daily evaluations per day (UTC) by the rules' decision, oldest first
 * @param monthlyDownloads the last month's downloads of each package evaluated where the index
 *     said (the latest figure recorded), by package as the log names it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Metrics(
    Instant since,
    Instant until,
    long evaluations,
    Map<Decision, Long> decisions,
    Map<Decision, Long> effective,
    long needingApproval,
    long approved,
    long approvalsGiven,
    long approvalRequests,
    long revocations,
    Map<String, Long> failuresByRule,
    Map<String, Long> failuresByCategory,
    long malicious,
    long vulnerable,
    long installations,
    long installationsSucceeded,
    long pauses,
    Map<LocalDate, Map<Decision, Long>> daily,
    Map<String, Long> monthlyDownloads) {

  /** The guidelines' target for installation success. */
  public static final double INSTALLATION_SUCCESS_TARGET = 0.999;

  /** The guidelines' target: fewer than this share of legitimate packages rejected. */
  public static final double LEGITIMATE_REJECTED_TARGET = 0.05;

  /**
   * Creates the value, checking its components.
   *
   * @param since the earliest record counted
   * @param until the latest record counted
   * @param evaluations evaluations recorded
   * @param decisions evaluations by decision
   * @param effective evaluations by effective decision
   * @param needingApproval evaluations that needed approval
   * @param approved of those, how many were approved
   * @param approvalsGiven approvals given
   * @param approvalRequests requests for an administrator's approval
   * @param revocations approvals withdrawn
   * @param failuresByRule findings at MEDIUM or above by rule
   * @param failuresByCategory findings at MEDIUM or above by category
   * @param malicious evaluations that found malware
   * @param vulnerable evaluations that found a vulnerability
   * @param installations installations recorded
   * @param installationsSucceeded installations that succeeded
   * @param pauses pauses
   * @param daily evaluations per day by decision
   * @param monthlyDownloads last month's downloads by package, where known
   */
  public Metrics {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    decisions = copy(decisions);
    effective = copy(effective);
    failuresByRule = java.util.Collections.unmodifiableMap(new TreeMap<>(failuresByRule));
    failuresByCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(failuresByCategory));
    TreeMap<LocalDate, Map<Decision, Long>> days = new TreeMap<>();
    daily.forEach((day, counts) -> days.put(day, copy(counts)));
    daily = java.util.Collections.unmodifiableMap(days);
    monthlyDownloads = java.util.Collections.unmodifiableMap(new TreeMap<>(monthlyDownloads));
  }

  private static Map<Decision, Long> copy(Map<Decision, Long> counts) {
    EnumMap<Decision, Long> all = new EnumMap<>(Decision.class);
    for (Decision d : Decision.values()) {
      all.put(d, counts.getOrDefault(d, 0L));
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  /**
   * Counts the records at or after {@code since}.
   *
   * @param records the audit log, in order
   * @param since the earliest time counted
   * @return the figures
   */
  public static Metrics of(List<AuditRecord> records, Instant since) {
    Map<Decision, Long> decisions = new EnumMap<>(Decision.class);
    Map<Decision, Long> effective = new EnumMap<>(Decision.class);
    Map<String, Long> byRule = new TreeMap<>();
    Map<String, Long> byCategory = new TreeMap<>();
    long evaluations = 0;
    long needing = 0;
    long approved = 0;
    long given = 0;
    long requests = 0;
    long revocations = 0;
    long malicious = 0;
    long vulnerable = 0;
    long installations = 0;
    long succeeded = 0;
    long pauses = 0;
    Map<LocalDate, Map<Decision, Long>> daily = new TreeMap<>();
    Map<String, Long> downloads = new TreeMap<>();
    Instant first = null;
    Instant last = since;
    for (AuditRecord record : records) {
      if (record.time().isBefore(since)) {
        continue;
      }
      first = first == null ? record.time() : first;
      last = record.time().isAfter(last) ? record.time() : last;
      Map<String, String> details = record.details();
      switch (record.kind()) {
        case EVALUATION -> {
          evaluations++;
          Decision decision = decision(details.get("decision"));
          Decision eff = decision(details.get("effective-decision"));
          decisions.merge(decision, 1L, Long::sum);
          effective.merge(eff, 1L, Long::sum);
          daily
              .computeIfAbsent(
                  LocalDate.ofInstant(record.time(), ZoneOffset.UTC),
                  day -> new EnumMap<>(Decision.class))
              .merge(decision, 1L, Long::sum);
          monthDownloads(details.get("downloads"))
              .ifPresent(n -> downloads.put(record.subject().replaceFirst(" .*", ""), n));
          if (decision == Decision.REVIEW || decision == Decision.SPECIAL_APPROVAL) {
            needing++;
            if (eff == Decision.ALLOW) {
              approved++;
            }
          }
          for (String finding : details.getOrDefault("findings", "").split(",", -1)) {
            String[] parts = finding.split(":", -1);
            if (parts.length == 3 && !parts[1].equals("LOW") && !parts[1].equals("NONE")) {
              byRule.merge(parts[0], 1L, Long::sum);
              byCategory.merge(parts[2], 1L, Long::sum);
            }
          }
          malicious += details.containsKey("malicious") ? 1 : 0;
          vulnerable += details.containsKey("vulnerable") ? 1 : 0;
        }
        case APPROVAL -> given++;
        case APPROVAL_REQUESTED -> requests++;
        case REVOCATION -> revocations++;
        case PAUSE -> pauses++;
        case INSTALLATION -> {
          String outcome = details.getOrDefault("outcome", "");
          if (outcome.equals("installed")
              || outcome.equals("failed")
              || outcome.equals("rolled-back")) {
            installations++;
            succeeded += outcome.equals("installed") ? 1 : 0;
          }
        }
        default -> {
          // RESUME and future kinds count toward nothing.
        }
      }
    }
    return new Metrics(
        first == null ? since : first,
        last,
        evaluations,
        decisions,
        effective,
        needing,
        approved,
        given,
        requests,
        revocations,
        byRule,
        byCategory,
        malicious,
        vulnerable,
        installations,
        succeeded,
        pauses,
        daily,
        downloads);
  }

  /** The month's figure of a "day/week/month" downloads detail; empty if there is none. */
  private static java.util.Optional<Long> monthDownloads(String dayWeekMonth) {
    if (dayWeekMonth == null) {
      return java.util.Optional.empty();
    }
    String[] parts = dayWeekMonth.split("/", -1);
    try {
      return parts.length == 3
          ? java.util.Optional.of(Long.parseLong(parts[2]))
          : java.util.Optional.empty();
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static Decision decision(String text) {
    try {
      return Decision.valueOf(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Decision.REJECT;
    }
  }

  /** {@return the share of evaluations rejected by the rules; 0 without evaluations} */
  public double rejectionRate() {
    return evaluations == 0 ? 0 : (double) decisions.get(Decision.REJECT) / evaluations;
  }

  /** {@return the share of evaluations needing approval that were approved; 0 if none} */
  public double approvalRate() {
    return needingApproval == 0 ? 0 : (double) approved / needingApproval;
  }

  /** {@return the share of installations that succeeded; 1 without installations} */
  public double installationSuccessRate() {
    return installations == 0 ? 1 : (double) installationsSucceeded / installations;
  }

  /**
   * {@return the figures in the OpenMetrics text format, for Prometheus to scrape}
   */
  public String toOpenMetrics() {
    StringBuilder out = new StringBuilder();
    counter(out, "pkgguard_evaluations", "Evaluations recorded in the audit log.");
    for (Decision d : Decision.values()) {
      out.append("pkgguard_evaluations_total{decision=\"")
          .append(label(d))
          .append("\"} ")
          .append(decisions.get(d))
          .append('\n');
    }
    counter(out, "pkgguard_effective_decisions", "Evaluations by effective decision.");
    for (Decision d : Decision.values()) {
      out.append("pkgguard_effective_decisions_total{decision=\"")
          .append(label(d))
          .append("\"} ")
          .append(effective.get(d))
          .append('\n');
    }
    counter(out, "pkgguard_check_failures", "Findings at MEDIUM or above, by rule.");
    failuresByRule.forEach(
        (rule, n) ->
            out.append("pkgguard_check_failures_total{rule=\"")
                .append(escape(rule))
                .append("\"} ")
                .append(n)
                .append('\n'));
    counter(
        out,
        "pkgguard_check_failures_by_category",
        "Findings at MEDIUM or above, by risk category.");
    failuresByCategory.forEach(
        (category, n) ->
            out.append("pkgguard_check_failures_by_category_total{category=\"")
                .append(escape(category.toLowerCase(Locale.ROOT)))
                .append("\"} ")
                .append(n)
                .append('\n'));
    simpleCounter(
        out, "pkgguard_approvals_needed", "Evaluations that needed approval.", needingApproval);
    simpleCounter(
        out, "pkgguard_approvals_satisfied", "Evaluations an approval satisfied.", approved);
    simpleCounter(out, "pkgguard_approvals_given", "Approvals given.", approvalsGiven);
    simpleCounter(out, "pkgguard_malware_detections", "Evaluations that found malware.", malicious);
    simpleCounter(
        out,
        "pkgguard_vulnerability_detections",
        "Evaluations that found a known vulnerability.",
        vulnerable);
    simpleCounter(out, "pkgguard_installations", "Installations recorded.", installations);
    simpleCounter(
        out,
        "pkgguard_installations_succeeded",
        "Installations that succeeded.",
        installationsSucceeded);
    simpleCounter(out, "pkgguard_pauses", "Emergency pauses.", pauses);
    gauge(
        out,
        "pkgguard_installation_success_ratio",
        "Installations that succeeded.",
        installationSuccessRate());
    gauge(
        out,
        "pkgguard_installation_success_target_ratio",
        "The guidelines' target for installation success.",
        INSTALLATION_SUCCESS_TARGET);
    gauge(out, "pkgguard_rejection_ratio", "Evaluations rejected.", rejectionRate());
    gauge(
        out,
        "pkgguard_legitimate_rejected_target_ratio",
        "The guidelines' ceiling for legitimate packages rejected.",
        LEGITIMATE_REJECTED_TARGET);
    out.append("# EOF\n");
    return out.toString();
  }

  private static void counter(StringBuilder out, String name, String help) {
    out.append("# TYPE ").append(name).append(" counter\n");
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
  }

  private static void simpleCounter(StringBuilder out, String name, String help, long value) {
    counter(out, name, help);
    out.append(name).append("_total ").append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, double value) {
    out.append("# TYPE ").append(name).append(" gauge\n");
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append(name).append(' ').append(String.format(Locale.ROOT, "%.6f", value)).append('\n');
  }

  private static String label(Decision d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
