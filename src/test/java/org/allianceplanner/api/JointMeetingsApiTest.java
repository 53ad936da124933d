package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Joint meetings (联席会议) in the calendar, opted into with calendar.jointMeetings: each alliance gets
 * its quarterly meeting on a workday, and the calendar, its iCalendar file and its workbook show them.
 * Without the option a dataset's activities stay as they were.
 */
class JointMeetingsApiTest extends ScopeApiSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachAllianceMeetsQuarterlyAndTheExportsShowIt() throws IOException {
        ObjectNode problem = (ObjectNode) JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));
        int communities = problem.get("communities").size();
        ((ObjectNode) problem.get("calendar")).put("jointMeetings", true);
        problem.put("scope", newScope());
        String id = solve(problem);

        JsonNode plan = api.get("/api/plans/" + id).json().get("plan");
        assertThat(api.get("/api/plans/" + id + "/status").json().get("score").asText()).as("solved").startsWith("0hard");
        assertThat(plan.get("activities")).hasSize(communities * (19 + 4));
        java.util.Set<String> extraWorkdays = new java.util.HashSet<>();
        problem.get("calendar").get("extraWorkdays").forEach(d -> extraWorkdays.add(d.asText()));
        int meetings = 0;
        for (JsonNode a : plan.get("activities")) {
            if (a.get("type").asText().equals("JOINT_MEETING")) {
                meetings++;
                LocalDate day = LocalDate.parse(a.get("date").asText());
                if (!extraWorkdays.contains(day.toString())) {
                    assertThat(day.getDayOfWeek()).as(day.toString()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                }
            }
        }
        assertThat(meetings).isEqualTo(communities * 4);
        assertThat(plan.get("activityTypes")).extracting(t -> t.get("code").asText()).contains("JOINT_MEETING");
        assertThat(api.get("/api/plans/" + id + "/status").json().get("score").asText()).startsWith("0hard");

        assertThat(api.get("/api/plans/" + id + "/calendar").body()).contains("社区联席会议");
        assertThat(api.get("/api/plans/" + id + "/calendar.ics").body()).contains("社区联席会议");
        byte[] workbook = api.getBytes("/api/plans/" + id + "/calendar.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            StringBuilder text = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n'))));
            assertThat(text).contains("社区联席会议");
        }

        ObjectNode without = (ObjectNode) JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));
        without.put("scope", newScope());
        JsonNode plain = api.get("/api/plans/" + solve(without)).json().get("plan");
        assertThat(plain.get("activities")).hasSize(communities * 19);
    }
}
