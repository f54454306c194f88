package org.acquis.certification.session;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.acquis.certification.center.Center;
import org.acquis.shared.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A session's attendance sheet (OpenPDF, A4): the session's number, centre, address,
 * room, date, time and examiner, then one row per candidate (last name, first name, birth
 * date, extra time, a box to sign); the table's header is repeated on every page, each
 * page numbered. Standard Helvetica (Windows-1252: French names; other scripts are not
 * drawn).
 */
@Component
class AttendanceSheet {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Color HEADER = new Color(0xE5, 0xE7, 0xF4);

	private static final float ROW_HEIGHT = 30f;

	private static final Font TITLE = PdfFonts.of(16, Font.BOLD);

	private static final Font BOLD = PdfFonts.of(10, Font.BOLD);

	private static final Font TEXT = PdfFonts.of(10, Font.NORMAL);

	private static final Font SMALL = PdfFonts.of(8, Font.NORMAL, Color.DARK_GRAY);

	private final MessageSource messages;

	AttendanceSheet(MessageSource messages) {
		this.messages = messages;
	}

	byte[] pdf(CertificationSession session, Center center, List<Candidate> candidates, Locale locale) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 36, 36, 40, 48);
		var writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new Footer(text("certif.sheet.footer", locale, String.valueOf(session.id()))));
		document.addTitle(text("certif.sheet.title", locale, String.valueOf(session.id())));
		document.open();
		var title = new Paragraph(text("certif.sheet.title", locale, String.valueOf(session.id())), TITLE);
		title.setSpacingAfter(10);
		document.add(title);
		document.add(details(session, center, locale));
		var count = new Paragraph(text("certif.sheet.count", locale, candidates.size()), TEXT);
		count.setSpacingAfter(6);
		document.add(count);
		document.add(table(candidates, locale));
		document.close();
		return out.toByteArray();
	}

	private PdfPTable details(CertificationSession session, Center center, Locale locale) {
		var d = session.details();
		var table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		table.setSpacingAfter(8);
		detail(table, text("certif.session.number", locale), String.valueOf(session.id()));
		detail(table, text("certif.sheet.center", locale), center.name());
		detail(table, text("certif.session.address", locale), d.address());
		detail(table, text("certif.session.room", locale), d.room());
		detail(table, text("certif.session.date", locale), DATE.format(d.date()));
		detail(table, text("certif.session.time", locale), d.time().toString());
		detail(table, text("certif.session.examiner", locale), d.examiner());
		return table;
	}

	private static void detail(PdfPTable table, String label, String value) {
		var name = new PdfPCell(new Phrase(label, BOLD));
		var text = new PdfPCell(new Phrase(value, TEXT));
		for (var cell : List.of(name, text)) {
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingBottom(4);
		}
		table.addCell(name);
		table.addCell(text);
	}

	private PdfPTable table(List<Candidate> candidates, Locale locale) {
		var table = new PdfPTable(new float[] { 0.7f, 3, 3, 2.2f, 1.5f, 4 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (var key : List.of("certif.sheet.row", "certif.sheet.lastName", "certif.sheet.firstName",
				"certif.candidate.birthDate", "certif.sheet.extraTime", "certif.sheet.signature")) {
			var cell = new PdfPCell(new Phrase(text(key, locale), BOLD));
			cell.setBackgroundColor(HEADER);
			cell.setPadding(5);
			table.addCell(cell);
		}
		int row = 0;
		for (var candidate : candidates) {
			var p = candidate.person();
			for (var value : List.of(String.valueOf(++row), p.lastName(), p.firstName(), DATE.format(p.birthDate()),
					p.extraTimePercent() == 0 ? "" : p.extraTimePercent() + " %", "")) {
				var cell = new PdfPCell(new Phrase(value, TEXT));
				cell.setMinimumHeight(ROW_HEIGHT);
				cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
				cell.setPadding(5);
				table.addCell(cell);
			}
		}
		if (candidates.isEmpty()) {
			var none = new PdfPCell(new Phrase(text("certif.candidates.none", locale), TEXT));
			none.setColspan(6);
			none.setPadding(5);
			table.addCell(none);
		}
		return table;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** "Session 1000 — page 2" at the foot of every page. */
	private static final class Footer extends PdfPageEventHelper {

		private final String label;

		Footer(String label) {
			this.label = label;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(this.label + " " + writer.getPageNumber(), SMALL),
					(document.left() + document.right()) / 2, document.bottom() - 24, 0);
		}

	}

}
