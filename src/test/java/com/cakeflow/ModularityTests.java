package com.cakeflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries (no cycles, no access to another module's internals); documents them. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CakeFlowApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	/** Into target/spring-modulith-docs; docs/modules holds the copy of the last change to the modules (see its README). */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
