package com.cakeflow.kitchen;

/** Somebody started an order's work at a station (from the kitchen display); the order's timeline records it. */
public record KitchenWorkStarted(long orderId, Station station, String user) {
}
