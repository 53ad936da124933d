package org.allianceplanner.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.plans.PlanJob;
import org.allianceplanner.plans.PlanService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A plan's joint activity calendar, month by month as JSON or as an iCalendar file. */
@RestController
@RequestMapping("/api/plans/{id}")
class CalendarController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PlanService plans;

    CalendarController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/calendar")
    CalendarMonths.CalendarView calendar(@PathVariable String id, @RequestParam(required = false) String community,
            @RequestParam(required = false) String street) {
        return CalendarMonths.of(selection(id, community, street));
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> ics(@PathVariable String id, @RequestParam(required = false) String community,
            @RequestParam(required = false) String street) {
        ActivitySelection selection = selection(id, community, street);
        // Named like the workbook of the same selection: 垫江县城市基层党建联合体联合活动日程.ics, 迎春社区联合活动日程.ics.
        String fileName = selection.title() + "联合活动日程.ics";
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(CalendarIcs.write(selection, id, Instant.now()));
    }

    private ActivitySelection selection(String id, String community, String street) {
        PlanJob job = plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        AlliancePlan plan = job.snapshot().solution();
        if (plan.getCalendar() == null) {
            throw NotFoundException.calendar(id);
        }
        if (community != null && plan.getCommunities().stream().noneMatch(c -> c.getId().equals(community))) {
            throw InvalidInputException.at("community", "plan.unknownCommunity", community);
        }
        if (street != null && plan.getCommunities().stream().noneMatch(c -> street.equals(c.getStreet()))) {
            throw InvalidInputException.at("street", "schedule.unknownStreet", street);
        }
        return new ActivitySelection(plan, community, street);
    }
}
