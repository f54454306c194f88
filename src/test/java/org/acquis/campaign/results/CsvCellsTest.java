package org.acquis.campaign.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void cellsASpreadsheetWouldRunGetALeadingQuote() {
		assertThat(CsvCells.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(CsvCells.neutralised("+33")).isEqualTo("'+33");
		assertThat(CsvCells.neutralised("-1")).isEqualTo("'-1");
		assertThat(CsvCells.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCells.neutralised("Zoé")).isEqualTo("Zoé");
		assertThat(CsvCells.neutralised(null)).isEmpty();
	}

}
