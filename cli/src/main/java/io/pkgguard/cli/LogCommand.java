package io.pkgguard.cli;

import io.pkgguard.api.AuditRecord;
import io.pkgguard.core.administration.AuditChain;
import io.pkgguard.core.administration.AuditLog;
import io.pkgguard.core.files.RegularFiles;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pkgguard log}: checks and shows the audit log. */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description =
        "Check or show the audit log: every evaluation, approval, revocation, pause and"
            + " installation, each record chained to the one before by its hash.",
    subcommands = {LogCommand.Verify.class, LogCommand.Show.class})
final class LogCommand extends CommandGroup {

  /** {@code pkgguard log verify}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check that no record of the audit log was altered, removed or reordered;"
            + " name the first that was.",
        "Without FILE the store's log is checked; with FILE, an export in JSON Lines (log show"
            + " --format jsonl). Removing records from the end leaves a shorter whole chain:"
            + " compare the last hash printed with one kept elsewhere."
      },
      footer = {
        "",
        "Exit codes: 0 the chain is whole; 2 usage error;",
        "3 the chain is broken, or the log cannot be read."
      })
  static final class Verify implements Callable<Integer> {

    /** Longest line of an export read; a record is a few hundred bytes. */
    private static final int MAX_LINE = 1 << 20;

    /** Records checked at a time. */
    private static final int BATCH = 10_000;

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(
        names = "--partial",
        description =
            "FILE holds part of a log: check it from its"
                + " first record on (the records before it cannot be checked).")
    boolean partial;

