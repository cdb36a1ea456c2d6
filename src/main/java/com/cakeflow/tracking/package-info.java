/**
 * The customer's tracking page: an order's stages, its promised time, the pickup code and QR once it is ready, and the
 * customer's confirmation of an inscription; shown to whoever gives the phone's last four digits, with wrong guesses
 * limited per client and order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order tracking")
package com.cakeflow.tracking;
