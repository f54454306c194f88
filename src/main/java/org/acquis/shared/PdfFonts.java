package org.acquis.shared;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The font of the product's PDFs (attestations, attendance sheets, pupils' account
 * cards): Liberation Sans, shipped with OpenPDF, embedded, so that every name prints —
 * the standard Helvetica knows only Western European letters (no ł, ş, ő…).
 */
public final class PdfFonts {

	private static final BaseFont BASE = load();

	private PdfFonts() {
	}

	/** The font at this size and style ({@link Font#NORMAL}, {@link Font#BOLD}…). */
	public static Font of(float size, int style, Color color) {
		return new Font(BASE, size, style, color);
	}

	/** The font at this size and style, in black. */
	public static Font of(float size, int style) {
		return of(size, style, Color.BLACK);
	}

	private static BaseFont load() {
		try (var in = PdfFonts.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("OpenPDF's Liberation Sans is missing");
			}
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
