package io.pkgguard.core.inspection;

import java.util.List;
import java.util.Locale;

/** What kind of distribution a local file is, by its name, before any ecosystem reads it. */
public final class LocalFiles {

  private static final List<String> ENDINGS =
      List.of(".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".conda", ".tar", ".egg");

  private LocalFiles() {}

  /** Whether a name ends like a distribution file pkgguard can read. */
  public static boolean looksLikeDistribution(String filename) {
    String lower = filename.toLowerCase(Locale.ROOT);
    return ENDINGS.stream().anyMatch(lower::endsWith);
  }
}
