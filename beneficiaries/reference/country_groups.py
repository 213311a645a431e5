"""Country-group memberships (LDC, LLDC, SIDS, fragile) by ISO 3166-1 alpha-3, with their dates."""

from datetime import date

# One membership: (iso3, start, end). `start` None: a member since before 2010, the earliest year
# we report on. `end` None: still a member; otherwise the first day no longer a member, so a
# graduation date is the `end` itself (the country is not an LDC on that day).
Membership = tuple[str, date | None, date | None]


# --- Least developed countries ---------------------------------------------------------------
# Source: UN-OHRLLS, "List of Least Developed Countries" (the CDP list, as of 13 December 2024),
# https://www.un.org/ohrlls/content/list-ldcs ; graduation dates from the CDP's "LDC data"
# (https://www.un.org/development/desa/dpad/least-developed-country-category.html); South Sudan
# included by General Assembly resolution A/RES/67/136 of 17 December 2012.
# Every country on the list at any time since 2010, plus the two earlier graduates. Counts this
# must give: 49 in 2010, 47 on 2020-06-30, 46 on 2021-01-01, 44 since 2024-12-13.
# Not recorded yet, to be added once they take effect: the graduations scheduled for Bangladesh,
# Lao PDR and Nepal (24 November 2026, A/RES/76/8) and Solomon Islands (13 December 2027).
LDC_SOURCE = (
    "UN-OHRLLS, List of Least Developed Countries (CDP, as of 13 December 2024), "
    "un.org/ohrlls/content/list-ldcs; graduation dates: CDP LDC data; "
    "South Sudan included by A/RES/67/136 (17 December 2012)"
)
LEAST_DEVELOPED_COUNTRIES: tuple[Membership, ...] = (
    ("AFG", None, None),  # Afghanistan
    ("AGO", None, None),  # Angola
    ("BGD", None, None),  # Bangladesh
    ("BEN", None, None),  # Benin
    ("BTN", None, date(2023, 12, 13)),  # Bhutan
    ("BWA", None, date(1994, 12, 20)),  # Botswana
    ("BFA", None, None),  # Burkina Faso
    ("BDI", None, None),  # Burundi
    ("CPV", None, date(2007, 12, 20)),  # Cabo Verde
    ("KHM", None, None),  # Cambodia
    ("CAF", None, None),  # Central African Republic
    ("TCD", None, None),  # Chad
    ("COM", None, None),  # Comoros
    ("COD", None, None),  # Democratic Republic of the Congo
    ("DJI", None, None),  # Djibouti
    ("GNQ", None, date(2017, 6, 4)),  # Equatorial Guinea
    ("ERI", None, None),  # Eritrea
    ("ETH", None, None),  # Ethiopia
    ("GMB", None, None),  # Gambia
    ("GIN", None, None),  # Guinea
    ("GNB", None, None),  # Guinea-Bissau
    ("HTI", None, None),  # Haiti
    ("KIR", None, None),  # Kiribati
    ("LAO", None, None),  # Lao People's Democratic Republic
    ("LSO", None, None),  # Lesotho
    ("LBR", None, None),  # Liberia
    ("MDG", None, None),  # Madagascar
    ("MWI", None, None),  # Malawi
    ("MDV", None, date(2011, 1, 1)),  # Maldives
    ("MLI", None, None),  # Mali
    ("MRT", None, None),  # Mauritania
    ("MOZ", None, None),  # Mozambique
    ("MMR", None, None),  # Myanmar
    ("NPL", None, None),  # Nepal
    ("NER", None, None),  # Niger
    ("RWA", None, None),  # Rwanda
    ("WSM", None, date(2014, 1, 1)),  # Samoa
    ("STP", None, date(2024, 12, 13)),  # Sao Tome and Principe
    ("SEN", None, None),  # Senegal
    ("SLE", None, None),  # Sierra Leone
    ("SLB", None, None),  # Solomon Islands
    ("SOM", None, None),  # Somalia
    ("SSD", date(2012, 12, 17), None),  # South Sudan
    ("SDN", None, None),  # Sudan
    ("TLS", None, None),  # Timor-Leste
    ("TGO", None, None),  # Togo
    ("TUV", None, None),  # Tuvalu
    ("UGA", None, None),  # Uganda
    ("TZA", None, None),  # United Republic of Tanzania
    ("VUT", None, date(2020, 12, 4)),  # Vanuatu
    ("YEM", None, None),  # Yemen
    ("ZMB", None, None),  # Zambia
)


