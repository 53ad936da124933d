package org.allianceplanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Dianjiang solved end to end with its 2026 calendar: 26 alliances × 19 activities, all dated with
 * hard score 0, served by month as JSON and as an iCalendar file that a real parser reads back.
 */
// The same properties as the other tests of this service (one Spring context): no demo, and a
// 1 MB body limit that BadInputApiTest's 413 reaches quickly.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.api.max-body-size=1MB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<LocalDate> HOLIDAYS_2026 = new HashSet<>();

    static {
        String[][] ranges = {{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
                {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
                {"2026-10-01", "2026-10-07"}, {"2027-01-01", "2027-01-01"}};
        for (String[] r : ranges) {
            for (LocalDate d = LocalDate.parse(r[0]); !d.isAfter(LocalDate.parse(r[1])); d = d.plusDays(1)) {
                HOLIDAYS_2026.add(d);
            }
        }
    }

    @LocalServerPort
    int port;

    ApiClient api;
    String id;
    JsonNode plan;

    @BeforeAll
    void solveDianjiang() throws IOException {
        api = new ApiClient(port);
        id = api.postJson("/api/plans?timeLimit=8s&unimprovedTimeLimit=8s", PlanApiTest.dataset("dianjiang"))
                .json().get("id").asText();
        JsonNode status = api.pollStatus(id, s -> s.get("status").asText().equals("SOLVED"), Duration.ofSeconds(40));
        assertThat(status.get("score").asText()).startsWith("0hard/");
        plan = api.get("/api/plans/" + id).json().get("plan");
    }

    @Test
    void everyAllianceGetsItsNineteenActivitiesOnAllowedDays() {
        JsonNode activities = plan.get("activities");
        assertThat(activities).hasSize(26 * 19);
        Set<String> seen = new HashSet<>();
        for (JsonNode a : activities) {
            LocalDate date = LocalDate.parse(a.get("date").asText());
            assertThat(HOLIDAYS_2026).as(a.get("id").asText()).doesNotContain(date);
            String[] window = a.get("window").asText().split("/");
            assertThat(date).isBetween(LocalDate.parse(window[0]), LocalDate.parse(window[1]));
            assertThat(seen.add(a.get("community").asText() + date)).as("one activity per alliance a day").isTrue();
            if (a.get("type").asText().equals("VOLUNTEER_SERVICE")) {
                assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
        JsonNode types = plan.get("activityTypes");
        assertThat(types).extracting(t -> t.get("code").asText())
                .containsExactly("JOINT_VISIT", "THEMED_PARTY_DAY", "VOLUNTEER_SERVICE", "YEAR_END_REVIEW");
    }

    @Test
    void calendarByMonthAndFilteredByAllianceOrStreet() {
        JsonNode county = api.get("/api/plans/" + id + "/calendar").json();
        assertThat(county.get("activityCount").asInt()).isEqualTo(494);
        assertThat(county.get("year").asInt()).isEqualTo(2026);
        JsonNode months = county.get("months");
        assertThat(months.get(0).get("month").asText()).isEqualTo("2026-01");
        assertThat(months.get(0).get("label").asText()).isEqualTo("2026年1月");
        // The first Friday of January 2026 (2 January) is a holiday: no fixed day is starred that month.
        assertThat(months.get(0).path("themedPartyDay").textValue()).isNull();
        assertThat(months.get(1).get("themedPartyDay").asText()).isEqualTo("2026-02-06");
        // Reviews run from 20 December into January 2027.
        assertThat(months.get(months.size() - 1).get("month").asText()).isIn("2026-12", "2027-01");
        int total = 0;
        for (JsonNode month : months) {
            for (JsonNode a : month.get("activities")) {
                assertThat(a.get("date").asText()).startsWith(month.get("month").asText());
                total++;
            }
        }
        assertThat(total).isEqualTo(494);

        String community = plan.get("communities").get(0).get("id").asText();
        JsonNode alliance = api.get("/api/plans/" + id + "/calendar?community=" + community).json();
        assertThat(alliance.get("activityCount").asInt()).isEqualTo(19);
        JsonNode first = alliance.get("months").get(0).get("activities").get(0);
        assertThat(first.get("communityName").asText()).isEqualTo(plan.get("communities").get(0).get("name").asText());
        assertThat(first.get("members")).isNotEmpty();

        JsonNode guiyang = api.get("/api/plans/" + id + "/calendar?street=桂阳街道").json();
        assertThat(guiyang.get("activityCount").asInt()).isEqualTo(10 * 19);

        ApiClient.Response unknown = api.get("/api/plans/" + id + "/calendar?community=atlantis");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void icsIsReadBackByARealParser() throws IOException, ParserException {
        ApiClient.Response response = api.get("/api/plans/" + id + "/calendar.ics");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        Calendar county = new CalendarBuilder().build(new StringReader(response.body()));
        List<VEvent> events = county.getComponents("VEVENT");
        assertThat(events).hasSize(494);
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).distinct()).hasSize(494);

        JsonNode community = plan.get("communities").get(3);
        String communityName = community.get("name").asText();
        List<String> members = new ArrayList<>();
        plan.get("organizations").forEach(o -> {
            if (o.get("community").asText().equals(community.get("id").asText())) {
                members.add(o.get("name").asText());
            }
        });
        String ics = api.get("/api/plans/" + id + "/calendar.ics?community=" + community.get("id").asText()).body();
        Calendar alliance = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> allianceEvents = alliance.getComponents("VEVENT");
        assertThat(allianceEvents).hasSize(19);
        VEvent event = allianceEvents.get(0);
        assertThat(event.getSummary().getValue()).startsWith(communityName + "联合体·");
        assertThat(event.getDescription().getValue()).contains(members.get(0));
        assertThat(event.getDateTimeStart().getValue()).as("an all-day event").hasSize(8);
        assertThat(event.getLocation().getValue()).contains(communityName);
        assertThat(allianceEvents).as("categories are the types' names, not their codes")
                .extracting(e -> e.getProperty(Property.CATEGORIES).orElseThrow().getValue())
                .containsOnly("联合走访问计", "联合支部主题党日", "联合志愿服务", "联合述职评议");
    }

    @Test
    void icsPassesICal4jsStrictValidation() throws IOException, ParserException {
        String ics = api.get("/api/plans/" + id + "/calendar.ics").body();
        assertThat(ics).contains("VERSION:2.0\r\n").doesNotContain("VERSION:2.0;2.0");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        net.fortuna.ical4j.validate.ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProperties(Property.DTSTAMP)).as("one DTSTAMP").hasSize(1);
            assertThat(e.validate().hasErrors()).isFalse();
        });
    }

    @Test
    void aPlanWithoutACalendarSaysSo() throws IOException {
        ObjectNode problem = (ObjectNode) JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));
        problem.remove("calendar");
        String plainId = api.postJson("/api/plans?timeLimit=1s", problem.toString()).json().get("id").asText();
        ApiClient.Response response = api.get("/api/plans/" + plainId + "/calendar");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("title").asText()).contains("No activity calendar");
        api.delete("/api/plans/" + plainId + "/solving");
    }

    @Test
    void badCalendarsGetOneAnswerListingEveryProblem() throws IOException {
        ObjectNode problem = (ObjectNode) JSON.readTree(PlanApiTest.dataset("jintang-zhaozhen"));
        ObjectNode calendar = (ObjectNode) problem.get("calendar");
        ((ArrayNode) calendar.get("holidays")).add("2025-12-31");                      // outside the year
        ((ArrayNode) calendar.get("extraWorkdays")).add("2026-05-02");                 // also a holiday
        calendar.put("themedPartyDay", "FIRST_FUNDAY");
        ArrayNode types = problem.putArray("activityTypes");
        types.addObject().put("code", "JOINT_VISIT").put("name", "联合走访问计").put("cadence", "MONTHLY");
        types.addObject().put("code", "GOLDEN_WEEK_MEETING").put("name", "联席会议").put("cadence", "WINDOW")
                .put("window", "2026-10-01/2026-10-07").put("dayKind", "WORKDAY");    // no workday in it
        ArrayNode activities = problem.putArray("activities");
        String community = problem.get("communities").get(0).get("id").asText();
        activities.addObject().put("type", "PARADE").put("community", community).put("sequence", 1);
        activities.addObject().put("type", "JOINT_VISIT").put("community", community).put("sequence", 2)
                .put("date", "2027-03-01");                                           // outside the year

        ApiClient.Response response = api.postJson("/api/plans", problem.toString());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        // The themed party day cannot be read, so the checks that need the calendar wait for it.
        assertThat(fields).containsExactlyInAnyOrder("calendar.themedPartyDay");

        calendar.put("themedPartyDay", "LAST_FRIDAY");
        response = api.postJson("/api/plans", problem.toString());
        fields.clear();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("calendar.holidays[8]", "calendar.extraWorkdays[6]",
                "activityTypes[1].window", "activities[0].type", "activities[1].date");
        assertThat(response.json().get("errors").toString()).contains("PARADE").contains("2026-05-02");
    }
}
