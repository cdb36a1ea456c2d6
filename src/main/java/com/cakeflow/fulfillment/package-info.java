/**
 * The work on an order's user tasks, station by station: the kitchen display and the stations' queues (start, done),
 * the front desk (packing, the ready shelf, hand-over with the pickup code or its QR) and the driver's deliveries.
 * Uses the order's process and queries and the kitchen's booked minutes; the kitchen module itself knows no tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fulfillment")
package com.cakeflow.fulfillment;
