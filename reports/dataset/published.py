"""Every published beneficiary and event figure, with its source and how to compute it.

Sources (see ../shared/facts/published-figures.md): E/2021/49 is the Secretary-General's report
(the seed, Chinese edition); R19, R20, R21 are UNITAR's 2019, 2020 and 2021 results-report sites.
"""

E21 = "E/2021/49"


def figure(
    key,
    label,
    period,
    value,
    source,
    locator,
    definition,
    *,
    unit="count",
    decimals=0,
    comparator="exact",
    discrepancy="",
):
    return {
        "key": key,
        "label": label,
        "period": period,
        "value": str(value),
        "unit": unit,
        "decimals": decimals,
        "comparator": comparator,
        "source_document": source,
        "source_locator": locator,
        "definition": definition,
        "discrepancy_note": discrepancy,
    }


def beneficiaries(**filters):
    return {"measure": "beneficiaries", "filters": filters}


def share(measure, filters, of, exclude=None):
    definition = {"measure": measure, "filters": filters, "share_of": of}
    if exclude:
        definition["exclude"] = exclude
    return definition


def learners(year, **filters):
    return {"year": year, "beneficiary_type": "learning", **filters}


def _yearly():
    rows = [
        (2016, 35_093, 19_747, "R19", "beneficiaries chart"),
        (2017, 38_090, 18_120, "R19", "beneficiaries chart"),
        (2018, 60_901, 24_000, "R20", "beneficiaries chart"),
        (2019, 92_378, 41_043, "R20", "beneficiaries chart"),
        (2020, 209_881, 112_529, "R20", "beneficiaries chart"),
    ]
    for year, learning, other, source, locator in rows:
        yield figure(
            f"beneficiaries-{year}",
            f"Beneficiaries in {year}",
            str(year),
            learning + other,
            source,
            locator,
            beneficiaries(year=year),
        )
        yield figure(
            f"learning-beneficiaries-{year}",
            f"Learning-related beneficiaries in {year}",
            str(year),
            learning,
            source,
            locator,
            beneficiaries(**learners(year)),
        )
        yield figure(
            f"knowledge-sharing-beneficiaries-{year}",
            f"Other knowledge-sharing beneficiaries in {year}",
            str(year),
            other,
            source,
            locator,
            beneficiaries(year=year, beneficiary_type="knowledge-sharing"),
        )
    yield figure(
        "beneficiaries-2019-e21",
        "Beneficiaries in 2019",
        "2019",
        133_421,
        E21,
        "para 11",
        beneficiaries(year=2019),
    )
    yield figure(
        "beneficiaries-2020-e21",
        "Beneficiaries in 2020",
        "2020",
        322_410,
        E21,
        "para 11",
        beneficiaries(year=2020),
    )
    yield figure(
        "learning-beneficiaries-2020-e21",
        "Learning-related beneficiaries in 2020",
        "2020",
        209_881,
        E21,
        "para 11",
        beneficiaries(**learners(2020)),
    )
    yield figure(
        "learning-share-2020",
        "Learning-related share of beneficiaries, 2020",
        "2020",
        65,
        E21,
        "para 11",
        share("beneficiaries", learners(2020), {"year": 2020}),
        unit="percent",
    )
    yield figure(
        "beneficiary-growth-2020",
        "Growth in beneficiaries, 2020 over 2019",
        "2020",
        142,
        E21,
        "para 11",
        {"measure": "beneficiaries", "filters": {"year": 2020}, "change_from": {"year": 2019}},
        unit="percent",
    )
    yield figure(
        "beneficiaries-2018-2019",
        "Beneficiaries in the 2018-2019 biennium",
        "2018-2019",
        218_322,
        E21,
        "summary; para 8",
        beneficiaries(year_from=2018, year_to=2019),
    )
    yield figure(
        "learning-beneficiaries-2018-2019",
        "Learning-related beneficiaries, 2018-2019",
        "2018-2019",
        153_279,
        E21,
        "summary; para 8",
        beneficiaries(year_from=2018, year_to=2019, beneficiary_type="learning"),
    )
    yield figure(
        "learning-share-2018-2019",
        "Learning-related share of beneficiaries, 2018-2019",
        "2018-2019",
        70,
        E21,
        "summary; para 8",
        share(
            "beneficiaries",
            {"year_from": 2018, "year_to": 2019, "beneficiary_type": "learning"},
            {"year_from": 2018, "year_to": 2019},
        ),
        unit="percent",
    )
    yield figure(
        "beneficiaries-2021",
        "Beneficiaries in 2021",
        "2021",
        370_139,
        "R21",
        "beneficiaries",
        beneficiaries(year=2021),
    )
    yield figure(
        "learning-share-2021",
        "Learning-related share of beneficiaries, 2021",
        "2021",
        66,
        "R21",
        "beneficiaries",
        share("beneficiaries", learners(2021), {"year": 2021}),
        unit="percent",
    )
    yield figure(
        "knowledge-sharing-share-2021",
        "Other knowledge-sharing share, 2021",
        "2021",
        34,
        "R21",
        "beneficiaries",
        share(
            "beneficiaries", {"year": 2021, "beneficiary_type": "knowledge-sharing"}, {"year": 2021}
        ),
        unit="percent",
    )


