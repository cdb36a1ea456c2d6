package com.cakeflow.entry;

import com.cakeflow.catalog.CakeQuote;
import com.cakeflow.catalog.Catalog;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns an order as a clerk types or pastes it ("张女士 13812345678 明天下午3点自提 8寸巧克力 写'妈妈生日快乐'") into a
 * draft. Each field is read by its own finder, in an order chosen so that no field steals another's words: the
 * inscription first (it may hold names, numbers and dates), then phone, address, date and time, cake, name.
 */
@Component
public class OrderTextParser {

	/** The longest text the reader is given (the parse endpoint refuses more; the order form reads the first this many). */
	public static final int MAX_TEXT = 2000;

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
	private static final Pattern DELIVERY = Pattern.compile(
			"送到|送至|送去|送往|送货|配送|外送|上门|快递|外卖|\\bdeliver(?:y|ed)?\\b|\\bsend\\s+(?:it\\s+)?to\\b|\\bship\\b", FLAGS);
	private static final Pattern PICKUP = Pattern.compile(
			"自提|自取|到店|来店|店里[拿取]|来取|來取|来拿|來拿|取货|店取|门店取|(?<![领获提])取(?![消])|\\bpick\\s*-?\\s*up\\b|\\bcollect(?:ion)?\\b|\\bin\\s+store\\b", FLAGS);
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final Catalog catalog;
	private final MessageSource messages;
	private final InscriptionChecks checks;

	OrderTextParser(Catalog catalog, MessageSource messages, InscriptionChecks checks) {
		this.catalog = catalog;
		this.messages = messages;
		this.checks = checks;
	}

	/** The longest paste of several orders read at once, and the most orders taken from it. */
	public static final int MAX_BATCH_TEXT = 20_000;
	public static final int MAX_BATCH_ORDERS = 50;

	/** One order of a paste: the text it was read from and its draft. */
	public record BatchDraft(String text, OrderDraft draft) {
	}

	/** A paste of several orders read: a draft for each, and the pieces that held no order ("好的，谢谢"). */
	public record Batch(List<BatchDraft> drafts, List<String> skipped) {
	}

	/**
	 * A paste of several orders (批量录入: a chat export, a list, one order per line), each read as {@link #parse}
	 * reads one; at most {@link #MAX_BATCH_ORDERS}, the rest left in {@code skipped}.
	 */
	public Batch parseAll(String input, LocalDateTime now, Locale locale) {
		var pieces = new OrderBatch(line -> {
			var glance = parse(line, now, locale);
			return new OrderBatch.Seen(glance.phone() != null, glance.sizeInches() != null);
		}).split(input);
		var drafts = new java.util.ArrayList<BatchDraft>();
		var skipped = new java.util.ArrayList<String>();
		for (var piece : pieces) {
			if (piece.order() && drafts.size() < MAX_BATCH_ORDERS && piece.text().length() <= MAX_TEXT) {
				drafts.add(new BatchDraft(piece.text(), parse(piece.text(), now, locale)));
			}
			else {
				skipped.add(piece.text());
			}
		}
		return new Batch(List.copyOf(drafts), List.copyOf(skipped));
	}

	/** The draft of an order; {@code now} is local time in the store's zone, which relative dates are read against. */
	public OrderDraft parse(String input, LocalDateTime now, Locale locale) {
		var text = new EntryText(input);
		var findings = new Findings();
		var inscription = new InscriptionFinder(text, findings).find();
		var contact = new ContactFinder(text, findings);
		var phone = contact.phone();
		var address = new AddressFinder(text).find();
		var when = new WhenFinder(text, now, findings).find();
		var cake = new CakeFinder(text, findings).find(catalog.sizes(), catalog.flavors());
		var name = contact.name();
		var fulfillment = fulfillment(text.original(), address, findings);
		if (cake.sizeInches() == null) {
			findings.warn("entry.warning.size-missing");
		}
		if (cake.flavor() == null) {
			findings.warn("entry.warning.flavor-missing");
		}
		checkLeadTime(cake, when, now, findings);
		checkInscriptionLength(cake, inscription, findings);
		return new OrderDraft(name, phone, cake.sizeInches(), cake.flavor(), inscription, fulfillment,
				when.at().map(LOCAL::format).orElse(null), when.date() == null ? null : when.date().toString(), address,
				cake.quantity() == null ? 1 : cake.quantity(),
				findings.corrections().stream().map(c -> new OrderDraft.Correction(c.field(), c.from(), c.to())).toList(),
				java.util.stream.Stream.concat(findings.warnings().stream().map(w -> messages.getMessage(w.code(), w.args(), w.code(), locale)),
						inscription == null ? java.util.stream.Stream.<String>empty()
								: checks.check(inscription, null, null, List.of(), locale).warnings().stream()).toList(),
				confidence(findings, name, phone, cake, inscription, when, address));
	}

