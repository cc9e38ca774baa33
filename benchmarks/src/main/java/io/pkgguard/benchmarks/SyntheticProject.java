package io.pkgguard.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * PyPI JSON API project documents built field for field as pypi.org serves them (see
 * docs.pypi.org/api/json and the recorded fixtures), with as many releases as it takes to reach
 * a target size: boto3's document, the largest commonly installed one, is about 5 MB with
 * about 2,000 releases of one wheel and one sdist each.
 */
final class SyntheticProject {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every document has at least this many releases. */
  static final int RELEASES_PER_BATCH = 10;

  private SyntheticProject() {}

  /** A project document of at least {@code targetBytes}, with at least one batch of releases. */
  static byte[] document(String name, int targetBytes) {
    return document(
        name, targetBytes, java.util.List.of("botocore<1.36.0,>=1.35.0", "jmespath<2.0.0,>=0.7.1"));
  }

  /** The same, declaring {@code requiresDist} as the release's dependencies. */
  static byte[] document(String name, int targetBytes, java.util.List<String> requiresDist) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode info = root.putObject("info");
    info.put("name", name);
    info.put("summary", "The AWS SDK for Python");
    // A README of a quarter of the document, at most 45 kB.
    info.put("description", "A long README. ".repeat(Math.min(3_000, targetBytes / 60)));
    info.put("author", "Amazon Web Services");
    info.put("license", "Apache License 2.0");
    info.putArray("classifiers")
        .add("License :: OSI Approved :: Apache Software License")
        .add("Programming Language :: Python :: 3");
    info.putObject("project_urls").put("Source", "https://github.com/boto/boto3");
    ArrayNode requires = info.putArray("requires_dist");
    requiresDist.forEach(requires::add);
    info.put("requires_python", ">=3.8");
    info.put("yanked", false);
    ObjectNode releases = root.putObject("releases");
    int base = root.toString().length();
    addReleases(name, info, releases, 0, RELEASES_PER_BATCH);
    // Estimate the size of a release from the first batch, then add what the target needs.
    int perRelease = Math.max(1, (root.toString().length() - base) / RELEASES_PER_BATCH);
    int needed = (targetBytes - root.toString().length() + perRelease - 1) / perRelease;
    addReleases(name, info, releases, RELEASES_PER_BATCH, Math.max(0, needed));
    root.set("urls", releases.get(info.get("version").asText()));
    root.putArray("vulnerabilities");
    root.put("last_serial", 26_000_000);
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addReleases(
      String name, ObjectNode info, ObjectNode releases, int first, int count) {
    for (int release = first; release < first + count; release++) {
      String version = "1." + (release / 100) + "." + (release % 100);
      Instant when = Instant.parse("2014-11-11T00:00:00Z").plusSeconds(86_400L * release);
      ArrayNode files = releases.putArray(version);
      files.add(file(name, version, "py3-none-any.whl", "bdist_wheel", when));
      files.add(file(name, version, "tar.gz", "sdist", when));
      info.put("version", version);
    }
  }

  private static ObjectNode file(
      String name, String version, String suffix, String type, Instant when) {
    ObjectNode f = MAPPER.createObjectNode();
    String filename = name + "-" + version + (suffix.startsWith("py") ? "-" : ".") + suffix;
    String digest = String.format("%064x", (long) filename.hashCode() & 0xffffffffL);
    f.put("comment_text", "");
    f.putObject("digests")
        .put("blake2b_256", digest)
        .put("md5", digest.substring(0, 32))
        .put("sha256", digest);
    f.put("downloads", -1);
    f.put("filename", filename);
    f.put("has_sig", false);
    f.put("md5_digest", digest.substring(0, 32));
    f.put("packagetype", type);
    f.put("python_version", type.equals("sdist") ? "source" : "py3");
    f.put("requires_python", ">=3.8");
    f.put("size", 139_000);
    f.put("upload_time", when.toString().replace("Z", ""));
    f.put("upload_time_iso_8601", when.toString());
    f.put("url", "https://files.pythonhosted.org/packages/ab/cd/" + digest + "/" + filename);
    f.put("yanked", false);
    f.putNull("yanked_reason");
    return f;
  }
}
