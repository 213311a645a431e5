"""The plan of the bundled dataset: what each year, programme area and programme must hold.

Published figures fix some numbers (sources in reports/dataset/published.py); the rest are our
illustrative choices, made so that every published figure holds at once. Where two published
figures cannot both hold, the seed (E/2021/49) wins and the other is stored with a discrepancy
note. The generator (generator.py) turns this plan into events and participations.
"""

from dataclasses import dataclass, field

YEARS = (2016, 2017, 2018, 2019, 2020, 2021)
AREAS = (
    "peace",
    "people",
    "planet",
    "prosperity",
    "diplomacy",
    "agenda-2030",
    "unosat",
    "defeat-ncd",
)


@dataclass(frozen=True)
class Totals:
    """Learners, other beneficiaries, learning and other events, and certificates."""

    learners: int
    others: int
    learning_events: int
    other_events: int
    certificates: int

    @property
    def beneficiaries(self) -> int:
        return self.learners + self.others

    @property
    def events(self) -> int:
        return self.learning_events + self.other_events


@dataclass(frozen=True)
class YearPlan:
    learners: int
    others: int
    events: int
    event_days: int
    certificates: int | None  # None: a share of learners (illustrative years)
    delivery: dict[str, int]  # events by delivery mode, in per cent or exact counts (see below)
    delivery_exact: bool
    unplanned_events: int
    partnered_share: float  # share of beneficiaries in events run with partners
    areas: dict[str, Totals] | None = None  # None: split by the reference year's mix


# Years before 2019 and 2021 have published totals only (R19, R20, R21): learning vs other.
# 2019 and 2020 areas are chosen so that pillar shares (R19, R20) and area cards (R20) hold.
PLAN: dict[int, YearPlan] = {
    2016: YearPlan(
        35_093,
        19_747,
        430,
        14_100,
        None,
        {"online": 30, "face-to-face": 66, "blended": 4},
        False,
        0,
        0.90,
    ),
    2017: YearPlan(
        38_090,
        18_120,
        470,
        15_600,
        None,
        {"online": 33, "face-to-face": 63, "blended": 4},
        False,
        0,
        0.91,
    ),
    2018: YearPlan(
        60_901,
        24_000,
        560,
        17_900,
        None,
        {"online": 36, "face-to-face": 61, "blended": 3},
        False,
        0,
        0.92,
    ),
    # R19/R20: 671 events, 19,847 event days; face-to-face 59%, e-learning 38%, blended 3%
    # (E/2021/49 para 5: 38% online); 39,603 certificates; 93% with partners.
    2019: YearPlan(
        92_378,
        41_043,
        671,
        19_847,
        39_603,
        {"online": 255, "face-to-face": 396, "blended": 20},
        True,
        0,
        0.93,
        areas={
            "peace": Totals(8_900, 5_800, 80, 20, 3_100),
            "people": Totals(36_862, 3_088, 90, 110, 15_000),
            "planet": Totals(41_697, 30_184, 70, 80, 18_000),
            "prosperity": Totals(1_100, 221, 35, 10, 700),
            "diplomacy": Totals(600, 100, 60, 10, 450),
            "agenda-2030": Totals(2_500, 1_500, 25, 20, 1_753),
            "unosat": Totals(719, 0, 25, 0, 600),
            "defeat-ncd": Totals(0, 150, 0, 36, 0),
        },
    ),
    # E/2021/49 paras 5, 6 and 11: 896 events (77% online), at least 59 unplanned, 12,173 event
    # days. R20: face-to-face 20%, blended 2%, 58,091 certificates, 88% with partners.
    # Area cards are R20's, except Peace's learning figures, which R20 copied from 2019: the seed's
    # learner and certificate totals leave 27,491 learners and 17,741 certificates to Peace.
    2020: YearPlan(
        209_881,
        112_529,
        896,
        12_173,
        58_091,
        {"online": 694, "face-to-face": 183, "blended": 19},
        True,
        59,
        0.88,
        areas={
            "peace": Totals(27_491, 53, 315, 5, 17_741),
            "people": Totals(20_653, 91_178, 98, 140, 3_529),
            "planet": Totals(153_065, 14_881, 52, 75, 32_263),
            "prosperity": Totals(2_024, 804, 32, 13, 1_636),
            "diplomacy": Totals(3_816, 614, 81, 16, 1_989),
            "agenda-2030": Totals(2_362, 4_563, 21, 17, 664),
            "unosat": Totals(470, 0, 16, 0, 269),
            "defeat-ncd": Totals(0, 436, 0, 15, 0),
        },
    ),
    # R21: 370,139 beneficiaries, 66% learning-related.
    2021: YearPlan(
        244_292,
        125_847,
        1_050,
        13_900,
        None,
        {"online": 80, "face-to-face": 17, "blended": 3},
        False,
        24,
        0.89,
    ),
}

