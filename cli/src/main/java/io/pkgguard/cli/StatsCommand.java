package io.pkgguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.AuditRecord;
import io.pkgguard.api.Decision;
import io.pkgguard.api.PauseState;
import io.pkgguard.core.administration.Metrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pkgguard stats}: the guidelines' monitoring indicators, from the audit log. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Show the monitoring indicators the audit log supports: the verdict mix,"
          + " security check failures by rule and category, the approval rate, malware and"
          + " vulnerability detections, installation success, downloads where the index said,"
          + " beside the targets (99.9%% installation success, under 5%% of legitimate packages"
          + " rejected).",
      "openmetrics is the text Prometheus scrapes; html is one self-contained page with"
          + " charts."
    },
    footer = {"", "Exit codes: 0 shown; 2 usage error; 3 the log cannot be read."})
final class StatsCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    openmetrics,
    html
  }

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Option(
      names = "--since",
      paramLabel = "WHEN",
      converter = Dates.Behind.class,
      description =
          "Count records from then on: a date (from its start, UTC), an instant, or a"
              + " span back from now such as 30d (default: the whole log).")
  Instant since;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant from = since == null ? Instant.EPOCH : since;
    return StoreWork.run(
        spec,
        store,
        guard -> {
          List<AuditRecord> records = new ArrayList<>();
          guard.auditLog().forEach(r -> !r.time().isBefore(from), records::add);
          Metrics metrics = Metrics.of(records, from);
          PauseState pause = guard.emergencyPause().state();
          String text =
              switch (format) {
                case text -> text(metrics, pause);
                case json -> json(metrics, pause);
                case openmetrics -> metrics.toOpenMetrics();
                case html -> StatsPage.render(metrics, pause, Instant.now());
              };
          if (output == null) {
            out.print(text);
            return ExitCode.ALLOW;
          }
          try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
          } catch (IOException e) {
            err.println(
                "pkgguard: cannot write "
                    + TerminalText.clean(output.toString())
                    + ": "
                    + TerminalText.clean(String.valueOf(e.getMessage())));
            return ExitCode.USAGE;
          }
          out.println("Wrote " + TerminalText.clean(output.toString()) + ".");
          return ExitCode.ALLOW;
        });
  }

  static String text(Metrics m, PauseState pause) {
    StringBuilder out = new StringBuilder();
    out.append(PauseCommand.describe(pause)).append('\n');
    out.append("From ")
        .append(Dates.show(m.since()))
        .append(" to ")
        .append(Dates.show(m.until()))
        .append('\n');
    out.append(String.format(Locale.ROOT, "%-34s %10d%n", "evaluations", m.evaluations()));
    for (Decision d : Decision.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-32s %10d  %s%n",
              d,
              m.decisions().get(d),
              percent(m.decisions().get(d), m.evaluations())));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %10s  (target: legitimate packages under"
                + " %s; rejections include malicious ones)%n",
            "rejected",
            percent(m.decisions().get(Decision.REJECT), m.evaluations()),
            percent(Metrics.LEGITIMATE_REJECTED_TARGET)));
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %10s  (%d of %d that needed one)%n",
            "user approval rate",
            m.needingApproval() == 0 ? "-" : percent(m.approvalRate()),
            m.approved(),
            m.needingApproval()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %10d  (%d requests, %d revoked)%n",
            "approvals given",
            m.approvalsGiven(),
            m.approvalRequests(),
            m.revocations()));
    out.append(String.format(Locale.ROOT, "%-34s %10d%n", "malware detections", m.malicious()));
    out.append(
        String.format(Locale.ROOT, "%-34s %10d%n", "vulnerability detections", m.vulnerable()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-34s %10s  (target: %s; %d of %d)%n",
            "installation success",
            m.installations() == 0 ? "-" : percent(m.installationSuccessRate()),
            percent(Metrics.INSTALLATION_SUCCESS_TARGET),
            m.installationsSucceeded(),
            m.installations()));
    out.append(String.format(Locale.ROOT, "%-34s %10d%n", "emergency pauses", m.pauses()));
    if (!m.failuresByRule().isEmpty()) {
      out.append("security check failures (MEDIUM or above) by rule\n");
      sortedDescending(m.failuresByRule())
          .forEach(
              e ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "  %-32s %10d%n",
                          TerminalText.clean(e.getKey()),
                          e.getValue())));
      out.append("by risk category\n");
      sortedDescending(m.failuresByCategory())
          .forEach(
              e ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "  %-32s %10d%n",
                          TerminalText.clean(e.getKey()),
                          e.getValue())));
    }
    if (!m.monthlyDownloads().isEmpty()) {
      out.append("downloads last month, least used first\n");
      m.monthlyDownloads().entrySet().stream()
          .sorted(Map.Entry.comparingByValue())
          .limit(20)
          .forEach(
              e ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "  %-32s %10d%n",
                          TerminalText.clean(e.getKey()),
                          e.getValue())));
    }
    return out.toString();
  }

  static List<Map.Entry<String, Long>> sortedDescending(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "-" : percent((double) part / whole);
  }

  static String percent(double share) {
    String p = String.format(Locale.ROOT, "%.1f%%", share * 100);
    return share > 0.99 && share < 1 ? String.format(Locale.ROOT, "%.2f%%", share * 100) : p;
  }

  private static String json(Metrics m, PauseState pause) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("since", m.since().toString());
    root.put("until", m.until().toString());
    root.putObject("pause")
        .put("active", pause.active())
        .put("reason", pause.reason())
        .put("by", pause.by())
        .put("since", pause.since().toString());
    root.put("evaluations", m.evaluations());
    ObjectNode decisions = root.putObject("decisions");
    m.decisions().forEach((d, n) -> decisions.put(d.name(), n));
    ObjectNode effective = root.putObject("effectiveDecisions");
    m.effective().forEach((d, n) -> effective.put(d.name(), n));
    root.put("rejectionRate", m.rejectionRate());
    root.put("legitimateRejectedTarget", Metrics.LEGITIMATE_REJECTED_TARGET);
    root.put("needingApproval", m.needingApproval());
    root.put("approved", m.approved());
    root.put("approvalRate", m.approvalRate());
    root.put("approvalsGiven", m.approvalsGiven());
    root.put("approvalRequests", m.approvalRequests());
    root.put("revocations", m.revocations());
    ObjectNode byRule = root.putObject("failuresByRule");
    m.failuresByRule().forEach(byRule::put);
    ObjectNode byCategory = root.putObject("failuresByCategory");
    m.failuresByCategory().forEach(byCategory::put);
    root.put("malwareDetections", m.malicious());
    root.put("vulnerabilityDetections", m.vulnerable());
    root.put("installations", m.installations());
    root.put("installationsSucceeded", m.installationsSucceeded());
    root.put("installationSuccessRate", m.installationSuccessRate());
    root.put("installationSuccessTarget", Metrics.INSTALLATION_SUCCESS_TARGET);
    root.put("pauses", m.pauses());
    ObjectNode daily = root.putObject("daily");
    m.daily()
        .forEach(
            (day, counts) -> {
              ObjectNode d = daily.putObject(day.toString());
              counts.forEach((decision, n) -> d.put(decision.name(), n));
            });
    ObjectNode downloads = root.putObject("monthlyDownloads");
    m.monthlyDownloads().forEach(downloads::put);
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serializes", e);
    }
  }
}
