package io.pkgguard.core.transport;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a {@code file:} mirror keeps the distribution files its documents link to. A bandersnatch
 * mirror serves {@code web/pypi/<name>/json} with links to {@code
 * https://files.pythonhosted.org/packages/<path>} and stores each file at {@code
 * web/packages/<path>}: the {@code packages} directory beside the index directory, under the link's
 * path.
 */
public final class MirrorFiles {

  private MirrorFiles() {}

  /** The directory beside a {@code file:} index that holds its files. */
  public static Path packages(URI index) {
    Path root = Path.of(index).toAbsolutePath().normalize();
    Path parent = root.getParent() == null ? root : root.getParent();
    return parent.resolve("packages");
  }

  /**
   * Where to read {@code link} from when the index is a {@code file:} mirror: an {@code https:}
   * link's path, under {@link #packages}, with a leading {@code /packages} dropped. Other indexes
   * and {@code file:} links are read where they point.
   */
  public static URI locate(URI index, URI link) {
    if (!"file".equalsIgnoreCase(index.getScheme())
        || link.getScheme() == null
        || !link.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
      return link;
    }
    String path = link.getPath() == null ? "" : link.getPath();
    if (path.startsWith("/packages/")) {
      path = path.substring("/packages/".length());
    }
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    // Normalised, so a link with '..' cannot leave the packages directory unnoticed: the
    // transport's trust check sees the final path.
    return packages(index).resolve(path).normalize().toUri();
  }
}
