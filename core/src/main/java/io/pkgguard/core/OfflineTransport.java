package io.pkgguard.core;

import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;

/** Passes {@code file:} requests on and refuses everything else: nothing leaves the machine. */
final class OfflineTransport implements HttpTransport {

  private final HttpTransport delegate;

  OfflineTransport(HttpTransport delegate) {
    this.delegate = delegate;
  }

  @Override
  public TransportResponse get(TransportRequest request) throws TransportException {
    if ("file".equalsIgnoreCase(request.uri().getScheme())) {
      return delegate.get(request);
    }
    throw new TransportException(
        TransportException.Reason.UNTRUSTED,
        request.uri(),
        "offline mode: not contacting "
            + request.uri().getHost()
            + " (use a file: mirror as the index, or drop --offline)");
  }
}
