package org.acquis.referential.content;

import org.acquis.referential.ContentBank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A broken pack stops start-up with every problem listed, file and line. */
@Configuration(proxyBeanMethods = false)
class ContentBankConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ContentBankConfiguration.class);

	@Bean
	ContentBank contentBank() {
		var result = new ContentPackLoader().load();
		if (result.bank() == null) {
			throw new InvalidContentPackException(result.problems());
		}
		var bank = result.bank();
		log.info("Content loaded: {} frameworks, {} skills, {} challenges, {} tutorials", bank.frameworks().size(),
				bank.allSkills().size(), bank.allChallenges().size(), bank.allTutorials().size());
		return bank;
	}

}
