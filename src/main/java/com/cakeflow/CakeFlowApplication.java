package com.cakeflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** CakeFlow: order management for cake shops, every order a Camunda 7 process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CakeFlowApplication {

	public static void main(String[] args) {
		SpringApplication.run(CakeFlowApplication.class, args);
	}
}
