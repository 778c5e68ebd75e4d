package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Word: a title, each question as a heading, the answer with its [n] markers, the cited paragraphs under
 * 引用原文, and the GB/T 7714 reference list (参考文献) with each cited report once.
 */
final class DocxWriter {

    private static final String GREY = "595959";

    byte[] write(ExportContent content) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.install(doc);
            a4(doc);
            doc.getProperties().getCoreProperties().setTitle(ExportText.TITLE);
            doc.getProperties().getCoreProperties().setCreator("report-qa 法治报告问答");

            XWPFParagraph title = styled(doc, DocxStyles.TITLE, ExportText.TITLE);
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFParagraph summary = doc.createParagraph();
            summary.setAlignment(ParagraphAlignment.CENTER);
            run(summary, ExportText.summary(content), false).setColor(GREY);

            int i = 0;
            for (Answer a : content.answers()) {
                answer(doc, content, a, ++i);
            }
            List<String> references = content.referenceTexts();
            if (!references.isEmpty()) {
                styled(doc, DocxStyles.HEADING_1, "参考文献");
                for (int r = 0; r < references.size(); r++) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(567);
                    p.setIndentationHanging(567);
                    run(p, "[" + (r + 1) + "] " + references.get(r), false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the docx export", e);
        }
    }

    private static void answer(XWPFDocument doc, ExportContent content, Answer a, int number) {
        styled(doc, DocxStyles.HEADING_1, "问题 " + number + "：" + (a.question() == null ? "" : a.question().strip()));
        if (a.mode() != null) {
            run(doc.createParagraph(), "回答方式：" + a.mode().label(), false).setColor(GREY);
        }
        new DocxMarkdown(doc).write(a.answer());
        for (String note : ExportText.notes(a)) {
            XWPFRun r = run(doc.createParagraph(), "注：" + note, false);
            r.setItalic(true);
            r.setColor("C00000");
        }
        if (a.citations().isEmpty()) {
            return;
        }
        styled(doc, DocxStyles.HEADING_2, "引用原文");
        for (Citation c : a.citations()) {
            XWPFParagraph source = doc.createParagraph();
            source.setSpacingBefore(120); // also creates the pPr that setKeepNext expects to exist
            source.setKeepNext(true);
            run(source, "[" + c.n() + "] ", false).setBold(true);
            run(source, ExportText.source(c) + "（参考文献 [" + content.referenceNumber(c) + "]）", false)
                    .setColor(GREY);
            XWPFParagraph quote = doc.createParagraph();
            quote.setIndentationLeft(420);
            quote.setBorderLeft(Borders.SINGLE);
            // a little air between the bar and the text, in points
            quote.getCTP().getPPr().getPBdr().getLeft().setSpace(BigInteger.valueOf(6));
            quote.setSpacingAfter(160);
            run(quote, c.text() == null ? "" : c.text().strip(), false);
        }
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        run(p, text, true);
        return p;
    }

    /**
     * A run with its fonts set on the run itself too: some WPS versions ignore style fonts for East Asian text
     * in documents they did not write.
     */
    static XWPFRun run(XWPFParagraph p, String text, boolean heading) {
        XWPFRun r = p.createRun();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak(); // a line break inside w:t would show as a space
            }
            r.setText(lines[i], i);
        }
        String eastAsia = heading ? DocxStyles.HEADING_FONT : DocxStyles.BODY_FONT;
        String latin = heading ? DocxStyles.HEADING_FONT : DocxStyles.LATIN_FONT;
        r.setFontFamily(eastAsia, FontCharRange.eastAsia);
        r.setFontFamily(latin, FontCharRange.ascii);
        r.setFontFamily(latin, FontCharRange.hAnsi);
        return r;
    }

    /** A4 with the usual Chinese document margins (2.54 cm top and bottom, 3.18 cm left and right). */
    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
    }
}
