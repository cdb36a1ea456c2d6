package com.cakeflow.order.process;

import static com.cakeflow.order.process.CakeOrderProcess.*;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SubstituteFlavor: the manager agreed another flavor with the customer; the cakes that need the missing items
 * change to it (repriced, on the timeline) before stock is reserved again. If it cannot be done (its lead time no
 * longer fits), {@code substituteRefused} says why and the manager's task comes back.
 */
@Component("substituteFlavorDelegate")
class SubstituteFlavorDelegate implements JavaDelegate {

	private final FlavorSubstitution substitution;

	SubstituteFlavorDelegate(FlavorSubstitution substitution) {
		this.substitution = substitution;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var shortItems = execution.getVariable(VAR_SHORT_ITEMS);
		var refused = substitution.substitute(orderId(execution), String.valueOf(execution.getVariable(VAR_SUBSTITUTE_FLAVOR)),
				shortItems == null ? java.util.List.of() : Arrays.asList(shortItems.toString().split(",")));
		execution.setVariable(VAR_SUBSTITUTE_REFUSED, refused);
	}
}
