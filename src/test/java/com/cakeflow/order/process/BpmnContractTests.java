package com.cakeflow.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;

/**
 * {@link CakeOrderProcess} is the one place the BPMN's names are written: no other main class holds a string literal
 * of an element id, message, error code or the process key, and none hands the engine a process or task variable's
 * name as a literal (in a call to a {@code ...Variable...}, {@code variableName}, {@code putValue} or
 * {@code complete} method earlier in the same line and statement). Comments may name them; the same word as a JSON key or a timeline
 * detail is not the engine's.
 */
class BpmnContractTests {

	private static final Path MAIN = Path.of("src/main/java");
	private static final Path CONTRACT = MAIN.resolve("com/cakeflow/order/process/CakeOrderProcess.java");
	/** What, earlier on the literal's line, makes it a name handed to the engine. */
	private static final java.util.regex.Pattern ENGINE_CALL = java.util.regex.Pattern
		.compile("(Variable\\w*|variableName|putValue|ValueEquals|\\.complete)\\s*\\(");

	@Test
	void noClassButTheContractWritesTheProcessNames() throws IOException {
		var ids = bpmnNames();
		var variables = variableNames();
		var found = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (var file : files.filter(f -> f.toString().endsWith(".java") && !f.equals(CONTRACT)).toList()) {
				var source = Files.readString(file);
				for (var literal : literals(source)) {
					if (ids.contains(literal.text()) || variables.contains(literal.text()) && ENGINE_CALL.matcher(literal.before()).find()) {
						found.add(MAIN.relativize(file) + ":" + literal.line() + " \"" + literal.text() + "\"");
					}
				}
			}
		}
		assertThat(found).as("literals that should be CakeOrderProcess constants").isEmpty();
	}

	@Test
	void theContractNamesEveryElementTheCodeRefersToAsTheBpmnSpellsIt() throws IOException {
		var ids = bpmnNames();
		var constants = constants(name -> !name.startsWith("VAR_") && !name.startsWith("IN_") && !name.startsWith("SHOWN_"));
		assertThat(ids).as("every element id, message and error constant is in processes/cake-order.bpmn").containsAll(constants);
		assertThat(ids).contains("Task_BakeCake", "Msg_PaymentReceived", "cakeOrder");
		assertThat(Arrays.stream(Stage.values()).map(Stage::taskKey)).allMatch(ids::contains);
	}

	@Test
	void theScanSeesLiteralsInCodeAndNotInComments() {
		var source = """
				// "Task_InAComment"
				/* "Task_InABlock" */ var a = "Task_BakeCake"; /** {@code "orderId"} */
				var b = "it's \\"quoted\\" " + 'x' + "cakeOrder";
				var c = \"""
				   Task_InATextBlock
				   \""";
				""";
		assertThat(literals(source).stream().map(Literal::text)).contains("Task_BakeCake", "cakeOrder", "Task_InATextBlock")
			.doesNotContain("Task_InAComment", "Task_InABlock", "orderId");
		assertThat(literals(source).stream().filter(l -> l.text().equals("cakeOrder")).findFirst().orElseThrow().line()).isEqualTo(3);
		var call = literals("tasks.getVariable(taskId, \"orderId\"); log(\"stage\", 1);");
		assertThat(call).filteredOn(l -> ENGINE_CALL.matcher(l.before()).find()).extracting(Literal::text).containsExactly("orderId");
	}

	private static Set<String> bpmnNames() {
		var model = Bpmn.readModelFromFile(Path.of("processes/cake-order.bpmn").toFile());
		var names = new TreeSet<String>();
		model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId).filter(id -> id != null && id.contains("_"))
			.forEach(names::add);
		model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).forEach(p -> names.add(p.getId()));
		model.getModelElementsByType(Message.class).forEach(m -> names.add(m.getName()));
		model.getModelElementsByType(Error.class).forEach(e -> names.add(e.getErrorCode()));
		return names;
	}

	private static Set<String> variableNames() {
		return constants(name -> name.startsWith("VAR_") || name.startsWith("IN_") || name.startsWith("SHOWN_"));
	}

	private static Set<String> constants(java.util.function.Predicate<String> named) {
		return Arrays.stream(CakeOrderProcess.class.getFields())
			.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && named.test(f.getName())).map(f -> {
				try {
					return (String) f.get(null);
				} catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}).collect(Collectors.toCollection(TreeSet::new));
	}

	/** A string literal, its line, and what comes before it on that line in the same statement. */
	record Literal(String text, int line, String before) {
	}

	private static String lineBefore(String source, int at) {
		return source.substring(Math.max(source.lastIndexOf('\n', at - 1), source.lastIndexOf(';', at - 1)) + 1, at);
	}

	/** The string literals of Java source (text blocks included, char literals and comments skipped), with their line. */
	static List<Literal> literals(String source) {
		var found = new ArrayList<Literal>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			} else if (source.startsWith("//", i)) {
				while (i < source.length() && source.charAt(i) != '\n') {
					i++;
				}
			} else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = end < 0 ? source.length() : end + 2;
				line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
				i = end;
			} else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = end < 0 ? source.length() : end;
				var text = source.substring(i + 3, end);
				found.add(new Literal(text.strip(), line, lineBefore(source, i)));
				line += (int) text.chars().filter(ch -> ch == '\n').count();
				i = Math.min(source.length(), end + 3);
			} else if (c == '"' || c == '\'') {
				var text = new StringBuilder();
				int j = i + 1;
				while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
					if (source.charAt(j) == '\\' && j + 1 < source.length()) {
						text.append(source.charAt(j + 1));
						j += 2;
					} else {
						text.append(source.charAt(j++));
					}
				}
				if (c == '"') {
					found.add(new Literal(text.toString(), line, lineBefore(source, i)));
				}
				i = j + 1;
			} else {
				i++;
			}
		}
		return found;
	}
}
