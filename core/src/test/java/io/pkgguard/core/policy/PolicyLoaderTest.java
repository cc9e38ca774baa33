package io.pkgguard.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ConfigurationException;
import io.pkgguard.api.Decision;
import io.pkgguard.api.RiskLevel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {

  @TempDir Path dir;

  @Test
  void builtInPolicyIsTheGuidelines() {
    Policy policy = Policy.defaults();
    assertThat(policy.decisions()).isEqualTo(DecisionMapping.guidelines());
    assertThat(policy.pause().active()).isFalse();
    assertThat(policy.source("pypi"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.url()).isEqualTo(URI.create("https://pypi.org/pypi"));
              assertThat(s.trustedHosts()).containsExactly("files.pythonhosted.org");
              assertThat(s.type()).isEqualTo("pypi-json");
            });
    assertThat(policy.rule("package-age").parameters("package-age").number("high-below-days", 0))
        .isEqualTo(7);
    assertThat(policy.origin()).isEqualTo("built-in");
    assertThat(policy.fingerprint()).matches("sha256:[0-9a-f]{16}");
  }

  @Test
  void aFileIsLaidOverTheDefaultsKeyByKey() {
    Policy policy =
        PolicyLoader.parse(
            """
        deny = ["pypi:Evil_Pkg"]
        [rules.package-age]
        high-below-days = 14
        [limits]
        concurrency = 2
        """,
            "policy.toml");
    var age = policy.rule("package-age").parameters("package-age");
    assertThat(age.number("high-below-days", 0)).isEqualTo(14);
    assertThat(age.number("medium-below-days", 0)).isEqualTo(30);
    assertThat(policy.limits().concurrency()).isEqualTo(2);
    assertThat(policy.limits().ruleTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.deny()).containsExactly("pypi:Evil_Pkg");
    assertThat(policy.source("pypi")).isPresent();
    assertThat(policy.fingerprint()).isNotEqualTo(Policy.defaults().fingerprint());
  }

  @Test
  void equalContentGivesEqualFingerprints() {
    Policy a = PolicyLoader.parse("[limits]\nconcurrency = 3\n[pause]\nactive = false\n", "a");
    Policy b = PolicyLoader.parse("[pause]\nactive = false\n[limits]\nconcurrency = 3\n", "b");
    assertThat(a.fingerprint()).isEqualTo(b.fingerprint());
  }

  @Test
  void enterpriseSourcesAndPauseAndDecisionsAreRead() {
    Policy policy =
        PolicyLoader.parse(
            """
        [sources.corp]
        type = "pypi-json"
        url = "https://pypi.corp.example/pypi"
        trusted-hosts = ["files.corp.example"]
        service-hosts = ["stats.corp.example"]
        options = { timeout-ms = "5000" }
        [sources.pypi]
        enabled = false
        [pause]
        active = true
        reason = "incident 42"
        [decisions]
        medium = "special-approval"
        """,
            "policy.toml");
    assertThat(policy.source("pypi")).isEmpty();
    assertThat(policy.source("corp"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.options()).containsEntry("timeout-ms", "5000");
              assertThat(s.trustedHosts()).containsExactly("files.corp.example");
              assertThat(s.serviceHosts()).containsExactly("stats.corp.example");
            });
    assertThat(policy.pause()).isEqualTo(Pause.because("incident 42"));
    assertThat(policy.decisions().decide(RiskLevel.MEDIUM)).isEqualTo(Decision.SPECIAL_APPROVAL);
  }

  @Test
  void unknownTopLevelKeyNamesFileLineKeyAndTheKnownKeys() {
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    """
        [limits]
        concurrency = 2

        [limitz]
        concurrency = 2
        """,
                    "policy.toml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "policy.toml:4: limitz: unknown key 'limitz' at the top level; expected one"
                + " of: advisories, approvals, decisions, deny, dependencies, inspection, install,"
                + " limits, pause, plugins, rules, sources, store");
  }

  @Test
  void inspectionSettingsAreCheckedKeyByKey() {
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    """
        [inspection]
        files = "some"
        """,
                    "policy.toml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("policy.toml:2: inspection.files: must be \"best\"");
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    """
        [inspection]
        max-entries = 0
        """,
                    "policy.toml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("policy.toml:2: inspection.max-entries");
    Policy policy =
        PolicyLoader.parse(
            """
        [inspection]
        files = "all"
        max-compression-ratio = 50
        """,
            "policy.toml");
    assertThat(policy.inspection().allFiles()).isTrue();
    assertThat(policy.inspection().archive().maxCompressionRatio()).isEqualTo(50);
    assertThat(policy.inspection().archive().maxEntries()).isEqualTo(100_000);
  }

  @Test
  void unknownNestedKeyNamesItsTable() {
    assertThatThrownBy(() -> PolicyLoader.parse("[pause]\nactiv = true\n", "p.toml"))
        .hasMessage(
            "p.toml:2: pause.activ: unknown key 'activ' in [pause]; expected one of:"
                + " active, reason");
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    assertThatThrownBy(() -> PolicyLoader.parse("[limits]\nrule-timeout-ms = \"5s\"\n", "p.toml"))
        .hasMessage(
            "p.toml:2: limits.rule-timeout-ms: expected a whole number, found the string"
                + " \"5s\"");
    assertThatThrownBy(() -> PolicyLoader.parse("[rules.package-age]\nenabled = \"no\"\n", "p"))
        .hasMessageContaining("rules.package-age.enabled: expected true or false");
    assertThatThrownBy(() -> PolicyLoader.parse("[rules.x]\nweights = [1, 2]\n", "p"))
        .hasMessageContaining(
            "rules.x.weights: expected true/false, a whole number, a string or"
                + " a list of strings, found a list");
    assertThatThrownBy(() -> PolicyLoader.parse("deny = \"pypi:x\"\n", "p"))
        .hasMessageContaining("deny: expected a list of strings");
  }

  @Test
  void outOfRangeNumbersAreErrors() {
    assertThatThrownBy(() -> PolicyLoader.parse("[limits]\nconcurrency = 0\n", "p.toml"))
        .hasMessageContaining("limits.concurrency: expected a whole number from 1 to 256, found 0");
    assertThatThrownBy(
            () -> PolicyLoader.parse("[limits]\nrule-timeout-ms-per-text-mib = -1\n", "p.toml"))
        .hasMessageContaining(
            "limits.rule-timeout-ms-per-text-mib: expected a whole number from 0 to 600000");
    // a rule's number past a long's range would wrap around when read (2^64 + 100 reads as 100)
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    "[rules.typosquat]\ncritical-rank = 18446744073709551716\n", "p.toml"))
        .hasMessage(
            "p.toml:2: rules.typosquat.critical-rank: expected a whole number from"
                + " -9223372036854775808 to 9223372036854775807, found 18446744073709551716");
  }

  @Test
  void aRulesBudgetGrowsWithTextByDefaultAndMayBeFixed() {
    assertThat(Policy.defaults().limits().ruleTimeoutPerTextMib())
        .isEqualTo(Duration.ofMillis(200));
    assertThat(
            PolicyLoader.parse("[limits]\nrule-timeout-ms-per-text-mib = 0\n", "p.toml")
                .limits()
                .ruleTimeoutPerTextMib())
        .isZero();
  }

  @Test
  void dependencyLimitsAreReadAndChecked() {
    DependencyLimits limits =
        PolicyLoader.parse("[dependencies]\nwalk = false\n" + "max-depth = 4\n", "p.toml")
            .dependencies();
    assertThat(limits).isEqualTo(new DependencyLimits(false, 4, 1000, 150, 12));
    assertThat(Policy.defaults().dependencies().walk()).isTrue();
    assertThatThrownBy(() -> PolicyLoader.parse("[dependencies]\nmax-depth = 0\n", "p.toml"))
        .hasMessage(
            "p.toml:2: dependencies.max-depth: expected a whole number from 1 to 1000,"
                + " found 0");
    assertThatThrownBy(() -> PolicyLoader.parse("[dependencies]\nwalk = \"yes\"\n", "p.toml"))
        .hasMessageContaining("dependencies.walk: expected true or false");
    assertThatThrownBy(() -> PolicyLoader.parse("[dependencies]\nmax-dept = 3\n", "p.toml"))
        .hasMessageContaining("unknown key 'max-dept'");
  }

  @Test
  void invalidTomlGivesFileLineAndColumn() {
    assertThatThrownBy(() -> PolicyLoader.parse("[limits]\nconcurrency = = 2\n", "bad.toml"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("bad.toml:2:")
        .hasMessageContaining("invalid TOML");
    assertThatThrownBy(() -> PolicyLoader.parse("[limits\n", "bad.toml"))
        .hasMessageStartingWith("bad.toml:1:");
  }

  @Test
  void aMoreSevereLevelMayNotBeTreatedMoreLeniently() {
    assertThatThrownBy(() -> PolicyLoader.parse("[decisions]\nhigh = \"allow\"\n", "p.toml"))
        .hasMessageContaining("HIGH maps to ALLOW, more permissive than REVIEW");
    assertThatThrownBy(() -> PolicyLoader.parse("[decisions]\nlow = \"maybe\"\n", "p.toml"))
        .hasMessageContaining(
            "decisions.low: expected one of allow, review, special-approval," + " reject");
  }

  @Test
  void sourceUrlsMustBeSafe() {
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    "[sources.x]\ntype = \"pypi-json\"\nurl = \"ftp://mirror/pypi\"\n", "p.toml"))
        .hasMessageContaining("sources.x.url: \"ftp://mirror/pypi\" must be an https: URL");
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    "[sources.x]\ntype = \"pypi-json\"\nurl = \"https://user:secret@host/pypi\"\n",
                    "p"))
        .hasMessageContaining("do not put credentials in the URL");
    assertThatThrownBy(() -> PolicyLoader.parse("[sources.x]\nurl = \"https://h/pypi\"\n", "p"))
        .hasMessageContaining("[sources.x] needs both 'type'");
    assertThatThrownBy(
            () ->
                PolicyLoader.parse(
                    "[sources.x]\ntype = \"t\"\nurl = \"https://h\"\ntrusted-hosts = [\"a b\"]\n",
                    "p"))
        .hasMessageContaining("is not a host name");
  }

  @Test
  void denyEntriesNeedAnEcosystem() {
    assertThatThrownBy(() -> PolicyLoader.parse("deny = [\"evil\"]\n", "p.toml"))
        .hasMessageContaining("must be written ecosystem:name");
  }

  @Test
  void pyprojectErrorsPointIntoTheToolPkgguardTable() throws IOException {
    Path file = dir.resolve("pyproject.toml");
    Files.writeString(
        file,
        """
        [project]
        name = "app"
        [tool.pkgguard.limits]
        concurrency = 4
        fetch-timeout-ms = "soon"
        """);
    assertThatThrownBy(() -> PolicyLoader.load(file))
        .hasMessage(
            file
                + ":5: limits.fetch-timeout-ms: expected a whole number, found the"
                + " string \"soon\"");
  }

  @Test
  void locationPointsAtTheLineOfAKeyInTheFile() throws IOException {
    Path file = dir.resolve("policy.toml");
    Files.writeString(file, "\n[rules.package-age]\nhigh-bellow-days = 3\n");
    Policy policy = PolicyLoader.load(file);
    assertThat(PolicyLoader.location(policy, List.of("rules", "package-age", "high-bellow-days")))
        .isEqualTo(file + ":3");
    assertThat(PolicyLoader.location(Policy.defaults(), List.of("x"))).isEqualTo("built-in");
  }

  @Test
  void pyprojectSettingsApply() throws IOException {
    Path file = dir.resolve("pyproject.toml");
    Files.writeString(file, "[tool.pkgguard.limits]\nconcurrency = 4\n");
    assertThat(PolicyLoader.load(file).limits().concurrency()).isEqualTo(4);
  }

  @Test
  void pyprojectWithoutTheTableSaysSo() throws IOException {
    Path file = dir.resolve("pyproject.toml");
    Files.writeString(file, "[project]\nname = \"app\"\n");
    assertThatThrownBy(() -> PolicyLoader.load(file))
        .hasMessageContaining("has no [tool.pkgguard] table");
  }

  @Test
  void unreadableFilesAreClearErrors() throws IOException {
    assertThatThrownBy(() -> PolicyLoader.load(dir.resolve("missing.toml")))
        .hasMessageEndingWith("missing.toml: no such file");
    assertThatThrownBy(() -> PolicyLoader.load(dir)).hasMessageContaining("is a directory");
    Path binary = dir.resolve("binary.toml");
    Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});
    assertThatThrownBy(() -> PolicyLoader.load(binary)).hasMessageContaining("is not UTF-8");
    Path huge = dir.resolve("huge.toml");
    Files.writeString(huge, "# x\n".repeat(300_000));
    assertThatThrownBy(() -> PolicyLoader.load(huge)).hasMessageContaining("larger than");
  }

  @Test
  void criticalFindingsAreRejectedWhateverThePolicySays() {
    assertThatThrownBy(() -> PolicyLoader.parse("[decisions]\ncritical = \"allow\"\n", "weak.toml"))
        .isInstanceOf(io.pkgguard.api.ConfigurationException.class)
        .hasMessageContaining("weak.toml:2")
        .hasMessageContaining("[decisions] critical can only be \"reject\"");
    assertThatThrownBy(
            () ->
                new DecisionMapping(
                    java.util.Map.of(
                        io.pkgguard.api.RiskLevel.NONE, io.pkgguard.api.Decision.ALLOW,
                        io.pkgguard.api.RiskLevel.LOW, io.pkgguard.api.Decision.ALLOW,
                        io.pkgguard.api.RiskLevel.MEDIUM, io.pkgguard.api.Decision.REVIEW,
                        io.pkgguard.api.RiskLevel.HIGH, io.pkgguard.api.Decision.SPECIAL_APPROVAL,
                        io.pkgguard.api.RiskLevel.CRITICAL,
                            io.pkgguard.api.Decision.SPECIAL_APPROVAL)))
        .hasMessageContaining("CRITICAL must map to REJECT");
  }

  @Test
  void aDeviceOrAPipeIsRefusedBeforeAnythingIsRead() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    // /dev/zero never ends (it ran out of memory after 16 s); a FIFO blocks forever.
    assertThatThrownBy(
            () ->
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10),
                    () -> PolicyLoader.load(Path.of("/dev/zero"))))
        .isInstanceOf(io.pkgguard.api.ConfigurationException.class)
        .hasMessage(
            "/dev/zero: is not a regular file (a device, a pipe or a socket); pkgguard"
                + " reads only regular files");
    Path fifo = dir.resolve("policy.toml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0);
    assertThatThrownBy(
            () ->
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10), () -> PolicyLoader.load(fifo)))
        .hasMessageContaining("is not a regular file");
  }

  @Test
  void anEmptyFileIsTheDefaultPolicy() {
    Policy policy = PolicyLoader.parse("", "empty.toml");
    assertThat(policy.fingerprint()).isEqualTo(Policy.defaults().fingerprint());
    assertThat(policy.origin()).isEqualTo("empty.toml");
  }

  @Test
  void anotherIndexDropsThePublicIndexsServicesButKeepsItsOwn() {
    SourceConfig pypi = Policy.defaults().source("pypi").orElseThrow();
    assertThat(pypi.options())
        .containsKeys("download-stats-url", "simple-url", "provenance", "account-pages-url");
    assertThat(pypi.serviceHosts()).contains("pypistats.org");

    SourceConfig mirror = pypi.withUrl(URI.create("https://mirror.example/pypi"));
    assertThat(mirror.options())
        .doesNotContainKeys("download-stats-url", "simple-url", "provenance", "account-pages-url");
    assertThat(mirror.serviceHosts()).isEmpty();

    SourceConfig samePublic = pypi.withUrl(URI.create("https://pypi.org/pypi/"));
    assertThat(samePublic.options()).isEqualTo(pypi.options());

    SourceConfig own =
        new SourceConfig(
                "corp",
                "pypi-json",
                URI.create("https://a.corp/pypi"),
                java.util.Set.of(),
                java.util.Set.of(),
                true,
                java.util.Map.of(
                    "simple-url",
                    "https://b.corp/simple",
                    "provenance",
                    "true",
                    "timeout-ms",
                    "5000"))
            .withUrl(URI.create("https://b.corp/pypi"));
    assertThat(own.options()).containsOnlyKeys("simple-url", "provenance", "timeout-ms");
  }

  @Test
  void derivedPoliciesGetNewFingerprints() {
    Policy base = Policy.defaults();
    Policy paused = base.withPause(Pause.because("x"));
    assertThat(paused.pause().active()).isTrue();
    assertThat(paused.fingerprint()).isNotEqualTo(base.fingerprint());
    Policy indexed = base.withIndex("pypi", URI.create("https://mirror.example/pypi"));
    assertThat(indexed.source("pypi").orElseThrow().url().getHost()).isEqualTo("mirror.example");
    assertThatThrownBy(() -> base.withIndex("nope", URI.create("https://x")))
        .hasMessageContaining("no source 'nope'");
    assertThat(base.withRule("x", new RuleSettings(false, java.util.Map.of())).rule("x").enabled())
        .isFalse();
  }

  @Test
  void tomlLineFinderHandlesDottedQuotedAndArrayTableKeys() {
    String text =
        """
        # comment
        [rules."name-format"]
        max-length = 3
        [[x.y]]
        a.b = 1
        """;
    assertThat(TomlLineFinder.lineOf(text, List.of("rules", "name-format", "max-length")))
        .hasValue(3);
    assertThat(TomlLineFinder.lineOf(text, List.of("x", "y", "a", "b"))).hasValue(5);
    assertThat(TomlLineFinder.lineOf(text, List.of("nope"))).isEmpty();
  }

  @Test
  void pluginDirectoriesAreAListOfNonEmptyPaths() {
    assertThat(
            PolicyLoader.parse("[plugins]\ndirs = [\"plugins\", \"/opt/acme\"]\n", "p.toml")
                .plugins()
                .dirs())
        .containsExactly("plugins", "/opt/acme");
    assertThat(Policy.defaults().plugins().dirs()).isEmpty();
    assertThatThrownBy(() -> PolicyLoader.parse("[plugins]\ndir = [\"x\"]\n", "p.toml"))
        .hasMessageContaining("p.toml:2")
        .hasMessageContaining("dir");
    assertThatThrownBy(() -> PolicyLoader.parse("[plugins]\ndirs = [\" \"]\n", "p.toml"))
        .hasMessageContaining("a plugin directory cannot be empty");
    assertThatThrownBy(() -> PolicyLoader.parse("[plugins]\ndirs = \"plugins\"\n", "p.toml"))
        .hasMessageContaining("dirs");
  }
}
