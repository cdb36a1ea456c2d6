/**
 * Kitchen capacity per station and skill, work minutes per cake, booking at intake, forecasts and the stations'
 * queues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kitchen capacity")
package com.cakeflow.kitchen;
