#!/usr/bin/env python3
"""Writes NetReview's default restricted-vendor catalog from the IEEE registry that Debian ships (package ieee-data).

Usage: releng/scripts/update-catalog.py [/usr/share/ieee-data] > bundles/io.github.netreview.model/src/io/github/netreview/model/catalog/restricted-vendors.catalog

The vendors, aliases and listings are written here from public sources (cited in the output); the MAC address
blocks are every MA-L/MA-M/MA-S assignment whose organization name is exactly one of a vendor's IEEE names.
"""
import csv
import os
import sys
from xml.sax.saxutils import quoteattr, escape

REGISTRY = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/ieee-data"

FCC = ("FCC_COVERED_LIST", "2021-03-12",
       "FCC Public Safety and Homeland Security Bureau, List of Equipment and Services Covered by Section 2 of the "
       "Secure Networks Act, WC Docket No. 18-89, DA 21-309, published 12 March 2021; https://www.fcc.gov/supplychain/coveredlist")
NDAA = ("NDAA_889", "2018-08-13",
        "John S. McCain National Defense Authorization Act for Fiscal Year 2019, Pub. L. 115-232, section 889(f)(3), "
        "enacted 13 August 2018")
UK = ("UK_2022_STATEMENT", "2022-11-24",
      "UK Chancellor of the Duchy of Lancaster (Oliver Dowden), Written Ministerial Statement on security of surveillance "
      "equipment, 24 November 2022: departments to cease deploying visual surveillance equipment produced by companies "
      "subject to the National Intelligence Law of the People's Republic of China on sensitive sites, and no such "
      "equipment to be connected to departmental core networks")

TELECOM = "Telecommunications equipment produced by the company (and its subsidiaries and affiliates)."
VIDEO = ("Video surveillance and telecommunications equipment produced by the company (and its subsidiaries and "
         "affiliates), to the extent used for public safety, security of government facilities, physical security "
         "surveillance of critical infrastructure, and other national security purposes.")
UK_SCOPE = ("Visual surveillance equipment: not to be deployed on sensitive sites and not to be connected to "
            "departmental core networks.")

VENDORS = [
    dict(id="vendor-hikvision", name="Hangzhou Hikvision Digital Technology Co., Ltd.",
         aliases=["Hikvision", "Hangzhou Hikvision Digital Technology Company", "Hangzhou Hikvision Digital Technology"],
         ieee=["Hangzhou Hikvision Digital Technology Co.,Ltd."],
         listings=[(FCC, VIDEO), (NDAA, VIDEO), (UK, UK_SCOPE)]),
    dict(id="vendor-dahua", name="Zhejiang Dahua Technology Co., Ltd.",
         aliases=["Dahua", "Dahua Technology", "Dahua Technology Company", "Zhejiang Dahua Technology"],
         ieee=["Zhejiang Dahua Technology Co., Ltd."],
         listings=[(FCC, VIDEO), (NDAA, VIDEO), (UK, UK_SCOPE)]),
    dict(id="vendor-hytera", name="Hytera Communications Corporation Limited",
         aliases=["Hytera", "Hytera Communications", "Hytera Communications Corporation", "Hytera Communications Co., Ltd."],
         ieee=["Hytera Communications Corporation Limited", "Hytera Communications Co .,ltd"],
         listings=[(FCC, VIDEO), (NDAA, VIDEO)]),
    dict(id="vendor-huawei", name="Huawei Technologies Co., Ltd.",
         aliases=["Huawei", "Huawei Technologies", "Huawei Technologies Company", "Huawei Device Co., Ltd."],
         ieee=["HUAWEI TECHNOLOGIES CO.,LTD", "Huawei Technologies Co., Ltd.", "Huawei Device Co., Ltd."],
         listings=[(FCC, TELECOM), (NDAA, TELECOM)]),
    dict(id="vendor-zte", name="ZTE Corporation",
         aliases=["ZTE", "ZTE Corp."],
         ieee=["zte corporation"],
         listings=[(FCC, TELECOM), (NDAA, TELECOM)]),
]


def affiliate(parent_name, scope):
    """The listings of a subsidiary or affiliate: the FCC list and s.889 name the parent 'and its subsidiaries and affiliates'."""
    return "Subsidiary or affiliate of " + parent_name + ". " + scope


HIKVISION = "Hangzhou Hikvision Digital Technology Co., Ltd."
DAHUA = "Zhejiang Dahua Technology Co., Ltd."

