package io.pkgguard.api;

import org.apiguardian.api.API;

/**
 * The one way sources reach the network (and local {@code file:} mirrors). The core implements
 * it, so that trusted hosts, credentials, redirects, size caps, deadlines, retries and caching are
 * enforced in one place for every source, built-in or not. A host application may supply its own
 * (for example, to route through its HTTP stack).
 *
 * <p>Implementations must be thread-safe and must never hang past the request's deadline.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface HttpTransport {

  /**
   * Performs a GET and reads the whole body.
   *
   * @return the response, whatever its status (a 404 is a response, not an exception)
   * @throws TransportException if no complete response within the limits could be had
   * @param request what is asked for
   */
  TransportResponse get(TransportRequest request) throws TransportException;
}
