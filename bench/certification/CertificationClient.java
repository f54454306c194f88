import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certification bench (bench/run-certification.sh), plain JDK, one virtual thread per candidate and per
 * invigilator: {@code java CertificationClient.java BASE SESSIONS PER_SESSION RAMP_S STEADY_S THINK_MIN_S THINK_MAX_S
 * OUT_DIR}.
 * <ol>
 * <li>set-up (not measured): the demo centre's admin (centre@acquis.demo) creates SESSIONS sessions and enrols
 * PER_SESSION candidates in each; candidate i is the account bench-cand-i@bench.test made by the script.</li>
 * <li>one invigilator per session logs in with the session's password and reads the live list every 5 s,
 * authorising every candidate who waits (as the page's button does).</li>
 * <li>the candidates arrive spread over RAMP_S seconds: log in, join (session number, names, birth date), read
 * their course every 3 s until authorised (as the waiting page polls), start with the access code, then answer
 * each question after a think time drawn between THINK_MIN_S and THINK_MAX_S (a timed question is started
 * first), taking the next question from the answer's 201.</li>
 * </ol>
 * Latencies are counted in 1 ms buckets per request, for the whole run and for the steady window [RAMP_S, RAMP_S +
 * STEADY_S] (every candidate has arrived); the summary is printed and written to OUT_DIR/summary.txt.
 */
public class CertificationClient {

	static final String PASSWORD = "Ruche-Verte-2026";

	static final Pattern ID = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|true|false|null)");

	final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.executor(Executors.newVirtualThreadPerTaskExecutor())
		.build();

	final String base;

	final int rampSeconds;

	final int steadySeconds;

	final long started = System.currentTimeMillis();

	volatile boolean stopping;

	final Map<String, Histogram> all = new ConcurrentHashMap<>();

	final Map<String, Histogram> window = new ConcurrentHashMap<>();

	final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

	final AtomicLong finished = new AtomicLong();

	final AtomicLong startedTests = new AtomicLong();

	final AtomicLong authorised = new AtomicLong();

	final AtomicLong failedCandidates = new AtomicLong();

	CertificationClient(String base, int rampSeconds, int steadySeconds) {
		this.base = base;
		this.rampSeconds = rampSeconds;
		this.steadySeconds = steadySeconds;
	}

	record Session(long id, String accessCode, String password) {
	}

	record Response(int status, String body) {

		String field(String name) {
			return field(this.body, name);
		}

		static String field(String json, String name) {
			Matcher m = ID.matcher(json);
			while (m.find()) {
				if (m.group(1).equals(name)) {
					return m.group(3) != null ? m.group(3) : m.group(2);
				}
			}
			return null;
		}

	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("hash")) {
			// a bcrypt hash of cost 4 for the bench accounts (spring-security-crypto on the class path): the
			// product checks any cost, so 3,000 logins do not cost 3,000 bcrypt rounds of cost 10
			var bcrypt = Class.forName("org.springframework.security.crypto.bcrypt.BCrypt");
			var salt = bcrypt.getMethod("gensalt", int.class).invoke(null, 4);
			System.out.println(bcrypt.getMethod("hashpw", String.class, String.class).invoke(null, PASSWORD, salt));
			return;
		}
		var client = new CertificationClient(args[0], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		client.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[5]),
				Integer.parseInt(args[6]), Path.of(args[7]));
	}

	void run(int sessions, int perSession, int thinkMin, int thinkMax, Path out) throws Exception {
		var admin = login("centre@acquis.demo", "Acquis2026");
		var centers = call("GET", "/api/me/certification-centers", "Bearer " + admin, null, null, "setup");
		var center = centers.field("id");
		log("centre " + center + ": creating " + sessions + " sessions of " + perSession + " candidates");
		var list = new ArrayList<Session>();
		var gate = new Semaphore(6);
		try (var setup = Executors.newVirtualThreadPerTaskExecutor()) {
			var futures = new ArrayList<java.util.concurrent.Future<Session>>();
			for (int s = 0; s < sessions; s++) {
				int sessionIndex = s;
				futures.add(setup.submit(() -> {
					gate.acquire();
					try {
						return createSession(admin, center, sessionIndex, perSession);
					}
					finally {
						gate.release();
					}
				}));
			}
			for (var f : futures) {
				list.add(f.get());
			}
		}
		log("set-up done in " + (System.currentTimeMillis() - this.started) / 1000 + " s; the load starts");
		long loadStart = System.currentTimeMillis();
		this.loadStart = loadStart;
		long end = loadStart + (this.rampSeconds + this.steadySeconds) * 1000L;
		int candidates = sessions * perSession;
		var done = new CountDownLatch(candidates + sessions);
		try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
			for (var session : list) {
				load.submit(() -> {
					try {
						invigilate(session, end);
					}
					catch (Exception ex) {
						log("invigilator of " + session.id() + ": " + ex);
					}
					finally {
						done.countDown();
					}
				});
			}
			for (int i = 0; i < candidates; i++) {
				int index = i;
				var session = list.get(i / perSession);
				long at = loadStart + (long) i * this.rampSeconds * 1000L / candidates;
				load.submit(() -> {
					try {
						Thread.sleep(Math.max(0, at - System.currentTimeMillis()));
						candidate(index, session, thinkMin, thinkMax, end);
					}
					catch (Exception ex) {
						this.failedCandidates.incrementAndGet();
						log("candidate " + index + ": " + ex);
					}
					finally {
						done.countDown();
					}
				});
			}
			var reporter = Thread.ofVirtual().start(() -> {
				while (System.currentTimeMillis() < end) {
					try {
						Thread.sleep(30_000);
					}
					catch (InterruptedException ex) {
						return;
					}
					log(progress());
				}
			});
			done.await();
			reporter.interrupt();
		}
		var summary = summary(sessions, perSession, thinkMin, thinkMax);
		System.out.println(summary);
		Files.writeString(out.resolve("summary.txt"), summary);
	}

	volatile long loadStart;

	String progress() {
		var answers = this.all.get("answer");
		return "t=" + (System.currentTimeMillis() - this.loadStart) / 1000 + "s authorised=" + this.authorised
				+ " started=" + this.startedTests + " finished=" + this.finished + " answers="
				+ (answers == null ? 0 : answers.count.get()) + " failed=" + this.failedCandidates + " load="
				+ loadAverage();
	}

	Session createSession(String admin, String center, int index, int perSession) throws Exception {
		var created = call("POST", "/api/certification-centers/" + center + "/sessions", "Bearer " + admin,
				"{\"address\":\"1 rue du Banc\",\"room\":\"S" + index
						+ "\",\"date\":\"2026-12-10\",\"time\":\"09:00\",\"examiner\":\"M. Durand\",\"description\":\"bench\"}",
				null, "setup");
		expect(created, 201);
		var session = new Session(Long.parseLong(created.field("id")), created.field("accessCode"),
				created.field("invigilatorPassword"));
		for (int c = 0; c < perSession; c++) {
			int i = index * perSession + c;
			var enrolled = call("POST", "/api/sessions/" + session.id() + "/candidates", "Bearer " + admin,
					"{\"firstName\":\"Cand" + i + "\",\"lastName\":\"BENCH\",\"birthDate\":\"" + birthDate(i)
							+ "\",\"extraTimePercent\":0,\"adjustedTest\":false}",
					null, "setup");
			expect(enrolled, 201);
		}
		return session;
	}

	static String birthDate(int i) {
		return java.time.LocalDate.of(2010, 1, 1).plusDays(i % 700).toString();
	}

	void invigilate(Session session, long end) throws Exception {
		var login = retried("POST", "/api/sessions/" + session.id() + "/supervision", null,
				"{\"invigilatorPassword\":\"" + session.password() + "\"}", null, "supervision-login");
		expect(login, 200);
		var token = "Invigilator " + login.field("access_token");
		// the invigilators do not all refresh at the same second
		Thread.sleep(ThreadLocalRandom.current().nextLong(5000));
		while (System.currentTimeMillis() < end) {
			long next = System.currentTimeMillis() + 5000;
			var list = call("GET", "/api/sessions/" + session.id() + "/supervision", token, null, null, "live-list");
			if (list.status() == 200) {
				for (var row : list.body().split("\\{\"candidateId\"")) {
					if (row.contains("\"WAITING_AUTHORIZATION\"")) {
						var id = row.substring(row.indexOf('"') + 1);
						id = id.substring(0, id.indexOf('"'));
						var ok = call("POST", "/api/sessions/" + session.id() + "/candidates/" + id + "/authorize", token,
								"{}", null, "authorize");
						if (ok.status() / 100 == 2) {
							this.authorised.incrementAndGet();
						}
					}
				}
			}
			Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
		}
	}

	void candidate(int i, Session session, int thinkMin, int thinkMax, long end) throws Exception {
		var token = "Bearer " + login("bench-cand-" + i + "@bench.test", PASSWORD);
		var joined = retried("POST", "/api/certification-courses", token, "{\"sessionId\":" + session.id()
				+ ",\"firstName\":\"Cand" + i + "\",\"lastName\":\"BENCH\",\"birthDate\":\"" + birthDate(i) + "\"}", null,
				"join");
		expect(joined, 201);
		var course = joined.field("courseId");
		var device = joined.field("deviceKey");
		// the waiting page polls every 3 s until the invigilator authorises
		while (true) {
			Thread.sleep(3000);
			var state = call("GET", "/api/certification-courses/" + course, token, null, null, "course-state");
			if ("AUTHORIZED".equals(state.field("status"))) {
				break;
			}
			if (System.currentTimeMillis() > end) {
				return;
			}
		}
		var start = retried("POST", "/api/certification-courses/" + course + "/start", token,
				"{\"accessCode\":\"" + session.accessCode() + "\"}", Map.of("Certification-Device", device), "start");
		expect(start, 200);
		this.startedTests.incrementAndGet();
		var assessment = start.field("assessmentId");
		var question = retried("GET", "/api/assessments/" + assessment + "/next-challenge", token, null, null,
				"next-challenge");
		String challenge = question.status() == 200 ? question.body() : null;
		boolean over = question.status() == 204;
		while (challenge != null && System.currentTimeMillis() < end) {
			if ("true".equals(Response.field(challenge, "awaitingStart"))) {
				var timed = call("POST", "/api/assessments/" + assessment + "/current-challenge/start", token, "{}",
						null, "start-timed");
				if (timed.status() == 200) {
					challenge = timed.body();
				}
			}
			Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMin * 1000L, thinkMax * 1000L + 1));
			if (System.currentTimeMillis() >= end) {
				return;
			}
			var answer = call("POST", "/api/assessments/" + assessment + "/answers", token, answerBody(challenge),
					Map.of("Idempotency-Key", UUID.randomUUID().toString()), "answer");
			if (answer.status() != 201) {
				Thread.sleep(2000);
				var again = retried("GET", "/api/assessments/" + assessment + "/next-challenge", token, null, null,
						"next-challenge");
				challenge = again.status() == 200 ? again.body() : null;
				over = again.status() == 204;
				continue;
			}
			int next = answer.body().indexOf("\"nextChallenge\":{");
			challenge = next < 0 ? null : answer.body().substring(next);
			over = challenge == null;
		}
		if (over) {
			this.finished.incrementAndGet();
		}
	}

	/** The first proposal shown to a QCU/QCM, a word to a QROC, else skipped. */
	static String answerBody(String challenge) {
		var id = Response.field(challenge, "challengeId");
		var type = Response.field(challenge, "type");
		int proposals = challenge.indexOf("\"proposals\":[{");
		if (proposals >= 0 && ("QCU".equals(type) || "QCM".equals(type))) {
			var proposal = Response.field(challenge.substring(proposals), "id");
			return "{\"challengeId\":\"" + id + "\",\"value\":\"" + proposal + "\"}";
		}
		if ("QROC".equals(type)) {
			return "{\"challengeId\":\"" + id + "\",\"value\":\"je ne sais pas\"}";
		}
		return "{\"challengeId\":\"" + id + "\",\"skipped\":true}";
	}

	String login(String email, String password) throws Exception {
		var token = retried("POST", "/api/token", null,
				"{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}", null, "token");
		expect(token, 200);
		return token.field("access_token");
	}

	/**
	 * A call a person repeats when the server says 503 (busy): after its Retry-After (2 s here), up to 5 times;
	 * every 503 is still counted in the statuses.
	 */
	Response retried(String method, String path, String authorization, String body, Map<String, String> headers,
			String name) throws IOException, InterruptedException {
		var response = call(method, path, authorization, body, headers, name);
		for (int i = 0; i < 5 && (response.status() == 503 || response.status() == 0); i++) {
			this.retries.incrementAndGet();
			Thread.sleep(2000);
			response = call(method, path, authorization, body, headers, name);
		}
		return response;
	}

	final AtomicLong retries = new AtomicLong();

	static void expect(Response response, int status) {
		if (response.status() != status) {
			throw new IllegalStateException(response.status() + " " + response.body());
		}
	}

	Response call(String method, String path, String authorization, String body, Map<String, String> headers,
			String name) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.header("Accept-Language", "fr");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (headers != null) {
			headers.forEach(request::header);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		long t0 = System.nanoTime();
		int status;
		String text;
		try {
			var response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			text = response.body();
		}
		catch (IOException ex) {
			status = 0;
			text = ex.toString();
		}
		int millis = (int) ((System.nanoTime() - t0) / 1_000_000);
		this.all.computeIfAbsent(name, n -> new Histogram()).add(millis);
		long since = System.currentTimeMillis() - this.loadStart;
		if (this.loadStart > 0 && since >= this.rampSeconds * 1000L
				&& since < (this.rampSeconds + this.steadySeconds) * 1000L) {
			this.window.computeIfAbsent(name, n -> new Histogram()).add(millis);
			this.statuses.computeIfAbsent(name + " " + status, k -> new AtomicLong()).incrementAndGet();
		}
		return new Response(status, text);
	}

	String summary(int sessions, int perSession, int thinkMin, int thinkMax) {
		var out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"sessions=%d candidates=%d think=%d-%ds ramp=%ds steady=%ds authorised=%d started=%d finished=%d failed=%d retries=%d load=%s%n",
				sessions, sessions * perSession, thinkMin, thinkMax, this.rampSeconds, this.steadySeconds,
				this.authorised.get(), this.startedTests.get(), this.finished.get(), this.failedCandidates.get(),
				this.retries.get(), loadAverage()));
		out.append("steady window (" + this.steadySeconds + " s, every candidate arrived):\n");
		new TreeMap<>(this.window).forEach((name, h) -> out.append("  ").append(h.line(name, this.steadySeconds)).append('\n'));
		out.append("statuses in the window: ").append(new TreeMap<>(this.statuses)).append('\n');
		out.append("whole run (ramp included):\n");
		new TreeMap<>(this.all).forEach((name, h) -> out.append("  ").append(h.line(name, 0)).append('\n'));
		return out.toString();
	}

	static String loadAverage() {
		try {
			var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	void log(String message) {
		System.err.printf("[%ds] %s%n", (System.currentTimeMillis() - this.started) / 1000, message);
	}

	static final class Histogram {

		final AtomicLongArray buckets = new AtomicLongArray(60_001);

		final AtomicLong count = new AtomicLong();

		void add(int millis) {
			this.buckets.incrementAndGet(Math.max(0, Math.min(millis, 60_000)));
			this.count.incrementAndGet();
		}

		int percentile(double p) {
			long target = (long) Math.ceil(this.count.get() * p);
			long seen = 0;
			for (int i = 0; i < this.buckets.length(); i++) {
				seen += this.buckets.get(i);
				if (seen >= target && seen > 0) {
					return i;
				}
			}
			return 0;
		}

		String line(String name, int seconds) {
			long n = this.count.get();
			return String.format(Locale.ROOT, "%-18s n=%-7d %s p50=%d p95=%d p99=%d max=%d ms", name, n,
					seconds > 0 ? String.format(Locale.ROOT, "(%.1f/s)", n / (double) seconds) : "", percentile(0.5),
					percentile(0.95), percentile(0.99), percentile(1.0));
		}

	}

}
