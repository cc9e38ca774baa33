package io.pkgguard.cli.tools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** tools/refresh-osv-db: the new database replaces the old only if it loads. */
class RefreshOsvDatabaseTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** An OSV record built field for field as the OSV schema describes one (constructed). */
  private static String record(String id, String ecosystem, String name) {
    return "{\"id\": \""
        + id
        + "\", \"modified\": \"2026-01-01T00:00:00Z\", \"affected\":"
        + " [{\"package\": {\"ecosystem\": \""
        + ecosystem
        + "\", \"name\": \""
        + name
        + "\"},"
        + " \"ranges\": [{\"type\": \"ECOSYSTEM\", \"events\": [{\"introduced\": \"0\"},"
        + " {\"fixed\": \"1.2\"}]}]}]}";
  }

  private static byte[] zip(String... records) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < records.length; i++) {
        zip.putNextEntry(new ZipEntry("PyPI/r" + i + ".json"));
        zip.write(records[i].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private int run(String... args) {
    CommandLine command = new CommandLine(new RefreshOsvDatabase());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void downloadsTheExportAndReplacesTheDatabase() throws IOException {
    Path db = dir.resolve("osv.zip");
    Files.writeString(db, "old");
    byte[] export = zip(record("PYSEC-2099-1", "PyPI", "demo"), record("GHSA-x", "npm", "left"));
    server.stubFor(get("/PyPI/all.zip").willReturn(aResponse().withBody(export)));

    assertThat(run("--url", server.baseUrl() + "/PyPI/all.zip", "--out", db.toString())).isZero();
    assertThat(Files.readAllBytes(db)).isEqualTo(export);
    assertThat(out.toString()).startsWith("wrote 1 PyPI advisories for 1 packages to ");
  }

  @Test
  void aFailedOrDamagedDownloadLeavesTheOldDatabase() throws IOException {
    Path db = dir.resolve("osv.zip");
    Files.writeString(db, "old");
    server.stubFor(get("/missing.zip").willReturn(aResponse().withStatus(404)));
    server.stubFor(
        get("/reset.zip").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(get("/page.zip").willReturn(aResponse().withBody("<html>login</html>")));
    server.stubFor(
        get("/npm.zip").willReturn(aResponse().withBody(zip(record("GHSA-x", "npm", "left")))));

    assertThat(run("--url", server.baseUrl() + "/missing.zip", "--out", db.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("answered HTTP 404");
    assertThat(run("--url", server.baseUrl() + "/reset.zip", "--out", db.toString())).isEqualTo(1);
    assertThat(run("--url", server.baseUrl() + "/page.zip", "--out", db.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("not a zip archive");
    assertThat(run("--url", server.baseUrl() + "/npm.zip", "--out", db.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("holds no valid OSV record");
    assertThat(Files.readString(db)).isEqualTo("old");
  }

  @Test
  void zipsACheckoutOfARecordRepository() throws IOException {
    Path vulns = Files.createDirectories(dir.resolve("advisory-database/vulns/demo"));
    Files.writeString(vulns.resolve("PYSEC-2099-2.json"), record("PYSEC-2099-2", "PyPI", "demo"));
    Files.writeString(vulns.resolve("README.txt"), "not a record");
    Path db = dir.resolve("pypa.zip");

    assertThat(
            run(
                "--from-directory",
                dir.resolve("advisory-database").toString(),
                "--out",
                db.toString()))
        .isZero();
    assertThat(out.toString()).startsWith("wrote 1 PyPI advisories for 1 packages");
  }
}
