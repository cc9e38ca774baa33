package io.pkgguard.source.conda.channel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One package file as a channel's {@code repodata.json} describes it (conda's {@code
 * PackageRecord}: fields from conda's spec, CEP 15/16).
 *
 * @param filename the file name, the key in {@code packages} or {@code packages.conda}
 * @param name the package name
 * @param version the version
 * @param build the build string
 * @param buildNumber the build number
 * @param subdir the platform subdirectory the file is in
 * @param depends the dependencies, as match specs
 * @param constrains constraints on other packages if they are installed, as match specs
 * @param license the licence, if given
 * @param sha256 the file's SHA-256, if given
 * @param md5 the file's MD5, if given
 * @param size the file's size, if given
 * @param timestamp when the package was built, if given
 * @param trackFeatures the features the package tracks (the solver avoids them), space-separated
 * @param noarch {@code python} or {@code generic} for platform-independent packages
 */
public record RepodataRecord(
    String filename,
    String name,
    String version,
    String build,
    long buildNumber,
    String subdir,
    List<String> depends,
    List<String> constrains,
    Optional<String> license,
    Optional<String> sha256,
    Optional<String> md5,
    OptionalLong size,
    Optional<Instant> timestamp,
    String trackFeatures,
    Optional<String> noarch) {

  /** Checks the components. */
  public RepodataRecord {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(build, "build");
    Objects.requireNonNull(subdir, "subdir");
    depends = List.copyOf(depends);
    constrains = List.copyOf(constrains);
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(md5, "md5");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(trackFeatures, "trackFeatures");
    Objects.requireNonNull(noarch, "noarch");
  }

  /**
   * {@return the fields a match spec is matched against, by conda's field names}
   *
   * @param channel the channel's name, such as {@code conda-forge}
   */
  public Map<String, String> matchFields(String channel) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("version", version);
    fields.put("build", build);
    fields.put("build_number", Long.toString(buildNumber));
    fields.put("subdir", subdir);
    fields.put("channel", channel);
    fields.put("fn", filename);
    fields.put("track_features", trackFeatures);
    fields.put("features", "");
    license.ifPresent(l -> fields.put("license", l));
    sha256.ifPresent(s -> fields.put("sha256", s));
    md5.ifPresent(m -> fields.put("md5", m));
    return fields;
  }
}
