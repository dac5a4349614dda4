package dev.clapboard.base;

import java.util.regex.Pattern;

/**
 * Cells as written into CSV files: text a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) gets a leading apostrophe, plain numbers stay as they are. Every CSV export uses it.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String neutralised(String cell) {
        if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