# --- Landlocked developing countries ---------------------------------------------------------
# Source: UN-OHRLLS, "List of Landlocked Developing Countries" (32 countries, as listed in 2024),
# https://www.un.org/ohrlls/content/list-lldcs . The list has no inclusion dates; South Sudan is
# dated from its independence (9 July 2011), before which it was not a country to count.
LLDC_SOURCE = (
    "UN-OHRLLS, List of Landlocked Developing Countries (32 countries, as listed in 2024), "
    "un.org/ohrlls/content/list-lldcs"
)
LANDLOCKED_DEVELOPING_COUNTRIES: tuple[Membership, ...] = (
    ("AFG", None, None),  # Afghanistan
    ("ARM", None, None),  # Armenia
    ("AZE", None, None),  # Azerbaijan
    ("BTN", None, None),  # Bhutan
    ("BOL", None, None),  # Bolivia (Plurinational State of)
    ("BWA", None, None),  # Botswana
    ("BFA", None, None),  # Burkina Faso
    ("BDI", None, None),  # Burundi
    ("CAF", None, None),  # Central African Republic
    ("TCD", None, None),  # Chad
    ("SWZ", None, None),  # Eswatini
    ("ETH", None, None),  # Ethiopia
    ("KAZ", None, None),  # Kazakhstan
    ("KGZ", None, None),  # Kyrgyzstan
    ("LAO", None, None),  # Lao People's Democratic Republic
    ("LSO", None, None),  # Lesotho
    ("MWI", None, None),  # Malawi
    ("MLI", None, None),  # Mali
    ("MNG", None, None),  # Mongolia
    ("NPL", None, None),  # Nepal
    ("NER", None, None),  # Niger
    ("MKD", None, None),  # North Macedonia
    ("PRY", None, None),  # Paraguay
    ("MDA", None, None),  # Republic of Moldova
    ("RWA", None, None),  # Rwanda
    ("SSD", date(2011, 7, 9), None),  # South Sudan
    ("TJK", None, None),  # Tajikistan
    ("TKM", None, None),  # Turkmenistan
    ("UGA", None, None),  # Uganda
    ("UZB", None, None),  # Uzbekistan
    ("ZMB", None, None),  # Zambia
    ("ZWE", None, None),  # Zimbabwe
)


