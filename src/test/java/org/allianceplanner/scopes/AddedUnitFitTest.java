package org.allianceplanner.scopes;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceplanner.explain.Explanations;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("新增单位的适配为尽力而为 / an added unit's fit is best-effort")
class AddedUnitFitTest {

    @Test
    @DisplayName("适配计算失败时答复不带适配 / when the fit fails the answer has no fit, not an error")
    void aFailingFitIsNull() {
        Explanations.Fit fit = ScopeController.bestEffort(() -> {
            throw new IllegalStateException("no plan in force to fit into");
        }, "scope-1", "o9");
        assertThat(fit).isNull();
        Explanations.Fit told = new Explanations.Fit("o9", "单位9", true, "0hard/0medium/0soft", java.util.List.of(),
                "zh", "en");
        assertThat(ScopeController.bestEffort(() -> told, "scope-1", "o9")).isSameAs(told);
    }
}
