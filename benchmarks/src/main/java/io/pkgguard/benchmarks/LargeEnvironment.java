package io.pkgguard.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Writes a large environment to judge end to end with the command (issue 22's memory target): a
 * {@code file:} mirror laid out as bandersnatch lays out PyPI ({@code web/pypi/<name>/json},
 * files under {@code web/packages/}) holding {@code count} projects with one small wheel each (the
 * same as {@link EnvironmentHarness} serves), and a {@code pylock.toml} (PEP 751) that pins every
 * one of them with its wheel's URL and SHA-256.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.pkgguard.benchmarks.LargeEnvironment DIR 10000
 * PKGGUARD_JAVA_OPTS=-Xmx512m cli/target/pkgguard check --offline --isolated \
 *     --index DIR/web/pypi -r DIR/pylock.toml --format json &gt; verdicts.json
 * </pre>
 */
public final class LargeEnvironment {

  private LargeEnvironment() {}

  /**
   * Writes it.
   *
   * @param args the directory, and how many projects (default 10,000)
   * @throws Exception if it cannot be written
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    Path index = dir.resolve("web/pypi");
    Path packages = dir.resolve("web/packages");
    StringBuilder lock =
        new StringBuilder(
            "lock-version = \"1.0\"\nrequires-python = \">=3.9\"\ncreated-by = \"pkgguard-benchmarks\"\n");
    for (int i = 0; i < count; i++) {
      String name = "envlib-" + i;
      String file = EnvironmentHarness.wheelName(name);
      byte[] wheel = EnvironmentHarness.wheel(name);
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wheel));
      String path = sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + file;
      String url = "https://files.pythonhosted.org/packages/" + path;
      Files.createDirectories(packages.resolve(path).getParent());
      Files.write(packages.resolve(path), wheel);
      Files.createDirectories(index.resolve(name));
      Files.write(
          index.resolve(name).resolve("json"), EnvironmentHarness.document(name, url, wheel));
      lock.append("\n[[packages]]\nname = \"")
          .append(name)
          .append("\"\nversion = \"1.0.0\"\nwheels = [{name = \"")
          .append(file)
          .append("\", url = \"")
          .append(url)
          .append("\", hashes = {sha256 = \"")
          .append(sha)
          .append("\"}}]\n");
    }
    Files.writeString(dir.resolve("pylock.toml"), lock, StandardCharsets.UTF_8);
    System.out.printf("%d projects: %s, %s%n", count, index, dir.resolve("pylock.toml"));
  }
}
