package com.cakeflow;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Many HTTP clients at once for load tests, each a chain of asynchronous requests (no thread per client): a client
 * sends its next request when the last one is answered, honours {@code Retry-After} on a 503 and gives up on nothing
 * but a client timeout, which is counted. Every answer is recorded with its status, body and time. The clients either
 * authenticate as a channel does, with an API key on every request ({@link #withApiKey}), or share one signed-in
 * session of a user (the password checked once, before the clock starts).
 */
public final class LoadClients {

	/** One request a client sends: method, path and JSON body (null for none). */
	public record Call(String method, String path, String body) {
	}

	/** One answer: what was asked, the status (0 for a timeout or a broken connection), the body and how long it took. */
	public record Answer(Call call, int status, String body, Duration took, String error) {
	}

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
	private final int port;
	private final String user;
	private final List<Answer> answers = new CopyOnWriteArrayList<>();
	private volatile String session;
	private String apiKey;
	private final AtomicInteger sent = new AtomicInteger();
	/** Idempotency keys are this run's own: another test's keys with other bodies would be refused as reused. */
	private final String run = java.util.UUID.randomUUID().toString().substring(0, 8);
	private java.util.function.Consumer<Answer> listener = answer -> { };

	public LoadClients(int port, String user) {
		this.port = port;
		this.user = user;
	}

	/** Every request carries this API key ({@code Authorization: Bearer}) instead of a user's session. */
	public LoadClients withApiKey(String secret) {
		this.apiKey = secret;
		return this;
	}

	/** Also hands every answer to {@code listener} as it comes (e.g. to read back what was created). */
	public LoadClients onAnswer(java.util.function.Consumer<Answer> listener) {
		this.listener = listener;
		return this;
	}

	/**
	 * Runs {@code clients} clients for {@code duration}; client {@code c}'s n-th request is {@code next.apply(c)}
	 * (called again for every request). Returns when every client has had its last answer.
	 */
	public List<Answer> run(int clients, Duration duration, IntFunction<Call> next) {
		signIn();
		long end = System.nanoTime() + duration.toNanos(); // how long to run, not what time it is
		var running = new ArrayList<CompletableFuture<Void>>();
		for (int c = 0; c < clients; c++) {
			running.add(loop(c, end, next));
		}
		CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
		return List.copyOf(answers);
	}

	/**
	 * Sends every call at once, each from a client of its own, and answers what each finally got: a 503 is tried
	 * again after its Retry-After (the answers of all tries are recorded).
	 */
	public List<Answer> each(List<Call> calls) {
		signIn();
		var finals = new ArrayList<CompletableFuture<Answer>>();
		for (int c = 0; c < calls.size(); c++) {
			finals.add(untilNot503(c, calls.get(c)));
		}
		return finals.stream().map(CompletableFuture::join).toList();
	}

	private CompletableFuture<Answer> untilNot503(int client, Call call) {
		return send(client, call).thenCompose(sent -> sent.status() == 503
				? CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(sent.retryAfterSeconds(), TimeUnit.SECONDS))
					.thenCompose(waited -> untilNot503(client, call))
				: CompletableFuture.completedFuture(sent.answer()));
	}

	private CompletableFuture<Void> loop(int client, long end, IntFunction<Call> next) {
		if (System.nanoTime() - end > 0) {
			return CompletableFuture.completedFuture(null);
		}
		var call = next.apply(client);
		return send(client, call).thenCompose(answer -> {
			if (answer.status() == 503) {
				long wait = answer.retryAfterSeconds();
				return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait, TimeUnit.SECONDS))
					.thenCompose(waited -> loop(client, end, next));
			}
			return loop(client, end, next);
		});
	}

	private CompletableFuture<Sent> send(int client, Call call) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.path()))
			.timeout(CLIENT_TIMEOUT)
			.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8))
			.header("Accept", "application/json");
		if (apiKey != null) {
			request.header("Authorization", "Bearer " + apiKey);
		}
		else {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.header("Cookie", session);
		}
		if (call.body() != null) {
			request.header("Content-Type", "application/json").header("Idempotency-Key", "load-" + run + "-" + client + "-" + sent.incrementAndGet());
		}
		var started = System.nanoTime();
		return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).handle((response, failed) -> {
			var took = Duration.ofNanos(System.nanoTime() - started);
			if (failed != null) {
				var cause = failed.getCause() != null ? failed.getCause() : failed;
				return new Sent(record(new Answer(call, 0, "", took, cause instanceof HttpTimeoutException ? "timeout" : cause.toString())), 1);
			}
			return new Sent(record(new Answer(call, response.statusCode(), response.body(), took, null)),
					response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
		});
	}

	private Answer record(Answer answer) {
		answers.add(answer);
		listener.accept(answer);
		return answer;
	}

	private synchronized void signIn() {
		if (session != null || apiKey != null) {
			return;
		}
		try {
			var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/orders?size=1")).timeout(CLIENT_TIMEOUT)
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
					HttpResponse.BodyHandlers.discarding());
			session = response.headers().firstValue("Set-Cookie").map(cookie -> cookie.split(";", 2)[0])
				.orElseThrow(() -> new IllegalStateException("no session for " + user + ": " + response.statusCode()));
		}
		catch (java.io.IOException | InterruptedException failed) {
			throw new IllegalStateException("could not sign in as " + user, failed);
		}
	}

	/** An answer and the seconds it asked to wait. */
	private record Sent(Answer answer, long retryAfterSeconds) {

		int status() {
			return answer.status();
		}
	}

	/** The p-th percentile (0–100) of the times of these answers, in milliseconds. */
	public static long percentileMillis(List<Answer> answers, double p) {
		var millis = answers.stream().mapToLong(a -> a.took().toMillis()).sorted().toArray();
		return millis.length == 0 ? 0 : millis[(int) Math.min(millis.length - 1, Math.round(p / 100 * (millis.length - 1)))];
	}
}
