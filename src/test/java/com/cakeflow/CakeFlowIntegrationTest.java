package com.cakeflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, one Spring context shared by every integration test (profile {@code test}:
 * H2 in memory, or {@code postgres-test} against PostgreSQL), with plenty of stock in the demo store before each test.
 * Process test coverage is recorded for {@code *ProcessTest} classes, which must cover at least 90% of the flow nodes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ ProcessEngineCoverageConfiguration.class, CakeFlowIntegrationTest.Coverage.class })
@ExtendWith(PlentyOfStockAndCapacity.class)
public @interface CakeFlowIntegrationTest {

	@TestConfiguration
	class Coverage {

		@Bean
		ProcessEngineCoverageProperties processEngineCoverageProperties() {
			return new ProcessEngineCoverageProperties.Builder()
				.addInclusionPatternForTestClasses(".*ProcessTest")
				.assertClassCoverageAtLeast(0.9)
				.build();
		}
	}
}
