/**
 * The order desk: the clerk's and manager's screens of orders — taking one from free text, the order board, an
 * order's page with its timeline and what may be done at its stage, inscription proofs, photos, the box label — and
 * the orders API channels and integrations call ({@code /api/orders}). Uses the order module's API only; the order
 * module itself has no web layer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Order desk")
package com.cakeflow.desk;
