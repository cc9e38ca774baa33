package io.pkgguard.core.connection;

import io.pkgguard.api.ConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apiguardian.api.API;

/**
 * TLS trust for private indexes: the JDK's own trusted authorities plus the certificates of a
 * PEM bundle (an organisation's private CA). A server is trusted if either accepts it; host name
 * checks stay on.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TrustedCertificates {

  private TrustedCertificates() {}

  /**
   * An SSL context that trusts the JDK's authorities and those in {@code pemBundle}.
   *
   * @throws ConfigurationException naming the file if it cannot be read or holds no certificate
   */
  public static SSLContext withBundle(Path pemBundle) {
    Collection<? extends Certificate> extra;
    try {
      // A certificate bundle is a few hundred kilobytes; 16 MiB is far beyond any real one.
      byte[] pem = io.pkgguard.core.files.RegularFiles.read(pemBundle, 16L << 20);
      extra =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(pem));
    } catch (IOException e) {
      throw new ConfigurationException(
          pemBundle + ": cannot read the CA bundle (" + e.getMessage() + ")", e);
    } catch (CertificateException e) {
      throw new ConfigurationException(
          pemBundle + ": not a PEM certificate bundle (" + e.getMessage() + ")", e);
    }
    if (extra.isEmpty()) {
      throw new ConfigurationException(pemBundle + ": holds no certificate");
    }
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate certificate : extra) {
        store.setCertificateEntry("pkgguard-" + i++, certificate);
      }
      X509TrustManager bundle = trustManager(store);
      X509TrustManager jdk = trustManager(null);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new EitherTrustManager(jdk, bundle)}, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigurationException(
          pemBundle + ": cannot build a TLS context (" + e.getMessage() + ")", e);
    }
  }

  private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new GeneralSecurityException("no X.509 trust manager");
  }

  /** Trusts a server chain that either manager trusts. */
  private record EitherTrustManager(X509TrustManager first, X509TrustManager second)
      implements X509TrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      first.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      try {
        first.checkServerTrusted(chain, authType);
      } catch (CertificateException notByTheJdk) {
        second.checkServerTrusted(chain, authType);
      }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      List<X509Certificate> all = new ArrayList<>(List.of(first.getAcceptedIssuers()));
      all.addAll(List.of(second.getAcceptedIssuers()));
      return all.toArray(new X509Certificate[0]);
    }
  }
}
