package io.pkgguard.benchmarks;

import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.core.Guard;
import io.pkgguard.core.policy.Policy;
import io.pkgguard.core.policy.PolicyLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Guards for the store benchmarks: the same local mirror (a directory in the PyPI JSON API
 * layout, read from disk, so that the index costs little and the store's share shows), the
 * built-in rules without those that download files, and one of three stores: none, the
 * embedded SQLite store in a fresh directory, or PostgreSQL on a server started here (its
 * binaries come as a Maven artifact, as in the tests).
 */
final class StoreGuards implements AutoCloseable {

  /** The package evaluated: approvable (its verdict asks for approval), so approvals are read. */
  static final String PACKAGE = "bench-review";

  private final Path directory;
  private EmbeddedPostgres postgres;

  StoreGuards() throws IOException {
    directory = Files.createTempDirectory("pkgguard-store-bench-");
    Path project = directory.resolve("index").resolve(PACKAGE);
    Files.createDirectories(project);
    Files.write(project.resolve("json"), SyntheticProject.document(PACKAGE, 20_000, List.of()));
  }

  /** The request every benchmark evaluates. */
  static PackageRequest request() {
    return PackageRequest.of(PackageId.pypi(PACKAGE));
  }

  /**
   * A new, empty store of the given type, as the policy's {@code [store]} table: {@code none},
   * {@code sqlite} (a new directory) or {@code postgresql} (a new database on this fixture's
   * server).
   */
  String newStore(String store) throws IOException, SQLException {
    return switch (store) {
      case "none" -> "[store]\ntype = \"none\"\n";
      case "sqlite" ->
          "[store]\ntype = \"sqlite\"\npath = \""
              + Files.createTempDirectory(directory, "sqlite-").toString().replace("\\", "\\\\")
              + "\"\n";
      case "postgresql" ->
          "[store]\ntype = \"postgresql\"\nurl = \"jdbc:postgresql://localhost:"
              + postgres().getPort()
              + "/"
              + newDatabase()
              + "\"\npool-size = 8\n";
      default -> throw new IllegalArgumentException("no store " + store);
    };
  }

  /** A guard on the store {@link #newStore} described; several may share one. */
  Guard guard(String storeTable) {
    Policy policy =
        PolicyLoader.parse(
            "[dependencies]\nwalk = false\n"
                + "[advisories.osv]\nenabled = false\n"
                + "[rules.content]\nenabled = false\n[rules.distribution-files]\nenabled = false\n"
                + storeTable,
            "bench.toml");
    return Guard.builder()
        .policy(policy)
        .offline(true)
        .index(PackageId.PYPI, directory.resolve("index").toUri())
        .environment(
            Map.of("PKGGUARD_STORE_USER", "postgres", "PKGGUARD_STORE_PASSWORD", "postgres"))
        .identity("bench")
        .build();
  }

  private EmbeddedPostgres postgres() throws IOException {
    if (postgres == null) {
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory.resolve("pg"))
              .setCleanDataDirectory(true)
              .start();
    }
    return postgres;
  }

  private int databases;

  private String newDatabase() throws SQLException, IOException {
    String name = "bench_" + (++databases);
    try (Connection c = postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
    try (var walk = Files.walk(directory)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
