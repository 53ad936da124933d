package org.allianceplanner.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.api.ProblemResponses;
import org.allianceplanner.catalogue.DemoDatasets;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.plans.Submissions;
import org.allianceplanner.solver.SolveLimits;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Problems in Excel: the template to fill in, importing a filled workbook (checked whole: one
 * problem+json 400 lists every bad row and nothing is imported), and submitting a workbook to solve
 * directly, as {@code POST /api/plans} with an .xlsx body.
 */
@RestController
class ExcelImportController {

    private final Submissions submissions;

    ExcelImportController(Submissions submissions) {
        this.submissions = submissions;
    }

    /** The empty template (with this year's holidays), or a demo dataset in the template's layout. */
    @GetMapping("/api/templates/problem.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String dataset) {
        if (dataset != null && !dataset.isBlank()) {
            if (!DemoDatasets.NAMES.contains(dataset)) {
                throw NotFoundException.dataset(dataset);
            }
            PlanDocument document = PlanMapper.readDocument(DemoDatasets.read(dataset));
            return ExcelFiles.attachment(ExcelProblemWriter.write(document), document.name() + "（导入模板格式）");
        }
        PlanDocument demo = PlanMapper.readDocument(DemoDatasets.read(DemoDatasets.NAMES.get(0)));
        return ExcelFiles.attachment(ExcelProblemWriter.template(demo.calendar()), "联合体规划导入模板");
    }

    /** Reads a filled-in workbook into the JSON problem (to review, re-weight and submit). */
    @PostMapping(value = "/api/imports/problem", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PlanDocument importUpload(@RequestPart("file") MultipartFile file) throws IOException {
        return ExcelProblemReader.read(file.getBytes(), baseName(file.getOriginalFilename()));
    }

    /** The same with the workbook as the request body (any content type but multipart). */
    @PostMapping(value = "/api/imports/problem")
    PlanDocument importBody(@RequestBody(required = false) byte[] body,
            @RequestParam(required = false) String fileName) {
        return ExcelProblemReader.read(body, baseName(fileName));
    }

    /**
     * Submits a workbook to solve, like a JSON problem: 202 and where to poll. The body is required so
     * that a request without one matches only the JSON endpoint (which answers it with a 400).
     */
    @PostMapping(value = "/api/plans", consumes = {ExcelFiles.XLSX_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Submissions.Submitted> submit(@RequestBody byte[] body,
            @RequestParam(required = false) String timeLimit,
            @RequestParam(required = false) String unimprovedTimeLimit,
            @RequestParam(required = false) String fileName) {
        List<FieldProblem> problems = new ArrayList<>();
        SolveLimits limits = submissions.limits(timeLimit, unimprovedTimeLimit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return submissions.submit(ExcelProblemReader.read(body, baseName(fileName)), limits);
    }

    /** One problem of a workbook as the API answers it: where, the message's code and text, and the cell. */
    record SheetProblemView(String field, String code, String message, String messageEn, String sheet, Integer row,
            String column, String header) {

        static SheetProblemView of(SheetProblem p) {
            return new SheetProblemView(p.field(), p.code(), p.message(), p.messageEn(), p.sheet(), p.row(), p.column(),
                    p.header());
        }
    }

    /** Like any bad input, with each problem's sheet, row and column besides. */
    @ExceptionHandler(ExcelImportException.class)
    ResponseEntity<ProblemDetail> badWorkbook(ExcelImportException e) {
        return ProblemResponses.problem(HttpStatus.BAD_REQUEST, e, e.sheetProblems().stream()
                .limit(ProblemResponses.MAX_ERRORS).map(SheetProblemView::of).toList(), e.sheetProblems().size());
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replaceAll(".*[/\\\\]", "").replaceAll("(?i)\\.xlsx$", "").trim();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
