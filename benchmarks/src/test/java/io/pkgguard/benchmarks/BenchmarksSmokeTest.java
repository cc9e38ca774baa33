package io.pkgguard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each benchmark body once, outside JMH, so the benchmarks keep working. No timing here. */
class BenchmarksSmokeTest {

  @Test
  void theProjectDocumentIsFiveMegabytesAndReadsCompletely() throws Exception {
    ProjectDocumentBenchmark benchmark = new ProjectDocumentBenchmark();
    benchmark.setUp();
    assertThat(benchmark.documentBytes())
        .isGreaterThanOrEqualTo(ProjectDocumentBenchmark.FIVE_MEGABYTES);
    assertThat(benchmark.readProjectDocument().releases()).hasSizeGreaterThan(2_000);
  }

  @Test
  void documentsHaveTheSizeAskedFor() {
    int small = SyntheticProject.document("x", 20_000).length;
    assertThat(small).isBetween(20_000, 24_000);
    int large = SyntheticProject.document("x", ProjectDocumentBenchmark.FIVE_MEGABYTES).length;
    assertThat(large)
        .isBetween(
            ProjectDocumentBenchmark.FIVE_MEGABYTES,
            ProjectDocumentBenchmark.FIVE_MEGABYTES * 102 / 100);
  }

  @Test
  void bothFetchVariantsFetchEveryPackage() throws Exception {
    MetadataFetchBenchmark benchmark = new MetadataFetchBenchmark();
    benchmark.serverGzip = "on";
    benchmark.setUp();
    try {
      assertThat(benchmark.bareHttpClient()).isPositive();
      assertThat(benchmark.pkgguardSource())
          .isGreaterThanOrEqualTo(
              MetadataFetchBenchmark.PACKAGES * SyntheticProject.RELEASES_PER_BATCH);
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theAdvisoryDatabaseLoadsEveryRecordAndLookupsFindAdvisories() throws Exception {
    OsvDatabaseBenchmark.Archive archive = new OsvDatabaseBenchmark.Archive();
    archive.records = 3000;
    archive.build();
    OsvDatabaseBenchmark benchmark = new OsvDatabaseBenchmark();
    assertThat(benchmark.loadAndIndex(archive).records()).isEqualTo(3000);
    OsvDatabaseBenchmark.Loaded loaded = new OsvDatabaseBenchmark.Loaded();
    loaded.load(archive);
    int found = 0;
    for (int i = 0; i < 200; i++) {
      found += benchmark.lookup(loaded).isEmpty() ? 0 : 1;
    }
    assertThat(found).as("the queries take listed versions").isGreaterThan(150);
  }

  @Test
  void theLockFileEnvironmentEvaluatesEveryLockedPackage() throws Exception {
    LockFileBenchmark benchmark = new LockFileBenchmark();
    benchmark.packagesAndLatency = "12:0";
    benchmark.setUp();
    try {
      assertThat(benchmark.bareHttpClient()).isPositive();
      assertThat(benchmark.pkgguardEnvironment().dependencies())
          .hasSize(12)
          .allSatisfy(v -> assertThat(v.complete()).isTrue());
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theArchiveBenchmarkReadsAndJudgesItsWheel() throws Exception {
    ArchiveBenchmark benchmark = new ArchiveBenchmark();
    benchmark.megabytes = 4;
    benchmark.setUp();
    try {
      assertThat(benchmark.fileBytes()).isBetween(3L << 20, 6L << 20);
      assertThat(benchmark.decompressOnly()).isGreaterThan(benchmark.fileBytes());
      assertThat(benchmark.inspect().problems()).isEmpty();
      assertThat(benchmark.judge())
          .as("ordinary code and a platform wheel: nothing to report")
          .allSatisfy(f -> assertThat(f.level()).isLessThan(io.pkgguard.api.RiskLevel.HIGH));
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theDependencyWalkBenchmarkWalksTheTreeBothWays() throws Exception {
    DependencyWalkBenchmark benchmark = new DependencyWalkBenchmark();
    benchmark.setUp();
    try {
      assertThat(benchmark.bareAllAtOnce()).isPositive();
      assertThat(benchmark.bareLevelByLevel()).isPositive();
      assertThat(benchmark.pkgguardWalk().complete()).isTrue();
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theStoreBenchmarkEvaluatesWithTheEmbeddedStore() throws Exception {
    for (String store : java.util.List.of("none", "sqlite")) {
      StoreBenchmark benchmark = new StoreBenchmark();
      benchmark.store = store;
      benchmark.setUp();
      try {
        assertThat(benchmark.evaluate().complete()).as(store).isTrue();
      } finally {
        benchmark.tearDown();
      }
    }
  }

  @Test
  void everyReportFormatWritesTheEnvironment() throws Exception {
    ReportFormatsBenchmark benchmark = new ReportFormatsBenchmark();
    benchmark.packages = 40;
    benchmark.build();
    for (String format : params(ReportFormatsBenchmark.class, "format")) {
      benchmark.format = format;
      assertThat(benchmark.write()).as(format).contains("package-30");
    }
  }

  @Test
  void everyInputFormatReadsEveryPackage() throws Exception {
    for (String file : params(EnvironmentReadBenchmark.class, "file")) {
      EnvironmentReadBenchmark benchmark = new EnvironmentReadBenchmark();
      benchmark.file = file;
      benchmark.packages = 40;
      benchmark.write();
      assertThat(benchmark.read().requirements()).as(file).hasSize(40);
    }
  }

  @Test
  void aNewGuardBuildsScreensAndEvaluates() throws Exception {
    GuardBuildBenchmark benchmark = new GuardBuildBenchmark();
    benchmark.demoIndex = "../examples/target/demo-index";
    benchmark.setUp();
    try {
      assertThat(benchmark.buildAndClose()).isNotNull();
      assertThat(benchmark.buildScreenAndClose()).isNotNull();
      assertThat(((io.pkgguard.api.Verdict) benchmark.buildEvaluateAndClose()).id().name())
          .isEqualTo("tidyconf");
      assertThat(((io.pkgguard.api.Verdict) benchmark.evaluateWithAGuardBuiltBefore()).complete())
          .isTrue();
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void theEnvironmentHarnessJudgesEveryWheelItServes() throws Exception {
    // Throws if any package's wheel was not downloaded and read.
    EnvironmentHarness.main(
        new String[] {"--packages", "12", "--latency", "0", "--rounds", "1", "--concurrency", "4"});
    EnvironmentHarness.main(
        new String[] {"--packages", "12", "--latency", "0", "--rounds", "1", "--where", "remote"});
  }

  /** The values a benchmark's JMH parameter runs with, so the smoke run covers every one. */
  private static String[] params(Class<?> benchmark, String field) throws Exception {
    return benchmark.getField(field).getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
  }
}
