package org.saydo.code;

import java.util.ArrayList;
import java.util.List;

/**
 * A span of text between quotation marks, marks included: typographic pairs (“ ”, « ») or straight double
 * quotes, which alternate open and close within a paragraph. A quote left open at a paragraph's end closes there
 * (news style repeats the opening mark on each paragraph of a long quote).
 */
record QuoteSpan(int begin, int end) {

    QuoteSpan {
        if (begin < 0 || begin >= end) {
            throw new IllegalArgumentException("bad quote span: begin=" + begin + ", end=" + end);
        }
    }

    /** Whether a character offset lies between the quotation marks of one of {@code spans}. */
    static boolean covers(List<QuoteSpan> spans, int offset) {
        for (QuoteSpan q : spans) {
            if (q.begin() < offset && offset < q.end()) {
                return true;
            }
        }
        return false;
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int open = -1;
        char closeWith = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' || c == '\n' && i + 1 == text.length()) {
                if (open >= 0 && i > open + 1) {
                    out.add(new QuoteSpan(open, i));
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '"' || c == '«') {
                    open = i;
                    closeWith = c == '“' ? '”' : c == '«' ? '»' : '"';
                }
            } else if (c == closeWith || closeWith == '”' && c == '"') {
                out.add(new QuoteSpan(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0 && text.length() > open + 1) {
            out.add(new QuoteSpan(open, text.length()));
        }
        return out;
    }
}
