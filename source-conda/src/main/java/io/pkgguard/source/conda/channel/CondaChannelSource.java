package io.pkgguard.source.conda.channel;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.PackageId;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.PackageRequest;
import io.pkgguard.api.PackageSource;
import io.pkgguard.api.Release;
import io.pkgguard.api.SourceException;
import io.pkgguard.api.SourceException.Reason;
import io.pkgguard.api.SourceSettings;
import io.pkgguard.source.conda.specs.Channels;
import io.pkgguard.source.conda.specs.CondaNames;
import io.pkgguard.source.conda.specs.InvalidMatchSpecException;
import io.pkgguard.source.conda.specs.MatchSpec;
import io.pkgguard.source.conda.specs.TargetSubdir;
import io.pkgguard.source.conda.versions.CondaVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A conda channel as a package source: the {@code repodata.json} of the target's subdir and of
 * {@code noarch} (see {@link RepodataCache}), the records of the requested name matched against
 * the request's match spec, and the build conda would choose ({@link BuildChoice}). The metadata
 * lists every version the channel has for those subdirs, the chosen build as the one file to
 * download and inspect (verified against the repodata's SHA-256), and its {@code depends} as the
 * dependencies. Optionally enriched from the anaconda.org API ({@link AnacondaApi}). Thread-safe.
 *
 * <p>Options ({@code [sources.<id>.options]}): {@code timeout-ms} (default 120000), {@code
 * max-bytes} (largest repodata download, default and cap the policy's {@code max-response-bytes}),
 * {@code max-repodata-bytes} (largest decompressed repodata, default 2 GiB), {@code cache-dir}
 * (where repodata files are kept; default a temporary directory), {@code fresh-seconds} (repodata
 * is reused this long at least, default 300), {@code api-url} (such as {@code
 * https://api.anaconda.org}; its host must be among the source's {@code service-hosts}), {@code
 * api-channel} (the channel's name on anaconda.org, by default its name on {@code
 * conda.anaconda.org}), {@code labels} (comma-separated anaconda.org labels a file must carry,
 * default {@code main}; needs {@code api-url}).
 */
public final class CondaChannelSource implements PackageSource {

  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  static final long DEFAULT_MAX_REPODATA = 2L << 30;

  private final URI channel;
  private final String channelName;
  private final RepodataCache repodata;
  private final Optional<AnacondaApi> api;

  private CondaChannelSource(
      URI channel, String channelName, RepodataCache repodata, Optional<AnacondaApi> api) {
    this.channel = channel;
    this.channelName = channelName;
    this.repodata = repodata;
    this.api = api;
  }

  /**
   * A source for the settings.
   *
   * @param settings the core's settings for this source
   * @return the source
   * @throws IllegalArgumentException if the channel URL or an option cannot work
   */
  public static CondaChannelSource create(SourceSettings settings) {
    URI index = settings.descriptor().indexUrl();
    String scheme = index.getScheme() == null ? "" : index.getScheme().toLowerCase(Locale.ROOT);
    if (!Set.of("https", "http", "file").contains(scheme)) {
      throw new IllegalArgumentException(
          "the channel URL "
              + index
              + " must be https: (http: on loopback only) or a file: channel directory");
    }
    String text = index.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    URI channel = URI.create(text);
    Duration timeout =
        Duration.ofMillis(settings.positiveOption("timeout-ms", DEFAULT_TIMEOUT.toMillis()));
    long maxBytes = settings.positiveOption("max-bytes", Long.MAX_VALUE);
    long maxRepodata = settings.positiveOption("max-repodata-bytes", DEFAULT_MAX_REPODATA);
    Duration fresh = Duration.ofSeconds(settings.positiveOption("fresh-seconds", 300));
    Path directory = cacheDirectory(settings.option("cache-dir"));
    Optional<AnacondaApi> api =
        settings
            .option("api-url")
            .map(
                url ->
                    AnacondaApi.create(
                        url,
                        settings
                            .option("api-channel")
                            .orElseGet(() -> Channels.canonical(channel.toString())),
                        settings.option("labels").orElse("main"),
                        settings.transport(),
                        Duration.ofSeconds(30)));
    return new CondaChannelSource(
        channel,
        Channels.canonical(channel.toString()),
        new RepodataCache(
            settings.transport(),
            directory,
            settings.clock(),
            timeout,
            maxBytes,
            maxRepodata,
            fresh),
        api);
  }

  private static Path cacheDirectory(Optional<String> configured) {
    try {
      if (configured.isPresent()) {
        Path directory = Path.of(configured.get().strip());
        Files.createDirectories(directory);
        return directory;
      }
      Path directory = Files.createTempDirectory("pkgguard-conda-");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot use " + configured.orElse("a temporary directory") + " for repodata: " + e);
    }
  }

  @Override
  public PackageMetadata fetch(PackageRequest request) throws SourceException {
    String name = request.id().name().toLowerCase(Locale.ROOT);
    Optional<String> problem = CondaNames.scheme().problem(name);
    if (problem.isPresent()) {
      throw new SourceException(
          Reason.INVALID_REQUEST, "invalid conda package name: " + problem.get());
    }
    MatchSpec spec = specOf(request, name);
    Optional<String> subdir = TargetSubdir.of(request.environment());
    List<String> subdirs = subdir.map(s -> List.of(s, "noarch")).orElse(List.of("noarch"));
    List<RepodataRecord> records = new ArrayList<>();
    Map<String, URI> locations = new LinkedHashMap<>();
    boolean anyRepodata = false;
    for (String dir : subdirs) {
      Optional<RepodataCache.Located> located = repodata.subdir(channel, dir);
      if (located.isEmpty()) {
        continue;
      }
      anyRepodata = true;
      URI files = filesBase(located.get(), dir);
      for (RepodataRecord record : located.get().index().records(name)) {
        records.add(record);
        locations.put(record.filename(), files.resolve(record.filename()));
      }
    }
    String where =
        channel
            + " ("
            + String.join(", ", subdirs)
            + (subdir.isEmpty() ? ", target platform unknown: give --target subdir=..." : "")
            + ")";
    if (!anyRepodata) {
      throw new SourceException(
          Reason.NOT_FOUND,
          "no repodata.json at "
              + where
              + ": is "
              + channel
              + " a conda channel (the layout conda index writes)?");
    }
    if (records.isEmpty()) {
      throw new SourceException(Reason.NOT_FOUND, "no package '" + name + "' in " + where);
    }
    if (!spec.matches("channel", channelName)) {
      throw new SourceException(
          Reason.INVALID_REQUEST,
          "'" + spec.original() + "' asks for another channel than " + channelName);
    }
    List<RepodataRecord> matching =
        records.stream()
            .filter(r -> matches(spec, r))
            .filter(r -> request.version().map(v -> sameVersion(v, r.version())).orElse(true))
            .toList();
    RepodataRecord chosen =
        BuildChoice.best(matching)
            .orElseThrow(
                () ->
                    new SourceException(
                        Reason.NOT_FOUND,
                        "no build of '"
                            + name
                            + "' in "
                            + where
                            + " matches "
                            + request.version().map(v -> "==" + v).orElse(spec.toString())));
    PackageMetadata metadata = metadata(name, chosen, records, locations);
    return api.isPresent() ? api.get().enrich(metadata, chosen) : metadata;
  }

  private static MatchSpec specOf(PackageRequest request, String name) throws SourceException {
    String text =
        request.requirement().orElse(name + request.constraint().map(c -> " " + c).orElse(""));
    try {
      MatchSpec spec = MatchSpec.parse(text);
      if (!spec.name().equals("*") && !spec.name().equals(name)) {
        throw new SourceException(
            Reason.INVALID_REQUEST, "'" + text + "' does not ask for '" + name + "'");
      }
      return spec;
    } catch (InvalidMatchSpecException e) {
      throw new SourceException(Reason.INVALID_REQUEST, e.getMessage(), e);
    }
  }

  private boolean matches(MatchSpec spec, RepodataRecord record) {
    Map<String, String> fields = record.matchFields(channelName);
    fields.put("channel", channelName);
    try {
      return spec.matches(fields);
    } catch (IllegalArgumentException e) {
      return false; // a regular expression too costly on this record: not a match
    }
  }

  private static boolean sameVersion(String wanted, String version) {
    Optional<CondaVersion> a = CondaVersion.tryParse(wanted);
    Optional<CondaVersion> b = CondaVersion.tryParse(version);
    return (a.isPresent() && b.isPresent()) ? a.get().equals(b.get()) : wanted.equals(version);
  }

  /** Where a subdir's files are: CEP 15's base_url if given, else beside the repodata. */
  private URI filesBase(RepodataCache.Located located, String dir) throws SourceException {
    Optional<String> base = located.index().baseUrl();
    String text = base.map(b -> located.url().resolve(b).toString()).orElse(channel + "/" + dir);
    if (!text.endsWith("/")) {
      text = text + "/";
    }
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new SourceException(
          Reason.MALFORMED, located.url() + ": base_url '" + base.orElse("") + "' is not a URL");
    }
  }

  private PackageMetadata metadata(
      String name,
      RepodataRecord chosen,
      List<RepodataRecord> records,
      Map<String, URI> locations) {
    Map<String, List<DistributionFile>> byVersion = new LinkedHashMap<>();
    for (RepodataRecord record : records) {
      byVersion
          .computeIfAbsent(record.version(), v -> new ArrayList<>())
          .add(file(record, locations.get(record.filename())));
    }
    List<Release> releases =
        byVersion.entrySet().stream().map(e -> new Release(e.getKey(), e.getValue())).toList();
    DistributionFile file = file(chosen, locations.get(chosen.filename()));
    return PackageMetadata.builder(
            new PackageId(PackageId.CONDA, name),
            chosen.version(),
            URI.create(channel + "/" + chosen.subdir() + "/repodata.json"))
        .summary("")
        .license(chosen.license())
        .releases(releases)
        .files(List.of(file))
        .requiresDist(chosen.depends())
        .build();
  }

  static DistributionFile file(RepodataRecord record, URI url) {
    return new DistributionFile(
        record.filename(),
        url,
        record.sha256(),
        record.size().isPresent()
            ? OptionalLong.of(record.size().getAsLong())
            : OptionalLong.empty(),
        DistributionFile.Kind.CONDA,
        record.timestamp(),
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@return the channel's URL} */
  public URI channel() {
    return channel;
  }
}
