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
	private static final String TITLES = "女士|先生|小姐|太太|阿姨|叔叔|老师|同学|姐姐|哥哥|总|妈妈|爸爸";
	private static final Pattern TITLED = Pattern.compile("(?<name>\\p{IsHan}{1,3}?)(?:" + TITLES + ")");
	private static final Pattern EN_TITLED = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+[A-Z][a-zA-Z'-]+");
	private static final Pattern CUED = Pattern.compile(
			"(?:联系人|聯繫人|收货人|收件人|姓名|客户|顾客|订购人|订货人|贵姓|我叫|\\bname\\b|\\bcontact\\b|\\bcustomer\\b|\\bcall\\b)\\s*(?:is\\s+)?[:：]?\\s*"
					+ "(?<name>\\p{IsHan}{2,4}?|[A-Z][a-zA-Z'-]+(?:\\s+[A-Z][a-zA-Z'-]+)?)(?=$|[\\s,;|\\d(（.]|电话|手机)"
					// a chat export's speaker: "[微信] 阿May: 老板娘～ …"
					+ "|^\\s*\\[(?:微信|WeChat|群聊|企业微信)\\]\\s*(?<speaker>[^\\s:：\\]]{1,12})\\s*[:：]",
			Pattern.CASE_INSENSITIVE);
	/** "姓周", "我姓马", "免贵姓王": only the surname is given. */
	private static final Pattern SURNAME_ONLY = Pattern.compile("(?:我|免贵|本人)?姓(?<name>\\p{IsHan})(?=$|[\\s,;|，。、]|电话|手机|\\d)");
	/** A mobile number in Chinese digits (一三九一二三四五六七八 or 幺三九…), as a phone call is written down. */
	private static final Pattern HAN_MOBILE = Pattern.compile("(?<![零〇一二三四五六七八九幺两])[一幺][三四五六七八九](?:[零〇一二三四五六七八九幺两]){9}(?![零〇一二三四五六七八九幺两])");
	/** A capitalised name standing as a part of its own between separators. */
	private static final Pattern EN_ALONE = Pattern.compile(
			"(?:^|(?<=[,;\\n|.]|\\s-))\\s*(?<n>[A-Z][a-z]{1,15}(?:\\s+[A-Z][a-z]{1,15})?)\\s*(?=$|[,;\\n|.]|\\s-\\s)");
	private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{3,12}");
	/** Notes a name or an inscription may be run together with (少糖唐芳, 写 生日快乐 加一盒蜡烛). */
	static final java.util.List<String> FILLERS = java.util.List.of("加一盒蜡烛", "不要蜡烛", "多放水果", "少放糖", "不要太甜", "少糖", "多糖", "少奶油",
			"谢谢", "麻烦", "到店自取", "到店自提", "来店里拿", "来店里取", "到店取", "自提", "自取", "来拿", "来取", "送货上门", "送货", "联系电话", "电话", "手机");
	private static final Pattern HAN_WORD = Pattern.compile("(?<![\\p{IsHan}])\\p{IsHan}{2,4}(?![\\p{IsHan}])");
	private static final Pattern EN_WORD = Pattern.compile("\\b[A-Z][a-z]{1,15}\\b");
	private static final Set<String> NOT_NAMES = Set.of("电话", "手机", "联系", "蛋糕", "生日", "自提", "到店", "送货", "上门", "配送", "地址",
			"订一个", "订个", "定一个", "谢谢", "麻烦", "预订", "取货", "来拿", "到店取", "电话号", "号码", "送货上门", "备注", "少糖", "多糖", "蜡烛");
	private static final Set<String> NOT_EN_NAMES = Set.of("Cake", "Inch", "Pickup", "Pick", "Deliver", "Delivery", "Tomorrow", "Today",
			"Tonight", "Name", "Phone", "Tel", "Please", "Thanks", "Write", "Inscription", "Address", "Monday", "Tuesday", "Wednesday",
			"Thursday", "Friday", "Saturday", "Sunday", "Next", "This", "Happy", "Birthday", "Order", "Hi", "Hello", "At", "On", "To", "For",
			"Room", "Flat", "Unit", "Apt", "Mob", "Message", "Call", "Contact", "Suite", "Written", "Writing", "Pudong", "Xuhui", "Changning", "Huangpu", "Dec", "Nov", "Jan");
	private static final String SURNAMES = "萧王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
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
		m = text.matcher(HAN_MOBILE);
		if (m.find()) {
			text.take(m);
			phoneStart = m.start();
			phoneEnd = m.end();
			var digits = new StringBuilder();
			m.group().chars().forEach(c -> digits.append("零一二三四五六七八九".indexOf(c == '〇' ? '零' : c == '幺' ? '一' : c == '两' ? '二' : c)));
			return digits.toString();
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
			int titleAt = m.start("name") + m.group("name").length();
			int start = titledStart(text.remaining(), m.start("name"), titleAt, text.remaining().substring(titleAt, m.end()));
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
		if (m.find() && m.group("speaker") != null) {
			text.take(m);
			return text.original(m.start("speaker"), m.end("speaker"));
		}
		if (m.reset().find() && m.group("name") != null && !NOT_NAMES.contains(m.group("name")) && !NOT_EN_NAMES.contains(m.group("name"))) {
			text.take(m);
			return text.original(m.start("name"), m.end("name"));
		}
		m = text.matcher(SURNAME_ONLY);
		if (m.find() && SURNAMES.indexOf(m.group("name").charAt(0)) >= 0) {
			text.take(m);
			return text.original(m.start("name"), m.end("name"));
		}
		var nextToPhone = nextToPhone();
		if (nextToPhone != null) {
			return nextToPhone;
		}
		var alone = standingAlone();
		if (alone != null) {
			return alone;
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
		var cleaned = before.replaceAll("(?:电话|手机|tel|phone)[:：]?$", "").stripTrailing();
		for (boolean stripped = true; stripped;) { // a note between the name and the phone (陈建华少糖 150…)
			stripped = false;
			for (var filler : FILLERS) {
				if (cleaned.endsWith(filler) && cleaned.length() > filler.length()) {
					cleaned = cleaned.substring(0, cleaned.length() - filler.length()).stripTrailing();
					stripped = true;
				}
			}
		}
		var compound = Pattern.compile("(\\p{IsHan}{3,4})[(（]?$").matcher(cleaned); // 司马一鸣, 欧阳娜娜
		if (compound.find() && COMPOUND_SURNAMES.stream().anyMatch(compound.group(1)::startsWith)) {
			return takeAt(remaining.lastIndexOf(compound.group(1), phoneStart), compound.group(1).length());
		}
		var han = Pattern.compile("(\\p{IsHan}{2,3})[(（]?$").matcher(cleaned);
		if (han.find() && looksLikeName(han.group(1))) {
			return takeAt(remaining.lastIndexOf(han.group(1), phoneStart), han.group(1).length());
		}
		var mixed = Pattern.compile("\\b([A-Z][a-z]{1,15}\\s+\\p{IsHan})[\\s,:(（]*$").matcher(before);
		if (mixed.find() && !NOT_EN_NAMES.contains(mixed.group(1).split("\\s+")[0]) && SURNAMES.indexOf(mixed.group(1).charAt(mixed.group(1).length() - 1)) >= 0) {
			return takeAt(mixed.start(1), mixed.group(1).length());
		}
		var en = Pattern.compile("\\b([A-Z][a-z]{1,15})(?:\\s+([A-Z][a-z]{1,15}))?[\\s,:(（]*$").matcher(before);
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
		var after = Pattern.compile("^[\\s,.;:\\-]*(\\p{IsHan}{2,3}|[A-Z][a-z]{1,15})(?![\\p{IsHan}a-z])(?:\\s+([A-Z][a-z]{1,15})\\b)?")
			.matcher(remaining.substring(phoneEnd));
		if (after.find() && !NOT_NAMES.contains(after.group(1)) && !NOT_EN_NAMES.contains(after.group(1))
				&& (!Character.isIdeographic(after.group(1).charAt(0)) || looksLikeName(after.group(1)))) {
			int end = after.group(2) != null && !NOT_EN_NAMES.contains(after.group(2)) ? after.end(2) : after.end(1);
			return takeAt(phoneEnd + after.start(1), end - after.start(1));
		}
		return null;
	}

	/**
	 * A name that is a part of its own, all else around it read already: an English one between separators (…; Emma;
	 * …), or a Chinese one run together with a note (少糖唐芳 → 唐芳).
	 */
	private String standingAlone() {
		var remaining = text.remaining();
		var en = EN_ALONE.matcher(remaining);
		while (en.find()) {
			var words = en.group("n").split("\\s+");
			if (java.util.Arrays.stream(words).noneMatch(NOT_EN_NAMES::contains)) {
				return takeAt(en.start("n"), en.group("n").length());
			}
		}
		var run = HAN_RUN.matcher(remaining);
		while (run.find()) {
			int from = run.start();
			int to = run.end();
			for (boolean stripped = true; stripped;) { // every note at either end, one after another (周伟少糖来店里拿)
				stripped = false;
				for (var filler : FILLERS) {
					if (remaining.startsWith(filler, from) && to - from > filler.length()) {
						from += filler.length();
						stripped = true;
					}
					else if (remaining.substring(from, to).endsWith(filler) && to - from > filler.length()) {
						to -= filler.length();
						stripped = true;
					}
				}
			}
			var rest = remaining.substring(from, to);
			if ((from > run.start() || to < run.end()) && rest.length() >= 2 && rest.length() <= 4 && looksLikeName(rest)) {
				return takeAt(from, rest.length());
			}
		}
		return null;
	}

	private String takeAt(int start, int length) {
		text.take(start, start + length);
		return text.original(start, start + length);
	}

	/** A Chinese word that reads as a name: starts with a surname, or is 老/小/阿 and a surname (老王, 小李). */
	static boolean looksLikeName(String word) {
		if (NOT_NAMES.contains(word)) {
			return false;
		}
		if (word.length() == 4) { // four characters: a compound surname and a given name (司马一鸣)
			return COMPOUND_SURNAMES.stream().anyMatch(word::startsWith);
		}
		return SURNAMES.indexOf(word.charAt(0)) >= 0 || COMPOUND_SURNAMES.stream().anyMatch(word::startsWith)
				|| word.length() == 2 && "老小阿".indexOf(word.charAt(0)) >= 0 && SURNAMES.indexOf(word.charAt(1)) >= 0;
	}

	/**
	 * Where the name before a title starts, looking back from the title: the surname right before it (公司的倪小姐 →
	 * 倪), a compound one (欧阳先生), a surname and given name (王芳女士), a nickname before 妈妈 (汤圆妈妈); or any one
	 * character that stands on its own before the title (冀先生 at the start or after a separator), whatever the
	 * surname. -1 when none.
	 */
	private static int titledStart(String remaining, int from, int titleAt, String title) {
		if (titleAt - 2 >= from && COMPOUND_SURNAMES.contains(remaining.substring(titleAt - 2, titleAt))) {
			return titleAt - 2;
		}
		if (titleAt - 1 >= from && SURNAMES.indexOf(remaining.charAt(titleAt - 1)) >= 0) {
			return titleAt - 1;
		}
		int found = surnameStart(remaining.substring(from, titleAt), from);
		if (found >= 0) {
			return found;
		}
		boolean alone = titleAt - 1 >= from && (titleAt - 1 == 0 || !Character.isIdeographic(remaining.charAt(titleAt - 2)));
		return alone && title.matches("先生|女士|小姐|太太") ? titleAt - 1 : -1; // not 给妈妈, 送阿姨
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
