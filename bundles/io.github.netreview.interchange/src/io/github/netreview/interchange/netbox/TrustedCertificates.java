package io.github.netreview.interchange.netbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The certificates NetReview trusts for NetBox: the JDK's certificate authorities, plus those of a PEM file for a private CA. */
final class TrustedCertificates {

	private TrustedCertificates() {
	}

	static SSLContext context(Path pem) throws NetboxException {
		try {
			if (pem == null) {
				return SSLContext.getDefault();
			}
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int n = 0;
			for (X509Certificate authority : jdkAuthorities()) {
				store.setCertificateEntry("jdk-" + n++, authority);
			}
			for (Certificate certificate : read(pem)) {
				store.setCertificateEntry("ca-" + n++, certificate);
			}
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, trust.getTrustManagers(), null);
			return context;
		} catch (GeneralSecurityException | IOException e) {
			throw new NetboxException((pem == null ? "TLS" : pem.toString()) + ": cannot set up TLS trust (" + e.getMessage() + ")");
		}
	}

	private static Collection<? extends Certificate> read(Path pem) throws NetboxException, IOException {
		try (InputStream in = Files.newInputStream(pem)) {
			Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (certificates.isEmpty()) {
				throw new NetboxException(pem + ": holds no certificate (expected PEM, -----BEGIN CERTIFICATE-----)");
			}
			return certificates;
		} catch (java.security.cert.CertificateException e) {
			throw new NetboxException(pem + ": not a PEM certificate (expected -----BEGIN CERTIFICATE-----)");
		}
	}

	private static X509Certificate[] jdkAuthorities() throws GeneralSecurityException {
		TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		defaults.init((KeyStore) null);
		for (TrustManager manager : defaults.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509) {
				return x509.getAcceptedIssuers();
			}
		}
		return new X509Certificate[0];
	}
}
