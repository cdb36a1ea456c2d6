package com.cakeflow.order.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cakeflow.catalog.CakeSize;
import com.cakeflow.catalog.Catalog;
import com.cakeflow.catalog.Flavor;
import com.cakeflow.identity.StoreInfo;
import com.cakeflow.identity.Stores;
import com.cakeflow.order.Channel;
import com.cakeflow.order.FulfillmentType;
import com.cakeflow.order.OrderChangeRequest;
import com.cakeflow.order.OrderProblems.StageForbids;
import com.cakeflow.order.OrderStatus;
import com.cakeflow.order.TimelineType;
import com.cakeflow.shared.InvalidRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A change on its own, without Spring or a database: what each stage still allows, the lead time a new due time or
 * flavor must leave, repricing, and what the timeline keeps of it. The clock is fixed; the order is due tomorrow.
 */
class OrderChangesTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z"); // 10:00 in Shanghai
	private static final Instant DUE = Instant.parse("2026-12-04T07:00:00Z"); // tomorrow 15:00

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
	private final Catalog catalog = catalog();
	private final Stores stores = stores();
	private final OrderChanges changes = new OrderChanges(new IntakeValidator(catalog, stores, clock), catalog, stores, clock);

	@Test
	void aNewDueTimeInTheStoresZoneMovesTheOrderAndIsKeptOnTheTimelineAsInstants() {
		var order = order(OrderStatus.CONFIRMED);
		var applied = changes.apply(order, new OrderChangeRequest("2026-12-05T11:30:00", null, null, null, null), "clerk");

		assertThat(applied).isEqualTo(new OrderChanges.Applied(true, false, true));
		assertThat(order.dueAt()).isEqualTo(Instant.parse("2026-12-05T03:30:00Z"));
		assertThat(changed(order)).containsExactly(Map.of("what", "due", "from", DUE.toString(), "to", "2026-12-05T03:30:00Z"));
	}

	@Test
	void aDueTimeInsideTheLeadTimeIsRefusedBeforeBakingAndAllowedOnceTheCakeIsBeingMade() {
		var request = new OrderChangeRequest("2026-12-03T13:00:00", null, null, null, null); // in 3 hours; taro needs 6
		assertThatThrownBy(() -> changes.apply(order(OrderStatus.CONFIRMED), request, "clerk")).isInstanceOf(InvalidRequest.class)
			.satisfies(e -> assertThat(((InvalidRequest) e).fieldProblems()).extracting(p -> p.code()).containsExactly("order.fulfillment.due.lead-time"));

		var baking = order(OrderStatus.DECORATING);
		assertThat(changes.apply(baking, request, "clerk").due()).as("the cake is being made: only the past is refused").isTrue();
	}

	@Test
	void eachStageAllowsOnlyWhatCanStillChange() {
		var flavor = new OrderChangeRequest(null, null, 1, null, "CHOCOLATE");
		var inscription = new OrderChangeRequest(null, "生日快乐", 1, null, null);
		var due = new OrderChangeRequest("2026-12-05T11:30:00", null, null, null, null);
		assertThatThrownBy(() -> changes.apply(order(OrderStatus.DECORATING), flavor, "clerk")).isInstanceOf(StageForbids.class);
		assertThatThrownBy(() -> changes.apply(order(OrderStatus.DECORATING), inscription, "clerk")).isInstanceOf(StageForbids.class);
		assertThatThrownBy(() -> changes.apply(order(OrderStatus.OUT_FOR_DELIVERY), due, "clerk")).isInstanceOf(StageForbids.class);
		assertThatThrownBy(() -> changes.apply(order(OrderStatus.COMPLETED), new OrderChangeRequest(null, null, null, "x", null), "clerk"))
			.isInstanceOf(StageForbids.class);
		assertThat(changes.apply(order(OrderStatus.PACKING), new OrderChangeRequest(null, null, null, "放冰箱", null), "clerk").any()).isTrue();
	}

	@Test
	void anotherFlavorRepricesTheOrderAndSaysSoOnTheTimeline() {
		var order = order(OrderStatus.CONFIRMED);
		long before = order.totalFen();
		var applied = changes.apply(order, new OrderChangeRequest(null, null, 1, null, "chocolate"), "clerk");

		assertThat(applied.cakes()).isTrue();
		assertThat(order.items().get(0).flavorCode()).isEqualTo("CHOCOLATE");
		assertThat(order.totalFen()).isEqualTo(before - 2_000);
		assertThat(changed(order)).containsExactly(Map.of("what", "flavor", "line", 1, "from", "TARO", "to", "CHOCOLATE"),
				Map.of("what", "total", "from", before, "to", before - 2_000));
	}

	@Test
	void nothingChangedLeavesNoTimelineEntryAndAnUnknownLineOrFlavorChangesNothing() {
		var order = order(OrderStatus.CONFIRMED);
		assertThat(changes.apply(order, new OrderChangeRequest(null, null, null, null, null), "clerk").any()).isFalse();
		assertThatThrownBy(() -> changes.apply(order, new OrderChangeRequest(null, null, 2, null, "CHOCOLATE"), "clerk"))
			.isInstanceOf(InvalidRequest.class);
		assertThatThrownBy(() -> changes.apply(order, new OrderChangeRequest(null, null, 1, null, "DURIAN"), "clerk"))
			.isInstanceOf(InvalidRequest.class);
		assertThat(order.items().get(0).flavorCode()).isEqualTo("TARO");
		assertThat(order.timeline()).filteredOn(e -> e.type() == TimelineType.ORDER_CHANGED).isEmpty();
	}

	@Test
	void anInscriptionTooLongForTheCakeIsRefusedAndTheOldOneKept() {
		var order = order(OrderStatus.CONFIRMED);
		assertThatThrownBy(() -> changes.apply(order, new OrderChangeRequest(null, "祝亲爱的妈妈生日快乐身体健康万事如意", 1, null, null), "clerk"))
			.isInstanceOf(InvalidRequest.class);
		assertThat(order.items().get(0).inscription()).isEqualTo("妈妈生日快乐");
	}

	private static List<Object> changed(CakeOrder order) {
		return order.timeline().stream().filter(e -> e.type() == TimelineType.ORDER_CHANGED)
			.flatMap(e -> ((List<?>) e.details().get("changes")).stream()).map(Object.class::cast).toList();
	}

	private static CakeOrder order(OrderStatus status) {
		var order = new CakeOrder("CF-20261203-0007", 1, 7, Channel.PHONE, FulfillmentType.PICKUP, DUE, null, null, false, "123456", null, null, NOW,
				"clerk");
		order.addItem(8, "TARO", "妈妈生日快乐", 1, 16_800, 2_000, List.of());
		if (status != OrderStatus.RECEIVED) {
			order.moveTo(status, NOW, "process");
		}
		return order;
	}

	private static Catalog catalog() {
		var catalog = mock(Catalog.class);
		when(catalog.size(anyInt())).thenReturn(Optional.of(new CakeSize(8, 16_800, 0, 8, 50, 35, 10, "4-6")));
		when(catalog.flavor(anyString())).thenAnswer(call -> switch ((String) call.getArgument(0)) {
			case "TARO" -> Optional.of(new Flavor("TARO", "芋泥", "Taro", 2_000, 360));
			case "CHOCOLATE" -> Optional.of(new Flavor("CHOCOLATE", "巧克力", "Chocolate", 0, 240));
			default -> Optional.empty();
		});
		return catalog;
	}

	private static Stores stores() {
		var stores = mock(Stores.class);
		when(stores.byId(anyLong())).thenReturn(Optional.of(new StoreInfo(1, "SH01", "静安店", SHANGHAI, "CNY", "", "", "")));
		return stores;
	}
}
