package io.pkgguard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An offline advisory database of any size, built from the real PyPA advisory database (the
 * test zip of advisories-osv, 2,661 records): its records as JSON, the layout of OSV's export,
 * repeated with numbered package names and ids until the wanted count is reached. Every record
 * keeps its real ranges, versions lists and text, so loading and matching cost what they cost on
 * real data.
 */
final class SyntheticAdvisoryDatabase {

  static final String PYPA_ZIP =
      "advisories-osv/src/test/resources/osv/pypa/" + "pypa-advisory-database-3ccb612.zip";

  private SyntheticAdvisoryDatabase() {}

  /** The real records, as JSON trees. */
  static List<ObjectNode> pypaRecords() {
    Path zip = Path.of(PYPA_ZIP);
    if (!Files.exists(zip)) {
      zip = Path.of("..").resolve(PYPA_ZIP);
    }
    YAMLMapper yaml = new YAMLMapper();
    List<ObjectNode> records = new ArrayList<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (entry.getName().endsWith(".yaml")) {
          records.add((ObjectNode) yaml.readTree(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("run from the repository root: " + PYPA_ZIP, e);
    }
    return records;
  }

  /** A zip of {@code count} JSON records; copy {@code n > 0} renames packages to name-n. */
  static byte[] zip(int count) {
    List<ObjectNode> records = pypaRecords();
    ObjectMapper json = new ObjectMapper();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < count; i++) {
        ObjectNode record = records.get(i % records.size()).deepCopy();
        int copy = i / records.size();
        if (copy > 0) {
          record.put("id", record.path("id").asText() + "-" + copy);
          for (JsonNode affected : record.path("affected")) {
            ObjectNode pkg = (ObjectNode) affected.path("package");
            pkg.put("name", pkg.path("name").asText() + "-" + copy);
          }
        }
        out.putNextEntry(new ZipEntry("PyPI/" + record.path("id").asText() + ".json"));
        out.write(json.writeValueAsBytes(record));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
