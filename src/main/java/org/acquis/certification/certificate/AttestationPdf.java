package org.acquis.certification.certificate;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.acquis.referential.Framework;
import org.acquis.shared.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The attestation of a validated certificate, one A4 page: the holder, the centre and the
 * date, the pix score and global level, the level of each of the 16 competences grouped
 * by area, the verification code and a QR code of the public verification page. Written
 * in Liberation Sans (shipped with OpenPDF), embedded: every accent and any name's
 * letters.
 */
final class AttestationPdf {

	private static final Color INK = new Color(0x1F, 0x29, 0x37);

	private static final Color ACCENT = new Color(0x1D, 0x4E, 0xD8);

	private static final Color MUTED = new Color(0x4B, 0x55, 0x63);

	private static final Color AREA = new Color(0xE8, 0xEE, 0xFB);

	private static final Color RULE = new Color(0xD1, 0xD5, 0xDB);

	/** What the page says, in the reader's language. */
	interface Labels {

		String get(String key, Object... arguments);

	}

	private final Labels labels;

	private final Locale locale;

	AttestationPdf(Labels labels, Locale locale) {
		this.labels = labels;
		this.locale = locale;
	}

	void write(Certificate certificate, Framework framework, String verificationUrl, OutputStream out) {
		var document = new Document(PageSize.A4, 48, 48, 40, 36);
		try {
			var writer = PdfWriter.getInstance(document, out);
			document.addTitle(this.labels.get("certificate.pdf.title"));
			document.addAuthor("Acquis");
			document.open();
			header(document);
			holder(document, certificate);
			score(document, certificate, framework);
			competences(document, certificate, framework);
			verification(document, writer.getDirectContent(), certificate, verificationUrl);
			document.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("The attestation could not be written", ex);
		}
	}

	private void header(Document document) {
		document.add(new Paragraph("Acquis", font(12, Font.BOLD, ACCENT)));
		var title = new Paragraph(this.labels.get("certificate.pdf.title"), font(18, Font.BOLD, INK));
		title.setLeading(23);
		title.setSpacingBefore(8);
		document.add(title);
		var subtitle = new Paragraph(this.labels.get("certificate.pdf.subtitle"), font(9.5f, Font.NORMAL, MUTED));
		subtitle.setLeading(13);
		subtitle.setSpacingBefore(4);
		subtitle.setSpacingAfter(14);
		document.add(subtitle);
	}

	private void holder(Document document, Certificate certificate) {
		var table = new PdfPTable(new float[] { 1.3f, 3f });
		table.setWidthPercentage(100);
		row(table, "certificate.pdf.name", certificate.fullName(), Font.BOLD);
		var born = date(certificate.birthDate()) + (certificate.birthPlace() == null ? ""
				: " " + this.labels.get("certificate.pdf.bornIn", certificate.birthPlace()));
		row(table, "certificate.pdf.birth", born, Font.NORMAL);
		row(table, "certificate.pdf.center", certificate.centerName(), Font.NORMAL);
		row(table, "certificate.pdf.date", date(certificate.date()), Font.NORMAL);
		table.setSpacingAfter(12);
		document.add(table);
	}

	private void row(PdfPTable table, String label, String value, int style) {
		table.addCell(cell(new Phrase(this.labels.get(label), font(10, Font.NORMAL, MUTED)), 3));
		table.addCell(cell(new Phrase(value, font(11, style, INK)), 3));
	}

	private void score(Document document, Certificate certificate, Framework framework) {
		var table = new PdfPTable(2);
		table.setWidthPercentage(100);
		int global = certificate.globalLevel();
		var group = global == 0 ? this.labels.get("certificate.level.0")
				: framework.level(global).map(Framework.Level::group).orElse("");
		table.addCell(boxed(this.labels.get("certificate.pdf.pix"), String.valueOf(certificate.pixScore())));
		table
			.addCell(boxed(this.labels.get("certificate.pdf.global"), global + (group.isEmpty() ? "" : " – " + group)));
		table.setSpacingAfter(12);
		document.add(table);
	}

