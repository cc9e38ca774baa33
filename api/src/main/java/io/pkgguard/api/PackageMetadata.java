package io.pkgguard.api;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything a source reported about one release of a project. Facts only: the source does not
 * judge them. Text fields are exactly as published and may contain anything (control characters,
 * confusable Unicode); whoever displays them must sanitize.
 *
 * @param id the package, with the name as the index spells it
 * @param version the release these facts describe
 * @param summary the one-line summary, empty if none
 * @param description the long description, empty if none
 * @param author the author's name, if given
 * @param authorEmail the author's e-mail field, if given
 * @param maintainer the maintainer's name, if given
 * @param maintainerEmail the maintainer's e-mail field, if given
 * @param license the free-text licence field, if given
 * @param licenseExpression the SPDX licence expression (PEP 639), if given
 * @param classifiers trove classifiers, possibly empty
 * @param projectUrls label to URL as published (URLs are not validated), possibly empty
 * @param homePage the legacy home-page field, if given
 * @param releases every release the index lists for the project, possibly empty
 * @param files the files of this release
 * @param requiresDist the dependency specifiers (PEP 508 strings) of this release
 * @param requiresPython the {@code Requires-Python} of this release, if given
 * @param advisories advisories the index itself attaches to this release
 * @param yanked whether this release is yanked
 * @param yankedReason why it was yanked, if said
 * @param documentUrl where these facts were read from
 * @param ownership who controls the project, if the index says (empty: unknown)
 * @param downloads recent download counts, if a statistics service was asked and answered
 *     (empty: unknown, never zero)
 * @param status the project's status on the index (PEP 792), if the index says
 * @param publisher who published this release according to its PEP 740 provenance, if a file of
 *     the release has provenance and it could be read (empty: none, or unknown)
 * @param previousAuthorship the authors and maintainers the previous release declared, if the
 *     source looked them up (empty: the first release, or unknown)
 * @param previousPublisher the publisher of the newest earlier release that has provenance, if
 *     the source read it (empty: none, or unknown)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PackageMetadata(
    PackageId id,
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
    List<Release> releases,
    List<DistributionFile> files,
    List<String> requiresDist,
    Optional<String> requiresPython,
    List<Advisory> advisories,
    boolean yanked,
    Optional<String> yankedReason,
    URI documentUrl,
    Optional<Ownership> ownership,
    Optional<DownloadCounts> downloads,
    Optional<ProjectStatus> status,
    Optional<Publisher> publisher,
    Optional<Authorship> previousAuthorship,
    Optional<AttestedRelease> previousPublisher) {

  /**
   * Not for hosts or plugins: this record gains components as sources learn more, and every new one
   * changes this constructor. Build metadata with {@link #builder} or {@link #toBuilder()}.
   *
   * @param advisories the advisories
   * @param description the description
   * @param maintainer the maintainer
   * @param homePage the home page
   * @param maintainerEmail the maintainer email
   * @param publisher the publisher
   * @param previousAuthorship the previous authorship
   * @param status the status
   * @param previousPublisher the previous publisher
   * @param projectUrls the project urls
   * @param author the author
   * @param requiresPython the requires python
   * @param summary one line
   * @param license the license
   * @param requiresDist the requires dist
   * @param files the files
   * @param releases the releases
   * @param downloads the downloads
   * @param documentUrl where the index document came from
   * @param classifiers the classifiers
   * @param version the version
   * @param licenseExpression the license expression
   * @param yanked the yanked
   * @param authorEmail the author email
   * @param id the id
   * @param ownership the ownership
   * @param yankedReason the yanked reason
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public PackageMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(authorEmail, "authorEmail");
    Objects.requireNonNull(maintainer, "maintainer");
    Objects.requireNonNull(maintainerEmail, "maintainerEmail");
    Objects.requireNonNull(license, "license");
    Objects.requireNonNull(licenseExpression, "licenseExpression");
    classifiers = List.copyOf(Objects.requireNonNull(classifiers, "classifiers"));
    projectUrls =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(projectUrls, "projectUrls")));
    Objects.requireNonNull(homePage, "homePage");
    releases = List.copyOf(Objects.requireNonNull(releases, "releases"));
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    requiresDist = List.copyOf(Objects.requireNonNull(requiresDist, "requiresDist"));
    Objects.requireNonNull(requiresPython, "requiresPython");
    advisories = List.copyOf(Objects.requireNonNull(advisories, "advisories"));
    Objects.requireNonNull(yankedReason, "yankedReason");
    Objects.requireNonNull(documentUrl, "documentUrl");
    Objects.requireNonNull(ownership, "ownership");
    Objects.requireNonNull(downloads, "downloads");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(previousAuthorship, "previousAuthorship");
    Objects.requireNonNull(previousPublisher, "previousPublisher");
  }

  /** {@return who this release declares as its authors and maintainers} */
  public Authorship authorship() {
    return new Authorship(version, author, authorEmail, maintainer, maintainerEmail);
  }

  /**
   * {@return a builder with everything optional left empty}
   *
   * @param id the id
   * @param documentUrl where the index document came from
   * @param version the version
   */
  public static Builder builder(PackageId id, String version, URI documentUrl) {
    return new Builder(id, version, documentUrl);
  }

  /** {@return a builder initialised with this metadata, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@return the earliest upload time of any file of any release: when the project appeared} */
  public Optional<Instant> firstUpload() {
    return releases.stream()
        .map(Release::firstUpload)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /** {@return the latest upload time of any file of any release} */
  public Optional<Instant> lastUpload() {
    return releases.stream()
        .flatMap(r -> r.files().stream())
        .map(DistributionFile::uploadTime)
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }

  /** Builds {@link PackageMetadata}; not thread-safe. */
  public static final class Builder {
    private final PackageId id;
    private final String version;
    private final URI documentUrl;
    private String summary = "";
    private String description = "";
    private Optional<String> author = Optional.empty();
    private Optional<String> authorEmail = Optional.empty();
    private Optional<String> maintainer = Optional.empty();
    private Optional<String> maintainerEmail = Optional.empty();
    private Optional<String> license = Optional.empty();
    private Optional<String> licenseExpression = Optional.empty();
    private List<String> classifiers = List.of();
    private Map<String, String> projectUrls = Map.of();
    private Optional<String> homePage = Optional.empty();
    private List<Release> releases = List.of();
    private List<DistributionFile> files = List.of();
    private List<String> requiresDist = List.of();
    private Optional<String> requiresPython = Optional.empty();
    private List<Advisory> advisories = List.of();
    private boolean yanked;
    private Optional<String> yankedReason = Optional.empty();
    private Optional<Ownership> ownership = Optional.empty();
    private Optional<DownloadCounts> downloads = Optional.empty();
    private Optional<ProjectStatus> status = Optional.empty();
    private Optional<Publisher> publisher = Optional.empty();
    private Optional<Authorship> previousAuthorship = Optional.empty();
    private Optional<AttestedRelease> previousPublisher = Optional.empty();

    private Builder(PackageId id, String version, URI documentUrl) {
      this.id = id;
      this.version = version;
      this.documentUrl = documentUrl;
    }

    private Builder(PackageMetadata m) {
      this(m.id, m.version, m.documentUrl);
      summary = m.summary;
      description = m.description;
      author = m.author;
      authorEmail = m.authorEmail;
      maintainer = m.maintainer;
      maintainerEmail = m.maintainerEmail;
      license = m.license;
      licenseExpression = m.licenseExpression;
      classifiers = m.classifiers;
      projectUrls = m.projectUrls;
      homePage = m.homePage;
      releases = m.releases;
      files = m.files;
      requiresDist = m.requiresDist;
      requiresPython = m.requiresPython;
      advisories = m.advisories;
      yanked = m.yanked;
      yankedReason = m.yankedReason;
      ownership = m.ownership;
      downloads = m.downloads;
      status = m.status;
      publisher = m.publisher;
      previousAuthorship = m.previousAuthorship;
      previousPublisher = m.previousPublisher;
    }

    /**
     * Sets the summary.
     *
     * @param value the value
     * @return this builder
     */
    public Builder summary(String value) {
      summary = value;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the value
     * @return this builder
     */
    public Builder description(String value) {
      description = value;
      return this;
    }

    /**
     * Sets the author.
     *
     * @param value the value
     * @return this builder
     */
    public Builder author(Optional<String> value) {
      author = value;
      return this;
    }

    /**
     * Sets the author email.
     *
     * @param value the value
     * @return this builder
     */
    public Builder authorEmail(Optional<String> value) {
      authorEmail = value;
      return this;
    }

    /**
     * Sets the maintainer.
     *
     * @param value the value
     * @return this builder
     */
    public Builder maintainer(Optional<String> value) {
      maintainer = value;
      return this;
    }

    /**
     * Sets the maintainer email.
     *
     * @param value the value
     * @return this builder
     */
    public Builder maintainerEmail(Optional<String> value) {
      maintainerEmail = value;
      return this;
    }

    /**
     * Sets the license.
     *
     * @param value the value
     * @return this builder
     */
    public Builder license(Optional<String> value) {
      license = value;
      return this;
    }

    /**
     * Sets the license expression.
     *
     * @param value the value
     * @return this builder
     */
    public Builder licenseExpression(Optional<String> value) {
      licenseExpression = value;
      return this;
    }

    /**
     * Sets the classifiers.
     *
     * @param value the value
     * @return this builder
     */
    public Builder classifiers(List<String> value) {
      classifiers = value;
      return this;
    }

    /**
     * Sets the project urls.
     *
     * @param value label to URL, as the index lists them
     * @return this builder
     */
    public Builder projectUrls(Map<String, String> value) {
      projectUrls = value;
      return this;
    }

    /**
     * Sets the home page.
     *
     * @param value the value
     * @return this builder
     */
    public Builder homePage(Optional<String> value) {
      homePage = value;
      return this;
    }

    /**
     * Sets the releases.
     *
     * @param value the value
     * @return this builder
     */
    public Builder releases(List<Release> value) {
      releases = value;
      return this;
    }

    /**
     * Sets the files.
     *
     * @param value the value
     * @return this builder
     */
    public Builder files(List<DistributionFile> value) {
      files = value;
      return this;
    }

    /**
     * Sets the requires dist.
     *
     * @param value the value
     * @return this builder
     */
    public Builder requiresDist(List<String> value) {
      requiresDist = value;
      return this;
    }

    /**
     * Sets the requires python.
     *
     * @param value the value
     * @return this builder
     */
    public Builder requiresPython(Optional<String> value) {
      requiresPython = value;
      return this;
    }

    /**
     * Sets the advisories.
     *
     * @param value the value
     * @return this builder
     */
    public Builder advisories(List<Advisory> value) {
      advisories = value;
      return this;
    }

    /**
     * Sets the yanked.
     *
     * @param value the value
     * @param reason the reason
     * @return this builder
     */
    public Builder yanked(boolean value, Optional<String> reason) {
      yanked = value;
      yankedReason = reason;
      return this;
    }

    /**
     * Sets the ownership.
     *
     * @param value the value
     * @return this builder
     */
    public Builder ownership(Optional<Ownership> value) {
      ownership = value;
      return this;
    }

    /**
     * Sets the downloads.
     *
     * @param value the value
     * @return this builder
     */
    public Builder downloads(Optional<DownloadCounts> value) {
      downloads = value;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param value the value
     * @return this builder
     */
    public Builder status(Optional<ProjectStatus> value) {
      status = value;
      return this;
    }

    /**
     * Sets the publisher.
     *
     * @param value the value
     * @return this builder
     */
    public Builder publisher(Optional<Publisher> value) {
      publisher = value;
      return this;
    }

    /**
     * Sets the previous authorship.
     *
     * @param value the value
     * @return this builder
     */
    public Builder previousAuthorship(Optional<Authorship> value) {
      previousAuthorship = value;
      return this;
    }

    /**
     * Sets the previous publisher.
     *
     * @param value the value
     * @return this builder
     */
    public Builder previousPublisher(Optional<AttestedRelease> value) {
      previousPublisher = value;
      return this;
    }

    /** {@return the metadata; throws {@link NullPointerException} if a value was set to null} */
    public PackageMetadata build() {
      return new PackageMetadata(
          id,
          version,
          summary,
          description,
          author,
          authorEmail,
          maintainer,
          maintainerEmail,
          license,
          licenseExpression,
          classifiers,
          projectUrls,
          homePage,
          releases,
          files,
          requiresDist,
          requiresPython,
          advisories,
          yanked,
          yankedReason,
          documentUrl,
          ownership,
          downloads,
          status,
          publisher,
          previousAuthorship,
          previousPublisher);
    }
  }
}
