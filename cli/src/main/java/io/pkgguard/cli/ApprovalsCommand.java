package io.pkgguard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.Approval;
import io.pkgguard.api.ApprovedFinding;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pkgguard approvals}: lists the store's approvals and withdraws them. */
@Command(
    name = "approvals",
    mixinStandardHelpOptions = true,
    description = "List or withdraw approvals (pkgguard approve gives them).",
    subcommands = {ApprovalsCommand.ListApprovals.class, ApprovalsCommand.Revoke.class})
final class ApprovalsCommand extends CommandGroup {

  /** {@code pkgguard approvals list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List approvals, newest first: those that stand, or with --all every one.",
      footer = {"", "Exit codes: 0 listed; 2 usage error; 3 the store cannot be read."})
  static final class ListApprovals implements Callable<Integer> {

    enum Format {
      text,
      json
    }

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(names = "--all", description = "Also list expired and revoked approvals.")
    boolean all;

    @Option(
        names = "--package",
        paramLabel = "NAME",
        description = "Only approvals of this package (its normalized name).")
    String packageName;

    @Option(
        names = "--format",
        defaultValue = "text",
        paramLabel = "FORMAT",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return StoreWork.run(
          spec,
          store,
          guard -> {
            Instant now = Instant.now();
            String wanted = packageName == null ? null : normalized(packageName);
            List<Approval> shown =
                guard.approvals().list().stream()
                    .filter(a -> all || a.standsAt(now))
                    .filter(a -> wanted == null || normalized(a.packageId().name()).equals(wanted))
                    .toList();
            if (format == Format.json) {
              out.println(json(shown, now));
            } else {
              out.print(table(shown, now));
            }
            return ExitCode.ALLOW;
          });
    }

    private static String normalized(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    private String table(List<Approval> approvals, Instant now) {
      if (approvals.isEmpty()) {
        return all
            ? "No approvals.\n"
            : "No approval stands (--all lists expired and revoked" + " ones).\n";
      }
      StringBuilder out =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-8s  %-30s  %-16s  %-12s  %-20s  %s%n",
                  "ID",
                  "PACKAGE",
                  "APPROVED",
                  "BY",
                  "UNTIL",
                  "STATUS"));
      for (Approval a : approvals) {
        out.append(
            String.format(
                Locale.ROOT,
                "%-8s  %-30s  %-16s  %-12s  %-20s  %s%n",
                a.id().substring(0, Math.min(8, a.id().length())),
                TerminalText.clean(a.packageId().name() + " " + a.version()),
                a.decision(),
                TerminalText.clean(a.approvedBy()),
                a.expiresAt().map(Dates::show).orElse("-"),
                status(a, now)));
        out.append("          ").append(TerminalText.clean(a.reason())).append('\n');
      }
      return out.toString();
    }

    private static String status(Approval a, Instant now) {
      if (a.revocation().isPresent()) {
        return "revoked by " + TerminalText.clean(a.revocation().get().by());
      }
      return a.standsAt(now) ? "stands" : "expired";
    }

    private static String json(List<Approval> approvals, Instant now) {
      ObjectMapper mapper = new ObjectMapper();
      ArrayNode list = mapper.createArrayNode();
      for (Approval a : approvals) {
        ObjectNode node = list.addObject();
        node.put("id", a.id());
        node.put("ecosystem", a.packageId().ecosystem());
        node.put("name", a.packageId().name());
        node.put("version", a.version());
        node.put("decision", a.decision().name());
        node.put("approvedBy", a.approvedBy());
        node.put("reason", a.reason());
        node.put("approvedAt", a.approvedAt().toString());
        a.expiresAt().ifPresent(t -> node.put("expiresAt", t.toString()));
        node.put("stands", a.standsAt(now));
        a.revocation()
            .ifPresent(
                r ->
                    node.putObject("revocation")
                        .put("by", r.by())
                        .put("at", r.at().toString())
                        .put("reason", r.reason()));
        node.put("policyFingerprint", a.policyFingerprint());
        ArrayNode artifacts = node.putArray("artifacts");
        a.artifacts().forEach(artifacts::add);
        ArrayNode findings = node.putArray("findings");
        for (ApprovedFinding f : a.findings()) {
          findings
              .addObject()
              .put("ruleId", f.ruleId())
              .put("level", f.level().name())
              .put("key", f.key());
        }
      }
      try {
        return mapper
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(mapper.createObjectNode().set("approvals", list));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a tree of plain nodes always serializes", e);
      }
    }
  }

  /** {@code pkgguard approvals revoke}. */
  @Command(
      name = "revoke",
      mixinStandardHelpOptions = true,
      description =
          "Withdraw an approval: its giver or an administrator may. Every verdict it"
              + " satisfied needs approval again.",
      footer = {
        "",
        "Exit codes: 0 revoked; 2 usage error, no such approval, or not permitted;",
        "3 the store could not record it."
      })
  static final class Revoke implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "Why it is withdrawn (recorded).")
    String reason;

    @Parameters(
        paramLabel = "ID",
        description =
            "The approval's id, or the start of it"
                + " (8 characters, as approvals list shows it, are enough).")
    String id;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      return StoreWork.run(
          spec,
          store,
          guard -> {
            Approval revoked = guard.approvals().revoke(id.strip(), store.context.user(), reason);
            out.println(
                "Revoked approval "
                    + revoked.id()
                    + " of "
                    + TerminalText.clean(revoked.packageId().name() + " " + revoked.version())
                    + " (given by "
                    + TerminalText.clean(revoked.approvedBy())
                    + ").");
            return ExitCode.ALLOW;
          });
    }
  }
}
