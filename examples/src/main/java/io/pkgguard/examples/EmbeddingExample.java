package io.pkgguard.examples;

import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.Verdict;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A host application's use of pkgguard, start to finish: build a guard once (rules and sources are
 * discovered from the class path, the built-in policy applies), evaluate what the user asked for,
 * and act on each decision. Run it against the demo index after {@code mvn package}:
 *
 * <pre>{@code
 * java -cp "examples/target/classes:$(ls cli/target/pkgguard.jar)" \
 *     io.pkgguard.examples.EmbeddingExample examples/target/demo-index \
 *     examples/target/demo-advisories.zip tidyconf sampleproject reqeusts
 * }</pre>
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /** Evaluates the named packages against the index directory and advisory zip given first. */
  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: EmbeddingExample INDEX-DIRECTORY ADVISORY-ZIP PACKAGE...");
      System.exit(2);
    }
    System.out.print(
        describe(
            Path.of(args[0]).toAbsolutePath().toUri(),
            Path.of(args[1]).toAbsolutePath().toUri(),
            List.of(args).subList(2, args.length)));
  }

  /**
   * What a host would show its user for each package, checked offline against a local index
   * and an offline advisory database (online, a host keeps the built-in policy's OSV instead).
   */
  public static String describe(URI index, URI advisories, List<String> names) {
    // A guard is thread-safe and meant to be kept; build it once per configuration.
    Policy policy = Policy.defaults().withAdvisoryDatabase("local", advisories);
    try (Guard guard =
        Guard.builder().policy(policy).index(PackageId.PYPI, index).offline(true).build()) {
      List<PackageRequest> requests =
          names.stream().map(name -> PackageRequest.of(PackageId.pypi(name))).toList();
      StringBuilder out = new StringBuilder();
      for (Verdict verdict : guard.evaluateAll(requests)) {
        out.append(verdict.id().name()).append(": ").append(action(verdict)).append('\n');
      }
      return out.toString();
    }
  }

  private static String action(Verdict verdict) {
    // The findings that decide: those at the verdict's own risk level.
    String reasons =
        verdict.findings().stream()
            .filter(f -> f.level() == verdict.risk())
            .map(Finding::message)
            .collect(Collectors.joining("; "));
    return switch (verdict.decision()) {
      case ALLOW ->
          "install "
              + verdict.version().orElseThrow()
              + " (exactly these files: "
              + verdict.artifacts().stream()
                  .map(a -> a.filename() + " sha256:" + a.sha256().orElse("?"))
                  .collect(Collectors.joining(", "))
              + ")";
      case REVIEW -> "ask the user to approve: " + reasons;
      case SPECIAL_APPROVAL -> "ask an administrator to approve: " + reasons;
      case REJECT -> "refuse: " + reasons;
    };
  }
}
