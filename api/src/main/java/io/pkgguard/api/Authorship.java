package io.pkgguard.api;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who a release declares as its authors and maintainers (core metadata {@code Author},
 * {@code Author-email}, {@code Maintainer}, {@code Maintainer-email}), to compare releases: a
 * release whose people share nobody with the previous release's is how a project changing hands
 * — or being taken over — shows in the metadata.
 *
 * @param version the release
 * @param author the author field, if given
 * @param authorEmail the author e-mail field, if given
 * @param maintainer the maintainer field, if given
 * @param maintainerEmail the maintainer e-mail field, if given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Authorship(
    String version,
    Optional<String> author,
    Optional<String> authorEmail,
    Optional<String> maintainer,
    Optional<String> maintainerEmail) {

  /**
   * Creates the value, checking its components.
   *
   * @param version the release
   * @param author the author field, if given
   * @param authorEmail the author e-mail field, if given
   * @param maintainer the maintainer field, if given
   * @param maintainerEmail the maintainer e-mail field, if given
   */
  public Authorship {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(authorEmail, "authorEmail");
    Objects.requireNonNull(maintainer, "maintainer");
    Objects.requireNonNull(maintainerEmail, "maintainerEmail");
  }
}
