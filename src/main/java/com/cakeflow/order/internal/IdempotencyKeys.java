package com.cakeflow.order.internal;

import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.PlacedOrder;
import com.cakeflow.shared.DomainProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs an intake at most once per Idempotency-Key. The key is a unique column of the order row: a concurrent repeat
 * blocks on (PostgreSQL) or fails on (H2) that unique index until the first commits, then finds and returns its order.
 */
@Component
class IdempotencyKeys {

	private static final ObjectMapper CANONICAL = JsonMapper.builder().build();
	private static final int ATTEMPTS = 40;

	private final CakeOrderRepository orders;

	IdempotencyKeys(CakeOrderRepository orders) {
		this.orders = orders;
	}

	/**
	 * Runs {@code attempt} — in one transaction: look the key up, and take the order when it is not there — until it
	 * either finds the key's order (a replay: the same request gets the same order, another request a 422) or takes it.
	 * A concurrent first request with the same key makes the insert fail on the unique key (or wait for it): then the
	 * attempt is made again and finds that order.
	 */
	PlacedOrder once(String key, String requestHash, Supplier<Attempt> attempt) {
		if (key.length() > 100) {
			throw new KeyProblem("problem.idempotency-key.too-long");
		}
		for (int tries = 0; tries < ATTEMPTS; tries++) {
			try {
				var made = attempt.get();
				if (made.replayed() && !made.order().replays(requestHash)) {
					throw new KeyProblem("problem.idempotency-key.reused");
				}
				return OrderIntake.placed(made.order(), made.replayed());
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentRepeat) {
				pause(tries);
			}
		}
		throw new KeyProblem("problem.idempotency-key.busy");
	}

	/** What an attempt did: found the key's order ({@code replayed}) or took a new one. */
	record Attempt(CakeOrder order, boolean replayed) {
	}

	static String hash(NewOrderRequest request) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (JsonProcessingException | NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(Math.min(25L * (attempt + 1), 250));
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new KeyProblem("problem.idempotency-key.busy");
		}
	}

	/** A reused or unusable Idempotency-Key. */
	static class KeyProblem extends DomainProblem {
		KeyProblem(String code) {
			super(code.endsWith("busy") ? 409 : 422, code);
		}
	}
}
