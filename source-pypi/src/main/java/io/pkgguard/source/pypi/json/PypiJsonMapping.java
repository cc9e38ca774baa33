package io.pkgguard.source.pypi.json;

import static io.pkgguard.source.pypi.json.JsonFields.array;
import static io.pkgguard.source.pypi.json.JsonFields.flag;
import static io.pkgguard.source.pypi.json.JsonFields.object;
import static io.pkgguard.source.pypi.json.JsonFields.optionalObject;
import static io.pkgguard.source.pypi.json.JsonFields.requiredText;
import static io.pkgguard.source.pypi.json.JsonFields.text;
import static io.pkgguard.source.pypi.json.JsonFields.texts;
import static io.pkgguard.source.pypi.json.JsonFields.wholeNumber;

import com.fasterxml.jackson.databind.JsonNode;
import io.pkgguard.api.Advisory;
import io.pkgguard.api.Authorship;
import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.Release;
import io.pkgguard.source.pypi.json.JsonFields.ShapeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Maps PyPI JSON API documents to {@link PackageMetadata}. Field layout as documented at
 * docs.pypi.org/api/json and as served (see the recorded fixtures): {@code info}, {@code
 * releases} (project document only), {@code urls}, {@code vulnerabilities}.
 */
final class PypiJsonMapping {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private PypiJsonMapping() {}

  /**
   * The metadata of one release.
   *
   * @param project the project document ({@code /{name}/json}); supplies every release
   * @param release the release document ({@code /{name}/{version}/json}) of the chosen release,
   *     or the project document itself when the chosen release is the current one
   * @param documentUrl where the release's facts were read
   */
  /** The authors and maintainers a release document declares. */
  static Authorship authorship(JsonNode release) throws ShapeException {
    JsonNode info = object(release, "info", "info");
    return new Authorship(
        requiredText(info, "version", "info.version"),
        text(info, "author", "info.author"),
        text(info, "author_email", "info.author_email"),
        text(info, "maintainer", "info.maintainer"),
        text(info, "maintainer_email", "info.maintainer_email"));
  }

  static PackageMetadata map(JsonNode project, JsonNode release, URI documentUrl)
      throws ShapeException {
    JsonNode info = object(release, "info", "info");
    PackageId id = PackageId.pypi(requiredText(info, "name", "info.name"));
    String version = requiredText(info, "version", "info.version");
    return PackageMetadata.builder(id, version, documentUrl)
        .summary(text(info, "summary", "info.summary").orElse(""))
        .description(text(info, "description", "info.description").orElse(""))
        .author(text(info, "author", "info.author"))
        .authorEmail(text(info, "author_email", "info.author_email"))
        .maintainer(text(info, "maintainer", "info.maintainer"))
        .maintainerEmail(text(info, "maintainer_email", "info.maintainer_email"))
        .license(text(info, "license", "info.license"))
        .licenseExpression(text(info, "license_expression", "info.license_expression"))
        .classifiers(texts(info, "classifiers", "info.classifiers"))
        .projectUrls(projectUrls(info))
        .homePage(text(info, "home_page", "info.home_page"))
        .releases(releases(project))
        .files(files(array(release, "urls", "urls"), "urls"))
        .requiresDist(texts(info, "requires_dist", "info.requires_dist"))
        .requiresPython(text(info, "requires_python", "info.requires_python"))
        .advisories(advisories(release))
        .yanked(
            flag(info, "yanked", "info.yanked"), text(info, "yanked_reason", "info.yanked_reason"))
        .ownership(ownership(release).or(() -> ownershipOrEmpty(project)))
        .build();
  }

  /** PyPI's {@code ownership}: the organisation and the accounts' roles, if the index says. */
  private static Optional<Ownership> ownership(JsonNode document) throws ShapeException {
    Optional<JsonNode> node = optionalObject(document, "ownership", "ownership");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    List<Ownership.Role> roles = new ArrayList<>();
    List<JsonNode> entries = array(node.get(), "roles", "ownership.roles");
    for (int i = 0; i < entries.size(); i++) {
      String path = "ownership.roles[" + i + "]";
      JsonNode entry = entries.get(i);
      if (!entry.isObject()) {
        throw new ShapeException(path, "an object", entry);
      }
      roles.add(
          new Ownership.Role(
              requiredText(entry, "user", path + ".user"),
              requiredText(entry, "role", path + ".role")));
    }
    return Optional.of(
        new Ownership(text(node.get(), "organization", "ownership.organization"), roles));
  }

  private static Optional<Ownership> ownershipOrEmpty(JsonNode document) {
    try {
      return ownership(document);
    } catch (ShapeException e) {
      return Optional.empty();
    }
  }

  /** The version the project document calls current. */
  static String currentVersion(JsonNode project) throws ShapeException {
    return requiredText(object(project, "info", "info"), "version", "info.version");
  }

  /** The name the document is about. */
  static String name(JsonNode document) throws ShapeException {
    return requiredText(object(document, "info", "info"), "name", "info.name");
  }

  /** Whether the project document lists {@code version} among its releases. */
  static boolean listsRelease(JsonNode project, String version) throws ShapeException {
    return optionalObject(project, "releases", "releases").map(r -> r.has(version)).orElse(false);
  }

