import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The client of the fault checks (bench/run-faults.sh), plain JDK (java FaultClient.java ...):
 * <ul>
 * <li>{@code load BASE LEARNERS SECONDS DIR}: learners answer without pause; every acknowledged (2xx) answer is
 * appended to DIR/acked.txt, then posted a second time with the same Idempotency-Key, which must return the same
 * answer id (else DIR/idempotency-violations.txt). Survives the application or the database going away; counts
 * statuses by second in DIR/statuses.txt ("second status count", "io" for a refused connection).</li>
 * <li>{@code resume BASE DIR}: each learner asks its next challenge (200 or 204) and answers it (201).</li>
 * <li>{@code replay BASE DIR}: every acknowledged answer posted again with its key returns the same answer id.</li>
 * </ul>
 */
public class FaultClient {

	static final List<String> COMPETENCES = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3",
			"3.4", "4.1", "4.2", "4.3", "5.1", "5.2");

	static final Pattern STRING = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final String base;

	final Path dir;

	final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

	final long started = System.currentTimeMillis();

	FaultClient(String base, Path dir) {
		this.base = base;
		this.dir = dir;
	}

	public static void main(String[] args) throws Exception {
		var client = new FaultClient(args[1], Path.of(args[args.length - 1]));
		switch (args[0]) {
			case "load" -> client.load(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
			case "resume" -> client.resume();
			case "replay" -> client.replay();
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	record Response(int status, String body, String retryAfter) {

		String field(String name) {
			var m = STRING.matcher(this.body);
			while (m.find()) {
				if (m.group(1).equals(name)) {
					return m.group(2);
				}
			}
			return null;
		}

	}

	Response call(String method, String path, String token, String body, String key) throws IOException {
		var request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		try {
			var response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			count(String.valueOf(response.statusCode())
					+ (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent() ? "+Retry-After" : ""));
			return new Response(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (IOException ex) {
			count("io");
			throw ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	void count(String status) {
		long second = (System.currentTimeMillis() - this.started) / 1000;
		this.statuses.computeIfAbsent(String.format("%05d %s", second, status), k -> new AtomicLong()).incrementAndGet();
	}

	/** A learner: signs up, logs in, then answers until the deadline. */
	void load(int learners, int seconds) throws Exception {
		Files.createDirectories(this.dir);
		var deadline = System.currentTimeMillis() + seconds * 1000L;
		try (var acked = new PrintWriter(Files.newBufferedWriter(this.dir.resolve("acked.txt")), false);
				var violations = new PrintWriter(Files.newBufferedWriter(this.dir.resolve("idempotency-violations.txt")));
				var learnersFile = new PrintWriter(Files.newBufferedWriter(this.dir.resolve("learners.txt")));
				var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < learners; i++) {
				executor.submit(() -> {
					try {
						learn(deadline, acked, violations, learnersFile);
					}
					catch (Exception ex) {
						System.err.println("learner stopped: " + ex);
					}
					return null;
				});
			}
		}
		writeStatuses("statuses.txt");
	}

	void learn(long deadline, PrintWriter acked, PrintWriter violations, PrintWriter learnersFile) throws Exception {
		var email = "fault-" + UUID.randomUUID() + "@bench.test";
		var signup = call("POST", "/api/users", null, "{\"firstName\":\"F\",\"lastName\":\"L\",\"email\":\"" + email
				+ "\",\"password\":\"Ruche-Verte-2026\",\"locale\":\"fr\",\"acceptTerms\":true}", null);
		if (signup.status() != 201) {
			throw new IllegalStateException("signup " + signup.status());
		}
		var token = call("POST", "/api/token", null,
				"{\"username\":\"" + email + "\",\"password\":\"Ruche-Verte-2026\"}", null).field("access_token");
		var competences = new ArrayList<>(COMPETENCES);
		Collections.shuffle(competences);
		synchronized (learnersFile) {
			learnersFile.println(token);
			learnersFile.flush();
		}
		int ci = 0;
		String assessment = null;
		while (System.currentTimeMillis() < deadline) {
			try {
				if (assessment == null) {
					if (ci == competences.size()) {
						return;
					}
					var started = call("POST", "/api/competence-evaluations", token,
							"{\"competence\":\"" + competences.get(ci) + "\"}", null);
					if (started.status() == 409) {
						ci++;
					}
					else if (started.status() / 100 == 2) {
						assessment = started.field("assessmentId");
					}
					else {
						Thread.sleep(200);
					}
					continue;
				}
				var next = call("GET", "/api/assessments/" + assessment + "/next-challenge", token, null, null);
				if (next.status() == 204) {
					assessment = null;
					ci++;
					continue;
				}
				if (next.status() != 200) {
					Thread.sleep(200);
					continue;
				}
				var challenge = next.field("challengeId");
				var key = UUID.randomUUID().toString();
				var body = "{\"challengeId\":\"" + challenge + "\",\"skipped\":true}";
				var answer = call("POST", "/api/assessments/" + assessment + "/answers", token, body, key);
				if (answer.status() / 100 != 2) {
					Thread.sleep(200);
					continue;
				}
				var answerId = answer.field("answerId");
				synchronized (acked) {
					acked.println(assessment + " " + answerId + " " + key + " " + challenge + " " + token);
					acked.flush();
				}
				var again = call("POST", "/api/assessments/" + assessment + "/answers", token, body, key);
				if (again.status() / 100 == 2 && !answerId.equals(again.field("answerId"))) {
					synchronized (violations) {
						violations.println(assessment + " " + key + " " + answerId + " " + again.field("answerId"));
						violations.flush();
					}
				}
			}
			catch (IOException ex) {
				Thread.sleep(200);
			}
		}
	}

	void resume() throws Exception {
		var tokens = Files.readAllLines(this.dir.resolve("learners.txt"));
		var acked = Files.readAllLines(this.dir.resolve("acked.txt"));
		var assessmentsByToken = new TreeMap<String, String>();
		acked.forEach(line -> {
			var f = line.split(" ");
			assessmentsByToken.put(f[4], f[0]);
		});
		int ok = 0, failed = 0;
		for (var token : tokens) {
			var assessment = assessmentsByToken.get(token);
			if (assessment == null) {
				continue;
			}
			var next = call("GET", "/api/assessments/" + assessment + "/next-challenge", token, null, null);
			boolean resumed = next.status() == 204;
			if (next.status() == 200) {
				var answer = call("POST", "/api/assessments/" + assessment + "/answers", token,
						"{\"challengeId\":\"" + next.field("challengeId") + "\",\"skipped\":true}", UUID.randomUUID().toString());
				resumed = answer.status() == 201;
			}
			if (resumed) {
				ok++;
			}
			else {
				failed++;
				System.out.println("learner could not resume: assessment " + assessment + " status " + next.status());
			}
		}
		System.out.println("RESUME ok=" + ok + " failed=" + failed);
	}

	void replay() throws Exception {
		int same = 0, different = 0;
		for (var line : Files.readAllLines(this.dir.resolve("acked.txt"))) {
			var f = line.split(" ");
			var again = call("POST", "/api/assessments/" + f[0] + "/answers", f[4],
					"{\"challengeId\":\"" + f[3] + "\",\"skipped\":true}", f[2]);
			if (again.status() / 100 == 2 && f[1].equals(again.field("answerId"))) {
				same++;
			}
			else {
				different++;
				System.out.println("replay of " + f[2] + ": " + again.status() + " " + again.body());
			}
		}
		System.out.println("REPLAY same=" + same + " different=" + different);
	}

	void writeStatuses(String name) {
		try {
			var lines = new TreeMap<>(this.statuses).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList();
			Files.write(this.dir.resolve(name), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
