package com.cakeflow.inventory;

/** A cake an order needs made: flavor, size and how many — what the recipes are looked up by. */
public record CakeLine(String flavorCode, int sizeInches, int quantity) {
}
