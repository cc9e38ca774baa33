package io.pkgguard.core;

import static io.pkgguard.core.FakeTree.ECOSYSTEM;
import static io.pkgguard.core.TestPlugins.policy;
import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Advisory;
import io.pkgguard.api.AdvisoryQuery;
import io.pkgguard.api.AdvisorySettings;
import io.pkgguard.api.AdvisorySource;
import io.pkgguard.api.AdvisorySourceProvider;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A package is evaluated with everything it pulls in, and is never better than any of it. */
class GuardDependencyWalkTest {

  private final List<Guard> guards = new ArrayList<>();
  private final FakeTree tree = new FakeTree();

  @AfterEach
  void close() {
    guards.forEach(Guard::close);
  }

  private Guard guard(String policyToml) {
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(policy(policyToml))
            .addEcosystem(new FakeTree.TreeEcosystem())
            .addSourceProvider(tree.index())
            .addRule(new TestPlugins.QuietRule())
            .addRule(new TestPlugins.EvilNameRule())
            .build();
    guards.add(guard);
    return guard;
  }

  private static PackageRequest request(String name) {
    return PackageRequest.of(new PackageId(ECOSYSTEM, name));
  }

  private Verdict check(String name) {
    return guard("").evaluate(request(name));
  }

  private static List<String> names(List<Verdict> verdicts) {
    return verdicts.stream()
        .map(v -> v.id().name() + v.version().map(x -> " " + x).orElse(""))
        .toList();
  }

  private static List<String> dependencyMessages(Verdict verdict) {
    return verdict.findingsOf("dependencies").stream().map(Finding::message).toList();
  }

  @Nested
  class TheTree {

    @Test
    void aCleanTreeIsAllowedAndCarriedInTheVerdict() {
      tree.add("app", 1, "lib").add("lib", 1, "util").add("util", 1);

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.ALLOW);
      assertThat(app.findingsOf("dependencies")).isEmpty();
      assertThat(names(app.dependencies())).containsExactly("lib 1");
      assertThat(names(app.dependencies().get(0).dependencies())).containsExactly("util 1");
    }

    @Test
    void eachPackageIsEvaluatedOnceAndItsSubtreeShownOnce() {
      tree.add("app", 1, "a", "b").add("a", 1, "c").add("b", 1, "c").add("c", 1, "d").add("d", 1);

      Verdict app = check("app");

      assertThat(tree.fetched("c")).isEqualTo(1);
      assertThat(tree.fetched("d")).isEqualTo(1);
      Verdict underA = app.dependencies().get(0).dependencies().get(0);
      Verdict underB = app.dependencies().get(1).dependencies().get(0);
      assertThat(names(underA.dependencies())).as("c's own tree, under a").containsExactly("d 1");
      assertThat(underB.dependencies()).as("c again, under b: without its tree").isEmpty();
      assertThat(underB.decision()).isEqualTo(underA.decision());
    }

    @Test
    void cyclesAreFollowedOnce() {
      tree.add("a", 1, "b").add("b", 1, "a", "evil").add("evil", 1);

      Verdict a = check("a");

      assertThat(a.decision()).isEqualTo(Decision.REJECT);
      assertThat(dependencyMessages(a))
          .singleElement()
          .asString()
          .startsWith("depends on evil (a \u2192 b \u2192 evil), which is REJECT: evil name");
      Verdict b = a.dependencies().get(0);
      assertThat(names(b.dependencies())).containsExactly("a 1", "evil");
      assertThat(b.dependencies().get(0).dependencies()).as("the cycle is cut").isEmpty();
      assertThat(b.decision()).as("b pulls in evil too").isEqualTo(Decision.REJECT);
    }

