package com.cakeflow.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.cakeflow.CakeFlowIntegrationTest;
import com.cakeflow.QrCodes;
import com.cakeflow.TestOrders;
import com.cakeflow.order.NewOrderRequest;
import com.cakeflow.order.OrderManagement;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox against a real SMTP server (GreenMail): mail waits while the server is down and goes out exactly once
 * when it is back; the customer's mails carry the pickup code and a QR code that scans.
 */
@CakeFlowIntegrationTest
class NotificationOutboxIntegrationTests {

	private static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	OrderManagement orders;
	@Autowired
	com.cakeflow.order.OrderQueries queries;
	@Autowired
	Notifications notifications;
	@Autowired
	TaskService tasks;
	@Autowired
	Clock clock;

	GreenMail smtp;

	@AfterEach
	void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
		}
	}

	private GreenMail startSmtp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		return smtp;
	}

	@Test
	void aMailServerThatIsDownDelaysMailAndNeverLosesOrDuplicatesIt() throws Exception {
		var email = "zhang." + System.nanoTime() + "@example.cn";
		var number = orders.place(withEmail(TestOrders.pickup("MEITUAN", 8), email), null).orderNumber();
		var queued = notifications.search(number, null, 10);
		assertThat(queued).extracting(NotificationView::kind, NotificationView::channel, NotificationView::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(NotificationKind.ORDER_CONFIRMED, "EMAIL", "PENDING"),
					org.assertj.core.groups.Tuple.tuple(NotificationKind.ORDER_CONFIRMED, "SMS", "PENDING"));

		// the mail server is down: the text message goes, the mail waits for its next attempt
		var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what the database keeps
		notifications.sendDue(now);
		var mail = mailOf(number);
		assertThat(mail.status()).isEqualTo("PENDING");
		assertThat(mail.attempts()).isEqualTo(1);
		assertThat(mail.lastError()).contains("MailSendException");
		assertThat(mail.nextAttemptAt()).isAfterOrEqualTo(now.plus(Duration.ofMinutes(1)));
		assertThat(textOf(number).status()).isEqualTo("SENT");
		notifications.sendDue(now.plusSeconds(30));
		assertThat(mailOf(number).attempts()).as("not due before its backoff").isEqualTo(1);

		// the server is back: the mail goes once, however often the sender runs and the notice is enqueued again
		startSmtp();
		notifications.sendDue(now.plus(Duration.ofMinutes(2)));
		notifications.sendDue(now.plus(Duration.ofMinutes(3)));
		notifications.sendDue(now.plus(Duration.ofHours(2)));
		assertThat(notifications.enqueue(Notice.of(NotificationKind.ORDER_CONFIRMED, "ORDER_CONFIRMED:" + number).order(number).to(email, null,
				null))).as("the same notice again").isZero();
		notifications.sendDue(now.plus(Duration.ofHours(3)));
		var received = receivedBy(email);
		assertThat(received).hasSize(1);
		var confirmed = received.get(0);
		assertThat(confirmed.getSubject()).isEqualTo("订单已确认 " + number);
		assertThat(confirmed.getMessageID()).isEqualTo("<notification-" + mailOf(number).id() + "@cakeflow.example>");
		assertThat(mailOf(number).status()).isEqualTo("SENT");
		assertThat(mailOf(number).attempts()).isEqualTo(2);
		assertThat(mailOf(number).transport()).isEqualTo("smtp");
		var pickupCode = queries.find(number, java.util.Locale.SIMPLIFIED_CHINESE).pickupCode();
		assertThat(html(confirmed)).contains(pickupCode).contains("/track/" + number).contains("妈妈生日快乐");
		assertThat(html(confirmed)).as("the inscription is not confirmed yet").contains("请逐字核对蛋糕上要写的字");
		assertThat(html(confirmed).split("cid:qr", -1)).as("the code and its QR once").hasSize(2);
		assertThat(scanQr(confirmed)).isEqualTo("CAKEFLOW-PICKUP:" + number + ":" + pickupCode);
	}

	@Test
	void theCustomerHearsWhenTheCakeIsReadyWithTheCodeInTheirLanguage() throws Exception {
		startSmtp();
		var email = "li." + System.nanoTime() + "@example.com";
		var number = orders.place(withEmail(TestOrders.pickup("MEITUAN", 6), email), null).orderNumber();
		com.cakeflow.TestProduction.finish(tasks, number);
		assertThat(notifications.search(number, null, 10)).extracting(NotificationView::kind).containsOnly(NotificationKind.ORDER_CONFIRMED,
				NotificationKind.READY_FOR_PICKUP);
		notifications.sendDue(clock.instant());
		var received = receivedBy(email);
		assertThat(received).extracting(Message::getSubject).containsExactlyInAnyOrder("订单已确认 " + number, "蛋糕做好了，可以来取了 " + number);
		var ready = received.stream().filter(m -> subject(m).startsWith("蛋糕做好了")).findFirst().orElseThrow();
		var pickupCode = queries.find(number, java.util.Locale.SIMPLIFIED_CHINESE).pickupCode();
		assertThat(html(ready)).contains(pickupCode);
		assertThat(scanQr(ready)).endsWith(":" + pickupCode);
		var text = notifications.search(number, null, 10).stream()
			.filter(n -> n.kind() == NotificationKind.READY_FOR_PICKUP && n.channel().equals("SMS")).findFirst().orElseThrow();
		assertThat(notifications.body(text.id()).orElseThrow()).contains(pickupCode).contains("/track/" + number).doesNotContain("<");
	}

	private static NewOrderRequest withEmail(NewOrderRequest request, String email) {
		return new NewOrderRequest(request.channel(), new NewOrderRequest.Customer(request.customer().name(), request.customer().phone(), email),
				request.items(), request.fulfillment(), request.notes(), request.urgent(), request.storeCode(), request.capacityOverride());
	}

	private NotificationView mailOf(String number) {
		return notifications.search(number, null, 10).stream().filter(n -> n.channel().equals("EMAIL")).findFirst().orElseThrow();
	}

	private NotificationView textOf(String number) {
		return notifications.search(number, null, 10).stream().filter(n -> n.channel().equals("SMS")).findFirst().orElseThrow();
	}

	private List<MimeMessage> receivedBy(String email) throws Exception {
		var mine = new ArrayList<MimeMessage>();
		for (var message : smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email))) {
				mine.add(message);
			}
		}
		return mine;
	}

	private static String subject(Message message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String html(MimeMessage message) throws Exception {
		var part = find(message, "text/html");
		return (String) part.getContent();
	}

	/** Decodes the inline QR image ({@code cid:qr}) with ZXing's reader. */
	private static String scanQr(MimeMessage message) throws Exception {
		var part = find(message, "image/png");
		assertThat(part.getHeader("Content-ID")).containsExactly("<qr>");
		var image = ImageIO.read(part.getInputStream());
		var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return QrCodes.decode(image.getWidth(), image.getHeight(), pixels);
	}

	private static BodyPart find(MimeMessage message, String type) throws Exception {
		var found = find((MimeMultipart) message.getContent(), type);
		assertThat(found).as(type + " part").isNotNull();
		return found;
	}

	private static BodyPart find(MimeMultipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return part;
			}
			if (part.getContent() instanceof MimeMultipart nested) {
				var found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
