package io.pkgguard.source.pypi.testing;

/** Core metadata texts written field for field from the core metadata specification. */
public final class CoreMetadataTexts {

  private CoreMetadataTexts() {}

  /** What requests 2.34.2's wheel METADATA says, in the fields pkgguard reads. */
  public static final String REQUESTS_2_34_2 =
      """
      Metadata-Version: 2.4
      Name: requests
      Version: 2.34.2
      Summary: Python HTTP for Humans.
      Home-page: https://requests.readthedocs.io
      Author: Kenneth Reitz
      Author-email: me@kennethreitz.org
      Maintainer-email: Nate Prewitt <nate.prewitt@gmail.com>
      License-Expression: Apache-2.0
      Project-URL: Documentation, https://requests.readthedocs.io
      Project-URL: Source, https://github.com/psf/requests
      Classifier: Development Status :: 5 - Production/Stable
      Classifier: Programming Language :: Python :: 3
      Requires-Python: >=3.10
      Description-Content-Type: text/markdown
      Requires-Dist: charset_normalizer<4,>=2
      Requires-Dist: idna<4,>=2.5
      Requires-Dist: PySocks!=1.5.7,>=1.5.6; extra == "socks"

      # Requests

      **Requests** is a simple, yet elegant, HTTP library.
      """;
}