  private static Map<String, String> projectUrls(JsonNode info) throws ShapeException {
    Map<String, String> urls = new LinkedHashMap<>();
    Optional<JsonNode> node = optionalObject(info, "project_urls", "info.project_urls");
    if (node.isPresent()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.get().fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String path = "info.project_urls." + field.getKey();
        text(node.get(), field.getKey(), path).ifPresent(url -> urls.put(field.getKey(), url));
      }
    }
    return urls;
  }

  /** Every release the project document lists, with its files. */
  static List<Release> releases(JsonNode project) throws ShapeException {
    List<Release> releases = new ArrayList<>();
    Optional<JsonNode> node = optionalObject(project, "releases", "releases");
    if (node.isEmpty()) {
      return releases;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.get().fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = "releases." + field.getKey();
      releases.add(
          new Release(field.getKey(), files(array(node.get(), field.getKey(), path), path)));
    }
    return releases;
  }

  private static List<DistributionFile> files(List<JsonNode> nodes, String path)
      throws ShapeException {
    List<DistributionFile> files = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      files.add(file(nodes.get(i), path + "[" + i + "]"));
    }
    return files;
  }

  private static DistributionFile file(JsonNode node, String path) throws ShapeException {
    if (!node.isObject()) {
      throw new ShapeException(path, "an object", node);
    }
    String filename = requiredText(node, "filename", path + ".filename");
    URI url = uri(requiredText(node, "url", path + ".url"), path + ".url", node.get("url"));
    Optional<String> sha256 = Optional.empty();
    Optional<JsonNode> digests = optionalObject(node, "digests", path + ".digests");
    if (digests.isPresent()) {
      sha256 = text(digests.get(), "sha256", path + ".digests.sha256");
      if (sha256.isPresent() && !SHA256.matcher(sha256.get()).matches()) {
        throw new ShapeException(
            path + ".digests.sha256", "64 hexadecimal digits", digests.get().get("sha256"));
      }
    }
    Optional<Long> size = wholeNumber(node, "size", path + ".size");
    return new DistributionFile(
        filename,
        url,
        sha256,
        size.map(OptionalLong::of).orElse(OptionalLong.empty()),
        kind(text(node, "packagetype", path + ".packagetype").orElse(""), filename),
        uploadTime(node, path),
        flag(node, "yanked", path + ".yanked"),
        text(node, "yanked_reason", path + ".yanked_reason"),
        text(node, "requires_python", path + ".requires_python"),
        Optional.empty());
  }

  private static DistributionFile.Kind kind(String packageType, String filename) {
    return switch (packageType) {
      case "bdist_wheel" -> DistributionFile.Kind.WHEEL;
      case "sdist" -> DistributionFile.Kind.SDIST;
      case "bdist_egg" -> DistributionFile.Kind.EGG;
      case "bdist_wininst", "bdist_msi", "bdist_dmg", "bdist_rpm" ->
          DistributionFile.Kind.INSTALLER;
      // An archive of an installed tree (hbmqtt-0.9.6.linux-x86_64.tar.gz): nothing runs it and
      // no installer picks it, so it is neither an installer nor an sdist.
      case "bdist_dumb" -> DistributionFile.Kind.OTHER;
      default ->
          filename.endsWith(".whl") ? DistributionFile.Kind.WHEEL : DistributionFile.Kind.OTHER;
    };
  }

  private static Optional<Instant> uploadTime(JsonNode node, String path) throws ShapeException {
    for (String field : List.of("upload_time_iso_8601", "upload_time")) {
      Optional<String> text = text(node, field, path + "." + field);
      if (text.isPresent()) {
        Optional<Instant> time = io.pkgguard.api.Timestamps.parse(text.get());
        if (time.isEmpty()) {
          throw new ShapeException(path + "." + field, "an ISO-8601 time", node.get(field));
        }
        return time;
      }
    }
    return Optional.empty();
  }

  private static List<Advisory> advisories(JsonNode document) throws ShapeException {
    List<Advisory> advisories = new ArrayList<>();
    List<JsonNode> nodes = array(document, "vulnerabilities", "vulnerabilities");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      String path = "vulnerabilities[" + i + "]";
      if (!node.isObject()) {
        throw new ShapeException(path, "an object", node);
      }
      Optional<URI> link = text(node, "link", path + ".link").flatMap(PypiJsonMapping::tryUri);
      JsonNode withdrawn = node.get("withdrawn");
      advisories.add(
          new Advisory(
              requiredText(node, "id", path + ".id"),
              texts(node, "aliases", path + ".aliases"),
              text(node, "summary", path + ".summary").orElse(""),
              text(node, "details", path + ".details").orElse(""),
              texts(node, "fixed_in", path + ".fixed_in"),
              link,
              "pypi",
              withdrawn != null && !withdrawn.isNull()));
    }
    return advisories;
  }

  private static URI uri(String text, String path, JsonNode node) throws ShapeException {
    return tryUri(text)
        .filter(URI::isAbsolute)
        .orElseThrow(() -> new ShapeException(path, "an absolute URL", node));
  }

  private static Optional<URI> tryUri(String text) {
    try {
      return Optional.of(new URI(text.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