	/** How each filled field was read: as written, corrected from a typo, or guessed (see {@link OrderDraft}). */
	private static java.util.Map<String, String> confidence(Findings findings, String name, String phone, CakeFinder.Cake cake, String inscription,
			WhenFinder.When when, String address) {
		var warned = findings.warnings().stream().map(Findings.Warning::code).collect(java.util.stream.Collectors.toSet());
		var corrected = findings.corrections().stream().map(Findings.Correction::field).collect(java.util.stream.Collectors.toSet());
		var levels = new java.util.LinkedHashMap<String, String>();
		java.util.function.BiConsumer<String, Object> stated = (field, value) -> {
			if (value != null) {
				levels.put(field, corrected.contains(field) ? OrderDraft.CORRECTED : OrderDraft.STATED);
			}
		};
		stated.accept("customerName", name);
		stated.accept("phone", phone);
		stated.accept("sizeInches", cake.sizeInches());
		stated.accept("flavor", cake.flavor());
		stated.accept("quantity", cake.quantity());
		stated.accept("inscription", inscription);
		stated.accept("address", address);
		if (when.date() != null) {
			levels.put("dueDate", warned.contains("entry.warning.date-assumed") ? OrderDraft.GUESSED : OrderDraft.STATED);
		}
		if (when.time() != null) {
			levels.put("dueTime", warned.contains("entry.warning.time-guessed") || warned.contains("entry.warning.afternoon-assumed")
					? OrderDraft.GUESSED : OrderDraft.STATED);
		}
		levels.put("fulfillment", warned.contains("entry.warning.fulfillment-assumed") || warned.contains("entry.warning.fulfillment-unclear")
				? OrderDraft.GUESSED : OrderDraft.STATED);
		return java.util.Collections.unmodifiableMap(levels);
	}

	private static String fulfillment(String original, String address, Findings findings) {
		var folded = EntryText.fold(original);
		boolean delivery = address != null || DELIVERY.matcher(folded).find();
		boolean pickup = PICKUP.matcher(folded).find();
		if (delivery && pickup && address == null) {
			findings.warn("entry.warning.fulfillment-unclear");
			return "PICKUP";
		}
		if (delivery && address == null) {
			findings.warn("entry.warning.address-missing");
		}
		if (!delivery && !pickup) {
			findings.warn("entry.warning.fulfillment-assumed");
		}
		return delivery ? "DELIVERY" : "PICKUP";
	}

	private void checkLeadTime(CakeFinder.Cake cake, WhenFinder.When when, LocalDateTime now, Findings findings) {
		if (cake.sizeInches() == null || cake.flavor() == null || when.at().isEmpty()) {
			return;
		}
		var size = catalog.size(cake.sizeInches());
		var flavor = catalog.flavor(cake.flavor());
		if (size.isEmpty() || flavor.isEmpty()) {
			return;
		}
		var earliest = now.plus(new CakeQuote(size.get(), flavor.get(), List.of(), 1).leadTime());
		if (when.at().get().isBefore(earliest) && !when.at().get().isBefore(now)) {
			findings.warn("entry.warning.too-soon", earliest.format(DateTimeFormatter.ofPattern("MM-dd HH:mm")));
		}
	}

	private void checkInscriptionLength(CakeFinder.Cake cake, String inscription, Findings findings) {
		if (inscription == null || cake.sizeInches() == null) {
			return;
		}
		catalog.size(cake.sizeInches()).ifPresent(size -> {
			if (!InscriptionWidth.fits(inscription, size.maxInscriptionChars())) {
				findings.warn("entry.warning.inscription-long", InscriptionWidth.chars(inscription), size.inches(), size.maxInscriptionChars());
			}
		});
	}
}
