import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The client of the fault checks E and F (bench/run-faults.sh), plain JDK (java EdgeClient.java ...), 127.0.0.1 only:
 * <ul>
 * <li>{@code slow BASE CONNECTIONS SECONDS INTERVAL_MS}: CONNECTIONS connections from this address start a request
 * and trickle one header line every INTERVAL_MS, never finishing it, for SECONDS; meanwhile another client measures
 * {@code GET /actuator/health} and a logged-in {@code GET /api/me}. Then the trickling stops and, after 8 s, the
 * connections the server closed (connection timeout) are counted.</li>
 * <li>{@code large BASE PARALLEL MEGABYTES SECONDS}: PARALLEL clients post bodies of MEGABYTES to {@code /api/users}
 * without pause for SECONDS (every other one chunked, without Content-Length) and time the answer; meanwhile the same
 * measurement.</li>
 * </ul>
 * Prints {@code RESULT key=value ...} lines that the script checks.
 */
public class EdgeClient {

	static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final URI base;

	EdgeClient(String base) {
		this.base = URI.create(base);
	}

	public static void main(String[] args) throws Exception {
		var client = new EdgeClient(args[1]);
		switch (args[0]) {
			case "slow" -> client.slow(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			case "large" -> client.large(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// ---- E: slow connections

	void slow(int connections, int seconds, int intervalMillis) throws Exception {
		var token = learnerToken();
		var sockets = new ArrayList<Socket>();
		long opening = System.nanoTime();
		long nextTrickle = System.currentTimeMillis() + intervalMillis;
		int refused = 0;
		int lost = 0;
		for (int i = 0; i < connections; i++) {
			try {
				var socket = new Socket();
				socket.connect(new InetSocketAddress(this.base.getHost(), this.base.getPort()), 5000);
				socket.getOutputStream()
					.write("GET /connexion HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
				sockets.add(socket);
			}
			catch (IOException ex) {
				refused++;
			}
			if (System.currentTimeMillis() >= nextTrickle) {
				// the first ones keep trickling while the others open
				lost += trickle(sockets);
				nextTrickle = System.currentTimeMillis() + intervalMillis;
			}
		}
		System.out.printf("RESULT phase=open connections=%d refused=%d lost_while_opening=%d seconds=%.1f%n",
				sockets.size(), refused, lost, (System.nanoTime() - opening) / 1e9);
		var measure = Measure.start(this, token);
		long end = System.currentTimeMillis() + seconds * 1000L;
		lost = 0;
		while (System.currentTimeMillis() < end) {
			Thread.sleep(Math.max(0, nextTrickle - System.currentTimeMillis()));
			lost += trickle(sockets);
			nextTrickle = System.currentTimeMillis() + intervalMillis;
		}
		measure.stop("slow");
		Thread.sleep(8000);
		int closedByServer = 0;
		for (var socket : sockets) {
			if (socket.isClosed() || closedByServer(socket)) {
				closedByServer++;
			}
			socket.close();
		}
		System.out.printf("RESULT phase=after connections=%d lost_while_trickling=%d closed_after_8s_silence=%d%n",
				sockets.size(), lost, closedByServer);
	}

	/** One more header line on every open connection; returns how many the server had closed. */
	static int trickle(List<Socket> sockets) throws IOException {
		int lost = 0;
		for (var socket : sockets) {
			if (socket.isClosed()) {
				continue;
			}
			try {
				socket.getOutputStream().write("X-a: b\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			catch (IOException ex) {
				lost++;
				socket.close();
			}
		}
		return lost;
	}

	static boolean closedByServer(Socket socket) {
		try {
			socket.setSoTimeout(200);
			InputStream in = socket.getInputStream();
			// the server may answer 408 before closing: read to the end
			while (in.read() >= 0) {
				// drain
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	// ---- F: large bodies

	void large(int parallel, int megabytes, int seconds) throws Exception {
		var token = learnerToken();
		var measure = Measure.start(this, token);
		var statuses = new ConcurrentHashMap<String, AtomicInteger>();
		var times = Collections.synchronizedList(new ArrayList<Long>());
		long end = System.currentTimeMillis() + seconds * 1000L;
		var threads = new ArrayList<Thread>();
		for (int i = 0; i < parallel; i++) {
			boolean chunked = i % 2 == 1;
			threads.add(Thread.ofPlatform().start(() -> {
				while (System.currentTimeMillis() < end) {
					long started = System.nanoTime();
					var status = postLarge(megabytes * 1024L * 1024L, chunked);
					times.add((System.nanoTime() - started) / 1_000_000);
					statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
				}
			}));
		}
		for (var thread : threads) {
			thread.join();
		}
		measure.stop("large");
		System.out.printf("RESULT phase=bodies statuses=%s %s%n", new TreeMap<>(statuses), Measure.summary(times));
	}

	/** The status line of the answer to one large POST, read while the body is being sent. */
	String postLarge(long size, boolean chunked) {
		try (var socket = new Socket(this.base.getHost(), this.base.getPort())) {
			socket.setSoTimeout(60_000);
			var status = new String[] { "none" };
			var reader = Thread.ofPlatform().start(() -> {
				try {
					var line = new StringBuilder();
					var in = socket.getInputStream();
					for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
						line.append((char) c);
					}
					status[0] = line.length() > 12 ? line.substring(9, 12) : "closed";
				}
				catch (IOException ex) {
					status[0] = "io";
				}
			});
			var out = socket.getOutputStream();
			var head = "POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + size + "\r\n") + "\r\n";
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			writeBody(out, size, chunked, reader);
			reader.join(60_000);
			return status[0];
		}
		catch (IOException ex) {
			return "io";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	static void writeBody(OutputStream out, long size, boolean chunked, Thread answered) {
		var block = new byte[64 * 1024];
		java.util.Arrays.fill(block, (byte) 'a');
		var start = "{\"firstName\":\"".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(start, 0, block, 0, start.length);
		try {
			for (long sent = 0; sent < size && answered.isAlive(); sent += block.length) {
				if (chunked) {
					out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				}
				out.write(block);
				if (chunked) {
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
			}
		}
		catch (IOException ex) {
			// the server closed the connection after refusing the body: expected
		}
	}

	// ---- the other users

	String learnerToken() throws Exception {
		var email = "edge-" + UUID.randomUUID() + "@example.org";
		post("/api/users", "{\"firstName\":\"Edge\",\"lastName\":\"Client\",\"email\":\"" + email
				+ "\",\"password\":\"Secret123\",\"acceptTerms\":true}");
		var login = post("/api/token", "{\"username\":\"" + email + "\",\"password\":\"Secret123\"}");
		var m = TOKEN.matcher(login);
		if (!m.find()) {
			throw new IllegalStateException("login failed: " + login);
		}
		return m.group(1);
	}

	String post(String path, String json) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(this.base.resolve(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	/** Another user's requests, one after the other, timed: health, then /api/me. */
	static final class Measure {

		final Map<String, List<Long>> times = new ConcurrentHashMap<>();

		final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

		volatile boolean running = true;

		Thread thread;

		static Measure start(EdgeClient client, String token) {
			var measure = new Measure();
			var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			measure.thread = Thread.ofPlatform().start(() -> {
				while (measure.running) {
					measure.call(http, "health", HttpRequest.newBuilder(client.base.resolve("/actuator/health")));
					measure.call(http, "me", HttpRequest.newBuilder(client.base.resolve("/api/me"))
						.header("Authorization", "Bearer " + token));
					try {
						Thread.sleep(50);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			return measure;
		}

		void call(HttpClient http, String name, HttpRequest.Builder request) {
			long started = System.nanoTime();
			try {
				var response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() != 200) {
					this.failures.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
				}
			}
			catch (IOException ex) {
				this.failures.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			this.times.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
				.add((System.nanoTime() - started) / 1_000_000);
		}

		void stop(String phase) throws InterruptedException {
			this.running = false;
			this.thread.join();
			for (var name : List.of("health", "me")) {
				var failed = this.failures.getOrDefault(name, new AtomicInteger()).get();
				System.out.printf("RESULT phase=%s other=%s failed=%d %s%n", phase, name, failed,
						summary(this.times.getOrDefault(name, List.of())));
			}
		}

		static String summary(List<Long> times) {
			var sorted = new ArrayList<>(times);
			Collections.sort(sorted);
			if (sorted.isEmpty()) {
				return "count=0";
			}
			return String.format("count=%d p50_ms=%d p99_ms=%d max_ms=%d", sorted.size(), at(sorted, 0.50),
					at(sorted, 0.99), sorted.get(sorted.size() - 1));
		}

		static long at(List<Long> sorted, double quantile) {
			return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
		}

	}

}