# Years without area figures take the area mix of the nearest published year.
REFERENCE_YEAR = {2016: 2019, 2017: 2019, 2018: 2019, 2021: 2020}
CERTIFICATE_RATE = {2016: 0.36, 2017: 0.37, 2018: 0.40, 2021: 0.31}


@dataclass(frozen=True)
class ProgrammePlan:
    """How a programme shares its area's numbers when nothing pins them: relative weights."""

    area: str
    learner_weight: float
    other_weight: float
    first_day: str = (
        "2016-01-01"  # ISO date: no events before (e.g. Defeat-NCD joined in July 2019)
    )


PROGRAMMES: dict[str, ProgrammePlan] = {
    "peace-high-level-seminars": ProgrammePlan("peace", 0, 3),
    "francophone-africa-conflict-prevention": ProgrammePlan("peace", 1, 0),
    "peacemaking-preventive-diplomacy-fellowship": ProgrammePlan("peace", 1, 0),
    "peacekeeping-pre-deployment": ProgrammePlan("peace", 30, 0),
    "peacekeeping-medical-trauma": ProgrammePlan("peace", 6, 0),
    "african-women-mediators": ProgrammePlan("peace", 1, 0),
    "colombia-youth-peacebuilding": ProgrammePlan("peace", 1, 1),
    "ddr-weapons-ammunition-management": ProgrammePlan("peace", 20, 1),
    "conflict-prevention-early-warning": ProgrammePlan("peace", 25, 1),
    "clean-energy-challenge": ProgrammePlan("peace", 3, 1, first_day="2019-12-18"),
    "east-africa-democratic-governance": ProgrammePlan("peace", 8, 1),
    "road-safety": ProgrammePlan("people", 12, 10),
    "global-surgery": ProgrammePlan("people", 3, 4),
    "cifal-global-network": ProgrammePlan("people", 60, 75),
    "mayors-migration-forum": ProgrammePlan("people", 0, 3),
    "anti-corruption": ProgrammePlan("people", 2, 0),
    "un-cc-learn": ProgrammePlan("planet", 80, 40),
    "page-green-economy": ProgrammePlan("planet", 8, 20),
    "chemicals-waste-management": ProgrammePlan("planet", 6, 20),
    "ghs-capacity-building": ProgrammePlan("planet", 3, 8),
    "sustainable-cycles": ProgrammePlan("planet", 3, 12),
    "employability-entrepreneurship": ProgrammePlan("prosperity", 3, 1),
    "leadership-afghanistan": ProgrammePlan("prosperity", 2, 1),
    "trade-finance-covid-recovery": ProgrammePlan("prosperity", 3, 1),
    "financial-inclusion-agfund": ProgrammePlan("prosperity", 3, 1),
    "fao-trade-agriculture": ProgrammePlan("prosperity", 3, 1),
    "digital-skills-women": ProgrammePlan("prosperity", 1, 0),
    "integrated-national-financing": ProgrammePlan("agenda-2030", 2, 2),
    "un-sdg-learn": ProgrammePlan("agenda-2030", 6, 8),
    "sdg-data-statact": ProgrammePlan("agenda-2030", 2, 1),
    "unosat-gis-training": ProgrammePlan("unosat", 1, 0),
    "diplomacy-masters-programmes": ProgrammePlan("diplomacy", 2, 0),
    "diplomacy-online-courses": ProgrammePlan("diplomacy", 4, 1),
    "new-york-diplomatic-training": ProgrammePlan("diplomacy", 4, 2),
    "women-leadership-diplomacy": ProgrammePlan("diplomacy", 2, 1),
    "defeat-ncd-partnership": ProgrammePlan("defeat-ncd", 0, 1, first_day="2019-07-01"),
}


