package io.pkgguard.cli.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public top-PyPI-packages dataset (hugovk/top-pypi-packages: {@code {"last_update": "...",
 * "rows": [{"download_count": n, "project": "name"}, ...]}}, rows by downloads, most first)
 * turned into the corpus file the typosquat rule ships: {@code rank<TAB>name}, PEP 503-normalised,
 * with a header saying where and when it came from.
 */
public final class PopularNamesDataset {

  /** Where the dataset is published (30 days of downloads, the top 15,000 projects). */
  public static final String DEFAULT_URL =
      "https://hugovk.github.io/top-pypi-packages/top-pypi-packages.min.json";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(8)
                      .maxNumberLength(24)
                      .maxStringLength(1 << 20)
                      .build())
              .build());

  private PopularNamesDataset() {}

  /**
   * The corpus file for a dataset document.
   *
   * @param source where the document came from, for the header
   * @throws IllegalArgumentException saying what is wrong with the document
   */
  public static String toCorpus(InputStream document, String source) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(document);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          source
              + " is not JSON ("
              + e.getOriginalMessage()
              + "); expected the top-pypi-packages dataset");
    }
    if (root == null || !root.path("rows").isArray()) {
      throw new IllegalArgumentException(
          source
              + " has no \"rows\" array; expected the"
              + " top-pypi-packages dataset ({\"rows\": [{\"project\": ...}, ...]})");
    }
    Set<String> names = new LinkedHashSet<>();
    int index = 0;
    for (JsonNode row : root.get("rows")) {
      JsonNode project = row.path("project");
      if (!project.isTextual() || !NAME.matcher(project.asText()).matches()) {
        throw new IllegalArgumentException(
            source
                + ": rows["
                + index
                + "].project is not a"
                + " project name: "
                + abbreviate(row.toString()));
      }
      names.add(normalize(project.asText()));
      index++;
    }
    if (names.size() < 100) {
      throw new IllegalArgumentException(
          source
              + " lists only "
              + names.size()
              + " projects;"
              + " refusing to replace the corpus with so few");
    }
    StringBuilder out = new StringBuilder();
    out.append("# The most downloaded PyPI projects, by rank (1 = most downloads).\n")
        .append("# Source: ")
        .append(source)
        .append(" (last_update ")
        .append(root.path("last_update").asText("unknown"))
        .append(").\n")
        .append("# Refresh: tools/refresh-popular-names (see tools/README.md).\n")
        .append("# Columns: rank TAB PEP 503-normalised name.\n");
    int rank = 0;
    for (String name : names) {
      out.append(++rank).append('\t').append(name).append('\n');
    }
    return out.toString();
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }

  /** The names a corpus file lists, in order; for checks. */
  static List<String> names(String corpus) {
    return corpus
        .lines()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.substring(l.indexOf('\t') + 1))
        .toList();
  }
}
