/** Stock items, lots and movements, recipes per cake, reservations at intake and forecasts of what to buy. */
@org.springframework.modulith.ApplicationModule(displayName = "Inventory")
package com.cakeflow.inventory;