    @Test
    void aPackageThatDependsOnItselfWithAnExtraIsNotItsOwnDependency() {
      tree.add("lib", 1, "lib[fast] ; extra == all", "speedups ; extra == fast").add("speedups", 1);

      Verdict lib = guard("").evaluate(request("lib").withExtras(java.util.Set.of("all")));

      assertThat(lib.decision()).isEqualTo(Decision.ALLOW);
      assertThat(names(lib.dependencies())).containsExactly("speedups 1");
      assertThat(tree.fetched("lib")).isEqualTo(1);
    }
  }

  @Nested
  class Propagation {

    @Test
    void aBadDependencyDeepDownRejectsEveryPackageAboveItAndNamesThePath() {
      tree.add("app", 1, "lib").add("lib", 1, "evil-helper").add("evil-helper", 1);

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.REJECT);
      assertThat(app.risk()).isEqualTo(RiskLevel.CRITICAL);
      assertThat(app.findingsOf("dependencies"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message())
                    .isEqualTo(
                        "depends on evil-helper (app \u2192 lib \u2192"
                            + " evil-helper), which is REJECT: evil name");
                assertThat(f.evidence().values())
                    .containsEntry("path", "app \u2192 lib \u2192 evil-helper")
                    .containsEntry("decision", "REJECT");
              });
      assertThat(app.dependencies().get(0).decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void aDependencyThatCannotBeFoundLeavesItsDependentsUnchecked() {
      tree.add("app", 1, "ghost");

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.REJECT);
      assertThat(app.complete()).isFalse();
      assertThat(dependencyMessages(app))
          .singleElement()
          .asString()
          .startsWith(
              "depends on ghost (app \u2192 ghost), which is REJECT: the package does not"
                  + " exist");
    }

    @Test
    void aDirectUrlDependencyIsHighAndNotFetched() {
      tree.add("app", 1, "tool @ https://example.com/tool-1.0.tar.gz");

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.SPECIAL_APPROVAL);
      assertThat(dependencyMessages(app))
          .containsExactly(
              "declares a direct URL dependency"
                  + " 'tool @ https://example.com/tool-1.0.tar.gz': no index vouches for it, and"
                  + " pkgguard does not fetch it");
      assertThat(tree.fetched("tool")).isZero();
    }

    @Test
    void anUnreadableDeclarationLeavesThePackageUncheckedButStillRunsItsRules() {
      tree.add("app", 1, "lib!!");

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.REJECT);
      assertThat(app.complete()).isFalse();
      assertThat(app.rulesRun()).contains("quiet");
      assertThat(dependencyMessages(app))
          .containsExactly("its dependencies cannot be read: 'lib!!' is not a requirement");
    }
  }

  @Nested
  class Versions {

    @Test
    void requirementsOfOneLevelAreCombinedAsAnInstallerWould() {
      tree.add("app", 1, "x", "y")
          .add("x", 1, "c<3")
          .add("y", 1, "c>=2")
          .add("c", 1)
          .add("c", 2)
          .add("c", 3);

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.ALLOW);
      Verdict c = app.dependencies().get(0).dependencies().get(0);
      assertThat(names(List.of(c))).containsExactly("c 2");
    }

    @Test
    void aLaterRequirementTheChosenVersionDoesNotSatisfyIsAConflictNotAGuess() {
      tree.add("app", 1, "a", "c").add("a", 1, "c<2").add("c", 1).add("c", 3);

      Verdict app = check("app");

      assertThat(app.decision()).isEqualTo(Decision.REJECT);
      Verdict a = app.dependencies().get(0);
      assertThat(a.complete()).isFalse();
      assertThat(dependencyMessages(a))
          .containsExactly(
              "conflicting requirements: 'c<2' (app"
                  + " \u2192 a \u2192 c) does not accept c 3, chosen for 'c' (app \u2192 c); an"
                  + " installer would look for other versions, which were not checked");
      assertThat(tree.fetched("c")).isEqualTo(1);
    }

    @Test
    void aRequestedPinDecidesTheVersionItsDependentsGet() {
      tree.add("lib", 1, "util>=1").add("util", 1).add("util", 2);

      List<Verdict> verdicts =
          guard("").evaluateAll(List.of(request("lib"), request("util").withVersion("1")));

      assertThat(names(verdicts.get(0).dependencies())).containsExactly("util 1");
      assertThat(tree.fetched("util")).isEqualTo(1);
      assertThat(verdicts).allSatisfy(v -> assertThat(v.decision()).isEqualTo(Decision.ALLOW));
    }

    @Test
    void extrasAskedForLaterAddTheirDependencies() {
      tree.add("app", 1, "lib", "x")
          .add("x", 1, "lib[socks]")
          .add("lib", 1, "pysocks ; extra == socks")
          .add("pysocks", 1);

      Verdict app = check("app");

      assertThat(tree.fetched("pysocks")).isEqualTo(1);
      assertThat(names(app.dependencies().get(0).dependencies())).containsExactly("pysocks 1");
    }
  }

  @Nested
  class Limits {

    @Test
    void aTreeDeeperThanThePolicyAllowsIsNotFullyCheckedSoItIsRejected() {
      tree.add("a", 1, "b").add("b", 1, "c").add("c", 1, "d").add("d", 1);

      Verdict a = guard("[dependencies]\nmax-depth = 2\n").evaluate(request("a"));

      assertThat(a.decision()).isEqualTo(Decision.REJECT);
      assertThat(a.complete()).isFalse();
      assertThat(tree.fetched("d")).isZero();
      Verdict c = a.dependencies().get(0).dependencies().get(0);
      assertThat(dependencyMessages(c))
          .containsExactly(
              "the dependency 'd' (a \u2192 b \u2192 c"
                  + " \u2192 d) is deeper than the policy's limit of 2 levels; it was not checked");
    }

    @Test
    void aTreeLargerThanThePolicyAllowsIsNotFullyChecked() {
      tree.add("app", 1, "a", "b", "c").add("a", 1).add("b", 1).add("c", 1);

      Verdict app = guard("[dependencies]\nmax-packages = 3\n").evaluate(request("app"));

      assertThat(app.decision()).isEqualTo(Decision.REJECT);
      assertThat(dependencyMessages(app))
          .containsExactly(
              "the dependency 'c' (app \u2192 c) was"
                  + " not checked: the tree has more than the policy's limit of 3 packages");
    }

    @Test
    void aComplexTreeIsReviewed() {
      tree.add("app", 1, "a", "b", "c").add("a", 1).add("b", 1).add("c", 1);

      Verdict app = guard("[dependencies]\ncomplex-packages = 2\n").evaluate(request("app"));

      assertThat(app.decision()).isEqualTo(Decision.REVIEW);
      assertThat(dependencyMessages(app))
          .containsExactly(
              "a complex dependency tree: 3"
                  + " packages, 1 levels deep (the policy's thresholds: 2 packages, 12 levels)");
    }

    @Test
    void withoutTheWalkOnlyTheNamedPackagesAreEvaluated() {
      tree.add("app", 1, "evil");

      Verdict app = guard("[dependencies]\nwalk = false\n").evaluate(request("app"));

      assertThat(app.decision()).isEqualTo(Decision.ALLOW);
      assertThat(app.dependencies()).isEmpty();
      assertThat(tree.fetched("evil")).isZero();
      assertThat(guard("").evaluateExactly(List.of(request("app"))).get(0).dependencies())
          .isEmpty();
    }
  }

  /** Counts batch questions. */
  static final class CountingDatabase implements AdvisorySourceProvider {
    final List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public String type() {
      return "counting";
    }

    @Override
    public AdvisorySource create(AdvisorySettings settings) {
      return new AdvisorySource() {
        @Override
        public List<Advisory> advisories(PackageId id, String version) {
          return List.of();
        }

        @Override
        public Map<AdvisoryQuery, List<Advisory>> advisories(List<AdvisoryQuery> queries) {
          batches.add(queries.size());
          Map<AdvisoryQuery, List<Advisory>> answers = new LinkedHashMap<>();
          queries.forEach(q -> answers.put(q, List.of()));
          return answers;
        }
      };
    }
  }

  @Test
  void theAdvisoryDatabaseIsAskedOncePerLevelNotOncePerPackage() {
    tree.add("app", 1, "a", "b", "c")
        .add("a", 1, "d")
        .add("b", 1, "d", "e")
        .add("c", 1)
        .add("d", 1)
        .add("e", 1);
    CountingDatabase database = new CountingDatabase();
    Guard guard =
        Guard.builder()
            .discover(false)
            .policy(
                policy(
                    """
            [advisories.osv]
            enabled = false
            [advisories.counting]
            type = "counting"
            url = "https://advisories.test/"
            """))
            .addEcosystem(new FakeTree.TreeEcosystem())
            .addSourceProvider(tree.index())
            .addAdvisorySourceProvider(database)
            .addRule(new TestPlugins.QuietRule())
            .build();
    guards.add(guard);

    assertThat(guard.evaluate(request("app")).decision()).isEqualTo(Decision.ALLOW);
    assertThat(database.batches).containsExactly(1, 3, 2);
  }
}