def _events():
    yield figure(
        "events-2020",
        "Events in 2020",
        "2020",
        896,
        E21,
        "paras 5 and 11",
        {"measure": "events", "filters": {"year": 2020}},
    )
    yield figure(
        "event-days-2020",
        "Event days in 2020",
        "2020",
        12_173,
        E21,
        "para 11",
        {"measure": "event_days", "filters": {"year": 2020}},
    )
    yield figure(
        "events-2019",
        "Events in 2019",
        "2019",
        671,
        "R20",
        "events",
        {"measure": "events", "filters": {"year": 2019}},
    )
    yield figure(
        "event-days-2019",
        "Event days in 2019",
        "2019",
        19_847,
        "R20",
        "events",
        {"measure": "event_days", "filters": {"year": 2019}},
    )
    yield figure(
        "unplanned-events-2020",
        "Unplanned COVID-19 training events in 2020",
        "2020",
        59,
        E21,
        "para 6",
        {"measure": "events", "filters": {"year": 2020, "unplanned": True}},
        comparator="at-least",
    )
    for year, mode, value, source, locator in [
        (2020, "online", 77, E21, "para 5"),
        (2019, "online", 38, E21, "para 5"),
        (2020, "face-to-face", 20, "R20", "delivery"),
        (2020, "blended", 2, "R20", "delivery"),
        (2019, "face-to-face", 59, "R19", "delivery"),
        (2019, "blended", 3, "R19", "delivery"),
    ]:
        yield figure(
            f"events-{mode}-share-{year}",
            f"Share of events delivered {mode}, {year}",
            str(year),
            value,
            source,
            locator,
            share("events", {"year": year, "delivery": mode}, {"year": year}),
            unit="percent",
        )
    yield figure(
        "events-elearning-share-2020-r20",
        "E-learning and other share of events, 2020",
        "2020",
        78,
        "R20",
        "delivery",
        share("events", {"year": 2020, "delivery": "online"}, {"year": 2020}),
        unit="percent",
        discrepancy="R20 gives 78% e-learning and other; E/2021/49 para 5 gives 77% online. "
        "Where they disagree the report wins, so the data give 77%.",
    )
    for year, value in ((2020, 58_091), (2019, 39_603)):
        yield figure(
            f"certificates-{year}",
            f"Certificates issued in {year}",
            str(year),
            value,
            "R20",
            "certificates",
            {"measure": "certificates", "filters": {"year": year}},
        )
    for year, value in ((2020, 88), (2019, 93)):
        yield figure(
            f"partnered-share-{year}",
            f"Beneficiaries trained with partners, {year}",
            str(year),
            value,
            "R20" if year == 2020 else "R19",
            "partners",
            share("beneficiaries", {"year": year, "with_partners": True}, {"year": year}),
            unit="percent",
        )


PILLAR_SHARES = {
    2020: {"peace": 9, "people": 36, "planet": 52, "prosperity": 1, "agenda-2030": 2},
    2019: {"peace": 11, "people": 30, "planet": 54, "prosperity": 1, "agenda-2030": 3},
}


