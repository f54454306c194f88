package org.acquis.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	private final RichText richText = new RichText();

	@Test
	void keepsParagraphsAndBoldButEscapesMarkup() {
		var paragraphs = this.richText
			.paragraphs("Un **mot de passe** fort.\nDeux lignes.\n\n<script>alert(1)</script>");

		assertThat(paragraphs).containsExactly("Un <strong>mot de passe</strong> fort. Deux lignes.",
				"&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void aLineBreakOfTheYamlWrappingFlowsButAListItemKeepsItsLine() {
		assertThat(
				RichText.inline("Tu prépares un exposé. Quelles questions dois-tu te poser pour juger\n  une page ?"))
			.isEqualTo("Tu prépares un exposé. Quelles questions dois-tu te poser pour juger une page ?");
		assertThat(RichText.inline("Range :\n- les photos\n- les vidéos\n1. enfin"))
			.isEqualTo("Range :<br>- les photos<br>- les vidéos<br>1. enfin");
	}

	@Test
	void marksCodeInInstructions() {
		assertThat(RichText.inline("Tape `=SOMME(A1:A3)` puis\nvalide"))
			.isEqualTo("Tape <code>=SOMME(A1:A3)</code> puis valide");
	}

}
