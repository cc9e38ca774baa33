package io.pkgguard.source.pypi.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Order laws over many generated versions (seeded, so failures reproduce). */
class Pep440VersionPropertiesTest {

  private static final String[] PRE = {"", "a", "b", "rc", "c", "alpha", "beta", "pre", "preview"};
  private static final String[] SEP = {"", ".", "-", "_"};

  private static String randomVersion(Random random) {
    StringBuilder v = new StringBuilder();
    if (random.nextInt(10) == 0) {
      v.append(random.nextInt(3)).append('!');
    }
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      v.append(i == 0 ? "" : ".").append(random.nextInt(4) == 0 ? 0 : random.nextInt(12));
    }
    String pre = PRE[random.nextInt(PRE.length)];
    if (!pre.isEmpty()) {
      v.append(SEP[random.nextInt(SEP.length)])
          .append(random.nextBoolean() ? pre.toUpperCase() : pre);
      if (random.nextBoolean()) {
        v.append(random.nextInt(4));
      }
    }
    if (random.nextInt(4) == 0) {
      v.append(random.nextBoolean() ? ".post" + random.nextInt(3) : "-" + random.nextInt(3));
    }
    if (random.nextInt(4) == 0) {
      v.append(".dev").append(random.nextInt(3));
    }
    if (random.nextInt(6) == 0) {
      v.append('+').append(random.nextBoolean() ? "ubuntu" : String.valueOf(random.nextInt(3)));
      if (random.nextBoolean()) {
        v.append('.').append(random.nextInt(3));
      }
    }
    return v.toString();
  }

  @Test
  @SuppressWarnings("SelfComparison") // reflexivity is one of the properties under test
  void theOrderIsATotalOrderConsistentWithEquality() {
    Random random = new Random(440);
    List<Pep440Version> versions = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      versions.add(Pep440Version.parse(randomVersion(random)));
    }
    for (Pep440Version a : versions) {
      assertThat(a.compareTo(a)).isZero();
      for (Pep440Version b : versions) {
        int ab = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(b.compareTo(a))).as("%s vs %s", a, b).isEqualTo(-ab);
        assertThat(a.equals(b)).isEqualTo(ab == 0);
        if (ab == 0) {
          assertThat(a.hashCode()).as("%s vs %s", a, b).isEqualTo(b.hashCode());
        }
      }
    }
    for (int i = 0; i < 20_000; i++) {
      Pep440Version a = versions.get(random.nextInt(versions.size()));
      Pep440Version b = versions.get(random.nextInt(versions.size()));
      Pep440Version c = versions.get(random.nextInt(versions.size()));
      if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
        assertThat(a.compareTo(c)).as("%s <= %s <= %s", a, b, c).isNotPositive();
      }
    }
  }

  @Test
  void theNormalFormParsesToAnEqualVersionAndIsAFixedPoint() {
    Random random = new Random(503);
    for (int i = 0; i < 5_000; i++) {
      String input = randomVersion(random);
      Pep440Version parsed = Pep440Version.parse(input);
      Pep440Version again = Pep440Version.parse(parsed.toString());
      assertThat(again).as(input).isEqualTo(parsed);
      assertThat(again.toString()).as(input).isEqualTo(parsed.toString());
    }
  }
}
