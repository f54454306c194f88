package org.acquis.referential.admin;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.springframework.stereotype.Component;

@Component
class ReadContentStatistics {

	private final ContentBank bank;

	ReadContentStatistics(ContentBank bank) {
		this.bank = bank;
	}

	ContentStats read(String frameworkCode) {
		var framework = this.bank.framework(frameworkCode)
			.orElseThrow(() -> DomainException.notFound("FRAMEWORK_UNKNOWN", frameworkCode));
		return new ContentStatistics(this.bank).of(framework);
	}

}
