package io.pkgguard.examples;

import io.pkgguard.api.Finding;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A host judging distribution files it was handed (a wheel or an sdist someone built), offline:
 * each file is read without being extracted and judged with every rule. Run it on the module path
 * to see that the plugins are found there as well:
 *
 * <pre>{@code
 * java --module-path "examples/target/classes:$(cat examples/target/runtime-classpath.txt)" \
 *     --module io.pkgguard.examples/io.pkgguard.examples.LocalFileExample \
 *     examples/target/demo-advisories.zip dist/mypkg-1.0.tar.xz
 * }</pre>
 */
public final class LocalFileExample {

  private LocalFileExample() {}

  /** Judges the files given after the advisory zip; one line per file. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: LocalFileExample ADVISORY-ZIP FILE...");
      System.exit(2);
    }
    URI advisories = Path.of(args[0]).toAbsolutePath().toUri();
    try (Guard guard = Guard.builder().advisoryDatabase(advisories).offline(true).build()) {
      for (int i = 1; i < args.length; i++) {
        System.out.println(describe(guard.evaluateFile(Path.of(args[i]))));
      }
    }
  }

  /** One line: the file's package, the decision, and the findings that decided it. */
  static String describe(Verdict verdict) {
    String reasons =
        verdict.findings().stream()
            .filter(f -> f.level() == verdict.risk())
            .map(Finding::message)
            .collect(Collectors.joining("; "));
    return verdict.id().name()
        + " "
        + verdict.version().orElse("?")
        + ": "
        + verdict.decision()
        + " ("
        + verdict.artifacts().stream()
            .map(a -> a.filename() + " sha256:" + a.sha256().orElse("?"))
            .collect(Collectors.joining(", "))
        + ")"
        + (reasons.isEmpty() ? "" : ": " + reasons);
  }
}
