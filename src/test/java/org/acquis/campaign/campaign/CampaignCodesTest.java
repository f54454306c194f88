package org.acquis.campaign.campaign;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignCodesTest {

	@Test
	void sixUnambiguousLettersThenThreeDigitsFromTwoToNine() {
		var codes = new CampaignCodes(new SplittableRandom(7));
		var seen = new HashSet<String>();
		for (int i = 0; i < 10_000; i++) {
			var code = codes.next();
			assertThat(code).matches("[A-Z]{6}[2-9]{3}").doesNotContain("I", "L", "O", "0", "1");
			seen.add(code);
		}
		assertThat(seen).as("drawn, not repeated").hasSizeGreaterThan(9_990);
	}

	@Test
	void aTypedCodeIsReadWhateverItsCaseAndSpaces() {
		assertThat(CampaignCodes.normalized(" abc def-234 ")).isEqualTo("ABCDEF234");
		assertThat(CampaignCodes.normalized("ABCDEF012")).as("0 and 1 are never drawn").isNull();
		assertThat(CampaignCodes.normalized("ABCDEI234")).isNull();
		assertThat(CampaignCodes.normalized("'; DROP")).isNull();
	}

}
