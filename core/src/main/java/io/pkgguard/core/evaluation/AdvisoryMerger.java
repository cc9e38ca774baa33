package io.pkgguard.core.evaluation;

import io.pkgguard.api.Advisory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges advisories from several sources (the index's own, OSV online, an offline database) so
 * that one vulnerability is reported once: advisories that share an id or an alias are one. The
 * merged advisory keeps the first one's id, every other id as an alias, the first non-empty text
 * of each kind, all fixed versions and severities, and the names of all sources. It counts as
 * withdrawn if any source says so (the databases that publish the record withdraw it first), and
 * as decided if any source could decide.
 */
final class AdvisoryMerger {

  private AdvisoryMerger() {}

  static List<Advisory> merge(List<Advisory> known, List<Advisory> more) {
    List<Advisory> merged = new ArrayList<>(known);
    for (Advisory incoming : more) {
      int same = -1;
      for (int i = 0; i < merged.size() && same < 0; i++) {
        if (shareAnId(merged.get(i), incoming)) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(incoming);
      } else {
        merged.set(same, combine(merged.get(same), incoming));
      }
    }
    return List.copyOf(merged);
  }

  private static boolean shareAnId(Advisory a, Advisory b) {
    Set<String> ids = a.ids();
    return b.ids().stream().anyMatch(ids::contains);
  }

  private static Advisory combine(Advisory a, Advisory b) {
    Set<String> aliases = new LinkedHashSet<>(a.aliases());
    aliases.addAll(b.ids());
    aliases.remove(a.id());
    Set<String> fixed = new LinkedHashSet<>(a.fixedIn());
    fixed.addAll(b.fixedIn());
    Set<Advisory.Severity> severities = new LinkedHashSet<>(a.severities());
    severities.addAll(b.severities());
    Set<String> sources = new LinkedHashSet<>(List.of(a.source().split("\\+")));
    sources.add(b.source());
    Optional<String> undecided =
        a.undecided().isPresent() && b.undecided().isPresent() ? a.undecided() : Optional.empty();
    return new Advisory(
        a.id(),
        List.copyOf(aliases),
        first(a.summary(), b.summary()),
        first(a.details(), b.details()),
        List.copyOf(fixed),
        a.link().or(b::link),
        String.join("+", sources),
        a.withdrawn() || b.withdrawn(),
        List.copyOf(severities),
        a.databaseSeverity().or(b::databaseSeverity),
        undecided);
  }

  private static String first(String a, String b) {
    return a.isBlank() ? b : a;
  }
}
