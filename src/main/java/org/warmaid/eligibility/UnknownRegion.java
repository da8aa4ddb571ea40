package org.warmaid.eligibility;

import java.util.List;

/** The living-standard table has no row for the region: an error to show, never a silent zero. */
public class UnknownRegion extends RuntimeException {

    private final String region;

    public UnknownRegion(String region, List<String> known) {
        super("地区“" + (region == null ? "" : region) + "”没有最低生活保障标准，无法认定；现有地区："
                + String.join("、", known) + "。如需增加，请联系省直机关工会工委");
        this.region = region;
    }

    public String region() {
        return region;
    }
}
