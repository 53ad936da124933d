package org.allianceplanner.excel;

import java.time.LocalDate;
import java.time.ZoneId;

import org.allianceplanner.api.JsonBody;
import org.allianceplanner.calendar.ActivitySelection;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.plans.PlanJob;
import org.allianceplanner.plans.PlanService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workbooks out: a plan's roster (总表, one sheet per street, 联合体汇总), its joint activity calendar
 * (全年活动 and one sheet per month) and the plan in the import template's layout. Each is there for a
 * submitted plan ({@code GET /api/plans/{id}/…}) and for a plan posted as JSON, such as one adjusted by
 * hand on the page and not solved again ({@code POST /api/exports/…}).
 */
@RestController
class ExcelExportController {

    private final PlanService plans;

    ExcelExportController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/plans/{id}/roster.xlsx")
    ResponseEntity<byte[]> roster(@PathVariable String id) {
        PlanJob job = job(id);
        AlliancePlan plan = job.snapshot().solution();
        return ExcelFiles.attachment(ExcelRosterWriter.write(plan, dateOf(job)), plan.getName() + "成员名单");
    }

    /** The date a plan's printouts carry: when it finished solving, else today. */
    static LocalDate dateOf(PlanJob job) {
        return job.finishedAt() == null ? LocalDate.now() : LocalDate.ofInstant(job.finishedAt(), ZoneId.systemDefault());
    }

    @GetMapping("/api/plans/{id}/calendar.xlsx")
    ResponseEntity<byte[]> calendar(@PathVariable String id, @RequestParam(required = false) String community,
            @RequestParam(required = false) String street) {
        PlanJob job = job(id);
        AlliancePlan plan = job.snapshot().solution();
        if (plan.getCalendar() == null) {
            throw NotFoundException.calendar(id);
        }
        return calendar(plan, community, street, dateOf(job));
    }

    @GetMapping("/api/plans/{id}/problem.xlsx")
    ResponseEntity<byte[]> problem(@PathVariable String id) {
        PlanDocument document = job(id).snapshot().document();
        return ExcelFiles.attachment(ExcelProblemWriter.write(document), document.name());
    }

    @PostMapping(value = "/api/exports/roster.xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> roster(@JsonBody PlanDocument document) {
        AlliancePlan plan = PlanMapper.toModel(document);
        return ExcelFiles.attachment(ExcelRosterWriter.write(plan), plan.getName() + "成员名单");
    }

    @PostMapping(value = "/api/exports/calendar.xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> calendar(@JsonBody PlanDocument document,
            @RequestParam(required = false) String community, @RequestParam(required = false) String street) {
        AlliancePlan plan = PlanMapper.toModel(document);
        if (plan.getCalendar() == null) {
            throw InvalidInputException.at("calendar", "schedule.none");
        }
        return calendar(plan, community, street, LocalDate.now());
    }

    @PostMapping(value = "/api/exports/problem.xlsx", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> problem(@JsonBody PlanDocument document) {
        return ExcelFiles.attachment(ExcelProblemWriter.write(document), document.name());
    }

    private ResponseEntity<byte[]> calendar(AlliancePlan plan, String community, String street, LocalDate date) {
        if (community != null && plan.getCommunities().stream().noneMatch(c -> c.getId().equals(community))) {
            throw InvalidInputException.at("community", "plan.unknownCommunity", community);
        }
        if (street != null && plan.getCommunities().stream().noneMatch(c -> street.equals(c.getStreet()))) {
            throw InvalidInputException.at("street", "schedule.unknownStreet", street);
        }
        ActivitySelection selection = new ActivitySelection(plan, community, street);
        return ExcelFiles.attachment(ExcelCalendarWriter.write(selection, date), selection.title() + "联合活动日程");
    }

    private PlanJob job(String id) {
        return plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
    }
}
