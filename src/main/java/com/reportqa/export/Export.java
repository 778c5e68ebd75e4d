package com.reportqa.export;

/**
 * One exported file: its bytes, a suggested (Chinese) file name and the HTTP content type. The array is
 * handed over as it is, without a copy: exports are made once and written once.
 */
public record Export(byte[] bytes, String fileName, String contentType) {
}
