package com.cakeflow.order;

import com.cakeflow.kitchen.Station;

/** Somebody started an order's work at a station (from the kitchen display); the order's timeline records it. */
public record KitchenWorkStarted(long orderId, Station station, String user) {
}
