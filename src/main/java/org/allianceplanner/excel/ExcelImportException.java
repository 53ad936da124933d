package org.allianceplanner.excel;

import java.util.List;

import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.messages.Message;

/**
 * A workbook that cannot be imported, with every bad row, so that nothing is half-imported. As an
 * {@link InvalidInputException} it answers like any bad input; {@link #sheetProblems()} adds the
 * sheet, row and column of each problem.
 */
public class ExcelImportException extends InvalidInputException {

    private final List<SheetProblem> sheetProblems;

    public ExcelImportException(List<SheetProblem> problems) {
        super(Message.of("error.excelImport.title"), Message.of("error.excelImport.detail", problems.size()),
                problems.stream().map(SheetProblem::asFieldProblem).toList());
        this.sheetProblems = List.copyOf(problems);
    }

    public List<SheetProblem> sheetProblems() {
        return sheetProblems;
    }
}
