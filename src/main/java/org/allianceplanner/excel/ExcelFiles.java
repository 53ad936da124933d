package org.allianceplanner.excel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers with an .xlsx file to save, named in Chinese. */
final class ExcelFiles {

    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private ExcelFiles() {
    }

    static ResponseEntity<byte[]> attachment(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(safe(fileName) + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook);
    }

    /** Without the characters file systems refuse. */
    static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\r\\n]+", "_").trim();
        return cleaned.isEmpty() ? "alliance-plan" : cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}
