package com.cakeflow.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.identity.Role;
import com.cakeflow.staffing.MatchScoring.Candidate;
import com.cakeflow.staffing.MatchScoring.Delivery;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching and priority rules, on a fixed clock: 2026-02-14 10:00 in Shanghai. */
class MatchScoringTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 2, 14, 10, 0, 0, 0, SHANGHAI);

	static Candidate person(String username, Set<String> skills, String start, String end, long committed, Delivery... deliveries) {
		return new Candidate(username, username, skills, LocalTime.parse(start), LocalTime.parse(end), committed, List.of(deliveries));
	}

	static MatchRequest bake(int minutes, String latestStart, Set<String> skills) {
		return new MatchRequest(1, Role.BAKER, 1, "BAKE", minutes, skills, NOW.with(LocalTime.parse(latestStart)).toInstant(), null, false);
	}

	static MatchRequest deliver(long orderId, String latestStart, String zone, boolean urgent) {
		return new MatchRequest(1, Role.DRIVER, orderId, "DELIVER", 45, Set.of(), NOW.with(LocalTime.parse(latestStart)).toInstant(), zone, urgent);
	}

	static String best(MatchRequest request, Candidate... people) {
		return MatchScoring.rank(List.of(people), request, NOW).get(0).candidate().username();
	}

	@Test
	void aPersonWithTheRequiredSkillBeatsAnIdleOneWithout() {
		var request = bake(60, "13:00", Set.of("LARGE_SIZE"));
		assertThat(best(request, person("idle", Set.of(), "08:00", "18:00", 0), person("skilled", Set.of("LARGE_SIZE"), "08:00", "18:00", 120)))
			.isEqualTo("skilled");
		var unskilled = MatchScoring.score(person("idle", Set.of(), "08:00", "18:00", 0), request, NOW);
		assertThat(unskilled.parts()).contains(new MatchScoring.Part("skills", -1000, "lacks LARGE_SIZE"));
		// even off shift and busy, the one with the skill beats one without who is free right now
		assertThat(best(request, person("idle", Set.of(), "08:00", "18:00", 0), person("later", Set.of("LARGE_SIZE"), "22:00", "06:00", 400)))
			.isEqualTo("later");
	}

	@Test
	void aPersonOnShiftNowBeatsOneWhoComesInLater() {
		var request = bake(60, "15:00", Set.of());
		assertThat(best(request, person("later", Set.of(), "12:00", "20:00", 0), person("now", Set.of(), "06:00", "15:00", 0))).isEqualTo("now");
	}

	@Test
	void somebodyWhoseShiftEndsBeforeTheWorkCanBeDoneLosesToSomebodyBusierWhoHasTheTime() {
		// 90 minutes to bake by 12:30 at the latest; "leaving" goes home at 11:00, "busy" has 60 min committed and works until 18:00
		var request = bake(90, "11:00", Set.of());
		var leaving = MatchScoring.score(person("leaving", Set.of(), "06:00", "11:00", 0), request, NOW);
		assertThat(leaving.parts()).contains(new MatchScoring.Part("time", -40, "only 60 of 90 min free before 12:30"));
		assertThat(best(request, person("leaving", Set.of(), "06:00", "11:00", 0), person("busy", Set.of(), "06:00", "18:00", 60))).isEqualTo("busy");
	}

	@Test
	void committedMinutesSpreadTheWorkAndBreakTies() {
		var request = bake(30, "16:00", Set.of());
		assertThat(best(request, person("a", Set.of(), "08:00", "20:00", 180), person("b", Set.of(), "08:00", "20:00", 30))).isEqualTo("b");
		assertThat(best(request, person("b", Set.of(), "08:00", "20:00", 0), person("a", Set.of(), "08:00", "20:00", 0)))
			.as("same score, same load: by username, so the choice is repeatable").isEqualTo("a");
	}

	@Test
	void somebodyNotBackBeforeTheLatestStartIsHeavilyPenalised() {
		var request = bake(60, "13:00", Set.of());
		var tomorrow = MatchScoring.score(person("night", Set.of(), "22:00", "06:00", 0), request, NOW);
		assertThat(tomorrow.parts().get(0)).isEqualTo(new MatchScoring.Part("shift", -60, "next shift 22:00, after the latest start 13:00"));
		var soon = MatchScoring.score(person("noon", Set.of(), "11:00", "20:00", 0), request, NOW);
		assertThat(soon.parts().get(0)).isEqualTo(new MatchScoring.Part("shift", 10, "next shift 11:00, before the latest start 13:00"));
	}

	@Test
	void aDriverWhoCoversTheDistrictBeatsAnIdleDriverWhoDoesNot() {
		var request = deliver(1, "14:00", "JINGAN", false);
		assertThat(best(request, person("idle", Set.of("ZONE_PUDONG"), "09:00", "21:00", 0),
				person("jingan", Set.of("ZONE_JINGAN"), "09:00", "21:00", 90))).isEqualTo("jingan");
	}

	@Test
	void aDriverAlreadyGoingToTheSameDistrictAtAboutTheSameTimeGetsTheRouteBonus() {
		var request = deliver(1, "14:00", "JINGAN", false);
		var due = request.latestFinish().plusSeconds(30 * 60);
		var sameTrip = person("trip", Set.of("ZONE_JINGAN"), "09:00", "21:00", 45, new Delivery("JINGAN", due));
		var free = person("free", Set.of("ZONE_JINGAN"), "09:00", "21:00", 45, new Delivery("HUANGPU", due));
		assertThat(best(request, free, sameTrip)).isEqualTo("trip");
		assertThat(MatchScoring.score(sameTrip, request, NOW).parts()).contains(new MatchScoring.Part("route", 10, "1 delivery to JINGAN due within 1 h"));
		var later = person("later", Set.of("ZONE_JINGAN"), "09:00", "21:00", 45, new Delivery("JINGAN", due.plusSeconds(3 * 3600)));
		assertThat(MatchScoring.score(later, request, NOW).parts()).extracting(MatchScoring.Part::name).doesNotContain("route");
	}

	@Test
	void theBreakdownNamesEveryPartAndAddsUp() {
		var scored = MatchScoring.score(person("baker1", Set.of("LARGE_SIZE"), "06:00", "15:00", 60), bake(60, "12:00", Set.of("LARGE_SIZE")), NOW);
		assertThat(scored.breakdown())
			.isEqualTo("baker1 40 = shift +30 (on shift until 15:00) · time +20 (120 min free before 13:00) · load −10 (60 min committed)");
	}

	@Test
	void shiftsPastMidnightCountTheirMinutesOnBothDays() {
		var night = person("night", Set.of(), "22:00", "06:00", 0);
		assertThat(MatchScoring.shiftMinutes(night, NOW.with(LocalTime.of(20, 0)), NOW.plusDays(1).with(LocalTime.of(8, 0)))).isEqualTo(8 * 60);
		assertThat(MatchScoring.onShift(night, LocalTime.of(2, 0))).isTrue();
		assertThat(MatchScoring.nextShiftStart(night, NOW)).isEqualTo(NOW.with(LocalTime.of(22, 0)));
	}

	@Test
	void urgentOrdersGoFirstThenTheOneThatMustStartSoonest() {
		var relaxed = deliver(1, "16:00", null, false);
		var soon = deliver(2, "11:00", null, false);
		var urgentLater = deliver(3, "17:00", null, true);
		var sameTimeLowerId = deliver(0, "11:00", null, false);
		var requests = new ArrayList<>(List.of(relaxed, soon, urgentLater, sameTimeLowerId));
		requests.sort(MatchRequest.MOST_PRESSING_FIRST);
		assertThat(requests).extracting(MatchRequest::orderId).containsExactly(3L, 0L, 2L, 1L);
	}

	@Test
	void findsTheDistrictOfAnAddress() {
		assertThat(DeliveryZones.of("静安区南京西路1266号 1801室")).contains("JINGAN");
		assertThat(DeliveryZones.of("上海市浦东新区世纪大道100号")).contains("PUDONG");
		assertThat(DeliveryZones.of("100 Century Ave, Pudong, Shanghai")).contains("PUDONG");
		assertThat(DeliveryZones.of("Room 5, 88 Huaihai Rd, Huangpu")).contains("HUANGPU");
		assertThat(DeliveryZones.of("南京西路1266号")).isEmpty();
		assertThat(DeliveryZones.of(null)).isEmpty();
	}
}