def _pillars():
    for year, shares in PILLAR_SHARES.items():
        for pillar, value in shares.items():
            yield figure(
                f"pillar-share-{pillar}-{year}",
                f"Share of beneficiaries, pillar {pillar}, {year}",
                str(year),
                value,
                "R20" if year == 2020 else "R19",
                "strategic objectives",
                share("beneficiaries", {"year": year, "pillar": pillar}, {"year": year}),
                unit="percent",
            )
    yield figure(
        "pillar-share-multiple-2019",
        "Share of beneficiaries, multiple objectives, 2019",
        "2019",
        1,
        "R19",
        "strategic objectives",
        share("beneficiaries", {"year": 2019, "pillar": []}, {"year": 2019}),
        unit="percent",
        discrepancy="Our model gives every programme one pillar, so no beneficiary serves "
        "several objectives; the five pillar shares still round to R19's.",
    )
    yield figure(
        "peace-people-planet-share-2020",
        "Share from Peace, People and Planet, 2020",
        "2020",
        97,
        E21,
        "para 11",
        share(
            "beneficiaries", {"year": 2020, "pillar": ["peace", "people", "planet"]}, {"year": 2020}
        ),
        unit="percent",
    )


REGION_SHARES = {
    2020: {
        "latin-america-caribbean": 47,
        "asia-pacific": 18,
        "africa": 16,
        "europe": 13,
        "north-america": 4,
        "middle-east": 2,
    },
    2019: {
        "latin-america-caribbean": 36,
        "africa": 28,
        "asia-pacific": 16,
        "europe": 13,
        "north-america": 4,
        "middle-east": 3,
    },
}
SPECIAL = ["ldc", "lldc", "sids"]


def _learner_breakdowns():
    for gender, value in {"female": 51, "male": 44, "other": 5}.items():
        yield figure(
            f"learners-{gender}-share-2020",
            f"Learners by gender: {gender}, 2020",
            "2020",
            value,
            E21,
            "para 13; R20",
            share("beneficiaries", learners(2020, gender=gender), learners(2020)),
            unit="percent",
        )
    for gender, value in {"female": 49, "male": 45, "other": 6}.items():
        yield figure(
            f"learners-{gender}-share-2021",
            f"Learners by gender: {gender}, 2021",
            "2021",
            value,
            "R21",
            "gender",
            share("beneficiaries", learners(2021, gender=gender), learners(2021)),
            unit="percent",
        )
    yield figure(
        "learners-disability-2020",
        "Learners identifying as having a disability, 2020",
        "2020",
        4_541,
        E21,
        "para 13",
        beneficiaries(**learners(2020, disability=True)),
    )
    yield figure(
        "learners-disability-share-2020",
        "Share of learners with a disability, 2020",
        "2020",
        "2.2",
        E21,
        "para 13",
        share("beneficiaries", learners(2020, disability=True), learners(2020)),
        unit="percent",
        decimals=1,
    )
    for year, shares in REGION_SHARES.items():
        for region, value in shares.items():
            yield figure(
                f"learners-{region}-share-{year}",
                f"Learners from {region}, {year}",
                str(year),
                value,
                "R20" if year == 2020 else "R19",
                "regions",
                share("beneficiaries", learners(year, region=region), learners(year)),
                unit="percent",
            )
    yield figure(
        "learners-developing-regions-share-2020",
        "Learners from Africa, Asia-Pacific, Latin America-Caribbean and Middle East, 2020",
        "2020",
        83,
        E21,
        "para 12",
        share(
            "beneficiaries",
            learners(
                2020, region=["africa", "asia-pacific", "latin-america-caribbean", "middle-east"]
            ),
            learners(2020),
        ),
        unit="percent",
    )
    yield figure(
        "learners-special-situation-share-2020",
        "Learners from countries in special situations (LDC, LLDC, SIDS), 2020",
        "2020",
        15,
        "R20",
        "development status",
        share("beneficiaries", learners(2020, country_group=SPECIAL), learners(2020)),
        unit="percent",
    )
    yield figure(
        "learners-other-developing-share-2020",
        "Learners from other developing countries, 2020",
        "2020",
        63,
        "R20",
        "development status",
        share(
            "beneficiaries",
            learners(2020, country_group="developing"),
            learners(2020),
            exclude={"country_group": SPECIAL},
        ),
        unit="percent",
    )
    yield figure(
        "learners-developed-share-2020",
        "Learners from developed countries, 2020",
        "2020",
        22,
        "R20",
        "development status",
        share("beneficiaries", learners(2020, country_group="developed"), learners(2020)),
        unit="percent",
    )
    for year, developing, special, source in ((2019, 75, 23, "R19"), (2021, 79, 19, "R21")):
        yield figure(
            f"learners-developing-share-{year}",
            f"Learners from developing countries, {year}",
            str(year),
            developing,
            source,
            "development status",
            share("beneficiaries", learners(year, country_group="developing"), learners(year)),
            unit="percent",
        )
        yield figure(
            f"learners-special-situation-share-{year}",
            f"Learners from LDCs, LLDCs and SIDS, {year}",
            str(year),
            special,
            source,
            "development status",
            share("beneficiaries", learners(year, country_group=SPECIAL), learners(year)),
            unit="percent",
        )
    sectors_2020 = {
        "non-state": (["ngo", "academia", "private-sector"], 49, "R20; E/2021/49 para 12"),
        "other": (["other", "military-police"], 35, "R20"),
        "government": (["government"], 10, "R20; E/2021/49 para 12"),
        "international": (["un-system", "international-organization"], 6, "R20"),
    }
    sectors_2019 = {
        "academia": (["academia"], 29),
        "other": (["other", "military-police"], 23),
        "government": (["government"], 22),
        "private-sector": (["private-sector"], 10),
        "international": (["un-system", "international-organization"], 9),
        "ngo": (["ngo"], 8),
    }
    for name, (sectors, value, source) in sectors_2020.items():
        yield figure(
            f"learners-sector-{name}-share-2020",
            f"Learners by affiliation: {name}, 2020",
            "2020",
            value,
            source.split(";")[0],
            source,
            share("beneficiaries", learners(2020, sector=sectors), learners(2020)),
            unit="percent",
        )
    for name, (sectors, value) in sectors_2019.items():
        yield figure(
            f"learners-sector-{name}-share-2019",
            f"Learners by affiliation: {name}, 2019",
            "2019",
            value,
            "R19",
            "affiliation",
            share("beneficiaries", learners(2019, sector=sectors), learners(2019)),
            unit="percent",
        )


