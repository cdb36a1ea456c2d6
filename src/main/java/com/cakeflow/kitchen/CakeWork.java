package com.cakeflow.kitchen;

import java.util.List;

/** A cake line as the kitchen sees it: what decides its work minutes. */
public record CakeWork(int sizeInches, List<String> addOns, boolean inscription, int quantity) {
}
