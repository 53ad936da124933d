package org.allianceplanner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

@DisplayName("精确搜索的停止 Stopping the exact searches")
class SearchStopTest {

    @Test
    @DisplayName("停止之后开始的MIP不求解；未停止时照常求解 / a MIP started after the stop is not solved; before it, it is")
    void aMipAfterTheStopIsNotSolved() {
        CpSat.available();
        MPSolver mip = MPSolver.createSolver("SCIP");
        try {
            MPVariable x = mip.makeIntVar(0, 10, "x");
            mip.makeConstraint(2.5, MPSolver.infinity()).setCoefficient(x, 1);
            mip.objective().setCoefficient(x, 1);
            mip.objective().setMinimization();
            SearchStop stop = SearchStop.none();
            assertThat(stop.solve(mip, new MPSolverParameters())).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
            assertThat(x.solutionValue()).isEqualTo(3);
            stop.stop();
            assertThat(stop.solve(mip, new MPSolverParameters())).isEqualTo(MPSolver.ResultStatus.NOT_SOLVED);
        } finally {
            mip.delete();
        }
    }
}
