package org.acquis.certification.certificate;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.acquis.certification.CertificationSessionPublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the jury publishes a session, every result of it without a verification code gets
 * one, in the publishing transaction (a session published again keeps its codes). Each
 * code is written under a savepoint: a code already taken (the unique constraint) is
 * drawn again, the rest of the publication untouched.
 */
@Component
class GiveVerificationCodes {

	static final int ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final TransactionTemplate savepoint;

	private final RandomGenerator random;

	@Autowired
	GiveVerificationCodes(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, new SecureRandom());
	}

	GiveVerificationCodes(JdbcClient jdbc, PlatformTransactionManager transactions, RandomGenerator random) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.random = random;
	}

	@EventListener
	void published(CertificationSessionPublished published) {
		give(published.sessionId());
	}

	/** Gives a code to each result of the session that has none; how many were given. */
	int give(long sessionId) {
		var courses = this.jdbc.sql("""
				SELECT r.course_id FROM certification_result r JOIN certification_course k ON k.id = r.course_id
				WHERE k.session_id = ? AND r.verification_code IS NULL ORDER BY r.course_id FOR UPDATE OF r""")
			.param(sessionId)
			.query(UUID.class)
			.list();
		courses.forEach(this::give);
		return courses.size();
	}

	private void give(UUID courseId) {
		for (int attempt = 1;; attempt++) {
			var code = VerificationCode.draw(this.random);
			try {
				this.savepoint.executeWithoutResult(status -> this.jdbc
					.sql("UPDATE certification_result SET verification_code = ? WHERE course_id = ? "
							+ "AND verification_code IS NULL")
					.params(code, courseId)
					.update());
				return;
			}
			catch (DuplicateKeyException ex) {
				if (attempt == ATTEMPTS) {
					throw new IllegalStateException("No free verification code after " + ATTEMPTS + " draws", ex);
				}
			}
		}
	}

}
