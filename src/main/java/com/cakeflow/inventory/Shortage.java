package com.cakeflow.inventory;

/** An item the store has too little of: needed, available, missing (in the item's unit). */
public record Shortage(String itemCode, String itemName, String unit, long needed, long available) {

	public long missing() {
		return needed - available;
	}

	@Override
	public String toString() {
		return itemName + " (" + itemCode + ") short by " + missing() + " " + unit + ": need " + needed + ", available " + available;
	}
}
