package com.cakeflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for tests that talk to the running app like a channel or Camunda Modeler would: HTTP Basic
 * (password {@code demo} unless given), or no user and an API key header. It keeps no cookies.
 */
public final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final int port;
	private final String user;
	private final String password;
	private final Map<String, String> headers = new LinkedHashMap<>();

	public ApiClient(int port, String user) {
		this(port, user, "demo");
	}

	public ApiClient(int port, String user, String password) {
		this.port = port;
		this.user = user;
		this.password = password;
	}

	/** A client that authenticates with an API key only ({@code Authorization: Bearer}). */
	public static ApiClient withKey(int port, String secret) {
		return new ApiClient(port, null).header("Authorization", "Bearer " + secret);
	}

	public ApiClient header(String name, String value) {
		var copy = new ApiClient(port, user, password);
		copy.headers.putAll(headers);
		copy.headers.put(name, value);
		return copy;
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, Object body) {
		return send("POST", path, body);
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body);
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body);
	}

	public Response send(String method, String path, Object body) {
		try {
			var text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
			var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
				.header("Accept", "application/json");
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (user != null) {
				request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
			}
			headers.forEach(request::header);
			var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null),
					response.body().isEmpty() ? JSON.nullNode() : parse(response.body()), response.headers());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (java.io.IOException notJson) {
			return JSON.getNodeFactory().textNode(body);
		}
	}

	/** Status, content type, Location and JSON body of a response, and all its headers. */
	public record Response(int status, String contentType, String location, JsonNode body, java.net.http.HttpHeaders headers) {
	}
}
