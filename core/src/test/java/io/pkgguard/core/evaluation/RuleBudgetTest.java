package io.pkgguard.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.RuleContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's budget grows with the distribution text it is given to read, and stays bounded. */
class RuleBudgetTest {

  private static final int MIB = 1 << 20;

  private final RuleBudget budget =
      new RuleBudget(Duration.ofMillis(5_000), Duration.ofMillis(100));

  /** A context holding one wheel whose text files hold these many characters each. */
  static RuleContext withText(int... chars) {
    List<ArchiveEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      entries.add(ArchiveEntry.textFile("pkg/m" + i + ".py", "x".repeat(chars[i])));
    }
    entries.add(ArchiveEntry.file("pkg/lib.so", 50 * MIB, ArchiveEntry.BinaryFormat.ELF));
    return RuleContext.builder(PackageRequest.of(PackageId.pypi("pkg")))
        .distributions(
            List.of(
                new InspectedDistribution(
                    DistributionFile.of(
                        "pkg-1.0-py3-none-any.whl",
                        URI.create("https://files.example/pkg-1.0-py3-none-any.whl"),
                        DistributionFile.Kind.WHEEL),
                    "00".repeat(32),
                    60L * MIB,
                    InspectedDistribution.Format.ZIP,
                    entries,
                    List.of())))
        .build();
  }

  @Test
  void aContextWithoutDistributionsHasTheBaseBudget() {
    RuleContext names = RuleContext.builder(PackageRequest.of(PackageId.pypi("pkg"))).build();

    assertThat(budget.of(names)).isEqualTo(Duration.ofMillis(5_000));
  }

  @Test
  void everyMibOfTextAddsItsAllowanceWhileBinariesAddNothing() {
    assertThat(budget.of(withText(MIB, MIB, MIB / 2))).isEqualTo(Duration.ofMillis(5_250));
  }

  @Test
  void theLargestWheelsTextGetsTheTimeItsScanNeeds() {
    int[] files = new int[97];
    java.util.Arrays.fill(files, MIB);

    assertThat(budget.of(withText(files)))
        .as("97 MiB of text: 5 s + 9.7 s")
        .isEqualTo(Duration.ofMillis(14_700));
  }

  @Test
  void noBudgetExceedsTheCeiling() {
    RuleBudget generous = new RuleBudget(Duration.ofMinutes(9), Duration.ofMinutes(10));

    assertThat(generous.of(withText(MIB))).isEqualTo(RuleBudget.CEILING);
  }

  @Test
  void aFixedBudgetIgnoresTheText() {
    assertThat(RuleBudget.fixed(Duration.ofMillis(300)).of(withText(MIB)))
        .isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aBudgetThatCouldNeverLetARuleRunIsRefused() {
    assertThatThrownBy(() -> new RuleBudget(Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleBudget(Duration.ofSeconds(1), Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
