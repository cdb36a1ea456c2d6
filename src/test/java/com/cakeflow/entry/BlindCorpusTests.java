package com.cakeflow.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reader on the blind corpus (issue 17): batches of orders written as customers and clerks write them, before the
 * reader's output on them was looked at (src/test/resources/entry/blind/batch-*.jsonl). Each batch must reach the
 * accuracy its line in floors.properties names: the target (97 % of fields, 90 % of whole orders) once a batch
 * has reached it, and until then the figure it has reached, so that no change makes a batch worse. The first-look
 * and current figures of every batch are in docs/benchmarks.md.
 */
class BlindCorpusTests {

	static final Path BLIND = Path.of("src/test/resources/entry/blind");

	final OrderTextParser parser = new OrderTextParser(OrderTextParserTests.catalog(), OrderTextParserTests.messages(),
			new InscriptionChecks(OrderTextParserTests.messages()));

	@TestFactory
	Stream<DynamicTest> everyBatchReachesItsFloor() throws IOException {
		var floors = new Properties();
		try (var in = Files.newBufferedReader(BLIND.resolve("floors.properties"))) {
			floors.load(in);
		}
		try (var files = Files.list(BLIND)) {
			var batches = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("batch-\\d+\\.jsonl")).sorted().toList();
			assertThat(batches).as("the blind batches").isNotEmpty();
			return batches.stream().map(batch -> DynamicTest.dynamicTest(batch, () -> {
				var score = EntryCorpus.score(parser, EntryCorpus.read("/entry/blind/" + batch));
				System.out.println(batch + ": " + score.summary());
				score.misses().forEach(miss -> System.out.println("  " + miss));
				var floor = floors.getProperty(batch);
				assertThat(floor).as("a floor for %s in floors.properties", batch).isNotNull();
				var parts = floor.split("/");
				assertThat(100 * score.fieldAccuracy()).as("%s field accuracy", batch).isGreaterThanOrEqualTo(Double.parseDouble(parts[0]));
				assertThat(100 * score.orderAccuracy()).as("%s whole-order accuracy", batch).isGreaterThanOrEqualTo(Double.parseDouble(parts[1]));
			}));
		}
	}
}
