/**
 * A store's time limits for the order process's timers and checks (deposit reminder and cancellation, no-show,
 * overdue per stage, the at-risk check): what managers change in the app ({@code /settings/sla},
 * {@code GET/PUT /api/settings/sla}), with the configured defaults.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits")
package com.cakeflow.sla;
