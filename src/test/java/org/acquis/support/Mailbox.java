package org.acquis.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the product sent during the tests, by recipient. */
public final class Mailbox {

	private final GreenMail greenMail;

	Mailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	public record Mail(String from, String subject, String body) {
	}

	/** The e-mails received so far by this address. */
	public List<Mail> to(String address) {
		return Arrays.stream(this.greenMail.getReceivedMessages())
			.filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase))
			.map(Mailbox::mail)
			.toList();
	}

	/** Waits (10 s at most) until this address has received this many e-mails. */
	public List<Mail> await(String address, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		var received = to(address);
		while (received.size() < count && System.nanoTime() < deadline) {
			sleep();
			received = to(address);
		}
		return received;
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Mail mail(MimeMessage message) {
		try {
			// the decoded text (a long link is cut by quoted-printable soft line breaks)
			return new Mail(message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