	private PdfPCell boxed(String label, String value) {
		var phrase = new Phrase();
		phrase.add(new Phrase(label + "\n", font(9, Font.NORMAL, MUTED)));
		phrase.add(new Phrase(value, font(18, Font.BOLD, ACCENT)));
		var cell = new PdfPCell(phrase);
		cell.setBorderColor(RULE);
		cell.setPadding(8);
		cell.setPaddingTop(4);
		return cell;
	}

	private void competences(Document document, Certificate certificate, Framework framework) {
		var table = new PdfPTable(new float[] { 0.5f, 5f, 0.9f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		var head = font(9, Font.BOLD, MUTED);
		table.addCell(cell(new Phrase(this.labels.get("certificate.pdf.competence"), head), 2, 2));
		var levelHead = cell(new Phrase(this.labels.get("certificate.pdf.level"), head), 2);
		levelHead.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(levelHead);
		for (var area : framework.areas()) {
			var title = cell(new Phrase(area.code() + ". " + area.name(), font(10, Font.BOLD, INK)), 3, 3);
			title.setBackgroundColor(AREA);
			table.addCell(title);
			for (var competence : area.competences()) {
				int level = certificate.level(competence.code());
				table.addCell(cell(new Phrase(competence.code(), font(9.5f, Font.NORMAL, MUTED)), 3.5f));
				table.addCell(cell(new Phrase(competence.name(), font(9.5f, Font.NORMAL, INK)), 3.5f));
				var shown = cell(new Phrase(level > 0 ? String.valueOf(level) : "–",
						font(10.5f, level > 0 ? Font.BOLD : Font.NORMAL, level > 0 ? INK : MUTED)), 3.5f);
				shown.setHorizontalAlignment(Element.ALIGN_CENTER);
				table.addCell(shown);
			}
		}
		table.setSpacingAfter(4);
		document.add(table);
		document.add(new Paragraph(this.labels.get("certificate.pdf.uncertified"), font(8, Font.NORMAL, MUTED)));
	}

	private void verification(Document document, PdfContentByte canvas, Certificate certificate, String url) {
		var table = new PdfPTable(new float[] { 4f, 1.2f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		var left = new PdfPCell();
		left.addElement(new Paragraph(this.labels.get("certificate.pdf.code"), font(9, Font.NORMAL, MUTED)));
		var code = new Paragraph(String.valueOf(certificate.verificationCode()), font(16, Font.BOLD, INK));
		code.setLeading(22);
		code.setSpacingAfter(6);
		left.addElement(code);
		left.addElement(new Paragraph(this.labels.get("certificate.pdf.check"), font(9, Font.NORMAL, MUTED)));
		left.addElement(new Paragraph(url, font(9.5f, Font.NORMAL, ACCENT)));
		left.setPaddingTop(6);
		left.setBorder(Rectangle.TOP);
		left.setBorderColor(RULE);
		table.addCell(left);
		var qr = new PdfPCell(qrCode(canvas, url, 84), false);
		qr.setBorder(Rectangle.TOP);
		qr.setBorderColor(RULE);
		qr.setPaddingTop(8);
		qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(qr);
		document.add(table);
	}

	/** The QR code drawn as squares (sharp at any zoom), {@code size} points wide. */
	static Image qrCode(PdfContentByte canvas, String url, float size) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("No QR code for " + url, ex);
		}
		var template = canvas.createTemplate(size, size);
		float module = size / matrix.getWidth();
		template.setColorFill(Color.BLACK);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					template.rectangle(x * module, size - (y + 1) * module, module, module);
				}
			}
		}
		template.fill();
		try {
			var image = Image.getInstance(template);
			image.setAlt(url);
			return image;
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PdfPCell cell(Phrase phrase, float padding) {
		return cell(phrase, padding, 1);
	}

	private PdfPCell cell(Phrase phrase, float padding, int columns) {
		var cell = new PdfPCell(phrase);
		cell.setColspan(columns);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(RULE);
		cell.setPadding(padding);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return cell;
	}

	private String date(java.time.LocalDate date) {
		return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale));
	}

	private static Font font(float size, int style, Color color) {
		return PdfFonts.of(size, style, color);
	}

}
