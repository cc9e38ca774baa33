package io.pkgguard.advisories.osv.matching;

import io.pkgguard.advisories.osv.model.OsvRecord;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OSV record ready for repeated matching: for each {@code affected} entry, its listed
 * versions in canonical form, so that "is this version listed?" is one set lookup instead of a
 * comparison per listed version (records list hundreds).
 *
 * @param record the record
 * @param listed per affected entry (same order), its {@code versions} canonicalised by the
 *     entry's ecosystem (as written where they are not valid versions); unmodifiable
 */
public record PreparedRecord(OsvRecord record, List<Set<String>> listed) {

  public PreparedRecord {
    Objects.requireNonNull(record, "record");
    listed = List.copyOf(Objects.requireNonNull(listed, "listed"));
    if (listed.size() != record.affected().size()) {
      throw new IllegalArgumentException("one listed-version set per affected entry");
    }
  }
}
