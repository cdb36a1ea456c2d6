package com.cakeflow;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A logged-in browser for page tests: cookies, CSRF tokens taken from the page, redirects followed, HTML parsed. */
public final class BrowserSession {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
	private final int port;

	private BrowserSession(int port) {
		this.port = port;
	}

	/** A visitor without a login (the customer on the tracking page). */
	public static BrowserSession anonymous(int port) {
		return new BrowserSession(port);
	}

	public static BrowserSession login(int port, String user) {
		var session = new BrowserSession(port);
		var page = session.get("/login");
		session.post("/login", page, Map.of("username", user, "password", "demo"));
		return session;
	}

	public Document get(String path) {
		return Jsoup.parse(send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET()).body(), uri(path).toString());
	}

	/** The HTTP status a page answers with (403 for a role that may not see it). */
	public int getStatus(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET()).statusCode();
	}

	/** Posts a form with the CSRF token of the page it was on; returns the page it lands on. */
	public Document post(String path, Document from, Map<String, String> fields) {
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", from.selectFirst("input[name=_csrf]").val());
		var body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
		if (from.location() != null && !from.location().isBlank()) {
			request.header("Referer", from.location()); // as a browser sends it: the page the form was on
		}
		var response = send(request);
		return Jsoup.parse(response.body(), response.uri().toString());
	}

	/** Posts a multipart form (one file) with the CSRF token of the page it was on; returns the page it lands on. */
	public Document postFile(String path, Document from, Map<String, String> fields, String fileField, byte[] file) {
		var boundary = "----cakeflow" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", from.selectFirst("input[name=_csrf]").val());
		form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"photo\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		return Jsoup.parse(response.body(), response.uri().toString());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
