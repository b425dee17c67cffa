package io.github.netreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.netreview.interchange.csv.CsvCells;
import io.github.netreview.interchange.csv.CsvColumns;
import io.github.netreview.interchange.csv.CsvExport;
import io.github.netreview.model.topology.Network;

/** The CSV export of elements named null, empty, 100k characters, a newline, bidi controls, NUL and ESC, or markup: every row keeps its columns and the name. */
class OddNamesCsvTest {

	@ParameterizedTest(name = "{0}")
	@MethodSource("io.github.netreview.cli.OddNames#all")
	void csvKeepsItsColumnsAndTheName(String label, String name) throws Exception {
		Network network = ModelArgument.network(OddNames.hqNamed(name));
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(CsvExport.of(network))).getRecords();
		assertTrue(records.stream().allMatch(record -> record.size() == CsvColumns.HEADER.length), "every row has every column");
		CSVRecord camera = records.stream().filter(record -> record.get(1).equals("dev-cam-lobby-02")).findFirst().orElseThrow();
		assertEquals(name == null ? "" : name, CsvCells.restored(camera.get(2)));
	}
}
