package dev.clapboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formula-injection corpus for CSV exports, one case a line: what a spreadsheet would run starts with a quote. */
class CsvCellsFormulaCorpusTest {

    @ParameterizedTest(name = "[{0}] becomes [{1}]")
    @CsvSource(delimiterString = " => ", quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://evil.example\",\"x\") => '=HYPERLINK(\"http://evil.example\",\"x\")",
            "=1+1 => '=1+1",
            "+1+1 => '+1+1",
            "-1+cmd|' /C calc'!A0 => '-1+cmd|' /C calc'!A0",
            "@SUM(A1:A9) => '@SUM(A1:A9)",
            "=cmd|' /C notepad'!'A1' => '=cmd|' /C notepad'!'A1'",
            "-12.50 => -12.50",
            "0 => 0",
            "1250.00 => 1250.00",
            "Spring launch => Spring launch",
            "<script>alert(1)</script> => <script>alert(1)</script>",
            "a=b => a=b"})
    void a_cell_a_spreadsheet_would_run_is_neutralised_and_plain_values_stay(String cell, String expected) {
        assertThat(CsvCells.neutralised(cell)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a cell starting with a control character is neutralised")
    @CsvSource({"9", "13"})
    void a_cell_starting_with_a_tab_or_carriage_return_is_neutralised(int control) {
        var cell = (char) control + "=1+1";
        assertThat(CsvCells.neutralised(cell)).isEqualTo("'" + cell);
    }
}