    @Parameters(
        paramLabel = "FILE",
        arity = "0..1",
        description = "An exported log (JSON Lines) to check instead of the store's.")
    Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (file != null) {
        return verifyFile(out, err);
      }
      return StoreWork.run(
          spec, store, guard -> report(guard.auditLog().verify(), "the audit log", out, err));
    }

    private int verifyFile(PrintWriter out, PrintWriter err) {
      String where = TerminalText.clean(file.toString());
      try (Reader reader =
          new java.io.BufferedReader(
              new InputStreamReader(
                  RegularFiles.open(file),
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
        LineReader lines = new LineReader(reader, MAX_LINE);
        List<AuditRecord> batch = new ArrayList<>();
        String previous = null;
        long read = 0;
        Optional<String> line;
        while ((line = lines.next()).isPresent()) {
          if (line.get().isBlank()) {
            continue;
          }
          AuditRecord record;
          try {
            record = AuditLog.fromJson(line.get());
          } catch (IllegalArgumentException e) {
            err.println(
                "pkgguard: "
                    + where
                    + ", line "
                    + lines.number()
                    + ": not an audit"
                    + " record: "
                    + TerminalText.clean(e.getMessage()));
            return ExitCode.REJECT;
          }
          if (previous == null) {
            previous = partial ? record.previousHash() : AuditChain.GENESIS;
            if (partial && record.sequence() > 1) {
              out.println(
                  "Checking from record "
                      + record.sequence()
                      + "; records 1 to "
                      + (record.sequence() - 1)
                      + " are not in "
                      + where
                      + ".");
            }
          }
          batch.add(record);
          if (batch.size() == BATCH) {
            Optional<AuditChain.Break> broken = AuditChain.verify(batch, previous);
            read += batch.size();
            if (broken.isPresent()) {
              return report(new AuditChain.Verification(read, previous, broken), where, out, err);
            }
            previous = batch.get(batch.size() - 1).hash();
            batch.clear();
          }
        }
        read += batch.size();
        Optional<AuditChain.Break> broken =
            batch.isEmpty()
                ? Optional.empty()
                : AuditChain.verify(batch, previous == null ? AuditChain.GENESIS : previous);
        String last =
            batch.isEmpty()
                ? (previous == null ? AuditChain.GENESIS : previous)
                : batch.get(batch.size() - 1).hash();
        return report(new AuditChain.Verification(read, last, broken), where, out, err);
      } catch (LineReader.TooLong e) {
        err.println(
            "pkgguard: "
                + where
                + ", line "
                + e.line
                + ": longer than "
                + (MAX_LINE >> 20)
                + " MiB; an audit record is one short line of JSON");
        return ExitCode.REJECT;
      } catch (java.nio.charset.CharacterCodingException e) {
        err.println("pkgguard: " + where + ": not UTF-8 text; an export is JSON Lines in UTF-8");
        return ExitCode.REJECT;
      } catch (IOException e) {
        err.println(
            "pkgguard: "
                + where
                + ": cannot read it: "
                + TerminalText.clean(String.valueOf(e.getMessage())));
        return ExitCode.USAGE;
      }
    }

    private static int report(
        AuditChain.Verification result, String what, PrintWriter out, PrintWriter err) {
      if (result.broken().isPresent()) {
        AuditChain.Break broken = result.broken().get();
        err.println(
            "pkgguard: "
                + what
                + " is broken at record "
                + broken.sequence()
                + ": "
                + TerminalText.clean(broken.problem()));
        err.println(
            "Records from "
                + broken.sequence()
                + " on cannot be trusted; the"
                + " records before it are whole.");
        return ExitCode.REJECT;
      }
      out.println(
          "The chain of "
              + what
              + " is whole: "
              + result.records()
              + (result.records() == 1 ? " record" : " records")
              + ", last hash "
              + result.lastHash()
              + ".");
      out.flush();
      return ExitCode.ALLOW;
    }
  }

  /** {@code pkgguard log show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description =
          "Show audit records, oldest first: one line each for people, or JSON Lines"
              + " (every field, the hashes too) for tools and for log verify FILE.",
      footer = {"", "Exit codes: 0 shown; 2 usage error; 3 the log cannot be read."})
  static final class Show implements Callable<Integer> {

    enum Format {
      text,
      jsonl
    }

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Option(
        names = "--since",
        paramLabel = "WHEN",
        converter = Dates.Behind.class,
        description =
            "Only records from then on: a date (from its start, UTC), an instant, or"
                + " a span back from now such as 7d.")
    Instant since;

    @Option(
        names = "--package",
        paramLabel = "NAME",
        description = "Only records about this package (its normalized name).")
    String packageName;

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        split = ",",
        description = "Only records of these kinds: ${COMPLETION-CANDIDATES}.")
    List<AuditRecord.Kind> kinds = new ArrayList<>();

    @Option(
        names = "--format",
        defaultValue = "text",
        paramLabel = "FORMAT",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Predicate<AuditRecord> filter = filter();
      return StoreWork.run(
          spec,
          store,
          guard -> {
            if (format == Format.jsonl) {
              guard.auditLog().forEach(filter, r -> out.println(AuditLog.toJson(r)));
            } else {
              long[] shown = {0};
              guard
                  .auditLog()
                  .forEach(
                      filter,
                      r -> {
                        out.println(line(r));
                        shown[0]++;
                      });
              if (shown[0] == 0) {
                err.println("No record matches.");
              }
            }
            return ExitCode.ALLOW;
          });
    }

    private Predicate<AuditRecord> filter() {
      Predicate<AuditRecord> filter = r -> true;
      if (since != null) {
        filter = filter.and(r -> !r.time().isBefore(since));
      }
      if (packageName != null) {
        String wanted = packageName.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        filter = filter.and(r -> subjectName(r.subject()).equals(wanted));
      }
      if (!kinds.isEmpty()) {
        filter = filter.and(r -> kinds.contains(r.kind()));
      }
      return filter;
    }

    /** The package name of a subject such as "pypi:requests 2.32.3". */
    private static String subjectName(String subject) {
      int colon = subject.indexOf(':');
      String rest = colon < 0 ? subject : subject.substring(colon + 1);
      int space = rest.indexOf(' ');
      return (space < 0 ? rest : rest.substring(0, space))
          .toLowerCase(Locale.ROOT)
          .replaceAll("[-_.]+", "-");
    }

    private static String line(AuditRecord r) {
      return String.format(
          Locale.ROOT,
          "%6d  %s  %-18s  %s@%s  %s  %s",
          r.sequence(),
          Dates.show(r.time()),
          r.kind(),
          TerminalText.clean(r.actor()),
          TerminalText.clean(r.host()),
          TerminalText.clean(r.subject()),
          TerminalText.clean(r.summary()));
    }
  }

  /** Reads lines of at most a given length, counting them. */
  static final class LineReader {

    /** A line longer than allowed. */
    static final class TooLong extends IOException {
      private static final long serialVersionUID = 1L;
      final long line;

      TooLong(long line) {
        super("line " + line + " is too long");
        this.line = line;
      }
    }

    private final Reader reader;
    private final int max;
    private long number;

    LineReader(Reader reader, int max) {
      this.reader = reader;
      this.max = max;
    }

    /** {@return the number of the line last read, from 1} */
    long number() {
      return number;
    }

    /** {@return the next line without its end, or empty at the end of the input} */
    Optional<String> next() throws IOException {
      StringBuilder line = new StringBuilder();
      int c;
      boolean any = false;
      while ((c = reader.read()) >= 0) {
        any = true;
        if (c == '\n') {
          break;
        }
        if (line.length() >= max) {
          throw new TooLong(number + 1);
        }
        line.append((char) c);
      }
      if (!any) {
        return Optional.empty();
      }
      number++;
      int end = line.length();
      if (end > 0 && line.charAt(end - 1) == '\r') {
        line.setLength(end - 1);
      }
      return Optional.of(line.toString());
    }
  }
}