# --- Small island developing States ----------------------------------------------------------
# Source: UN-OHRLLS, "List of SIDS" (as listed in 2024),
# https://www.un.org/ohrlls/content/list-sids : 38 UN Member States and 20 non-UN Members /
# Associate Members of the Regional Commissions, all of which have an ISO 3166-1 code. The list
# has no dates.
SIDS_SOURCE = (
    "UN-OHRLLS, List of Small Island Developing States (38 UN Members and 20 non-UN Members/"
    "Associate Members of Regional Commissions, as listed in 2024), un.org/ohrlls/content/list-sids"
)
SMALL_ISLAND_DEVELOPING_STATES: tuple[Membership, ...] = (
    # UN Member States: Caribbean
    ("ATG", None, None),  # Antigua and Barbuda
    ("BHS", None, None),  # Bahamas
    ("BRB", None, None),  # Barbados
    ("BLZ", None, None),  # Belize
    ("CUB", None, None),  # Cuba
    ("DMA", None, None),  # Dominica
    ("DOM", None, None),  # Dominican Republic
    ("GRD", None, None),  # Grenada
    ("GUY", None, None),  # Guyana
    ("HTI", None, None),  # Haiti
    ("JAM", None, None),  # Jamaica
    ("KNA", None, None),  # Saint Kitts and Nevis
    ("LCA", None, None),  # Saint Lucia
    ("VCT", None, None),  # Saint Vincent and the Grenadines
    ("SUR", None, None),  # Suriname
    ("TTO", None, None),  # Trinidad and Tobago
    # UN Member States: Pacific
    ("FJI", None, None),  # Fiji
    ("KIR", None, None),  # Kiribati
    ("MHL", None, None),  # Marshall Islands
    ("FSM", None, None),  # Micronesia (Federated States of)
    ("NRU", None, None),  # Nauru
    ("PLW", None, None),  # Palau
    ("PNG", None, None),  # Papua New Guinea
    ("WSM", None, None),  # Samoa
    ("SLB", None, None),  # Solomon Islands
    ("TLS", None, None),  # Timor-Leste
    ("TON", None, None),  # Tonga
    ("TUV", None, None),  # Tuvalu
    ("VUT", None, None),  # Vanuatu
    # UN Member States: Atlantic, Indian Ocean and South China Sea (AIS)
    ("BHR", None, None),  # Bahrain
    ("CPV", None, None),  # Cabo Verde
    ("COM", None, None),  # Comoros
    ("GNB", None, None),  # Guinea-Bissau
    ("MDV", None, None),  # Maldives
    ("MUS", None, None),  # Mauritius
    ("STP", None, None),  # Sao Tome and Principe
    ("SYC", None, None),  # Seychelles
    ("SGP", None, None),  # Singapore
    # Non-UN Members / Associate Members of the Regional Commissions
    ("ASM", None, None),  # American Samoa
    ("AIA", None, None),  # Anguilla
    ("ABW", None, None),  # Aruba
    ("BMU", None, None),  # Bermuda
    ("VGB", None, None),  # British Virgin Islands
    ("CYM", None, None),  # Cayman Islands
    ("MNP", None, None),  # Commonwealth of the Northern Mariana Islands
    ("COK", None, None),  # Cook Islands
    ("CUW", None, None),  # Curaçao
    ("PYF", None, None),  # French Polynesia
    ("GLP", None, None),  # Guadeloupe
    ("GUM", None, None),  # Guam
    ("MTQ", None, None),  # Martinique
    ("MSR", None, None),  # Montserrat
    ("NCL", None, None),  # New Caledonia
    ("NIU", None, None),  # Niue
    ("PRI", None, None),  # Puerto Rico
    ("SXM", None, None),  # Sint Maarten
    ("TCA", None, None),  # Turks and Caicos Islands
    ("VIR", None, None),  # United States Virgin Islands
)


