package io.github.netreview.model.generate;

import java.util.SplittableRandom;

/** The camera makers a generated campus buys from, with how often, how the make is recorded, and their MAC blocks. */
enum CameraVendor {
	HIKVISION(30, true, new String[] { "Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision", "HIKVISION" },
			new String[] { "DS-2CD2143G2-I", "DS-2CD2386G2-IU", "DS-2DE4425IW-DE" }, new String[] { "4C:BD:8F", "BC:AD:28", "C0:56:E3" }),
	DAHUA(25, true, new String[] { "Zhejiang Dahua Technology Co., Ltd.", "Dahua", "Dahua Technology" },
			new String[] { "IPC-HFW2441S-S", "IPC-HDBW3441E-AS", "SD49425XB-HNR" }, new String[] { "3C:EF:8C", "E0:50:8B" }),
	AXIS(20, false, new String[] { "Axis Communications AB" }, new String[] { "P3265-LVE", "M3086-V", "Q6135-LE" },
			new String[] { "AC:CC:8E", "00:40:8C" }),
	HANWHA(10, false, new String[] { "Hanwha Vision Co., Ltd." }, new String[] { "XNV-8083R", "QNO-6012R" },
			new String[] { "00:09:18" }),
	BOSCH(10, false, new String[] { "Bosch Security Systems" }, new String[] { "FLEXIDOME IP 5100i", "DINION 5100i" },
			new String[] { "00:04:63" }),
	/** Make not recorded: half carry a restricted vendor's MAC block, half a locally administered MAC. */
	UNRECORDED(5, false, new String[] { null }, new String[] { null }, new String[] { "3C:EF:8C", "4C:BD:8F", "02:5A:00", "06:7C:00" });

	private final int weight;
	private final boolean restricted;
	private final String[] manufacturers;
	private final String[] models;
	private final String[] ouis;

	CameraVendor(int weight, boolean restricted, String[] manufacturers, String[] models, String[] ouis) {
		this.weight = weight;
		this.restricted = restricted;
		this.manufacturers = manufacturers;
		this.models = models;
		this.ouis = ouis;
	}

	static CameraVendor pick(SplittableRandom random) {
		int roll = random.nextInt(100);
		for (CameraVendor vendor : values()) {
			roll -= vendor.weight;
			if (roll < 0) {
				return vendor;
			}
		}
		return UNRECORDED;
	}

	/** Whether the recorded make is a restricted vendor's. */
	boolean restricted() {
		return restricted;
	}

	String manufacturer(SplittableRandom random) {
		return manufacturers[random.nextInt(manufacturers.length)];
	}

	String model(SplittableRandom random) {
		return models[random.nextInt(models.length)];
	}

	String oui(SplittableRandom random) {
		return ouis[random.nextInt(ouis.length)];
	}
}
