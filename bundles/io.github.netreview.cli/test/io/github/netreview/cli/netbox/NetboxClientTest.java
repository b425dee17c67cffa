package io.github.netreview.cli.netbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.netreview.cli.Main;
import io.github.netreview.interchange.netbox.NetboxClient;
import io.github.netreview.cli.netbox.FakeNetbox.Fault;
import io.github.netreview.model.io.ModelFiles;
import io.github.netreview.model.topology.Network;

/**
 * {@code import netbox --url}: the campus export pulled from a NetBox on a local port, page by page, and every way
 * a pull can fail, each a one-line error with exit code 2, no model written and the token nowhere in the output.
 */
class NetboxClientTest {

	private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
	private static final String V2_TOKEN = "nbt_Hx3kQ9aZ.4f1c2d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e";

	@TempDir
	Path dir;

	/** One run of the command line with what it printed. */
	private record Run(int code, String out, String err) {

		String all() {
			return out + err;
		}
	}

	private Run importFrom(String url, String token, String... more) throws IOException {
		Path tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
		List<String> args = new ArrayList<>(List.of("import", "netbox", "--url", url, "--token-file", tokenFile.toString(), "--output",
				model().toString()));
		args.addAll(List.of(more));
		if (!args.contains("--retry-backoff")) {
			args.addAll(List.of("--retry-backoff", "1"));
		}
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(code, out.toString(), err.toString());
	}

	private Path model() {
		return dir.resolve("campus.netreview");
	}

	private void assertFailed(Run run, String message) {
		assertEquals(2, run.code(), run.all());
		assertTrue(run.err().contains("netreview: " + message), run.err());
		assertFalse(Files.exists(model()), "no model is written");
		assertFalse(run.all().contains(TOKEN) || run.all().contains(V2_TOKEN), "the token is never printed");
	}

