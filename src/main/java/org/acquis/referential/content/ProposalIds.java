package org.acquis.referential.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The id of a QCU/QCM proposal: eight base32 characters of a hash of the challenge's id
 * and the proposal's text. It says nothing of where the author put the proposal (nor
 * whether it is right), it is the same for every learner and every showing, and it does
 * not change when the author reorders the proposals. Never a digit alone, so an answer
 * made of the former position ids ({@code "1"}, {@code "1,2"}) matches no proposal.
 */
final class ProposalIds {

	private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final int LENGTH = 8;

	private ProposalIds() {
	}

	static String of(String challengeId, String proposalText) {
		var digest = sha256(challengeId + "\n" + proposalText);
		long bits = 0;
		for (int i = 0; i < 5; i++) {
			bits = (bits << 8) | (digest[i] & 0xFF);
		}
		var id = new char[LENGTH];
		for (int i = LENGTH - 1; i >= 0; i--) {
			id[i] = ALPHABET[(int) (bits & 31)];
			bits >>>= 5;
		}
		return new String(id);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
