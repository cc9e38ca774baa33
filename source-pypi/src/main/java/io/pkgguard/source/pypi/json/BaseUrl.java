package io.pkgguard.source.pypi.json;

import java.net.URI;

/** Base URLs of the services a source calls, kept without a trailing slash for joining paths. */
final class BaseUrl {

  private BaseUrl() {}

  /** {@code base} without its trailing slash, so that {@code base + "/" + path} is right. */
  static URI of(URI base) {
    String text = base.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : base;
  }
}
