package org.allianceplanner.threelists;

import org.allianceplanner.catalogue.DemoDatasets;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.lists.ListsGenerator;
import org.allianceplanner.lists.ThreeLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a start with {@code alliance.demo.lists} set (dianjiang by default), gives that demo county's
 * scope its synthetic three lists (of the reported size, from seed 2026) when it has none, so the
 * demo shows the whole year. Set it empty to start without lists.
 */
@Component
class DemoLists implements ApplicationRunner {

    static final long SEED = 2026;

    private static final Logger LOG = LoggerFactory.getLogger(DemoLists.class);

    private final ListService lists;
    private final String dataset;

    DemoLists(ListService lists, @Value("${alliance.demo.lists:}") String dataset) {
        this.lists = lists;
        this.dataset = dataset;
    }

    /** The demo county's scope: its document's scope, or its name as a plan's scope defaults to. */
    static String scopeOf(PlanDocument county) {
        return county.scope() == null || county.scope().isBlank() ? county.name() : county.scope();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dataset.isBlank()) {
            return;
        }
        PlanDocument county = JsonInput.read(DemoDatasets.read(dataset), PlanDocument.class);
        String scope = scopeOf(county);
        if (lists.current(scope).revision() > 0) {
            return;
        }
        int year = county.calendar() == null ? lists.today().getYear() : county.calendar().year();
        ThreeLists demo = ListsGenerator.generate(county, year, ListsGenerator.DIANJIANG, SEED);
        lists.replace(scope, demo);
        LOG.info("Gave scope {} the synthetic three lists of the {} demo: GET /api/scopes/{}/lists", scope, dataset,
                scope);
    }
}
