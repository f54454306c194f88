package acquis.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * N concurrent learners (closed model) running the learner loop, one request per question: post an answer
 * (with an Idempotency-Key) and take the next challenge from its 201 ({@code nextChallenge}), start the next
 * competence when it is null. next-challenge is fetched only to start (or resume) an assessment, and after an
 * answer that failed. A cycle is one answer, from its request to its response.
 *
 * <p>Two phases in one run: "prepare" signs up and logs in the learners (bcrypt is paid there, outside the
 * measured window), then "learners" ramps N virtual learners up in {@code rampSeconds} and each loops for
 * {@code rampSeconds + durationSeconds}, so that all N are active during the steady window
 * [ramp, ramp + duration]: the figures written to {@code summaryFile} cover that window only.
 * A learner who has finished its 16 competences takes a fresh prepared identity (or signs up if none left).
 *
 * <p>System properties: users (50), durationSeconds (60), rampSeconds (10), baseUrls (comma separated;
 * requests alternate between them within one learner's session), spareLearners (600), summaryFile, label,
 * thinkMillis (0: each learner answers again at once, a stress test; above 0: each learner reads and thinks for a
 * random time between half and one and a half times this value before fetching the next question, so that N
 * learners make about N / think cycles per second, as pupils in a room do).
 */
public class LearnerLoopSimulation extends Simulation {

	static final List<String> COMPETENCES = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1",
			"3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2");

	static final String PASSWORD = "Ruche-Verte-2026";

	final int users = Integer.getInteger("users", 50);

	final int durationSeconds = Integer.getInteger("durationSeconds", 60);

	final int rampSeconds = Integer.getInteger("rampSeconds", 10);

	final int spare = Integer.getInteger("spareLearners", 600);

	final int thinkMillis = Integer.getInteger("thinkMillis", 0);

	final List<String> baseUrls = List.of(System.getProperty("baseUrls", "http://127.0.0.1:18080").split(","));

	final String label = System.getProperty("label", "users-" + this.users);

	final Path summaryFile = Path.of(System.getProperty("summaryFile", "bench/results/" + this.label + ".json"));

	final ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();

	final AtomicLong loadStart = new AtomicLong();

	final Recorder recorder = new Recorder();

	final AtomicLong inLoopSignups = new AtomicLong();

	HttpProtocolBuilder protocol = http.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.acceptLanguageHeader("fr")
		.disableCaching()
		.disableWarmUp();

	/** An absolute URL on the next base URL: consecutive requests of one learner alternate between nodes. */
	String url(Session session, String path) {
		int n = session.contains("n") ? session.getInt("n") : 0;
		return this.baseUrls.get(n % this.baseUrls.size()) + path;
	}

	ChainBuilder bump = exec(session -> session.set("n", (session.contains("n") ? session.getInt("n") : 0) + 1));

	ChainBuilder signUp = exec(session -> session.set("email", "bench-" + UUID.randomUUID() + "@bench.test"))
		.exec(http("signup").post(session -> url(session, "/api/users"))
			.body(StringBody(session -> "{\"firstName\":\"Bench\",\"lastName\":\"Learner\",\"email\":\""
					+ session.getString("email") + "\",\"password\":\"" + PASSWORD
					+ "\",\"locale\":\"fr\",\"acceptTerms\":true}"))
			.check(status().is(201)))
		.exec(this.bump)
		.exec(http("token").post(session -> url(session, "/api/token"))
			.body(StringBody(session -> "{\"username\":\"" + session.getString("email") + "\",\"password\":\""
					+ PASSWORD + "\"}"))
			.check(status().is(200), jsonPath("$.access_token").saveAs("token")))
		.exec(this.bump);

	ScenarioBuilder prepare = scenario("prepare").repeat(session -> preparePerUser()).on(
			exec(session -> session.remove("token")).exec(this.signUp).exec(session -> {
				if (session.contains("token")) {
					this.tokens.add(session.getString("token"));
				}
				return session;
			}));

	int preparePerUser() {
		return (this.users + this.spare + 49) / 50;
	}

	/** A fresh identity: a prepared token, else a sign-up now (counted apart). */
	ChainBuilder identity = exec(session -> {
		var token = this.tokens.poll();
		var competences = new ArrayList<>(COMPETENCES);
		Collections.shuffle(competences);
		var s = session.set("competences", competences).set("ci", 0).remove("token");
		return token == null ? s : s.set("token", token);
	}).asLongAs(session -> !session.contains("token")).on(exec(session -> {
		this.inLoopSignups.incrementAndGet();
		return session;
	}).exec(this.signUp).doIf(session -> !session.contains("token")).then(pause(Duration.ofSeconds(1))));

	/** The current question (start, resume): 200 and its id and type, or 204 when the assessment is over. */
	ChainBuilder fetchCurrent = exec(session -> session.remove("rtNext"))
		.exec(http("next-challenge").get(session -> url(session, "/api/assessments/" + session.getString("aid") + "/next-challenge"))
			.header("Authorization", "Bearer #{token}")
			.check(status().saveAs("nextStatus"), status().in(200, 204), responseTimeInMillis().saveAs("rtNext"))
			.checkIf((response, session) -> response.status().code() == 200)
			.then(jsonPath("$.challengeId").saveAs("cid"), jsonPath("$.type").saveAs("ctype"),
					jsonPath("$.proposals[0].id").optional().saveAs("pid"),
					jsonPath("$.awaitingStart").optional().saveAs("waits")))
		.exec(this.bump)
		.exec(session -> {
			this.recorder.request("next-challenge", session.getInt("nextStatus"),
					session.contains("rtNext") ? session.getInt("rtNext") : 0, inWindow());
			return session.set("finished", session.getInt("nextStatus") != 200);
		})
		.exec(this.startTimed());

	/**
	 * A timed question waits for its start (its clock starts then, and its statement shows): the learner
	 * starts it, as the page's "Commencer" does.
	 */
	ChainBuilder startTimed() {
		return doIf(session -> "true".equals(session.contains("waits") ? session.getString("waits") : null))
			.then(exec(session -> session.remove("waits"))
				.exec(http("start-timed").post(session -> url(session,
						"/api/assessments/" + session.getString("aid") + "/current-challenge/start"))
					.header("Authorization", "Bearer #{token}")
					.body(StringBody("{}"))
					.check(status().saveAs("startTimedStatus"),
							jsonPath("$.proposals[0].id").optional().saveAs("pid")))
				.exec(this.bump)
				.exec(session -> {
					this.recorder.request("start-timed", session.getInt("startTimedStatus"), 0, inWindow());
					return session;
				}));
	}

	ChainBuilder startCompetence = exec(session -> {
		List<String> competences = session.getList("competences");
		return session.set("competence", competences.get(session.getInt("ci"))).set("ci", session.getInt("ci") + 1)
			.set("finished", false);
	}).exec(http("start").post(session -> url(session, "/api/competence-evaluations"))
		.header("Authorization", "Bearer #{token}")
		.body(StringBody("{\"competence\":\"#{competence}\"}"))
		// 409: this learner has already evaluated the competence (a reused identity)
		.check(status().in(200, 201, 409).saveAs("startStatus"), jsonPath("$.assessmentId").optional().saveAs("aid")))
		.exec(this.bump)
		.exec(session -> session.set("finished", session.getInt("startStatus") == 409))
		.doIf(session -> !session.getBoolean("finished")).then(this.fetchCurrent);

	ChainBuilder think = doIf(session -> this.thinkMillis > 0)
		.then(pause(session -> Duration.ofMillis(ThreadLocalRandom.current().nextLong(this.thinkMillis / 2, this.thinkMillis * 3L / 2 + 1))));

	ChainBuilder cycle = group("cycle").on(
			exec(this.think).exec(session -> session.remove("nextCid").remove("nextType").remove("nextPid").remove("rtAnswer").remove("waits"))
				.exec(http("answer").post(session -> url(session, "/api/assessments/" + session.getString("aid") + "/answers"))
					.header("Authorization", "Bearer #{token}")
					.header("Idempotency-Key", session -> UUID.randomUUID().toString())
					.body(StringBody(LearnerLoopSimulation::answerBody))
					.check(status().saveAs("answerStatus"), responseTimeInMillis().saveAs("rtAnswer"),
							jsonPath("$.nextChallenge.challengeId").optional().saveAs("nextCid"),
							jsonPath("$.nextChallenge.type").optional().saveAs("nextType"),
							jsonPath("$.nextChallenge.proposals[0].id").optional().saveAs("nextPid"),
							jsonPath("$.nextChallenge.awaitingStart").optional().saveAs("waits"), status().is(201)))
				.exec(this.bump)
				.exec(session -> {
					boolean window = inWindow();
					int status = session.getInt("answerStatus");
					int rt = session.contains("rtAnswer") ? session.getInt("rtAnswer") : 0;
					this.recorder.request("answer", status, rt, window);
					if (status != 201) {
						// resume: ask where the assessment stands
						return session.set("resume", true);
					}
					this.recorder.cycle(rt, window);
					if (!session.contains("nextCid")) {
						return session.set("finished", true).set("resume", false);
					}
					var next = session.set("cid", session.getString("nextCid")).set("ctype", session.getString("nextType"))
						.set("resume", false);
					return session.contains("nextPid") ? next.set("pid", session.getString("nextPid")) : next.remove("pid");
				})
				.doIf(session -> session.getBoolean("resume")).then(this.fetchCurrent)
				.doIf(session -> !session.getBoolean("resume") && !session.getBoolean("finished")).then(this.startTimed()));

	/** Skips, or answers the first proposal shown to QCU/QCM and a word to QROC: real answer paths, mostly wrong. */
	static String answerBody(Session session) {
		var type = session.contains("ctype") ? session.getString("ctype") : "";
		var cid = session.getString("cid");
		var roll = ThreadLocalRandom.current().nextInt(3);
		if (roll > 0 && ("QCU".equals(type) || "QCM".equals(type))) {
			var proposal = session.contains("pid") ? session.getString("pid") : "1";
			return "{\"challengeId\":\"" + cid + "\",\"value\":\"" + proposal + "\"}";
		}
		if (roll > 0 && "QROC".equals(type)) {
			return "{\"challengeId\":\"" + cid + "\",\"value\":\"je ne sais pas\"}";
		}
		return "{\"challengeId\":\"" + cid + "\",\"skipped\":true}";
	}

	boolean inWindow() {
		long start = this.loadStart.get();
		long elapsed = System.currentTimeMillis() - start;
		return start > 0 && elapsed >= this.rampSeconds * 1000L && elapsed < (this.rampSeconds + this.durationSeconds) * 1000L;
	}

	final Machine machine = new Machine(System.getProperty("serverPids", ""), System.getProperty("dbPid", ""));

	ScenarioBuilder learners = scenario("learners").exec(session -> {
		if (this.loadStart.compareAndSet(0, System.currentTimeMillis())) {
			this.machine.sampleWindow(this.rampSeconds, this.durationSeconds);
		}
		return session;
	}).during(Duration.ofSeconds(this.rampSeconds + this.durationSeconds)).on(
			exec(this.identity).asLongAs(session -> session.getInt("ci") < COMPETENCES.size())
				.on(exec(this.startCompetence).asLongAs(session -> !session.getBoolean("finished")).on(this.cycle)));

	{
		setUp(this.prepare.injectOpen(atOnceUsers(50)).protocols(this.protocol)
			.andThen(this.learners.injectOpen(rampUsers(this.users).during(this.rampSeconds)).protocols(this.protocol)))
			.maxDuration(Duration.ofMinutes(15));
	}

	@Override
	public void after() {
		var json = this.recorder.summary(this.label, this.users, this.thinkMillis, this.durationSeconds, this.baseUrls,
				this.inLoopSignups.get(), this.machine.json());
		System.out.println("BENCH-SUMMARY " + json);
		try {
			Files.createDirectories(this.summaryFile.toAbsolutePath().getParent());
			Files.writeString(this.summaryFile, json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Latencies (1 ms buckets) and statuses of the steady window. */
	static final class Recorder {

		final Histogram cycles = new Histogram();

		final java.util.Map<String, Histogram> requests = new java.util.concurrent.ConcurrentHashMap<>();

		final java.util.Map<String, AtomicLong> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();

		void request(String name, int status, int millis, boolean window) {
			if (!window) {
				return;
			}
			this.requests.computeIfAbsent(name, n -> new Histogram()).add(millis);
			this.statuses.computeIfAbsent(name + " " + status, k -> new AtomicLong()).incrementAndGet();
		}

		void cycle(int millis, boolean window) {
			if (window) {
				this.cycles.add(millis);
			}
		}

		String summary(String label, int users, int thinkMillis, int seconds, List<String> bases, long signups, String machine) {
			long errors = this.statuses.entrySet().stream()
				.filter(e -> !e.getKey().endsWith(" 200") && !e.getKey().endsWith(" 201") && !e.getKey().endsWith(" 204"))
				.mapToLong(e -> e.getValue().get())
				.sum();
			var out = new StringBuilder();
			out.append(String.format(Locale.ROOT,
					"{\"label\":\"%s\",\"users\":%d,\"thinkMillis\":%d,\"windowSeconds\":%d,\"nodes\":%d,\"cycles\":%d,\"cyclesPerSecond\":%.1f,"
							+ "\"cycle\":%s,\"errors\":%d,\"inLoopSignups\":%d,\"machine\":%s,\"requests\":{",
					label, users, thinkMillis, seconds, bases.size(), this.cycles.count(), this.cycles.count() / (double) seconds,
					this.cycles.json(), errors, signups, machine));
			out.append(String.join(",", this.requests.entrySet().stream()
				.map(e -> "\"" + e.getKey() + "\":" + e.getValue().json())
				.toList()));
			out.append("},\"statuses\":{");
			out.append(String.join(",", this.statuses.entrySet().stream()
				.map(e -> "\"" + e.getKey() + "\":" + e.getValue().get())
				.toList()));
			out.append("}}\n");
			return out.toString();
		}

	}

	/** CPU seconds of the server JVMs, of PostgreSQL and of this load generator over the steady window; max RSS. */
	static final class Machine {

		final List<Long> serverPids;

		final long dbPid;

		volatile String json = "{}";

		Machine(String serverPids, String dbPid) {
			this.serverPids = java.util.Arrays.stream(serverPids.replace("\"", "").split("[ ,]+")).filter(p -> !p.isBlank()).map(Long::valueOf).toList();
			this.dbPid = dbPid.isBlank() ? 0 : Long.parseLong(dbPid.trim());
		}

		String json() {
			return this.json;
		}

		void sampleWindow(int rampSeconds, int durationSeconds) {
			Thread.ofPlatform().daemon().start(() -> {
				try {
					Thread.sleep(rampSeconds * 1000L);
					long app0 = appTicks(), db0 = dbTicks(), self0 = ticks(ProcessHandle.current().pid(), false);
					long rssMax = 0;
					long end = System.currentTimeMillis() + durationSeconds * 1000L;
					while (System.currentTimeMillis() < end) {
						rssMax = Math.max(rssMax, this.serverPids.stream().mapToLong(Machine::rssKb).sum());
						Thread.sleep(1000);
					}
					double seconds = durationSeconds;
					this.json = String.format(Locale.ROOT,
							"{\"appCpuPercent\":%.0f,\"dbCpuPercent\":%.0f,\"clientCpuPercent\":%.0f,\"appRssMaxMb\":%d}",
							(appTicks() - app0) / seconds, (dbTicks() - db0) / seconds,
							(ticks(ProcessHandle.current().pid(), false) - self0) / seconds, rssMax / 1024);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			});
		}

		long appTicks() {
			return this.serverPids.stream().mapToLong(p -> ticks(p, false)).sum();
		}

		/** The postmaster with its exited children, plus its live backends. */
		long dbTicks() {
			if (this.dbPid == 0) {
				return 0;
			}
			long total = ticks(this.dbPid, true);
			var children = ProcessHandle.of(this.dbPid).map(ProcessHandle::children).orElse(java.util.stream.Stream.empty());
			return total + children.mapToLong(c -> ticks(c.pid(), false)).sum();
		}

		static long ticks(long pid, boolean withChildren) {
			try {
				var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
				var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				long t = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				return withChildren ? t + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : t;
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

		static long rssKb(long pid) {
			try {
				return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
					.filter(l -> l.startsWith("VmRSS:"))
					.mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
					.findFirst()
					.orElse(0);
			}
			catch (IOException ex) {
				return 0;
			}
		}

	}

	static final class Histogram {

		final java.util.concurrent.atomic.AtomicLongArray buckets = new java.util.concurrent.atomic.AtomicLongArray(60_001);

		final AtomicLong count = new AtomicLong();

		void add(int millis) {
			this.buckets.incrementAndGet(Math.max(0, Math.min(millis, 60_000)));
			this.count.incrementAndGet();
		}

		long count() {
			return this.count.get();
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

		String json() {
			return String.format(Locale.ROOT, "{\"count\":%d,\"p50\":%d,\"p95\":%d,\"p99\":%d,\"max\":%d}", count(),
					percentile(0.50), percentile(0.95), percentile(0.99), percentile(1.0));
		}

	}

}
