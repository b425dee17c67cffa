package io.github.netreview.interchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Formula starts get one apostrophe on export and lose exactly that one on import; every other value is left alone. */
class CsvCellsTest {

	@Test
	void formulaStartsAreNeutralised() {
		assertEquals("'=1+1", CsvCells.neutralised("=1+1"));
		assertEquals("'\t=1+1", CsvCells.neutralised("\t=1+1"));
		assertEquals("''=x", CsvCells.neutralised("'=x"), "an apostrophe already there is kept");
		assertEquals("'-", CsvCells.neutralised("-"));
		assertEquals("cam-1", CsvCells.neutralised("cam-1"));
		assertEquals("'x", CsvCells.neutralised("'x"), "an apostrophe before no formula start is left alone");
	}

	@Test
	void everyValueComesBackExactly() {
		for (String value : List.of("", "'", "''", "'x", "'=x", "''+y", "=", "+", "-", "@", "\t", "\r", "\r\n=", "a=b", " =x", "=SUM(A1)", "plain")) {
			assertEquals(value, CsvCells.restored(CsvCells.neutralised(value)), value);
		}
	}
}
