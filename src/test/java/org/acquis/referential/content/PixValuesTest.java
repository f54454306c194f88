package org.acquis.referential.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PixValuesTest {

	@Test
	void pixValueSharesEightPixAmongTheSkillsOfALevelAtMostFourEach() {
		assertThat(PixValues.share(1)).isEqualTo(4);
		assertThat(PixValues.share(2)).isEqualTo(4);
		assertThat(PixValues.share(3)).isEqualTo(8.0 / 3);
		assertThat(PixValues.share(4)).isEqualTo(2);
		assertThatIllegalArgumentException().isThrownBy(() -> PixValues.share(0));
	}

}
