package org.acquis.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	private final RichText richText = new RichText();

	@Test
	void keepsParagraphsLineBreaksAndBoldButEscapesMarkup() {
		var paragraphs = this.richText
			.paragraphs("Un **mot de passe** fort.\nDeux lignes.\n\n<script>alert(1)</script>");

		assertThat(paragraphs).containsExactly("Un <strong>mot de passe</strong> fort.<br>Deux lignes.",
				"&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void marksCodeInInstructions() {
		assertThat(RichText.inline("Tape `=SOMME(A1:A3)` puis\nvalide"))
			.isEqualTo("Tape <code>=SOMME(A1:A3)</code> puis<br>valide");
	}

}
