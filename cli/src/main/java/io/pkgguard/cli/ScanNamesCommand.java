package io.pkgguard.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.core.Guard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pkgguard scan-names FILE}: the name rules alone, offline, over a list of names. One
 * JSON line per flagged name on standard output (its most severe finding), a summary on
 * standard error. Names are screened in parallel and reported in input order.
 */
@Command(
    name = "scan-names",
    mixinStandardHelpOptions = true,
    description = {
      "Run the name rules (name-format, name-keywords, typosquat) over a list of"
          + " names, one per line, offline. Prints one JSON line per flagged name:",
      "  {\"name\", \"level\", \"rule\", \"target\", \"transformation\", \"message\"}",
      "and a summary on standard error. A name's own metadata is unknown here, so it is judged"
          + " as if new and unpopular, unless it is itself among the popular names."
    },
    footer = {
      "",
      "Exit codes: 0 nothing flagged; 1 something flagged for review or approval;",
      "2 usage or configuration error; 3 something flagged CRITICAL."
    })
final class ScanNamesCommand implements Callable<Integer> {

  private static final int CHUNK = 16_384;
  private static final int SHOWN_LENGTH = 200;
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  @Spec CommandSpec spec;

  @Mixin GuardOptions guardOptions;

  @Option(
      names = "--ecosystem",
      paramLabel = "ID",
      defaultValue = "pypi",
      description = "The names' ecosystem: pypi (default) or conda.")
  String ecosystem;

  @Parameters(paramLabel = "FILE", description = "The list of names; '-' for standard input.")
  String file;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    guardOptions.offline = true;
    String wanted = ecosystem.strip().toLowerCase(Locale.ROOT);
    try (Guard guard = guardOptions.buildGuard(wanted);
        InputStream in = open();
        NameList names = new NameList(in)) {
      return scan(guard, wanted, names, spec.commandLine().getOut(), err);
    } catch (NoSuchFileException e) {
      err.println(
          "pkgguard: "
              + TerminalText.clean(file)
              + ": no such file; give a list of"
              + " names, one per line, or '-' to read standard input");
      return ExitCode.USAGE;
    } catch (IOException e) {
      err.println(
          "pkgguard: cannot read "
              + TerminalText.clean(file)
              + ": "
              + TerminalText.clean(String.valueOf(e.getMessage())));
      return ExitCode.USAGE;
    } catch (ConfigurationException | IllegalArgumentException e) {
      err.println("pkgguard: " + TerminalText.clean(e.getMessage()));
      return ExitCode.USAGE;
    }
  }

  private InputStream open() throws IOException {
    if (file.equals("-")) {
      return System.in;
    }
    try {
      return io.pkgguard.core.files.RegularFiles.open(Path.of(file));
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("it " + e.getMessage(), e);
    }
  }

  private int scan(Guard guard, String wanted, NameList names, PrintWriter out, PrintWriter err)
      throws IOException {
    // Fail before reading anything if the ecosystem is not installed.
    guard.screenName(wanted, "pkgguard");
    long started = System.nanoTime();
    Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
    long total = 0;
    List<NameList.Line> chunk;
    while (!(chunk = names.next(CHUNK)).isEmpty()) {
      List<Optional<Flag>> flags = screen(guard, wanted, chunk);
      for (Optional<Flag> flag : flags) {
        flag.ifPresent(
            f -> {
              out.println(f.json());
              counts.merge(f.level(), 1L, Long::sum);
            });
      }
      total += chunk.size();
    }
    out.flush();
    long flagged = counts.values().stream().mapToLong(Long::longValue).sum();
    double seconds = (System.nanoTime() - started) / 1e9;
    err.println(
        String.format(
            Locale.ROOT,
            "pkgguard: %,d names screened in %.1f s; %,d flagged"
                + " (%.2f%%): %,d critical, %,d high, %,d medium, %,d low",
            total,
            seconds,
            flagged,
            total == 0 ? 0.0 : 100.0 * flagged / total,
            counts.getOrDefault(RiskLevel.CRITICAL, 0L),
            counts.getOrDefault(RiskLevel.HIGH, 0L),
            counts.getOrDefault(RiskLevel.MEDIUM, 0L),
            counts.getOrDefault(RiskLevel.LOW, 0L)));
    err.flush();
    if (counts.getOrDefault(RiskLevel.CRITICAL, 0L) > 0) {
      return ExitCode.REJECT;
    }
    return flagged > 0 ? ExitCode.NEEDS_APPROVAL : ExitCode.ALLOW;
  }

  /**
   * Screens a chunk in as many slices as there are processors; each slice is one batch per rule
   * (see {@link Guard#screenNames}).
   */
  private static List<Optional<Flag>> screen(
      Guard guard, String ecosystem, List<NameList.Line> chunk) {
    // Several slices per processor, so that one slow slice does not leave a core idle.
    int slices =
        Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), chunk.size() / 256));
    int size = (chunk.size() + slices - 1) / slices;
    return java.util.stream.IntStream.range(0, slices)
        .parallel()
        .mapToObj(
            i ->
                chunk.subList(
                    Math.min(chunk.size(), i * size), Math.min(chunk.size(), (i + 1) * size)))
        .map(
            slice -> {
              List<List<Finding>> findings =
                  guard.screenNames(ecosystem, slice.stream().map(NameList.Line::text).toList());
              return java.util.stream.IntStream.range(0, slice.size())
                  .mapToObj(i -> report(slice.get(i), findings.get(i)))
                  .toList();
            })
        .flatMap(List::stream)
        .toList();
  }

  /** A flagged name: its level and its JSON line. */
  private record Flag(RiskLevel level, String json) {}

  /** The JSON line for a name's most severe finding, if it has one above NONE. */
  private static Optional<Flag> report(NameList.Line line, List<Finding> findings) {
    Optional<Finding> worst =
        findings.stream()
            .filter(f -> f.level().compareTo(RiskLevel.NONE) > 0)
            .max(Comparator.comparing(Finding::level));
    if (worst.isEmpty()) {
      return Optional.empty();
    }
    Finding finding = worst.get();
    ObjectNode json = JSON.createObjectNode();
    // Names longer than any real project's are shortened; the report says how long they were.
    json.put(
        "name",
        line.length() > SHOWN_LENGTH
            ? line.text().substring(0, SHOWN_LENGTH) + "… (" + line.length() + " characters)"
            : line.text());
    json.put("level", finding.level().name());
    json.put("rule", finding.ruleId());
    json.put("target", finding.evidence().values().get("target"));
    json.put("transformation", finding.evidence().values().get("transformation"));
    json.put("message", finding.message());
    try {
      return Optional.of(new Flag(finding.level(), JSON.writeValueAsString(json)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON line", e);
    }
  }
}
