package org.allianceplanner.threelists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.excel.ExcelImportException;
import org.allianceplanner.excel.SheetProblem;
import org.allianceplanner.lists.ListsGenerator;
import org.allianceplanner.lists.ThreeLists;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("三张清单工作簿 The lists workbook")
class ListWorkbookTest {

    private static final ThreeLists DIANJIANG = ListsGenerator.generate(
            Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED), 2026, ListsGenerator.DIANJIANG, 2026);

    @Test
    @DisplayName("导出再读回，清单不变 / written and read back, the lists are the same")
    void roundTrip() {
        byte[] workbook = ListWorkbook.write(DIANJIANG);
        assertThat(ListWorkbook.read(workbook)).isEqualTo(DIANJIANG);
    }

    @Test
    @DisplayName("每个错误按工作表、行、列给出 / every problem by sheet, row and column")
    void rowLevelProblems() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ListWorkbook.write(DIANJIANG)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet needs = workbook.getSheet(ListWorkbook.NEEDS);
            needs.getRow(4).getCell(5).setCellValue("高");          // priority, row 5, column F
            needs.getRow(6).getCell(4).setCellValue("bad code");    // category, row 7, column E
            Sheet projects = workbook.getSheet(ListWorkbook.PROJECTS);
            projects.getRow(2).getCell(1).setCellValue("N999");     // need, row 3, column B
            workbook.write(out);
            bytes = out.toByteArray();
        }
        assertThatThrownBy(() -> ListWorkbook.read(bytes)).isInstanceOfSatisfying(ExcelImportException.class,
                e -> assertThat(e.sheetProblems()).extracting(SheetProblem::field)
                        .containsExactly("需求清单!F5"));
        // With the reading problem fixed, the cross-list problems are placed the same way.
        byte[] second;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheet(ListWorkbook.NEEDS).getRow(4).getCell(5).setCellValue(2);
            workbook.write(out);
            second = out.toByteArray();
        }
        assertThatThrownBy(() -> ListWorkbook.read(second)).isInstanceOfSatisfying(ExcelImportException.class,
                e -> {
                    assertThat(e.sheetProblems()).extracting(SheetProblem::field)
                            .containsExactlyInAnyOrder("需求清单!E7", "项目清单!B3");
                    SheetProblem category = e.sheetProblems().stream().filter(p -> p.column().equals("E")).findFirst()
                            .orElseThrow();
                    assertThat(category.row()).isEqualTo(7);
                    assertThat(category.header()).isEqualTo("分类代码 category");
                    assertThat(category.message()).contains("bad code");
                });
        assertThatThrownBy(() -> ListWorkbook.read("not a workbook".getBytes()))
                .isInstanceOf(ExcelImportException.class);
    }
}
