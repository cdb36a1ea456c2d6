package com.cakeflow.entry;

/**
 * How much room an inscription takes on a cake, in Chinese characters: a Chinese character (or any full-width sign)
 * takes one, a Latin letter, digit, space or half-width sign half of one — piping "Happy Birthday" takes about the room
 * of seven Chinese characters.
 */
public final class InscriptionWidth {

	private InscriptionWidth() {
	}

	/** The width in half characters, so that it stays an integer. */
	public static int halves(String inscription) {
		return inscription.strip().codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
	}

	/** Whether it fits a cake that takes {@code maxChars} Chinese characters. */
	public static boolean fits(String inscription, int maxChars) {
		return halves(inscription) <= 2 * maxChars;
	}

	/** The width in characters, rounded up, as shown to staff. */
	public static int chars(String inscription) {
		return (halves(inscription) + 1) / 2;
	}
}
