package com.cakeflow.customer;

import com.cakeflow.customer.CustomerProfile.FamilyMember;
import com.cakeflow.shared.FieldProblem;
import com.cakeflow.shared.InvalidRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A profile update checked field by field: every problem named at once, or the cleaned values. */
final class ProfileValidation {

	static final Set<String> LANGUAGES = Set.of("zh-CN", "en");
	static final int MAX_FAMILY = 10;
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private ProfileValidation() {
	}

	record Valid(String name, String email, String language, LocalDate birthday, boolean birthdayLunar, boolean marketingConsent,
			List<FamilyMember> family) {
	}

	static Valid check(CustomerProfile.Update update, LocalDate today) {
		var problems = new ArrayList<FieldProblem>();
		var name = blankToNull(update.name());
		if (name != null && name.length() > 50) {
			problems.add(new FieldProblem("name", "customer.name.too-long", 50));
		}
		var email = blankToNull(update.email());
		if (email != null && (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			problems.add(new FieldProblem("email", "order.customer.email.invalid", email));
		}
		var language = blankToNull(update.language());
		if (language != null && !LANGUAGES.contains(language)) {
			problems.add(new FieldProblem("language", "customer.language.unknown", language));
		}
		var birthday = date("birthday", update.birthday(), false, today, problems);
		var family = new ArrayList<FamilyMember>();
		var entries = update.family() == null ? List.<CustomerProfile.FamilyEntry>of() : update.family();
		if (entries.size() > MAX_FAMILY) {
			problems.add(new FieldProblem("family", "customer.family.too-many", MAX_FAMILY));
		}
		for (int i = 0; i < entries.size() && i < MAX_FAMILY; i++) {
			var entry = entries.get(i);
			var field = "family[" + i + "]";
			if (entry == null) {
				problems.add(new FieldProblem(field + ".name", "customer.family.name.required"));
				continue;
			}
			var memberName = blankToNull(entry.name());
			if (memberName == null) {
				problems.add(new FieldProblem(field + ".name", "customer.family.name.required"));
			}
			else if (memberName.length() > 50) {
				problems.add(new FieldProblem(field + ".name", "customer.name.too-long", 50));
			}
			var relation = blankToNull(entry.relation());
			if (relation != null && relation.length() > 20) {
				problems.add(new FieldProblem(field + ".relation", "customer.family.relation.too-long", 20));
			}
			var memberBirthday = date(field + ".birthday", entry.birthday(), true, today, problems);
			if (memberName != null && memberBirthday != null) {
				family.add(new FamilyMember(memberName, relation, memberBirthday, Boolean.TRUE.equals(entry.birthdayLunar())));
			}
		}
		boolean lunar = Boolean.TRUE.equals(update.birthdayLunar());
		if (lunar && birthday == null && (update.birthday() == null || update.birthday().isBlank())) {
			problems.add(new FieldProblem("birthday", "customer.birthday.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
		return new Valid(name, email, language, birthday, lunar, Boolean.TRUE.equals(update.marketingConsent()), List.copyOf(family));
	}

	private static LocalDate date(String field, String value, boolean required, LocalDate today, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "customer.birthday.required"));
			}
			return null;
		}
		try {
			var date = LocalDate.parse(value.strip());
			if (date.isBefore(EARLIEST) || date.isAfter(today)) {
				problems.add(new FieldProblem(field, "customer.birthday.range", value));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException invalid) {
			problems.add(new FieldProblem(field, "customer.birthday.invalid", value));
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
