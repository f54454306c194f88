package org.acquis.organization.learneraccount;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.acquis.shared.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;

/**
 * The sheet to print: A4, ten cards a page (two columns, five rows) framed by dashed cut
 * lines; each card has the pupil's name and class, the username, the one-time password,
 * where to log in and that the password is to be changed at the first login.
 */
final class AccountSheetPdf {

	private static final float CARD_HEIGHT = 152f;

	private static final Font SMALL = PdfFonts.of(8, Font.NORMAL, Color.DARK_GRAY);

	private static final Font NAME = PdfFonts.of(11, Font.BOLD);

	private static final Font TEXT = PdfFonts.of(9, Font.NORMAL);

	private static final Font CODE = FontFactory.getFont(FontFactory.COURIER_BOLD, 11);

	private AccountSheetPdf() {
	}

	static byte[] write(AccountSheet sheet, String loginUrl, MessageSource messages, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 28, 28, 28, 28);
		PdfWriter.getInstance(document, out);
		document.addTitle(messages.getMessage("orga.accounts.pdf.title", new Object[] { sheet.division() }, locale));
		document.open();
		var table = new PdfPTable(2);
		table.setWidthPercentage(100);
		for (var card : sheet.accounts()) {
			table.addCell(card(sheet, card, loginUrl, messages, locale));
		}
		if (sheet.accounts().size() % 2 == 1) {
			var empty = new PdfPCell(new Phrase(""));
			empty.setBorder(Rectangle.NO_BORDER);
			table.addCell(empty);
		}
		if (sheet.accounts().isEmpty()) {
			document.add(new Paragraph(messages.getMessage("orga.accounts.none", null, locale), TEXT));
		}
		else {
			document.add(table);
		}
		document.close();
		return out.toByteArray();
	}

	private static PdfPCell card(AccountSheet sheet, AccountSheet.Card card, String loginUrl, MessageSource messages,
			Locale locale) {
		var cell = new PdfPCell();
		cell.setMinimumHeight(CARD_HEIGHT);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setCellEvent(new CutLines());
		cell.setPadding(10);
		cell.setVerticalAlignment(Element.ALIGN_TOP);
		cell.addElement(new Paragraph(sheet.organization(), SMALL));
		cell.addElement(new Paragraph(
				card.lastName().toUpperCase(locale) + " " + card.firstName() + " — " + card.division(), NAME));
		cell.addElement(line(messages.getMessage("orga.accounts.pdf.username", null, locale), card.username()));
		cell.addElement(line(messages.getMessage("orga.accounts.pdf.password", null, locale), card.password()));
		cell.addElement(
				new Paragraph(messages.getMessage("orga.accounts.pdf.site", new Object[] { loginUrl }, locale), TEXT));
		cell.addElement(new Paragraph(messages.getMessage("orga.accounts.pdf.change", null, locale), TEXT));
		return cell;
	}

	private static Paragraph line(String label, String value) {
		var paragraph = new Paragraph();
		paragraph.setSpacingBefore(4);
		paragraph.add(new Phrase(label + " ", TEXT));
		paragraph.add(new Phrase(value, CODE));
		return paragraph;
	}

	/** A dashed frame around each card: where to cut. */
	private static final class CutLines implements PdfPCellEvent {

		@Override
		public void cellLayout(PdfPCell cell, Rectangle position, org.openpdf.text.pdf.PdfContentByte[] canvases) {
			var canvas = canvases[PdfPTable.LINECANVAS];
			canvas.saveState();
			canvas.setLineDash(4f, 3f, 0f);
			canvas.setLineWidth(0.5f);
			canvas.setColorStroke(Color.GRAY);
			canvas.rectangle(position.getLeft(), position.getBottom(), position.getWidth(), position.getHeight());
			canvas.stroke();
			canvas.restoreState();
		}

	}

}