# Subsidiaries and affiliates with IEEE blocks of their own. The PRC companies are also subject to the National
# Intelligence Law, so the UK statement reaches their surveillance equipment; the Indian joint venture is not.
AFFILIATES = [
    dict(id="vendor-ezviz", name="Hangzhou Ezviz Software Co., Ltd.", parent="vendor-hikvision",
         aliases=["EZVIZ", "Hangzhou Ezviz Software"], ieee=["Hangzhou Ezviz Software Co.,Ltd."],
         listings=[(FCC, affiliate(HIKVISION, VIDEO)), (NDAA, affiliate(HIKVISION, VIDEO)),
                   (UK, UK_SCOPE)]),
    dict(id="vendor-hikmicro", name="Hangzhou Microimage Software Co., Ltd.", parent="vendor-hikvision",
         aliases=["HIKMICRO", "Hangzhou Microimage Software"], ieee=["Hangzhou Microimage Software Co., Ltd"],
         listings=[(FCC, affiliate(HIKVISION, VIDEO)), (NDAA, affiliate(HIKVISION, VIDEO)),
                   (UK, UK_SCOPE)]),
    dict(id="vendor-hikrobot", name="Hangzhou Hikrobot Technology Co., Ltd.", parent="vendor-hikvision",
         aliases=["HIKROBOT", "Hangzhou Hikrobot Technology"], ieee=["Hangzhou Hikrobot Technology Co., Ltd."],
         listings=[(FCC, affiliate(HIKVISION, VIDEO)), (NDAA, affiliate(HIKVISION, VIDEO)),
                   (UK, UK_SCOPE)]),
    dict(id="vendor-prama-hikvision", name="Prama Hikvision India Private Limited", parent="vendor-hikvision",
         aliases=["Prama Hikvision", "Prama Hikvision India"], ieee=["Prama Hikvision India Private Limited"],
         listings=[(FCC, affiliate(HIKVISION, VIDEO)), (NDAA, affiliate(HIKVISION, VIDEO))]),
    dict(id="vendor-imou", name="Hangzhou Huacheng Network Technology Co., Ltd.", parent="vendor-dahua",
         aliases=["Imou", "Hangzhou Huacheng Network Technology"], ieee=["hangzhou huacheng network technology co., ltd"],
         listings=[(FCC, affiliate(DAHUA, VIDEO)), (NDAA, affiliate(DAHUA, VIDEO)),
                   (UK, UK_SCOPE)]),
]


def blocks(registry):
    """(organization name, prefix text) for every assignment in the MA-L, MA-M and MA-S registries."""
    for name in ("oui.csv", "mam.csv", "oui36.csv"):
        path = os.path.join(registry, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            rows = csv.reader(f)
            next(rows)
            for row in rows:
                hexdigits = row[1].strip().upper()
                prefix = ":".join(hexdigits[i:i + 2] for i in range(0, len(hexdigits), 2))
                yield row[2].strip(), prefix


def main():
    with open(os.path.join(REGISTRY, ".lastupdate")) as f:
        import datetime
        snapshot = datetime.datetime.fromtimestamp(int(f.read().strip()), datetime.timezone.utc).date().isoformat()
    by_name = {}
    for organization, prefix in blocks(REGISTRY):
        by_name.setdefault(organization, []).append(prefix)
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write("<!--\n  NetReview default restricted-vendor catalog. Written by releng/scripts/update-catalog.py; do not edit by hand.\n"
              "  Vendors: FCC Covered List (Secure Networks Act s.2, first published 12 March 2021), which names Huawei Technologies\n"
              "  Company, ZTE Corporation, Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company and\n"
              "  Dahua Technology Company; NDAA FY2019 s.889(f)(3), which names the same five; UK Written Ministerial Statement\n"
              "  of 24 November 2022 on visual surveillance equipment of companies subject to the PRC National Intelligence Law.\n"
              "  MAC address blocks: the IEEE registration authority's MA-L/MA-M/MA-S registries as shipped by Debian ieee-data,\n"
              "  snapshot " + snapshot + ", matched by exact organization name. Subsidiaries and affiliates with blocks of their own\n"
              "  (EZVIZ, HIKMICRO, Hikrobot and Prama Hikvision India of Hikvision; Imou, Hangzhou Huacheng, of Dahua) are listed\n"
              "  with affiliateOf their parent, since both acts cover 'subsidiaries and affiliates'. Companies whose names merely\n"
              "  contain a vendor's word (for example 'Shanghai Dahua Scale Factory') are deliberately absent.\n-->\n")
    out.write('<topology:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" '
              'xmlns:topology="https://netreview.github.io/2026/topology" id="catalog-default" '
              'name="NetReview default catalog" version="2026.12" registryDate="' + snapshot + '">\n')
    for vendor in VENDORS + AFFILIATES:
        parent = ' affiliateOf=%s' % quoteattr(vendor["parent"]) if "parent" in vendor else ""
        out.write('  <vendors id=%s name=%s%s>\n' % (quoteattr(vendor["id"]), quoteattr(vendor["name"]), parent))
        for alias in vendor["aliases"] + [n for n in vendor["ieee"] if n not in vendor["aliases"]]:
            out.write('    <aliases>%s</aliases>\n' % escape(alias))
        prefixes = sorted({p for n in vendor["ieee"] for p in by_name.get(n, [])})
        if not prefixes:
            sys.exit("no IEEE assignment found for " + vendor["name"])
        for prefix in prefixes:
            out.write('    <ouiPrefixes>%s</ouiPrefixes>\n' % prefix)
        for (basis, date, citation), scope in vendor["listings"]:
            out.write('    <listings basis="%s" dateListed="%s" scope=%s citation=%s/>\n'
                      % (basis, date, quoteattr(scope), quoteattr(citation)))
        out.write('  </vendors>\n')
    out.write('</topology:Catalog>\n')


main()
