package com.reportqa.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Paragraph styles with Chinese fonts. Word and WPS pick the East Asian font from {@code w:eastAsia}; without
 * it they fall back to a Western font and show Chinese in whatever the system substitutes. Body text is
 * 宋体 with Times New Roman for Latin letters and digits, headings 黑体, as in Chinese official documents.
 */
final class DocxStyles {

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        setFonts(defaults, BODY_FONT, LATIN_FONT);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");
        styles.addStyle(new XWPFStyle(style("Normal", "Normal", null, BODY_FONT, LATIN_FONT, 21, false, -1), styles));
        styles.addStyle(new XWPFStyle(style(TITLE, "Title", "Normal", HEADING_FONT, HEADING_FONT, 36, true, 0),
                styles));
        styles.addStyle(new XWPFStyle(style(HEADING_1, "heading 1", "Normal", HEADING_FONT, HEADING_FONT, 30, true,
                0), styles));
        styles.addStyle(new XWPFStyle(style(HEADING_2, "heading 2", "Normal", HEADING_FONT, HEADING_FONT, 24, true,
                1), styles));
    }

    /** Sets the same East Asian font on every slot Word consults, and the Latin one for ASCII. */
    static void setFonts(CTFonts fonts, String eastAsia, String latin) {
        fonts.setEastAsia(eastAsia);
        fonts.setAscii(latin);
        fonts.setHAnsi(latin);
        fonts.setCs(latin);
    }

    /** A paragraph style; {@code halfPoints} is the font size in half points, {@code outline} -1 for body text. */
    private static CTStyle style(String id, String name, String basedOn, String eastAsia, String latin,
            int halfPoints, boolean bold, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr run = style.addNewRPr();
        setFonts(run.addNewRFonts(), eastAsia, latin);
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }
}
