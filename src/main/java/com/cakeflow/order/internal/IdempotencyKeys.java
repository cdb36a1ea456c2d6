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

	PlacedOrder once(String key, String requestHash, Supplier<CakeOrder> create) {
		if (key.length() > 100) {
			throw new KeyProblem("problem.idempotency-key.too-long");
		}
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			var existing = orders.findByIdempotencyKey(key);
			if (existing.isPresent()) {
				if (!existing.get().replays(requestHash)) {
					throw new KeyProblem("problem.idempotency-key.reused");
				}
				return OrderIntake.placed(existing.get(), true);
			}
			try {
				return OrderIntake.placed(create.get(), false);
			}
			catch (DataIntegrityViolationException | PessimisticLockingFailureException concurrentRepeat) {
				pause(attempt);
			}
		}
		throw new KeyProblem("problem.idempotency-key.busy");
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
