package org.allianceplanner.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font printed documents carry inside them: Noto Sans SC (SIL Open Font License 1.1),
 * Regular and Bold, which the build fetches and puts on the classpath. A PDF embeds only the subset
 * of glyphs it uses, so it reads the same on a machine with no Chinese font at all. The font files
 * are read once and parsed per document (a parsed font is not safe to share between threads).
 */
public final class SummaryFonts {

    static final String REGULAR = "/org/allianceplanner/summary/fonts/400Regular/NotoSansSC_400Regular.ttf";
    static final String BOLD = "/org/allianceplanner/summary/fonts/700Bold/NotoSansSC_700Bold.ttf";

    private static byte[] regular;
    private static byte[] bold;

    private SummaryFonts() {
    }

    /** The regular face, parsed for one document (for glyph checks and subsetting). */
    public static TrueTypeFont regular() {
        return parse(bytes(false));
    }

    public static TrueTypeFont bold() {
        return parse(bytes(true));
    }

    /** The face as a PDF font of {@code document}, embedded as a subset. */
    static PDType0Font load(PDDocument document, TrueTypeFont font) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    private static synchronized byte[] bytes(boolean isBold) {
        if (isBold ? bold == null : regular == null) {
            String path = isBold ? BOLD : REGULAR;
            try (InputStream in = SummaryFonts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("The CJK font " + path + " is not on the classpath: "
                            + "build with Maven, which fetches it (see pom.xml, cjk-font)");
                }
                byte[] read = in.readAllBytes();
                if (isBold) {
                    bold = read;
                } else {
                    regular = read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return isBold ? bold : regular;
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
