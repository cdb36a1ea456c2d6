package com.cakeflow.entry;

import com.cakeflow.shared.PhoneNumber;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads who orders: the phone (spaces, dashes, +86 allowed; a mobile number first, a landline as a fallback) and the
 * name — with a title (张女士, 李先生, Mrs Smith), after a cue (联系人, 姓名, name), or next to the phone (陈静 158…, Mary 137…).
 */
final class ContactFinder {

	private static final Pattern MOBILE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)?86[\\s-]*)?1[3-9]\\d(?:[\\s-]*\\d){8}(?!\\d)");
	private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)");
	private static final String TITLES = "女士|先生|小姐|太太|阿姨|叔叔|老师|同学|姐姐|哥哥|总";
	private static final Pattern TITLED = Pattern.compile("(?<name>\\p{IsHan}{1,3}?)(?:" + TITLES + ")");
	private static final Pattern EN_TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z][a-zA-Z'-]+");
	private static final Pattern CUED = Pattern.compile(
			"(?:联系人|聯繫人|收货人|收件人|姓名|客户|顾客|订购人|订货人|贵姓|\\bname\\b|\\bcontact\\b|\\bcustomer\\b)\\s*(?:is\\s+)?[:：]?\\s*"
					+ "(?<name>\\p{IsHan}{2,4}?|[A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?)(?=$|[\\s,;|\\d(（]|电话|手机)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern HAN_WORD = Pattern.compile("(?<![\\p{IsHan}])\\p{IsHan}{2,3}(?![\\p{IsHan}])");
	private static final Pattern EN_WORD = Pattern.compile("\\b[A-Z][a-z]{1,15}\\b");
	private static final Set<String> NOT_NAMES = Set.of("电话", "手机", "联系", "蛋糕", "生日", "自提", "到店", "送货", "上门", "配送", "地址",
			"订一个", "订个", "定一个", "谢谢", "麻烦", "预订", "取货", "来拿", "到店取", "电话号", "号码", "送货上门", "备注", "少糖", "多糖", "蜡烛");
	private static final Set<String> NOT_EN_NAMES = Set.of("Cake", "Inch", "Pickup", "Pick", "Deliver", "Delivery", "Tomorrow", "Today",
			"Tonight", "Name", "Phone", "Tel", "Please", "Thanks", "Write", "Inscription", "Address", "Monday", "Tuesday", "Wednesday",
			"Thursday", "Friday", "Saturday", "Sunday", "Next", "This", "Happy", "Birthday", "Order", "Hi", "Hello", "At", "On", "To", "For");
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
			+ "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳"
			+ "翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农"
			+ "司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑"
			+ "迟邝";
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
			"长孙", "宇文", "司徒", "夏侯");

	private final EntryText text;
	private final Findings findings;
	private int phoneStart = -1;
	private int phoneEnd = -1;

	ContactFinder(EntryText text, Findings findings) {
		this.text = text;
		this.findings = findings;
	}

	/** The phone as digits (11 for a mobile), or {@code null}. */
	String phone() {
		var m = text.matcher(MOBILE);
		if (m.find()) {
			text.take(m);
			phoneStart = m.start();
			phoneEnd = m.end();
			if (m.find()) {
				findings.warn("entry.warning.several-phones", PhoneNumber.parse(m.group()).map(PhoneNumber::digits).orElse(m.group()));
			}
			return PhoneNumber.parse(text.original(phoneStart, phoneEnd)).map(PhoneNumber::digits)
				.orElseGet(() -> text.original(phoneStart, phoneEnd).replaceAll("\\D", ""));
		}
		m = text.matcher(LANDLINE);
		if (m.find()) {
			text.take(m);
			findings.warn("entry.warning.phone-landline");
			return m.group().replaceAll("\\D", "");
		}
		findings.warn("entry.warning.phone-missing");
		return null;
	}

	/** The customer's name as written, title included (张女士), or {@code null}. */
	String name() {
		var m = text.matcher(TITLED);
		while (m.find()) {
			int start = surnameStart(m.group("name"), m.start("name"));
			if (start >= 0) {
				text.take(start, m.end());
				return text.original(start, m.end());
			}
		}
		m = text.matcher(EN_TITLED);
		if (m.find()) {
			text.take(m);
			return text.original(m.start(), m.end());
		}
		m = text.matcher(CUED);
		if (m.find() && !NOT_NAMES.contains(m.group("name")) && !NOT_EN_NAMES.contains(m.group("name"))) {
			text.take(m);
			return text.original(m.start("name"), m.end("name"));
		}
		var nextToPhone = nextToPhone();
		if (nextToPhone != null) {
			return nextToPhone;
		}
		m = text.matcher(HAN_WORD);
		while (m.find()) {
			if (looksLikeName(m.group())) {
				text.take(m);
				findings.warn("entry.warning.name-guessed", m.group());
				return text.original(m.start(), m.end());
			}
		}
		findings.warn("entry.warning.name-missing");
		return null;
	}

	/** A 2–3 character Chinese name starting with a surname, or a capitalised English word, right before or after the phone. */
	private String nextToPhone() {
		if (phoneStart < 0) {
			return null;
		}
		var remaining = text.remaining();
		var before = remaining.substring(0, phoneStart).stripTrailing();
		var han = Pattern.compile("(\\p{IsHan}{2,3})$").matcher(before.replaceAll("(?:电话|手机|tel|phone)[:：]?$", "").stripTrailing());
		if (han.find() && looksLikeName(han.group(1))) {
			return takeAt(remaining.lastIndexOf(han.group(1), phoneStart), han.group(1).length());
		}
		var en = Pattern.compile("\\b([A-Z][a-z]{1,15})(?:\\s+([A-Z][a-z]{1,15}))?[\\s,:]*$").matcher(before);
		if (en.find()) {
			boolean firstIsName = !NOT_EN_NAMES.contains(en.group(1));
			boolean secondIsName = en.group(2) != null && !NOT_EN_NAMES.contains(en.group(2));
			if (firstIsName && (secondIsName || en.group(2) == null)) {
				return takeAt(en.start(1), en.end(en.group(2) == null ? 1 : 2) - en.start(1));
			}
			if (secondIsName) {
				return takeAt(en.start(2), en.group(2).length());
			}
		}
		var after = Pattern.compile("^[\\s,]*(\\p{IsHan}{2,3}|[A-Z][a-z]{1,15})(?![\\p{IsHan}a-z])").matcher(remaining.substring(phoneEnd));
		if (after.find() && !NOT_NAMES.contains(after.group(1)) && !NOT_EN_NAMES.contains(after.group(1))
				&& (!Character.isIdeographic(after.group(1).charAt(0)) || looksLikeName(after.group(1)))) {
			return takeAt(phoneEnd + after.start(1), after.group(1).length());
		}
		return null;
	}

	private String takeAt(int start, int length) {
		text.take(start, start + length);
		return text.original(start, start + length);
	}

	/** A Chinese word that reads as a name: starts with a surname, or is 老/小/阿 and a surname (老王, 小李). */
	private static boolean looksLikeName(String word) {
		if (NOT_NAMES.contains(word)) {
			return false;
		}
		return SURNAMES.indexOf(word.charAt(0)) >= 0 || COMPOUND_SURNAMES.stream().anyMatch(word::startsWith)
				|| word.length() == 2 && "老小阿".indexOf(word.charAt(0)) >= 0 && SURNAMES.indexOf(word.charAt(1)) >= 0;
	}

	/** Where the name before a title starts: at its surname (人王小姐 → 王), -1 when it has none. */
	private static int surnameStart(String candidate, int offset) {
		for (int i = 0; i < candidate.length(); i++) {
			if (SURNAMES.indexOf(candidate.charAt(i)) >= 0
					|| i + 1 < candidate.length() && COMPOUND_SURNAMES.contains(candidate.substring(i, i + 2))) {
				return offset + i;
			}
		}
		return -1;
	}
}