@dataclass(frozen=True)
class Pin:
    """Numbers a published figure fixes for one programme in one year (None: left to weights)."""

    learners: int | None = None
    others: int | None = None
    learning_events: int | None = None
    other_events: int | None = None
    women_share: float | None = None  # share of women among all its beneficiaries
    countries: tuple[str, ...] | int | None = None  # exact ISO codes, or how many distinct ones
    country_groups: tuple[str, ...] = ()  # beneficiaries only from countries in any of these
    sector: str | None = None  # all its learners are in this sector
    learner_sectors: dict[str, int] = field(default_factory=dict)  # or exactly these
    other_countries: dict[str, int] = field(
        default_factory=dict
    )  # its other beneficiaries' countries
    tally_others: bool = False  # its other beneficiaries were reported as counts only


# Troop-contributing countries named in E/2021/49 para 17 (Benin, Burkina Faso, Mali, Senegal),
# completed to the eight it counts with four illustrative ones.
PRE_DEPLOYMENT_COUNTRIES = ("BEN", "BFA", "MLI", "SEN", "NER", "TGO", "TCD", "GHA")

PINS: dict[tuple[str, int], Pin] = {
    # 2019
    ("peacekeeping-pre-deployment", 2019): Pin(
        learners=6_123,
        learning_events=25,
        others=0,
        other_events=0,
        countries=PRE_DEPLOYMENT_COUNTRIES,
        sector="military-police",
        women_share=0.06,
    ),
    ("colombia-youth-peacebuilding", 2019): Pin(
        learners=37,
        learning_events=2,
        others=5_500,
        other_events=8,
        countries=("COL",),
        tally_others=True,
    ),
    ("peace-high-level-seminars", 2019): Pin(
        learners=0, learning_events=0, others=120, other_events=3
    ),
    ("clean-energy-challenge", 2019): Pin(learners=0, others=0, learning_events=0, other_events=0),
    ("cifal-global-network", 2019): Pin(learners=34_862, countries=70),
    # UNOSAT's 2019 and 2020 learners from LDCs and SIDS: the 1,189 of E/2021/49 para 49.
    ("unosat-gis-training", 2019): Pin(
        learners=719, learning_events=25, country_groups=("ldc", "sids")
    ),
    ("women-leadership-diplomacy", 2019): Pin(
        learners=250, others=50, learning_events=4, other_events=2
    ),
    # 2020 (E/2021/49 paras 6, 15-20, 25-29, 42, 47-49, 54-55 and R20)
    ("francophone-africa-conflict-prevention", 2020): Pin(
        learners=31, learning_events=1, others=0, other_events=0, women_share=0.52
    ),
    ("peacemaking-preventive-diplomacy-fellowship", 2020): Pin(
        learners=41, learning_events=1, others=0, other_events=0
    ),
    ("peacekeeping-pre-deployment", 2020): Pin(
        learners=2_815,
        learning_events=12,
        others=0,
        other_events=0,
        countries=PRE_DEPLOYMENT_COUNTRIES,
        sector="military-police",
        women_share=0.06,
    ),
    ("african-women-mediators", 2020): Pin(
        learners=35, learning_events=2, others=0, other_events=0, women_share=1.0
    ),
    ("colombia-youth-peacebuilding", 2020): Pin(
        learners=30, learning_events=2, others=0, other_events=0, countries=("COL",)
    ),
    ("clean-energy-challenge", 2020): Pin(
        learners=560, learning_events=10, others=40, other_events=2
    ),
    ("peace-high-level-seminars", 2020): Pin(
        learners=0, learning_events=0, others=13, other_events=3
    ),
    ("peacekeeping-medical-trauma", 2020): Pin(others=0, other_events=0),
    ("ddr-weapons-ammunition-management", 2020): Pin(others=0, other_events=0),
    ("conflict-prevention-early-warning", 2020): Pin(others=0, other_events=0),
    ("east-africa-democratic-governance", 2020): Pin(others=0, other_events=0),
    ("cifal-global-network", 2020): Pin(
        learners=14_520, others=74_540, learning_events=60, other_events=76, women_share=0.68
    ),
    # 687 law-enforcement and road-safety-agency officials, 3,719 other stakeholders (para 25);
    # the split within each group is illustrative.
    ("road-safety", 2020): Pin(
        learners=4_406,
        others=10_000,
        learning_events=20,
        other_events=20,
        learner_sectors={
            "military-police": 400,
            "government": 287,
            "ngo": 1_200,
            "academia": 619,
            "private-sector": 900,
            "other": 1_000,
        },
    ),
    ("global-surgery", 2020): Pin(
        learners=1_200, others=3_920, learning_events=10, other_events=20, countries=104
    ),
    ("anti-corruption", 2020): Pin(
        learners=527, learning_events=8, others=0, other_events=0, countries=34
    ),
    ("mayors-migration-forum", 2020): Pin(
        learners=0, learning_events=0, others=2_718, other_events=24
    ),
    ("unosat-gis-training", 2020): Pin(
        learners=470, learning_events=16, country_groups=("ldc", "sids")
    ),
    ("women-leadership-diplomacy", 2020): Pin(
        learners=1_900, others=400, learning_events=6, other_events=4
    ),
    ("diplomacy-online-courses", 2020): Pin(learners=540),
    ("financial-inclusion-agfund", 2020): Pin(learners=1_230),
    ("sdg-data-statact", 2020): Pin(
        learners=92, learning_events=3, others=0, other_events=0, countries=36
    ),
    # 275 clinicians in Rwanda (para 6); the rest in its other programme country, Myanmar (60).
    ("defeat-ncd-partnership", 2020): Pin(
        others=436, other_events=15, other_countries={"RWA": 275, "MMR": 161}
    ),
}


