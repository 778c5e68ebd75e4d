package com.reportqa.ingest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A Report in binary, field by field, for {@link ReportCache}. Strings are length-prefixed UTF-8, -1 for null. */
final class ReportCodec {

    private ReportCodec() {
    }

    static void write(DataOutputStream out, Report r) throws IOException {
        for (String s : new String[] {r.id(), r.file(), r.format(), r.title(), r.issuer(), r.place().province(),
            r.place().city(), r.place().county(), r.place().town(),
            r.publishedOn() == null ? null : r.publishedOn().toString(), r.url()}) {
            writeString(out, s);
        }
        out.writeInt(r.year());
        out.writeInt(r.paragraphs().size());
        for (Paragraph p : r.paragraphs()) {
            writeString(out, p.id());
            out.writeInt(p.ordinal());
            out.writeByte(p.kind().ordinal());
            out.writeInt(p.sectionPath().size());
            for (String s : p.sectionPath()) {
                writeString(out, s);
            }
            writeString(out, p.text());
            out.writeInt(p.sentenceStarts().size());
            for (int s : p.sentenceStarts()) {
                out.writeInt(s);
            }
        }
    }

    static Report read(DataInputStream in) throws IOException {
        String[] f = new String[11];
        for (int i = 0; i < f.length; i++) {
            f[i] = readString(in);
        }
        int year = in.readInt();
        int n = in.readInt();
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = readString(in);
            int ordinal = in.readInt();
            ParagraphKind kind = ParagraphKind.values()[in.readByte()];
            int depth = in.readInt();
            List<String> path = new ArrayList<>(depth);
            for (int d = 0; d < depth; d++) {
                path.add(readString(in));
            }
            String text = readString(in);
            int starts = in.readInt();
            List<Integer> sentenceStarts = new ArrayList<>(starts);
            for (int s = 0; s < starts; s++) {
                sentenceStarts.add(in.readInt());
            }
            paragraphs.add(new Paragraph(id, ordinal, kind, path, text, sentenceStarts));
        }
        return new Report(f[0], f[1], f[2], f[3], f[4], new Place(f[5], f[6], f[7], f[8]), year,
                f[9] == null ? null : LocalDate.parse(f[9]), f[10], paragraphs);
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException("truncated string");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
