package com.cakeflow.web;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine plugin for what profiling the intake found (docs/benchmarks.md): every timer the engine creates parses its
 * ISO-8601 duration with a {@code DatatypeFactory}, and {@code DatatypeFactory.newInstance()} looks for a provider
 * on the whole class path each time (a scan of the fat jar, about 5 % of an intake's CPU) unless the system
 * property names the implementation. The JDK's own is named, before the engine starts, unless somebody chose another.
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {

	static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (System.getProperty(DATATYPE_FACTORY) == null) {
			System.setProperty(DATATYPE_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
		}
	}
}