AREA_CARDS_2020 = {
    # area: events, beneficiaries, learning events, learners, certificates (R20)
    "peace": (320, 27_544, 162, 13_741, 2_603),
    "people": (238, 111_831, 98, 20_653, 3_529),
    "planet": (127, 167_946, 52, 153_065, 32_263),
    "prosperity": (45, 2_828, 32, 2_024, 1_636),
    "diplomacy": (97, 4_430, 81, 3_816, 1_989),
    "agenda-2030": (38, 6_925, 21, 2_362, 664),
    "unosat": (16, 470, 16, 470, 269),
}
PEACE_SLIP = (
    "R20's Peace card repeats the 2019 learning figures (published-figures.md). The seed's "
    "2020 totals of learners (209,881) and certificates (58,091), less the other cards, leave "
    "27,491 learners and 17,741 certificates to Peace, so the data cannot give this figure."
)


def _area_cards():
    for area, (
        events,
        total,
        learning_events,
        learner_count,
        certificates,
    ) in AREA_CARDS_2020.items():
        note = PEACE_SLIP if area == "peace" else ""
        base = {"year": 2020, "area": area}
        yield figure(
            f"area-{area}-events-2020",
            f"Events, {area} area, 2020",
            "2020",
            events,
            "R20",
            "programme-area cards",
            {"measure": "events", "filters": base},
        )
        yield figure(
            f"area-{area}-beneficiaries-2020",
            f"Beneficiaries, {area} area, 2020",
            "2020",
            total,
            "R20",
            "programme-area cards",
            beneficiaries(**base),
        )
        yield figure(
            f"area-{area}-learning-events-2020",
            f"Learning events, {area} area, 2020",
            "2020",
            learning_events,
            "R20",
            "programme-area cards",
            {"measure": "events", "filters": {**base, "learning": True}},
            discrepancy=note,
        )
        yield figure(
            f"area-{area}-learners-2020",
            f"Learners, {area} area, 2020",
            "2020",
            learner_count,
            "R20",
            "programme-area cards",
            beneficiaries(**base, beneficiary_type="learning"),
            discrepancy=note,
        )
        yield figure(
            f"area-{area}-certificates-2020",
            f"Certificates, {area} area, 2020",
            "2020",
            certificates,
            "R20",
            "programme-area cards",
            {"measure": "certificates", "filters": base},
            discrepancy=note,
        )
    yield figure(
        "area-defeat-ncd-beneficiaries-2020",
        "Beneficiaries, Defeat-NCD Partnership, 2020",
        "2020",
        436,
        "R20",
        "total less the programme-area cards (published-figures.md)",
        beneficiaries(year=2020, area="defeat-ncd"),
    )


