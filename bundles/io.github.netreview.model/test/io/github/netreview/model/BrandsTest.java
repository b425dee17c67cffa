package io.github.netreview.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Makers' names shortened to the brand a diagram shows. */
class BrandsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Cisco Systems, Inc|Cisco", "Hangzhou Hikvision Digital Technology Co., Ltd.|Hikvision",
			"HIKVISION|Hikvision", "Zhejiang Dahua Technology Co., Ltd.|Dahua", "Dahua Technology|Dahua", "Axis Communications AB|Axis",
			"Huawei Technologies Co., Ltd.|Huawei", "ZTE Corporation|ZTE", "Hytera Communications Corporation Limited|Hytera",
			"Juniper Networks, Inc.|Juniper", "Fortinet, Inc.|Fortinet", "Palo Alto Networks|Palo Alto",
			"Aruba, a Hewlett Packard Enterprise company|Aruba", "Hewlett Packard Enterprise|HPE", "HP Inc.|HP",
			"Ubiquiti Inc.|Ubiquiti", "Dell Inc.|Dell", "Siemens AG|Siemens", "Milestone Systems A/S|Milestone", "Owl Cyber Defense|Owl",
			"Hangzhou Huacheng Network Technology Co., Ltd.|Imou", "Hanwha Vision Co., Ltd.|Hanwha", "Bosch Security Systems|Bosch",
			"TP-Link Systems Inc.|TP-Link", "Acme Widgets GmbH|Acme Widgets", "Hangzhou Microimage Software Co., Ltd.|Microimage",
			"Co., Ltd.|Co., Ltd." })
	void knownMakersByTheirBrandOthersWithoutLegalFormAndPlace(String maker, String brand) {
		assertEquals(brand, Brands.of(maker));
	}

	@ParameterizedTest
	@CsvSource(value = { "''", "'   '" })
	void noMakeNoBrand(String maker) {
		assertEquals("", Brands.of(maker));
		assertEquals("", Brands.of(null));
	}
}
