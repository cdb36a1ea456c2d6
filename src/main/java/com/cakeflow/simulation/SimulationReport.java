package com.cakeflow.simulation;

import java.util.Map;

/**
 * What a simulated day came to: orders that arrived, were taken, turned away (kitchen full: 409) or refused otherwise,
 * finished and on time (ready for pickup or delivered by the due time); lateness; minutes from a stage's task being created to its completion (waiting + work); and
 * each person's busy share of their shift.
 */
public record SimulationReport(String scenario, String strategy, double volume, long seed, int arrived, int accepted, int turnedAway,
		int refused, Map<String, Integer> refusedBecause, int finished, int onTime, double onTimeRate, int latenessP95Minutes, int latenessMaxMinutes, double averageLateMinutes,
		Map<String, Double> stageMinutes, Map<String, Integer> utilisationPercent, int overdueAlerts, long wallMillis) {
}
