package com.cakeflow.alerting.internal;

import com.cakeflow.alerting.NotificationChannel;
import com.cakeflow.shared.QrCode;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mail over SMTP (Spring Mail, {@code spring.mail.host}); the pickup QR code goes inline as a PNG ({@code cid:qr}).
 * Every attempt for a notification carries the same Message-ID, so should a node die after the server took a mail
 * and before it was marked sent, the repeat is recognisable as the same message. Without a mail server configured
 * (the embedded first run) mail is only logged; the API and the order's notifications show what would have gone.
 */
@Component
class MailChannel implements NotificationChannel {

	private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final NotificationProperties properties;

	MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public String channel() {
		return "EMAIL";
	}

	@Override
	public String send(Outgoing message) throws Exception {
		var mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("mail (no SMTP server configured, logged only) to {}: {}", message.recipient(), message.subject());
			return "log";
		}
		var mime = mail.createMimeMessage();
		var helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
		helper.setFrom(properties.from());
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.body(), true);
		if (message.qrText() != null) {
			helper.addInline("qr", new ByteArrayResource(QrCode.png(message.qrText(), 6)), "image/png");
		}
		mime.setHeader("Message-ID", "<notification-" + message.id() + "@" + host() + ">");
		mail.send(mime);
		return "smtp";
	}

	private String host() {
		var from = properties.from();
		int at = from.lastIndexOf('@');
		return at < 0 ? "cakeflow" : from.substring(at + 1).replace(">", "").strip();
	}
}
