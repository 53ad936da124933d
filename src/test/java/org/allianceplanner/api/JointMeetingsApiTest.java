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
        String ics = api.get("/api/plans/" + id + "/calendar.ics").body();
        assertThat(ics).contains("社区联席会议").contains("县级联席会议").contains("街道联席会议");

        // The county and each street meet once a quarter, on a workday before their communities' meetings.
        JsonNode levels = api.get("/api/plans/" + id + "/calendar").json().get("meetings");
        java.util.Set<String> streets = new java.util.HashSet<>();
        problem.get("communities").forEach(c -> streets.add(c.get("street").asText()));
        assertThat(levels).hasSize(4 * (1 + streets.size()));
        java.util.List<String> communityMeetings = new java.util.ArrayList<>();
        plan.get("activities").forEach(a -> {
            if (a.get("type").asText().equals("JOINT_MEETING")) {
                communityMeetings.add(a.get("date").asText());
            }
        });
        for (JsonNode m : levels) {
            assertThat(m.get("level").asText()).isIn("COUNTY", "STREET");
            String date = m.get("date").asText();
            String quarterEnd = LocalDate.parse(date).withDayOfMonth(1).plusMonths(3).toString();
            assertThat(communityMeetings.stream().filter(d -> d.compareTo(date) > 0 && d.compareTo(quarterEnd) < 0
                    && (LocalDate.parse(d).getMonthValue() - 1) / 3 == (LocalDate.parse(date).getMonthValue() - 1) / 3))
                    .as("a community meeting after the %s meeting of %s", m.get("level").asText(), date).isNotEmpty();
        }
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
