package io.pkgguard.source.pypi.metadata;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a core metadata file that pkgguard uses. Multiple-use fields keep their order;
 * optional single fields are empty when absent or blank.
 *
 * @param name {@code Name}
 * @param version {@code Version}
 * @param summary {@code Summary}, empty if absent
 * @param description {@code Description} or the message body, empty if absent
 * @param author {@code Author}
 * @param authorEmail {@code Author-email}
 * @param maintainer {@code Maintainer}
 * @param maintainerEmail {@code Maintainer-email}
 * @param license {@code License}
 * @param licenseExpression {@code License-Expression} (PEP 639)
 * @param classifiers {@code Classifier} values
 * @param projectUrls {@code Project-URL} values as label → URL
 * @param homePage {@code Home-page}
 * @param requiresDist {@code Requires-Dist} values
 * @param requiresPython {@code Requires-Python}
 */
public record CoreMetadata(
    String name,
    String version,
    String summary,
    String description,
    Optional<String> author,
    Optional<String> authorEmail,
    Optional<String> maintainer,
    Optional<String> maintainerEmail,
    Optional<String> license,
    Optional<String> licenseExpression,
    List<String> classifiers,
    Map<String, String> projectUrls,
    Optional<String> homePage,
    List<String> requiresDist,
    Optional<String> requiresPython) {

  public CoreMetadata {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    classifiers = List.copyOf(classifiers);
    projectUrls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(projectUrls));
    requiresDist = List.copyOf(requiresDist);
  }
}
