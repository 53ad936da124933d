package org.allianceplanner.excel;

/**
 * Where a value came from: a sheet (by its key, 社区 or 单位…), an Excel row number (1-based; 0 for
 * the sheet as a whole) and a column (0-based; -1 for the whole row), with the column's header as the
 * planner sees it and its English key.
 */
record Place(String sheet, int row, int column, String header, String headerEn) {

    static Place sheet(String sheet) {
        return new Place(sheet, 0, -1, null, null);
    }

    static Place row(String sheet, int row) {
        return new Place(sheet, row, -1, null, null);
    }
}
