package com.cakeflow.order;

/**
 * A cake of an order as its customer reads it (the mails and texts, the tracking page); {@code inscriptionConfirmed}
 * also when nothing is written on it.
 */
public record CustomerCake(int sizeInches, String flavor, int quantity, String inscription, boolean inscriptionConfirmed) {
}