@dataclass(frozen=True)
class Profile:
    """Shares (per cent) of a year's learners or others along one dimension."""

    gender: dict[str, float]
    regions: dict[str, float]
    status: dict[str, float]  # developed / developing (other) / special-situation (LDC, LLDC, SIDS)
    sectors: dict[str, float]


LEARNER_PROFILES: dict[int, Profile] = {
    # Before 2020 men outnumbered women (E/2021/49 para 13); the split is illustrative.
    2016: Profile(
        {"female": 41, "male": 56, "other": 3},
        {
            "africa": 30,
            "asia-pacific": 18,
            "europe": 14,
            "latin-america-caribbean": 30,
            "middle-east": 4,
            "north-america": 4,
        },
        {"developed": 26, "developing": 51, "special-situation": 23},
        {
            "government": 24,
            "ngo": 9,
            "academia": 27,
            "private-sector": 10,
            "un-system": 5,
            "international-organization": 4,
            "military-police": 3,
            "other": 18,
        },
    ),
    # R19: regions, development status (75% developing, 23% special situations), sectors.
    2019: Profile(
        {"female": 44, "male": 53, "other": 3},
        {
            "latin-america-caribbean": 36,
            "africa": 28,
            "asia-pacific": 16,
            "europe": 13,
            "north-america": 4,
            "middle-east": 3,
        },
        {"developed": 25, "developing": 52, "special-situation": 23},
        {
            "academia": 29,
            "other": 16,
            "military-police": 7,
            "government": 22,
            "private-sector": 10,
            "un-system": 5,
            "international-organization": 4,
            "ngo": 8,
        },
    ),
    # R20 and E/2021/49 paras 12-13.
    2020: Profile(
        {"female": 51, "male": 44, "other": 5},
        {
            "latin-america-caribbean": 47,
            "asia-pacific": 18,
            "africa": 16,
            "europe": 13,
            "north-america": 4,
            "middle-east": 2,
        },
        {"developing": 63, "developed": 22, "special-situation": 15},
        {
            "ngo": 16,
            "academia": 20,
            "private-sector": 13,
            "other": 33,
            "military-police": 2,
            "government": 10,
            "un-system": 3,
            "international-organization": 3,
        },
    ),
    # R21: gender; 79% developing of which 19% LDC/LLDC/SIDS. Regions and sectors illustrative.
    2021: Profile(
        {"female": 49, "male": 45, "other": 6},
        {
            "latin-america-caribbean": 40,
            "asia-pacific": 20,
            "africa": 19,
            "europe": 14,
            "north-america": 4,
            "middle-east": 3,
        },
        {"developed": 21, "developing": 60, "special-situation": 19},
        {
            "ngo": 15,
            "academia": 20,
            "private-sector": 13,
            "other": 30,
            "military-police": 2,
            "government": 12,
            "un-system": 4,
            "international-organization": 4,
        },
    ),
}
LEARNER_PROFILES[2017] = LEARNER_PROFILES[2016]
LEARNER_PROFILES[2018] = LEARNER_PROFILES[2016]

