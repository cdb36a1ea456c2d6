/**
 * What happened to an order, published by the order module for the others to react to (customer history, alerts,
 * staff): plain records, no code, so a module may listen without depending on the order module that uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order events")
package com.cakeflow.events;
