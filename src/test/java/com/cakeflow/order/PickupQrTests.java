package com.cakeflow.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pickup QR's text: written for an order and its code, read back by the front desk; nothing else passes for one. */
class PickupQrTests {

	@Test
	void whatIsWrittenIsReadBackForRunningNumbersOfFourToSixDigits() {
		for (var number : new String[] { "CF-20261203-0042", "CF-20261203-12345", "CF-20261203-999999" }) {
			var scanned = PickupQr.read(PickupQr.of(number, "042917"));
			assertThat(scanned).contains(new PickupQr.Scanned(number, "042917"));
		}
		assertThat(PickupQr.of("CF-20261203-0042", "042917")).isEqualTo("CAKEFLOW-PICKUP:CF-20261203-0042:042917");
	}

	@Test
	void otherTextIsNoPickupCode() {
		assertThat(PickupQr.read(null)).isEmpty();
		assertThat(PickupQr.read("https://example.com/CF-20261203-0042")).isEmpty();
		assertThat(PickupQr.read("CAKEFLOW-PICKUP:CF-20261203-0042:04291")).as("a five-digit code").isEmpty();
		assertThat(PickupQr.read("CAKEFLOW-PICKUP:CF-20261203-1234567:042917")).as("seven digits").isEmpty();
		assertThat(PickupQr.read("CAKEFLOW-PICKUP:CF-20261203-0042:042917 and more")).isEmpty();
	}
}
