/** Simulates a shop's day of orders against the real process to compare matching strategies. */
@org.springframework.modulith.ApplicationModule(displayName = "Shop-day simulation")
package com.cakeflow.simulation;
