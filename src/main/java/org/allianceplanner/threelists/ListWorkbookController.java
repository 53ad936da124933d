package org.allianceplanner.threelists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceplanner.api.ProblemResponses;
import org.allianceplanner.excel.ExcelImportException;
import org.allianceplanner.excel.SheetProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The three lists as a workbook: exported with every item, imported back as a whole (a new revision,
 * nothing imported while any row is wrong; each problem with its sheet, row and column).
 */
@RestController
class ListWorkbookController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListService lists;

    ListWorkbookController(ListService lists) {
        this.lists = lists;
    }

    @GetMapping("/api/scopes/{scope}/lists.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String scope) {
        ListService.Current current = lists.current(scope);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(safe(scope) + "三张清单" + current.lists().year() + ".xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(ListWorkbook.write(current.lists()));
    }

    /** Imports a workbook sent as the request body (any content type but multipart). */
    @PostMapping("/api/scopes/{scope}/lists.xlsx")
    ListController.ChangedView importBody(@PathVariable String scope, @RequestBody(required = false) byte[] body) {
        return ListController.ChangedView.of(lists.replace(scope, ListWorkbook.read(body)));
    }

    @PostMapping(value = "/api/scopes/{scope}/lists.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ListController.ChangedView importUpload(@PathVariable String scope, @RequestPart("file") MultipartFile file)
            throws IOException {
        return importBody(scope, file.getBytes());
    }

    record SheetProblemView(String field, String code, String message, String messageEn, String sheet, Integer row,
            String column, String header) {

        static SheetProblemView of(SheetProblem p) {
            return new SheetProblemView(p.field(), p.code(), p.message(), p.messageEn(), p.sheet(), p.row(), p.column(),
                    p.header());
        }
    }

    @ExceptionHandler(ExcelImportException.class)
    ResponseEntity<ProblemDetail> badWorkbook(ExcelImportException e) {
        List<SheetProblemView> errors = e.sheetProblems().stream().map(SheetProblemView::of).toList();
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, e, errors);
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\r\\n]+", "_").trim();
        return cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    }
}
