package io.pkgguard.source.conda.specs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A match spec that is a package's URL or path ({@code .../linux-64/numpy-1.26.4-py311_0.conda}):
 * the channel, subdir, name, version and build come from the location and file name.
 */
final class PackageLocation {

  private PackageLocation() {}

  static Map<String, String> fields(String original, String spec) throws InvalidMatchSpecException {
    String url = Channels.isUrl(spec) ? spec : fileUrl(spec);
    String path = url.substring(url.indexOf("://") + 3);
    int slash = path.lastIndexOf('/');
    String filename = slash < 0 ? path : path.substring(slash + 1);
    String directory = slash < 0 ? "" : url.substring(0, url.length() - filename.length() - 1);
    int dirSlash = directory.lastIndexOf('/');
    String subdir = dirSlash < 0 ? "" : directory.substring(dirSlash + 1);
    Map<String, String> fields = new LinkedHashMap<>();
    if (!Channels.KNOWN_SUBDIRS.contains(subdir)) {
      fields.put("name", "*");
      fields.put("fn", filename);
      fields.put("url", url);
      return fields;
    }
    String stem =
        filename.endsWith(".conda")
            ? filename.substring(0, filename.length() - ".conda".length())
            : filename.substring(0, filename.length() - ".tar.bz2".length());
    int buildDash = stem.lastIndexOf('-');
    int versionDash = buildDash <= 0 ? -1 : stem.lastIndexOf('-', buildDash - 1);
    if (versionDash <= 0) {
      throw new InvalidMatchSpecException(
          original, "the file name is not name-version-build" + ".conda or .tar.bz2");
    }
    fields.put("channel", Channels.canonical(directory.substring(0, dirSlash)));
    fields.put("subdir", subdir);
    fields.put("name", stem.substring(0, versionDash));
    fields.put("version", stem.substring(versionDash + 1, buildDash));
    fields.put("build", stem.substring(buildDash + 1));
    fields.put("fn", filename);
    fields.put("url", url);
    return fields;
  }

  private static String fileUrl(String path) {
    return "file://" + (path.startsWith("/") ? path : "/" + path);
  }
}
