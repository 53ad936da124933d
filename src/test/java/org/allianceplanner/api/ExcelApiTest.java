package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.allianceplanner.excel.Workbooks;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Excel over HTTP, the way the page and curl use it: the template, imports (whole or not at all, one
 * problem+json 400 listing every bad row), submitting a workbook, and the roster, calendar and
 * problem workbooks of a solved plan read back with POI.
 */
// The same properties as the other tests of this service (one Spring context): no demo, and a
// 1 MB body limit that BadInputApiTest's 413 reaches quickly.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.api.max-body-size=1MB"})
class ExcelApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    ApiClient api;
    HttpClient http = HttpClient.newHttpClient();

    record Download(int status, String contentType, String disposition, byte[] body) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    void theTemplateDownloadsAsAWorkbookWithAChineseFileName() throws IOException {
        Download template = get("/api/templates/problem.xlsx");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).isEqualTo(XLSX);
        assertThat(template.disposition()).startsWith("attachment").contains("filename*=UTF-8''")
                .contains(URLEncoder.encode("联合体规划导入模板.xlsx", StandardCharsets.UTF_8));
        try (XSSFWorkbook workbook = Workbooks.open(template.body())) {
            assertThat(workbook.getSheet("社区")).isNotNull();
            assertThat(Workbooks.text(workbook.getSheet("单位").getRow(0).getCell(0))).isEqualTo("单位编号*");
        }

        Download demo = get("/api/templates/problem.xlsx?dataset=hejiang");
        try (XSSFWorkbook workbook = Workbooks.open(demo.body())) {
            assertThat(Workbooks.rows(workbook.getSheet("单位"), 2)).hasSize(78);
        }
        Download unknown = get("/api/templates/problem.xlsx?dataset=atlantis");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFilledWorkbookImportsAsTheJsonProblem() throws IOException {
        byte[] workbook = get("/api/templates/problem.xlsx?dataset=jintang-zhaozhen").body();
        JsonNode expected = JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));

        ApiClient.Response raw = api.post("/api/imports/problem", workbook, XLSX);
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.json().get("name")).isEqualTo(expected.get("name"));
        assertThat(raw.json().get("communities")).isEqualTo(expected.get("communities"));
        assertThat(raw.json().get("organizations").size()).isEqualTo(expected.get("organizations").size());
        assertThat(raw.json().get("calendar")).isEqualTo(expected.get("calendar"));

        Download multipart = multipart("/api/imports/problem", "金堂.xlsx", workbook);
        assertThat(multipart.status()).isEqualTo(200);
        assertThat(multipart.json().get("organizations")).isEqualTo(raw.json().get("organizations"));

        // What the import returns is a problem the service takes as it is.
        ApiClient.Response analysed = api.postJson("/api/plans/analysis", raw.body());
        assertThat(analysed.status()).as(analysed.body()).isEqualTo(200);
    }

    @Test
    void badRowsAreAllListedInOneProblemAndNothingIsImported() throws IOException {
        byte[] good = get("/api/templates/problem.xlsx?dataset=dianjiang").body();
        byte[] bad = Workbooks.edit(good, workbook -> {
            Workbooks.set(workbook, "单位", 12, "驻区社区编号", "xx");
            Workbooks.set(workbook, "单位", 20, "纬度", "abc");
            Workbooks.set(workbook, "社区", 3, "社区名称", null);
        });
        int plansBefore = api.get("/api/plans").json().size();
        for (Download answer : List.of(post("/api/imports/problem", bad, XLSX),
                multipart("/api/imports/problem", "垫江.xlsx", bad), post("/api/plans?timeLimit=2s", bad, XLSX))) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            assertThat(problem.get("title").asText()).contains("Excel导入失败");
            assertThat(problem.get("detail").asText()).startsWith("3处输入有误，未导入任何数据");
            JsonNode errors = problem.get("errors");
            assertThat(errors).hasSize(3);
            assertThat(errors.get(0).get("message").asText()).isEqualTo("社区表第3行：“社区名称”不能为空（B列）");
            assertThat(errors.get(0).get("messageEn").asText())
                    .isEqualTo("sheet 社区 (Communities), row 3: name must not be blank (column B)");
            assertThat(errors.get(1).get("message").asText()).isEqualTo("单位表第12行：社区编号\"xx\"不存在（G列“驻区社区编号”）");
            assertThat(errors.get(1).get("field").asText()).isEqualTo("单位!G12");
            assertThat(errors.get(1).get("sheet").asText()).isEqualTo("单位");
            assertThat(errors.get(1).get("row").asInt()).isEqualTo(12);
            assertThat(errors.get(1).get("column").asText()).isEqualTo("G");
            assertThat(errors.get(1).get("messageEn").asText()).contains("row 12").contains("unknown community \"xx\"");
            assertThat(errors.get(2).get("field").asText()).isEqualTo("单位!E20");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("Exception");
        }
        assertThat(api.get("/api/plans").json().size()).as("nothing was submitted").isEqualTo(plansBefore);
    }

    @Test
    void whatIsNoWorkbookOrLacksTheSheetsIsRefusedNeverA500() throws IOException {
        Download json = post("/api/imports/problem", PlanApiTest.dataset("dianjiang").getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("errors").get(0).get("message").asText()).isEqualTo("上传的文件不是Excel工作簿（.xlsx）");

        Download text = multipart("/api/imports/problem", "名单.txt", "单位,社区".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors")).hasSize(1);

        Download empty = post("/api/imports/problem", new byte[0], XLSX);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("message").asText()).isEqualTo("上传的文件是空的");
        for (String type : List.of(XLSX, "application/json")) {
            Download emptySubmit = post("/api/plans", new byte[0], type);
            assertThat(emptySubmit.status()).as("an empty %s body", type).isEqualTo(400);
            assertThat(emptySubmit.contentType()).startsWith("application/problem+json");
        }

        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Sheet1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        other.write(out);
        other.close();
        Download wrongSheets = post("/api/imports/problem", out.toByteArray(), XLSX);
        assertThat(wrongSheets.status()).isEqualTo(400);
        assertThat(wrongSheets.json().get("errors")).hasSize(2);
        assertThat(wrongSheets.json().get("errors").get(0).get("message").asText()).startsWith("缺少工作表“社区”");

        Download badLimit = post("/api/plans?timeLimit=forever", get("/api/templates/problem.xlsx?dataset=hejiang").body(),
                XLSX);
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("errors").get(0).get("field").asText()).isEqualTo("timeLimit");
    }

    @Test
    void aSubmittedWorkbookSolvesAndItsRosterCalendarAndProblemExport() throws IOException {
        byte[] workbook = get("/api/templates/problem.xlsx?dataset=jintang-zhaozhen").body();
        Download submitted = post("/api/plans?timeLimit=2s", workbook, XLSX);
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json().get("id").asText();
        api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(60));
        JsonNode plan = api.get("/api/plans/" + id).json().get("plan");

        Download roster = get("/api/plans/" + id + "/roster.xlsx");
        assertThat(roster.status()).isEqualTo(200);
        assertThat(roster.contentType()).isEqualTo(XLSX);
        assertThat(roster.disposition()).contains(URLEncoder.encode("联合体成员名单.xlsx", StandardCharsets.UTF_8));
        try (XSSFWorkbook book = Workbooks.open(roster.body())) {
            assertThat(book.getSheetName(0)).isEqualTo("总表");
            assertThat(book.getSheet("赵镇街道")).isNotNull();
            List<List<String>> rows = Workbooks.rows(book.getSheet("总表"), 2);
            assertThat(rows).hasSize(plan.get("organizations").size());
            JsonNode first = plan.get("organizations").get(0);
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.get(12)).isEqualTo(first.get("id").asText());
                assertThat(r.get(11)).isEqualTo(first.get("community").asText());
            });
        }

        Download calendar = get("/api/plans/" + id + "/calendar.xlsx");
        assertThat(calendar.status()).isEqualTo(200);
        try (XSSFWorkbook book = Workbooks.open(calendar.body())) {
            Sheet all = book.getSheet("全年活动");
            assertThat(all.getLastRowNum() - 1).isEqualTo(plan.get("activities").size()).isEqualTo(4 * 19);
            assertThat(book.getSheet("2026年6月")).isNotNull();
        }
        String community = plan.get("communities").get(0).get("id").asText();
        try (XSSFWorkbook book = Workbooks.open(get("/api/plans/" + id + "/calendar.xlsx?community=" + community).body())) {
            assertThat(Workbooks.rows(book.getSheet("全年活动"), 2)).hasSize(19);
        }
        assertThat(get("/api/plans/" + id + "/calendar.xlsx?community=nowhere").status()).isEqualTo(400);

        Download problem = get("/api/plans/" + id + "/problem.xlsx");
        ApiClient.Response reimported = api.post("/api/imports/problem", problem.body(), XLSX);
        assertThat(reimported.status()).isEqualTo(200);
        assertThat(reimported.json().get("organizations").get(0).get("community"))
                .as("the plan's assignment travels in the workbook").isEqualTo(first(plan).get("community"));

        // A plan changed on the page and not solved again exports from its JSON.
        Download posted = post("/api/exports/roster.xlsx", JSON.writeValueAsBytes(plan), "application/json");
        assertThat(posted.status()).isEqualTo(200);
        try (XSSFWorkbook book = Workbooks.open(posted.body())) {
            assertThat(Workbooks.rows(book.getSheet("总表"), 2)).hasSize(plan.get("organizations").size());
        }
        Download postedCalendar = post("/api/exports/calendar.xlsx?street=" + URLEncoder.encode("赵镇街道",
                StandardCharsets.UTF_8), JSON.writeValueAsBytes(plan), "application/json");
        assertThat(postedCalendar.status()).isEqualTo(200);
        assertThat(post("/api/exports/problem.xlsx", JSON.writeValueAsBytes(plan), "application/json").status())
                .isEqualTo(200);
        Download badJson = post("/api/exports/roster.xlsx", "{\"name\":1}".getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.contentType()).startsWith("application/problem+json");

        assertThat(get("/api/plans/" + UUID.randomUUID() + "/roster.xlsx").status()).isEqualTo(404);
    }

    @Test
    void aPlanWithoutACalendarHasNoCalendarWorkbook() throws IOException {
        var plan = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));
        plan.remove("calendar");
        String id = api.postJson("/api/plans?timeLimit=1s", plan.toString()).json().get("id").asText();
        Download calendar = get("/api/plans/" + id + "/calendar.xlsx");
        assertThat(calendar.status()).isEqualTo(404);
        assertThat(calendar.contentType()).startsWith("application/problem+json");
        Download posted = post("/api/exports/calendar.xlsx", plan.toString().getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertThat(posted.status()).isEqualTo(400);
        api.delete("/api/plans/" + id + "/solving");
    }

    private static JsonNode first(JsonNode plan) {
        return plan.get("organizations").get(0);
    }

    private Download get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    private Download post(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data upload with the file in part "file", as the page's form and curl -F send it. */
    private Download multipart(String path, String fileName, byte[] content) throws IOException {
        String boundary = "----excel" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        new ByteArrayInputStream(content).transferTo(body);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private Download send(HttpRequest.Builder request) {
        try {
            request.header("Authorization", org.allianceplanner.testing.TestCredentials.AUTHORIZATION);
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
