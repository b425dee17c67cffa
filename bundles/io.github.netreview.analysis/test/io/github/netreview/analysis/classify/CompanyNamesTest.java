package io.github.netreview.analysis.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Hangzhou Hikvision Digital Technology Co.,Ltd.|hangzhou hikvision digital technology",
			"HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD|hangzhou hikvision digital technology",
			"Zhejiang Dahua Technology Co., Ltd.|zhejiang dahua technology",
			"Hytera Communications Corporation Limited|hytera communications",
			"Hytera Communications Co .,ltd|hytera communications",
			"zte corporation|zte",
			"Axis Communications AB|axis communications",
			"  Hikvision  |hikvision",
			"Co.|co" })
	void ignoresCasePunctuationAndTrailingLegalForms(String name, String normalized) {
		assertEquals(normalized, CompanyNames.normalize(name));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Shanghai Dahua Scale Factory|Dahua",
			"Prama Hikvision India Private Limited|Hikvision",
			"SHANGHAI ZTE TECHNOLOGIES CO.,LTD|ZTE Corporation",
			"ZTEC Instruments, Inc.|ZTE",
			"Huawei Symantec Technologies Co.,Ltd.|Huawei Technologies Co., Ltd." })
	void keepsOtherCompaniesApartEvenWhenTheyShareAWord(String other, String vendor) {
		assertNotEquals(CompanyNames.normalize(vendor), CompanyNames.normalize(other));
	}
}