# Knowledge-sharing beneficiaries: nothing is published about them; illustrative throughout.
OTHER_PROFILE = Profile(
    {"female": 48, "male": 49, "other": 3},
    {
        "latin-america-caribbean": 34,
        "asia-pacific": 20,
        "africa": 22,
        "europe": 15,
        "north-america": 5,
        "middle-east": 4,
    },
    {"developed": 24, "developing": 56, "special-situation": 20},
    {
        "government": 20,
        "ngo": 18,
        "academia": 17,
        "private-sector": 12,
        "un-system": 4,
        "international-organization": 4,
        "military-police": 1,
        "other": 24,
    },
)

# E/2021/49 para 13: 4,541 learners (2.2%) identified as having a disability in 2020; data by
# disability and age exist since 2019. Other years' rates are illustrative.
DISABLED_LEARNERS = {2019: 1_570, 2020: 4_541, 2021: 5_620}
AGE_GROUPS_FROM = 2019
AGE_PROFILE = {"under-25": 24, "25-34": 33, "35-44": 22, "45-54": 12, "55-plus": 5, "not-stated": 4}

# The Sustainable Development Goals each programme's events serve, as the seed describes them
# (e.g. E/2021/49 para 14: SDG 16; para 25: SDG 11; para 61: target 3.4).
PROGRAMME_SDGS: dict[str, tuple[int, ...]] = {
    "peace-high-level-seminars": (16,),
    "francophone-africa-conflict-prevention": (16, 5),
    "peacemaking-preventive-diplomacy-fellowship": (16,),
    "peacekeeping-pre-deployment": (16,),
    "peacekeeping-medical-trauma": (16, 3),
    "african-women-mediators": (16, 5),
    "colombia-youth-peacebuilding": (16,),
    "ddr-weapons-ammunition-management": (16,),
    "conflict-prevention-early-warning": (16,),
    "clean-energy-challenge": (7, 16),
    "east-africa-democratic-governance": (16, 5),
    "road-safety": (3, 11),
    "global-surgery": (3,),
    "cifal-global-network": (11, 17),
    "mayors-migration-forum": (10, 11),
    "anti-corruption": (16,),
    "un-cc-learn": (13, 4),
    "page-green-economy": (8, 12, 13),
    "chemicals-waste-management": (12, 3),
    "ghs-capacity-building": (12,),
    "sustainable-cycles": (12,),
    "employability-entrepreneurship": (8, 5),
    "leadership-afghanistan": (16, 17),
    "trade-finance-covid-recovery": (8, 17),
    "financial-inclusion-agfund": (1, 8),
    "fao-trade-agriculture": (2, 17),
    "digital-skills-women": (5, 8),
    "integrated-national-financing": (17,),
    "un-sdg-learn": (4, 17),
    "sdg-data-statact": (17,),
    "unosat-gis-training": (11, 13),
    "diplomacy-masters-programmes": (16, 17),
    "diplomacy-online-courses": (16, 17),
    "new-york-diplomatic-training": (16, 17),
    "women-leadership-diplomacy": (5, 16),
    "defeat-ncd-partnership": (3,),
}