def _programmes():
    p = "programme"
    yield figure(
        "cifal-learners-2019",
        "CIFAL Global Network: people trained, 2019",
        "2019",
        34_862,
        "R19",
        "CIFAL",
        beneficiaries(**learners(2019, programme="cifal-global-network")),
    )
    yield figure(
        "cifal-countries-2019",
        "CIFAL Global Network: countries of people trained, 2019",
        "2019",
        70,
        "R19",
        "CIFAL",
        {"measure": "countries", "filters": learners(2019, programme="cifal-global-network")},
    )
    yield figure(
        "cifal-beneficiaries-2020",
        "CIFAL Global Network: beneficiaries, 2020",
        "2020",
        89_060,
        E21,
        "para 27",
        beneficiaries(year=2020, programme="cifal-global-network"),
    )
    yield figure(
        "cifal-women-share-2020",
        "CIFAL Global Network: share of women, 2020",
        "2020",
        68,
        E21,
        "para 27",
        share(
            "beneficiaries",
            {"year": 2020, p: "cifal-global-network", "gender": "female"},
            {"year": 2020, p: "cifal-global-network"},
        ),
        unit="percent",
    )
    yield figure(
        "cifal-events-2020",
        "CIFAL Global Network: activities, 2020",
        "2020",
        136,
        "R20",
        "CIFAL",
        {"measure": "events", "filters": {"year": 2020, p: "cifal-global-network"}},
    )
    for year, value in ((2019, 6_123), (2020, 2_815)):
        yield figure(
            f"pre-deployment-{year}",
            f"Military personnel trained before deployment, {year}",
            str(year),
            value,
            "R20",
            "peacekeeping",
            beneficiaries(year=year, programme="peacekeeping-pre-deployment"),
        )
    yield figure(
        "pre-deployment-2019-2020",
        "Military personnel trained before deployment, 2019-2020",
        "2019-2020",
        8_938,
        E21,
        "para 17",
        beneficiaries(year_from=2019, year_to=2020, programme="peacekeeping-pre-deployment"),
    )
    yield figure(
        "pre-deployment-countries-2019-2020",
        "Troop-contributing countries trained, 2019-2020",
        "2019-2020",
        8,
        E21,
        "para 17",
        {
            "measure": "countries",
            "filters": {"year_from": 2019, "year_to": 2020, p: "peacekeeping-pre-deployment"},
        },
    )
    yield figure(
        "francophone-africa-officials-2020",
        "Officials trained in conflict prevention, 2020",
        "2020",
        31,
        E21,
        "para 15",
        beneficiaries(year=2020, programme="francophone-africa-conflict-prevention"),
    )
    yield figure(
        "francophone-africa-women-share-2020",
        "Share of women among them, 2020",
        "2020",
        52,
        E21,
        "para 15",
        share(
            "beneficiaries",
            {"year": 2020, p: "francophone-africa-conflict-prevention", "gender": "female"},
            {"year": 2020, p: "francophone-africa-conflict-prevention"},
        ),
        unit="percent",
    )
    yield figure(
        "fellowship-participants-2020",
        "Peacemaking fellowship participants, 2020",
        "2020",
        41,
        E21,
        "para 16",
        beneficiaries(year=2020, programme="peacemaking-preventive-diplomacy-fellowship"),
    )
    yield figure(
        "women-mediators-2020",
        "New members of the women mediators' network trained",
        "2020",
        35,
        E21,
        "para 19",
        beneficiaries(year=2020, programme="african-women-mediators"),
    )
    yield figure(
        "colombia-trainers-2019-2020",
        "Senior trainers trained in Colombia, 2019-2020",
        "2019-2020",
        67,
        E21,
        "para 20",
        beneficiaries(
            year_from=2019,
            year_to=2020,
            programme="colombia-youth-peacebuilding",
            beneficiary_type="learning",
        ),
    )
    yield figure(
        "colombia-community-beneficiaries-2019-2020",
        "Other beneficiaries in 56 Colombian communities, 2019-2020",
        "2019-2020",
        5_500,
        E21,
        "para 20",
        beneficiaries(
            year_from=2019,
            year_to=2020,
            programme="colombia-youth-peacebuilding",
            beneficiary_type="knowledge-sharing",
        ),
    )
    law = ["military-police", "government"]
    yield figure(
        "road-safety-law-enforcement-2020",
        "Law-enforcement and road-safety officials trained",
        "2020",
        687,
        E21,
        "para 25",
        beneficiaries(**learners(2020, programme="road-safety", sector=law)),
    )
    yield figure(
        "road-safety-assessment-2020",
        "Stakeholders trained in road-assessment tools",
        "2020",
        3_719,
        E21,
        "para 25",
        {
            "measure": "beneficiaries",
            "filters": learners(2020, programme="road-safety"),
            "exclude": {"sector": law},
        },
    )
    yield figure(
        "global-surgery-beneficiaries-2020",
        "Global Surgery: people directly benefiting",
        "2020",
        5_000,
        E21,
        "para 26",
        beneficiaries(year=2020, programme="global-surgery"),
        comparator="at-least",
    )
    yield figure(
        "global-surgery-countries-2020",
        "Global Surgery: countries",
        "2020",
        100,
        E21,
        "para 26",
        {"measure": "countries", "filters": {"year": 2020, p: "global-surgery"}},
        comparator="at-least",
    )
    yield figure(
        "anti-corruption-learners-2020",
        "Anti-corruption e-learning beneficiaries",
        "2020",
        527,
        E21,
        "para 29",
        beneficiaries(year=2020, programme="anti-corruption"),
    )
    yield figure(
        "anti-corruption-countries-2020",
        "Anti-corruption: countries",
        "2020",
        34,
        E21,
        "para 29",
        {"measure": "countries", "filters": {"year": 2020, p: "anti-corruption"}},
    )
    yield figure(
        "financial-inclusion-2020",
        "Financial inclusion mobile-learning beneficiaries",
        "2020",
        1_200,
        E21,
        "para 42",
        beneficiaries(**learners(2020, programme="financial-inclusion-agfund")),
        comparator="at-least",
    )
    yield figure(
        "statact-participants-2020",
        "StaTact workshop participants",
        "2020",
        92,
        E21,
        "para 48",
        beneficiaries(year=2020, programme="sdg-data-statact"),
    )
    yield figure(
        "statact-countries-2020",
        "StaTact: countries",
        "2020",
        36,
        E21,
        "para 48",
        {"measure": "countries", "filters": {"year": 2020, p: "sdg-data-statact"}},
    )
    yield figure(
        "unosat-ldc-sids-learners-2019-2020",
        "UNOSAT learners from LDCs and SIDS, 2019-2020",
        "2019-2020",
        1_189,
        E21,
        "para 49",
        beneficiaries(
            year_from=2019,
            year_to=2020,
            area="unosat",
            beneficiary_type="learning",
            country_group=["ldc", "sids"],
        ),
    )
    yield figure(
        "diplomacy-online-participants-2020",
        "Participants in online diplomacy courses",
        "2020",
        500,
        E21,
        "para 54",
        beneficiaries(**learners(2020, programme="diplomacy-online-courses")),
        comparator="at-least",
    )
    yield figure(
        "defeat-ncd-rwanda-clinicians-2020",
        "Clinicians in Rwanda reached by Defeat-NCD",
        "2020",
        275,
        E21,
        "para 6",
        beneficiaries(year=2020, programme="defeat-ncd-partnership", country="RWA"),
    )


def beneficiary_and_event_figures() -> list[dict]:
    return [
        *_yearly(),
        *_events(),
        *_pillars(),
        *_learner_breakdowns(),
        *_area_cards(),
        *_programmes(),
    ]
