/**
 * Live updates for staff screens: events (an order's status, an alert, a finished task) written with the change that
 * caused them and pushed to open pages by Server-Sent Events ({@code GET /api/stream}), across app nodes through the
 * shared {@code live_event} table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
package com.cakeflow.live;