	@Test
	void pullsEveryPageOfEveryEndpointAndImportsWhatTheFilesImport() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			Run run = importFrom(netbox.url(), TOKEN);
			assertEquals(0, run.code(), run.err());
			assertTrue(run.out().contains("3 sites (1 sensitive), 9 zones (1 core, 1 unset: judged core), 9 segments, 18 devices (7 cameras), "
					+ "47 interfaces, 18 links; 9 records reported"), run.out());
			assertEquals(8, netbox.requestsFor("dcim/interfaces").size(), "51 interfaces in pages of 7");
			assertTrue(netbox.requestsFor("dcim/interfaces").contains("/api/dcim/interfaces/?limit=7&offset=49"), netbox.requests.toString());
			assertTrue(netbox.requestsFor("dcim/devices").get(0).equals("/api/dcim/devices/?limit=1000"), netbox.requests.toString());
			assertTrue(netbox.requests.stream().allMatch(r -> ("Token " + TOKEN).equals(r.authorization())), "legacy keys go as Token");
			assertTrue(run.err().contains("netbox: dcim/interfaces 7/51\n") && run.err().contains("netbox: dcim/interfaces 51/51\n"), run.err());
			assertFalse(run.all().contains(TOKEN) || Files.readString(model()).contains(TOKEN), "the token is in neither output nor model");
		}
	}

	@Test
	void sendsV2TokensAsBearer() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Bearer " + V2_TOKEN)) {
			Run run = importFrom(netbox.url() + "/", V2_TOKEN);
			assertEquals(0, run.code(), run.err());
			assertTrue(netbox.requests.stream().allMatch(r -> ("Bearer " + V2_TOKEN).equals(r.authorization())));
			assertFalse(run.all().contains(V2_TOKEN));
		}
	}

	@Test
	void aRefusedTokenIsOneLineNamingTheUrl() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			assertFailed(importFrom(netbox.url(), "0000000000000000000000000000000000000000"),
					"NetBox refused the token (HTTP 403) for " + netbox.url() + "/api/dcim/sites/?limit=1000: Invalid v1 token\n");
			netbox.fail(Fault.status(401, "{\"detail\": \"Authentication credentials were not provided.\"}"));
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox refused the token (HTTP 401) for " + netbox.url()
					+ "/api/dcim/sites/?limit=1000: Authentication credentials were not provided.\n");
		}
	}

	@Test
	void anAddressThatIsNotNetboxIsNamed() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			assertFailed(importFrom(netbox.url() + "/wiki", TOKEN), "NetBox has no such endpoint (HTTP 404): " + netbox.url()
					+ "/wiki/api/dcim/sites/?limit=1000 - is --url the NetBox address, such as https://netbox.example.com?\n");
		}
	}

	@Test
	void serverErrorsAreRetriedAFewTimesThenReported() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			for (int i = 0; i < NetboxClient.ATTEMPTS; i++) {
				netbox.fail(Fault.status(500, "<h1>Server Error (500)</h1>"));
			}
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox failed (HTTP 500) for " + netbox.url() + "/api/dcim/sites/?limit=1000 after "
					+ NetboxClient.ATTEMPTS + " attempts\n");
			assertEquals(NetboxClient.ATTEMPTS, netbox.requests.size());
		}
	}

	@Test
	void throttlingAndUnavailabilityAreRetriedUntilTheyPass() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			netbox.fail(Fault.tooManyRequests("0"), Fault.status(503, "{\"detail\": \"Service unavailable\"}"));
			Run run = importFrom(netbox.url(), TOKEN);
			assertEquals(0, run.code(), run.err());
			assertEquals(List.of("/api/dcim/sites/?limit=1000", "/api/dcim/sites/?limit=1000", "/api/dcim/sites/?limit=1000"),
					netbox.requestsFor("dcim/sites"), "the same page asked three times");
		}
	}

	@Test
	void retryAfterIsHonouredInsteadOfTheBackOff() {
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
				netbox.fail(Fault.tooManyRequests("0"), Fault.tooManyRequests("0"));
				Run run = importFrom(netbox.url(), TOKEN, "--retry-backoff", "600000");
				assertEquals(0, run.code(), run.err());
			}
		}, "with Retry-After: 0 the import does not wait for a back-off of ten minutes");
	}

	@Test
	void aNetboxThatNeverAnswersTimesOut() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			netbox.fail(Fault.noAnswer());
			long start = System.nanoTime();
			assertFailed(importFrom(netbox.url(), TOKEN, "--timeout", "0.5"), "NetBox did not answer within 0.5 s for " + netbox.url()
					+ "/api/dcim/sites/?limit=1000 (a slow NetBox? raise --timeout)\n");
			assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
		}
	}

	@Test
	void aTruncatedAnswerIsReportedNotImported() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			netbox.fail(Fault.status(200, "{\"count\": 3, \"next\": null, \"previous\": null, \"results\": [{\"id\": 1, \"url\": \"https://netb"));
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox's answer to " + netbox.url() + "/api/dcim/sites/?limit=1000: the JSON ends early (truncated?)\n");
		}
	}

	@Test
	void anAnswerThatIsNotAListIsAnError() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			netbox.fail(Fault.status(200, "{\"dcim\": \"" + netbox.url() + "/api/dcim/\"}"));
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox's answer to " + netbox.url() + "/api/dcim/sites/?limit=1000 is not a list");
			netbox.fail(Fault.status(200, "<html><body>Login</body></html>"));
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox's answer to " + netbox.url() + "/api/dcim/sites/?limit=1000: not JSON");
		}
	}

	@Test
	void aClosedPortIsConnectionRefused() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		assertFailed(importFrom("http://127.0.0.1:" + port, TOKEN), "could not connect to NetBox at http://127.0.0.1:" + port
				+ "/api/dcim/sites/?limit=1000 (connection refused)\n");
	}

	@Test
	void aSiteFilterReachesNetboxAndWhatTheSiteUsesIsFetchedAndReported() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			Run run = importFrom(netbox.url(), TOKEN, "--site", "london-hq");
			assertEquals(0, run.code(), run.err());
			assertEquals("/api/dcim/sites/?limit=1000&slug=london-hq", netbox.requestsFor("dcim/sites").get(0));
			assertEquals("/api/dcim/devices/?limit=1000&site=london-hq", netbox.requestsFor("dcim/devices").get(0));
			assertTrue(netbox.requestsFor("dcim/interfaces").get(0).startsWith("/api/dcim/interfaces/?limit=1000&device_id=1&device_id=2&"),
					netbox.requests.toString());
			assertTrue(netbox.requestsFor("ipam/vlans").contains("/api/ipam/vlans/?limit=1000&id=1"), "the core VLAN has no site of its own");
			assertTrue(run.err().contains("netreview: ipam/vlans #1 'Core Transit': outside --site london-hq but used by the records selected; "
					+ "fetched and imported\n"), run.err());
			assertTrue(run.err().contains("netreview: dcim/interfaces #104 'hq-fw-01 port3': NetBox traces it to interface #1401, which was not "
					+ "imported (outside --site london-hq?); that path is left out\n"), run.err());
			Network network = ModelFiles.loadNetwork(model());
			assertEquals(List.of("London HQ"), network.getSites().stream().map(s -> s.getName()).toList());
			assertTrue(network.getZones().stream().anyMatch(z -> z.getName().equals("Core") && z.isCore()));
		}
	}

	@Test
	void aTenantFilterReachesNetbox() throws IOException {
		try (FakeNetbox netbox = FakeNetbox.http(NetboxFixture.CAMPUS, "Token " + TOKEN)) {
			Run run = importFrom(netbox.url(), TOKEN, "--tenant", "dfea");
			assertEquals(0, run.code(), run.err());
			assertEquals("/api/dcim/devices/?limit=1000&tenant=dfea", netbox.requestsFor("dcim/devices").get(0));
			assertEquals("/api/ipam/vlans/?limit=1000&tenant=dfea", netbox.requestsFor("ipam/vlans").get(0));
			assertTrue(run.out().contains("18 devices (7 cameras)"), "every device of the campus is the tenant's: " + run.out());
		}
	}

	@Test
	void aPrivateCertificateAuthorityIsTrustedOnlyWhenGiven() throws Exception {
		Path keystore = dir.resolve("netbox.p12");
		keytool("-genkeypair", "-alias", "netbox", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=netbox test CA", "-ext",
				"SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "secret");
		Path pem = dir.resolve("ca.pem");
		keytool("-exportcert", "-rfc", "-alias", "netbox", "-keystore", keystore.toString(), "-storepass", "secret", "-file", pem.toString());
		try (FakeNetbox netbox = FakeNetbox.https(NetboxFixture.CAMPUS, "Token " + TOKEN, serverTls(keystore))) {
			assertFailed(importFrom(netbox.url(), TOKEN), "NetBox's TLS certificate is not trusted: " + netbox.url()
					+ "/api/dcim/sites/?limit=1000 (for a private certificate authority use --ca-cert FILE)\n");
			Run run = importFrom(netbox.url(), TOKEN, "--ca-cert", pem.toString());
			assertEquals(0, run.code(), run.err());
		}
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes());
		}
		assertEquals(0, process.waitFor(), output);
	}

	private static SSLContext serverTls(Path keystore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, "secret".toCharArray());
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(store, "secret".toCharArray());
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(keys.getKeyManagers(), null, null);
		return tls;
	}
}
