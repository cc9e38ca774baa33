package io.pkgguard.benchmarks;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.PolicyLoader;
import io.pkgguard.installer.Consent;
import io.pkgguard.installer.Environments;
import io.pkgguard.installer.InstallProgress;
import io.pkgguard.installer.InstallResult;
import io.pkgguard.installer.Installer;
import io.pkgguard.installer.PythonEnvironment;
import io.pkgguard.installer.TestIndex;
import io.pkgguard.installer.TestWheel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A guarded install of a 10-package set against plain pip installing the same files. A local
 * mirror serves {@code app} (which requires nine libraries, one of them with a console script),
 * as wheels of a few modules each; every run installs into a fresh copy of a virtual environment
 * made with the machine's python3 (the copying is not timed). Per run, in alternating order:
 *
 * <ul>
 *   <li>{@code pip}: {@code python -m pip install --no-index --find-links DIR app}, which resolves
 *       the nine dependencies itself;
 *   <li>{@code pkgguard}: a new guard (cold caches, as a new command would have), {@code
 *       Installer.plan} (resolve, judge the ten packages with the built-in rules, downloading and
 *       reading each wheel) and {@code install} (stage and re-check each file, snapshot, pip by
 *       hash, verify every file, pip check), in this JVM after warm-up runs.
 * </ul>
 *
 * Prints the median and each run, and the ratio of medians. The target: within 1.2 times plain
 * pip, and under 10 s.
 *
 * <pre>
 * mvn -B -q package -pl benchmarks -am -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.InstallHarness [RUNS]
 *     [MODULES]
 * </pre>
 * MODULES is how many modules of about 3 kB each library holds (default 6).
 */
public final class InstallHarness {

  /** With -Dphases=true, each phase's start is printed with the time since the last one. */
  private static final boolean PHASES = Boolean.getBoolean("phases");

  private InstallHarness() {}

  /**
   * Runs it.
   *
   * @param args the number of measured runs (default 7; two warm-up runs come first)
   * @throws Exception if it cannot be set up or an installation fails
   */
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int modules = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    Path dir = Files.createTempDirectory("pkgguard-install-bench-");
    TestIndex index = new TestIndex(dir.resolve("mirror"));
    List<String> libraries = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      String name = "benchlib" + i;
      libraries.add(name + ">=1.0");
      TestWheel wheel = new TestWheel(name, "1.0." + i);
      for (int m = 0; m < modules; m++) {
        wheel.file(name + "/module" + m + ".py", module(m));
      }
      if (i == 1) {
        wheel.consoleScript("benchtool");
      }
      index.publish(wheel);
    }
    index.publish(new TestWheel("benchapp", "2.0.0").requiring(libraries.toArray(String[]::new)));
    Path findLinks = index.file("x").getParent();
    Path advisories = TestIndex.advisories(dir.resolve("advisories.zip"));

    List<Long> pip = new ArrayList<>();
    List<Long> guarded = new ArrayList<>();
    for (int run = -2; run < runs; run++) {
      boolean measured = run >= 0;
      boolean pipFirst = run % 2 == 0;
      for (int turn = 0; turn < 2; turn++) {
        boolean isPip = (turn == 0) == pipFirst;
        PythonEnvironment environment =
            Environments.fresh(
                dir.resolve("venv-" + (run + 2) + "-" + (isPip ? "pip" : "pkgguard")));
        long start = System.nanoTime();
        if (isPip) {
          plainPip(environment, findLinks, dir);
        } else {
          guardedInstall(
              environment,
              index,
              advisories,
              dir.resolve("state-" + (run + 2)),
              dir.resolve("kept-" + (run + 2)));
        }
        long elapsed = System.nanoTime() - start;
        if (measured) {
          (isPip ? pip : guarded).add(elapsed);
        }
      }
    }
    double pipMedian = median(pip);
    double guardedMedian = median(guarded);
    System.out.printf(Locale.ROOT, "plain pip:  median %.2f s  runs %s%n", pipMedian, seconds(pip));
    System.out.printf(
        Locale.ROOT, "pkgguard:   median %.2f s  runs %s%n", guardedMedian, seconds(guarded));
    System.out.printf(Locale.ROOT, "ratio of medians: %.2f%n", guardedMedian / pipMedian);
  }

  /** A module of about 3 kB of ordinary code: functions with docstrings and arithmetic. */
  private static String module(int m) {
    StringBuilder text = new StringBuilder("\"\"\"Module " + m + ".\"\"\"\n\n");
    for (int f = 0; f < 20; f++) {
      text.append("def function_")
          .append(f)
          .append("(value, factor=")
          .append(f + 1)
          .append("):\n    \"\"\"Scales value by factor and adds ")
          .append(m)
          .append(".\"\"\"\n    result = value * factor + ")
          .append(m)
          .append("\n    return result\n\n\n");
    }
    return text.toString();
  }

  private static void plainPip(PythonEnvironment environment, Path findLinks, Path dir)
      throws Exception {
    Process process =
        new ProcessBuilder(
                environment.python().toString(),
                "-m",
                "pip",
                "install",
                "--no-index",
                "--find-links",
                findLinks.toString(),
                "--disable-pip-version-check",
                "benchapp")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("plain pip failed");
    }
  }

  private static void guardedInstall(
      PythonEnvironment environment, TestIndex index, Path advisories, Path state, Path kept)
      throws Exception {
    try (Guard guard =
            Guard.builder()
                .policy(
                    PolicyLoader.parse(
                        "[store]\ntype = \"sqlite\"\npath = \"" + state + "\"\n", "bench.toml"))
                .offline(true)
                .index("pypi", index.uri())
                .advisoryDatabase(advisories.toUri())
                .retainDownloads(kept)
                .identity("bench")
                .build();
        Installer installer = new Installer(guard)) {
      InstallProgress progress =
          PHASES
              ? new InstallProgress() {
                private long last = System.nanoTime();

                @Override
                public void phase(Phase phase, String detail) {
                  long now = System.nanoTime();
                  System.out.printf(
                      Locale.ROOT, "  %-8s after %4d ms%n", phase, (now - last) / 1_000_000);
                  last = now;
                }
              }
              : InstallProgress.silent();
      InstallResult result =
          installer.install(
              installer.plan(
                  environment, List.of(PackageRequest.of(PackageId.pypi("benchapp"))), progress),
              Consent.nobody(),
              progress);
      if (result.installed().size() != 10) {
        throw new IllegalStateException("installed " + result.installed().size());
      }
    }
  }

  private static double median(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[sorted.length / 2] / 1e9;
  }

  private static String seconds(List<Long> nanos) {
    return Arrays.toString(
        nanos.stream().map(n -> String.format(Locale.ROOT, "%.2f", n / 1e9)).toArray());
  }
}