# --- Fragile and conflict-affected situations ------------------------------------------------
# Source: World Bank, "Harmonized List of Fragile Situations" FY16 to FY19 and "List of Fragile
# and Conflict-affected Situations" FY20 to FY23, as collected in the World Bank's historical list
# "FCSList-FY06toFY25" (https://www.worldbank.org/en/topic/fragilityconflictviolence/brief/
# harmonized-list-of-fragile-situations). Year lists as transcribed from that document in
# github.com/rieille9/UPR-Health-Explorer (data/FCS_status_all.csv), checked against what we
# know of the lists but not yet line by line against the World Bank PDF. Sizes: FY16 35, FY17 35,
# FY18 36, FY19 36, FY20 37, FY21 39, FY22 39, FY23 37 (with Kosovo, West Bank and Gaza).
# A World Bank fiscal year FYnn runs from 1 July 20nn-1 to 30 June 20nn and each list holds for
# its whole fiscal year, so a run of consecutive years becomes one membership from the 1 July
# that starts its first year to the 1 July after its last. Nothing is claimed before FY16 or
# after FY23.
FRAGILE_SOURCE = (
    "World Bank, Harmonized List of Fragile Situations FY16-FY19 and List of Fragile and "
    "Conflict-affected Situations FY20-FY23 (historical list FCSList-FY06toFY25), "
    "worldbank.org/en/topic/fragilityconflictviolence/brief/harmonized-list-of-fragile-situations"
)
# iso3: runs of consecutive fiscal years on the list, each (first FY, last FY) inclusive.
FRAGILE_SITUATION_FISCAL_YEARS: dict[str, tuple[tuple[int, int], ...]] = {
    "AFG": ((2016, 2023),),  # Afghanistan
    "ARM": ((2022, 2022),),  # Armenia
    "AZE": ((2022, 2022),),  # Azerbaijan
    "BIH": ((2016, 2016),),  # Bosnia and Herzegovina
    "BFA": ((2020, 2023),),  # Burkina Faso
    "BDI": ((2016, 2023),),  # Burundi
    "CMR": ((2020, 2023),),  # Cameroon
    "CAF": ((2016, 2023),),  # Central African Republic
    "TCD": ((2016, 2023),),  # Chad
    "COM": ((2016, 2023),),  # Comoros
    "COG": ((2018, 2023),),  # Congo
    "CIV": ((2016, 2019),),  # Côte d'Ivoire
    "COD": ((2016, 2023),),  # Democratic Republic of the Congo
    "DJI": ((2017, 2019),),  # Djibouti
    "ERI": ((2016, 2023),),  # Eritrea
    "ETH": ((2022, 2023),),  # Ethiopia
    "GMB": ((2016, 2021),),  # Gambia
    "GNB": ((2016, 2023),),  # Guinea-Bissau
    "HTI": ((2016, 2023),),  # Haiti
    "IRQ": ((2016, 2023),),  # Iraq
    "KIR": ((2016, 2022),),  # Kiribati
    "XKX": ((2016, 2023),),  # Kosovo
    "LAO": ((2021, 2021),),  # Lao People's Democratic Republic
    "LBN": ((2016, 2023),),  # Lebanon
    "LBR": ((2016, 2021),),  # Liberia
    "LBY": ((2016, 2023),),  # Libya
    "MDG": ((2016, 2017),),  # Madagascar
    "MLI": ((2016, 2023),),  # Mali
    "MHL": ((2016, 2023),),  # Marshall Islands
    "FSM": ((2016, 2023),),  # Micronesia (Federated States of)
    "MOZ": ((2018, 2019), (2021, 2023)),  # Mozambique
    "MMR": ((2016, 2023),),  # Myanmar
    "NER": ((2020, 2023),),  # Niger
    "NGA": ((2020, 2023),),  # Nigeria
    "PNG": ((2017, 2023),),  # Papua New Guinea
    "SLE": ((2016, 2018),),  # Sierra Leone
    "SLB": ((2016, 2023),),  # Solomon Islands
    "SOM": ((2016, 2023),),  # Somalia
    "SSD": ((2016, 2023),),  # South Sudan
    "SDN": ((2016, 2023),),  # Sudan
    "SYR": ((2016, 2023),),  # Syrian Arab Republic
    "TLS": ((2016, 2016), (2019, 2023)),  # Timor-Leste
    "TGO": ((2016, 2019),),  # Togo
    "TUV": ((2016, 2023),),  # Tuvalu
    "UKR": ((2023, 2023),),  # Ukraine
    "VEN": ((2020, 2023),),  # Venezuela (Bolivarian Republic of)
    "PSE": ((2016, 2023),),  # West Bank and Gaza (State of Palestine)
    "YEM": ((2016, 2023),),  # Yemen
    "ZWE": ((2016, 2023),),  # Zimbabwe
}


def fiscal_year_start(fiscal_year: int) -> date:
    """First day of a World Bank fiscal year: FY2020 starts on 1 July 2019."""
    return date(fiscal_year - 1, 7, 1)


def fragile_situation_memberships() -> tuple[Membership, ...]:
    """The fiscal-year runs above as [1 July, 1 July) memberships."""
    return tuple(
        (iso3, fiscal_year_start(first), fiscal_year_start(last + 1))
        for iso3, runs in FRAGILE_SITUATION_FISCAL_YEARS.items()
        for first, last in runs
    )
