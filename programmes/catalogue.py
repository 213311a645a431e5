"""The programme catalogue as data: pillars, areas, programmes, SDGs, indicators and highlights.

Every fact cites where it is published: "E/2021/49 para N" is the Secretary-General's report on
UNITAR (the seed is its Chinese edition); R19 and R20 are UNITAR's 2019 and 2020 results sites
(see shared/facts/published-figures.md). Names are keyed by Django language code; the Chinese
names use the seed's own wording wherever the seed names the thing.
"""

# The names and the seed's text are in six scripts: full-width Chinese punctuation and Cyrillic
# letters that look Latin are meant.
# ruff: noqa: RUF001

import calendar
import re
from dataclasses import dataclass
from datetime import date

REPORT = "E/2021/49"
LANGUAGES = ("en", "zh-hans", "fr", "es", "ru", "ar")


def _names(*, en: str, zh_hans: str, fr: str, es: str, ru: str, ar: str) -> dict[str, str]:
    return {"en": en, "zh-hans": zh_hans, "fr": fr, "es": es, "ru": ru, "ar": ar}


def _para(numbers: str) -> str:
    return f"{REPORT} para {numbers}" if numbers.isdigit() else f"{REPORT} paras {numbers}"


@dataclass(frozen=True)
class PillarEntry:
    """A strategic objective of the 2018-2021 Strategic Framework (E/2021/49 paras 3, 45)."""

    slug: str
    code: str
    position: int
    names: dict[str, str]


@dataclass(frozen=True)
class AreaEntry:
    """A programme area (division); the last four are cross-cutting (E/2021/49 para 45)."""

    slug: str
    position: int
    cross_cutting: bool
    names: dict[str, str]


@dataclass(frozen=True)
class ProgrammeEntry:
    """A programme, initiative or partnership as the seed names it, in one area and one pillar."""

    slug: str
    area: str
    pillar: str
    summary: str
    source: str
    names: dict[str, str]


@dataclass(frozen=True)
class IndicatorEntry:
    """A programme result that is not a head count; its period label fixes its dates."""

    programme: str
    code: str
    name: str
    period: str
    value: str
    comparator: str
    unit: str
    source: str

    @property
    def period_start(self) -> date:
        return _period_bounds(self.period)[0]

    @property
    def period_end(self) -> date:
        return _period_bounds(self.period)[1]


@dataclass(frozen=True)
class HighlightEntry:
    """One paragraph of E/2021/49, attached to what it describes; zh-hans is the seed's text."""

    paragraph: int
    pillar: str | None = None
    area: str | None = None
    programme: str | None = None
    source: str = REPORT
    period: str = "2019-2020"

    @property
    def text(self) -> str:
        return HIGHLIGHT_TEXT_EN[self.paragraph]

    @property
    def text_translations(self) -> dict[str, str]:
        from programmes import highlight_translations as ours

        return {
            "zh-hans": SEED_PARAGRAPHS_ZH[self.paragraph],
            "fr": ours.HIGHLIGHT_TEXT_FR[self.paragraph],
            "es": ours.HIGHLIGHT_TEXT_ES[self.paragraph],
            "ru": ours.HIGHLIGHT_TEXT_RU[self.paragraph],
            "ar": ours.HIGHLIGHT_TEXT_AR[self.paragraph],
        }


def _period_bounds(label: str) -> tuple[date, date]:
    """'2020', '2018-2019', '2020-09' or '2020-12-31' as first and last day."""
    if re.fullmatch(r"\d{4}", label):
        return date(int(label), 1, 1), date(int(label), 12, 31)
    if re.fullmatch(r"\d{4}-\d{4}", label):
        first, last = label.split("-")
        return date(int(first), 1, 1), date(int(last), 12, 31)
    if re.fullmatch(r"\d{4}-\d{2}", label):
        year, month = (int(part) for part in label.split("-"))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date.fromisoformat(label)
    return day, day


PILLARS: list[PillarEntry] = [
    PillarEntry(
        "peace",
        "SO1",
        1,
        _names(en="Peace", zh_hans="和平", fr="Paix", es="Paz", ru="Мир", ar="السلام"),
    ),
    PillarEntry(
        "people",
        "SO2",
        2,
        _names(en="People", zh_hans="人民", fr="Humanité", es="Personas", ru="Люди", ar="الناس"),
    ),
    PillarEntry(
        "planet",
        "SO3",
        3,
        _names(en="Planet", zh_hans="地球", fr="Planète", es="Planeta", ru="Планета", ar="الكوكب"),
    ),
    PillarEntry(
        "prosperity",
        "SO4",
        4,
        _names(
            en="Prosperity",
            zh_hans="繁荣",
            fr="Prospérité",
            es="Prosperidad",
            ru="Процветание",
            ar="الازدهار",
        ),
    ),
    PillarEntry(
        "agenda-2030",
        "SO5",
        5,
        _names(
            en="Accelerating the 2030 Agenda",
            zh_hans="加快执行《2030 年议程》",
            fr="Accélérer la mise en œuvre du Programme 2030",
            es="Acelerar la implementación de la Agenda 2030",
            ru="Ускорение осуществления Повестки дня на период до 2030 года",
            ar="تسريع تنفيذ خطة عام 2030",
        ),
    ),
]

_PILLAR_NAMES = {pillar.slug: pillar.names for pillar in PILLARS}

AREAS: list[AreaEntry] = [
    AreaEntry("peace", 1, False, _PILLAR_NAMES["peace"]),
    AreaEntry("people", 2, False, _PILLAR_NAMES["people"]),
    AreaEntry("planet", 3, False, _PILLAR_NAMES["planet"]),
    AreaEntry("prosperity", 4, False, _PILLAR_NAMES["prosperity"]),
    AreaEntry(
        "diplomacy",
        5,
        True,
        _names(
            en="Multilateral Diplomacy",
            zh_hans="多边外交",
            fr="Diplomatie multilatérale",
            es="Diplomacia multilateral",
            ru="Многосторонняя дипломатия",
            ar="الدبلوماسية المتعددة الأطراف",
        ),
    ),
    AreaEntry("agenda-2030", 6, True, _PILLAR_NAMES["agenda-2030"]),
    AreaEntry(
        "unosat",
        7,
        True,
        # The seed calls UNOSAT 业务卫星应用方案 and asks that it be recognized as
        # 联合国卫星中心, the United Nations Satellite Centre (E/2021/49 para 71).
        _names(
            en="Satellite Analysis (UNOSAT)",
            zh_hans="卫星分析(业务卫星应用方案)",
            fr="Analyse satellitaire (UNOSAT)",
            es="Análisis satelital (UNOSAT)",
            ru="Спутниковый анализ (ЮНОСАТ)",
            ar="التحليل الساتلي (اليونوسات)",
        ),
    ),
    AreaEntry(
        "defeat-ncd",
        8,
        True,
        _names(
            en="Defeat-NCD Partnership",
            zh_hans="战胜非传染性疾病伙伴关系",
            fr="Partenariat Defeat-NCD (Vaincre les maladies non transmissibles)",
            es="Alianza Defeat-NCD (Vencer las Enfermedades No Transmisibles)",
            ru="Партнерство «Победить НИЗ» (Defeat-NCD)",
            ar="شراكة دحر الأمراض غير المعدية (Defeat-NCD)",
        ),
    ),
]

PROGRAMMES: list[ProgrammeEntry] = [
    # Peace area, Peace pillar (E/2021/49 paras 14-24)
    ProgrammeEntry(
        slug="peace-high-level-seminars",
        area="peace",
        pillar="peace",
        source=_para("14"),
        summary=(
            "High-level seminars and knowledge exchange on peace and security with Special and "
            "Personal Representatives and Envoys of the Secretary-General, Member States and "
            "regional organizations."
        ),
        names=_names(
            en="High-level Seminars on Peace and Security",
            zh_hans="和平与安全高级别研讨会",
            fr="Séminaires de haut niveau sur la paix et la sécurité",
            es="Seminarios de alto nivel sobre paz y seguridad",
            ru="Семинары высокого уровня по вопросам мира и безопасности",
            ar="الحلقات الدراسية الرفيعة المستوى بشأن السلام والأمن",
        ),
    ),
    ProgrammeEntry(
        slug="francophone-africa-conflict-prevention",
        area="peace",
        pillar="peace",
        source=_para("15"),
        summary=(
            "Advanced training in conflict analysis, prevention and resolution for mid- and "
            "senior-level officials, peace operation staff and civil society in francophone Africa."
        ),
        names=_names(
            en="Training Programme on Conflict Prevention and Peacebuilding in Francophone Africa",
            zh_hans="非洲法语国家预防冲突和建立和平培训方案",
            fr=(
                "Programme de formation à la prévention des conflits et à la consolidation de la "
                "paix en Afrique francophone"
            ),
            es=(
                "Programa de capacitación en prevención de conflictos y consolidación de la paz en "
                "el África francófona"
            ),
            ru=(
                "Программа подготовки по вопросам предотвращения конфликтов и миростроительства во "
                "франкоязычной Африке"
            ),
            ar=(
                "برنامج التدريب على منع نشوب النزاعات وبناء السلام في البلدان الأفريقية الناطقة "
                "بالفرنسية"
            ),
        ),
    ),
    ProgrammeEntry(
        slug="peacemaking-preventive-diplomacy-fellowship",
        area="peace",
        pillar="peace",
        source=_para("16"),
        summary=(
            "An intensive two-week annual fellowship in peacemaking and preventive diplomacy for "
            "mid- and senior-level United Nations, regional-organization and foreign-ministry "
            "professionals."
        ),
        names=_names(
            en="Fellowship Programme in Peacemaking and Preventive Diplomacy",
            zh_hans="建立和平和预防外交研究金方案",
            fr=(
                "Programme de bourses de perfectionnement en rétablissement de la paix et "
                "diplomatie préventive"
            ),
            es="Programa de becas sobre establecimiento de la paz y diplomacia preventiva",
            ru="Программа стипендий в области миротворчества и превентивной дипломатии",
            ar="برنامج الزمالات في مجال صنع السلام والدبلوماسية الوقائية",
        ),
    ),
    ProgrammeEntry(
        slug="peacekeeping-pre-deployment",
        area="peace",
        pillar="peace",
        source=_para("17"),
        summary=(
            "Pre-deployment training for military and police personnel of African troop- and "
            "police-contributing countries before they join United Nations peacekeeping operations "
            "such as MINUSMA."
        ),
        names=_names(
            en="Pre-deployment Training for Peacekeeping Personnel",
            zh_hans="维和人员部署前培训",
            fr="Formation préalable au déploiement du personnel de maintien de la paix",
            es="Capacitación previa al despliegue del personal de mantenimiento de la paz",
            ru="Подготовка миротворческого персонала перед развертыванием",
            ar="التدريب السابق للنشر لأفراد حفظ السلام",
        ),
    ),
    ProgrammeEntry(
        slug="peacekeeping-medical-trauma",
        area="peace",
        pillar="peace",
        source=_para("18"),
        summary=(
            "Training for medical and paramedical personnel of peacekeeping operations and the "
            "Malian armed forces to respond to physical and psychological trauma in a "
            "gender-sensitive way."
        ),
        names=_names(
            en="Medical and Trauma Response Training for Peacekeepers",
            zh_hans="维和人员医疗和身心创伤应对培训",
            fr=(
                "Formation médicale et prise en charge des traumatismes pour le personnel de "
                "maintien de la paix"
            ),
            es=(
                "Capacitación en atención médica y de traumas para el personal de mantenimiento de "
                "la paz"
            ),
            ru="Подготовка миротворцев по оказанию помощи при физических и психологических травмах",
            ar="التدريب على الرعاية الطبية ومعالجة الصدمات لأفراد حفظ السلام",
        ),
    ),
    ProgrammeEntry(
        slug="african-women-mediators",
        area="peace",
        pillar="peace",
        source=_para("19"),
        summary=(
            "Training in preventive diplomacy and mediation for members of the African Network of "
            "Women in Conflict Prevention and Mediation (FemWise-Africa)."
        ),
        names=_names(
            en="Capacity-building for African Women Mediators",
            zh_hans="加强非洲女调解人的能力",
            fr="Renforcement des capacités des femmes médiatrices africaines",
            es="Fortalecimiento de la capacidad de las mediadoras africanas",
            ru="Укрепление потенциала африканских женщин-посредников",
            ar="بناء قدرات الوسيطات الأفريقيات",
        ),
    ),
    ProgrammeEntry(
        slug="colombia-youth-peacebuilding",
        area="peace",
        pillar="peace",
        source=_para("20"),
        summary=(
            "Support for youth-led peace efforts, community-based reintegration, conflict "
            "resolution and reconciliation in communities across Colombia."
        ),
        names=_names(
            en="Youth-led Peacebuilding in Colombia",
            zh_hans="支持哥伦比亚青年人领导的和平努力",
            fr="Consolidation de la paix menée par les jeunes en Colombie",
            es="Consolidación de la paz liderada por jóvenes en Colombia",
            ru="Миростроительство под руководством молодежи в Колумбии",
            ar="بناء السلام بقيادة الشباب في كولومبيا",
        ),
    ),
    ProgrammeEntry(
        slug="ddr-weapons-ammunition-management",
        area="peace",
        pillar="peace",
        source=_para("21"),
        summary=(
            "Capacity-building for disarmament, demobilization and reintegration practitioners in "
            "weapons and ammunition management, with an online community of practice launched in "
            "2020."
        ),
        names=_names(
            en=(
                "Disarmament, Demobilization and Reintegration and Weapons and Ammunition "
                "Management"
            ),
            zh_hans="解除武装、复员和重返社会及武器弹药管理",
            fr="Désarmement, démobilisation et réintégration et gestion des armes et des munitions",
            es="Desarme, desmovilización y reintegración y gestión de armas y municiones",
            ru="Разоружение, демобилизация и реинтеграция и управление оружием и боеприпасами",
            ar="نزع السلاح والتسريح وإعادة الإدماج وإدارة الأسلحة والذخيرة",
        ),
    ),
    ProgrammeEntry(
        slug="conflict-prevention-early-warning",
        area="peace",
        pillar="peace",
        source=_para("22"),
        summary=(
            "A programme with the World Bank supporting the African Union in early warning and "
            "disarmament, demobilization and reintegration at the nexus of conflict prevention and "
            "crisis response."
        ),
        names=_names(
            en="Early Warning and Conflict Prevention Support to the African Union",
            zh_hans="支持非洲联盟的预警和预防冲突方案",
            fr="Appui à l'Union africaine en matière d'alerte rapide et de prévention des conflits",
            es="Apoyo a la Unión Africana en alerta temprana y prevención de conflictos",
            ru=(
                "Поддержка Африканского союза в области раннего предупреждения и предотвращения "
                "конфликтов"
            ),
            ar="دعم الاتحاد الأفريقي في مجال الإنذار المبكر ومنع نشوب النزاعات",
        ),
    ),
    ProgrammeEntry(
        slug="clean-energy-challenge",
        area="peace",
        pillar="peace",
        source=_para("23"),
        summary=(
            "The secretariat of the UNHCR Clean Energy Challenge, coordinating system-wide action "
            "to bring clean energy to displaced communities."
        ),
        names=_names(
            en="Clean Energy Challenge",
            zh_hans="清洁能源挑战",
            fr="Défi de l'énergie propre",
            es="Desafío de la Energía Limpia",
            ru="Инициатива УВКБ «Чистая энергия»",
            ar="تحدي الطاقة النظيفة",
        ),
    ),
    ProgrammeEntry(
        slug="east-africa-democratic-governance",
        area="peace",
        pillar="peace",
        source=_para("24"),
        summary=(
            "Targeted training for legislative assemblies and civil society in East African "
            "Community member States to strengthen democratic governance and accountability."
        ),
        names=_names(
            en="Democratic Governance and Accountability in the East African Community",
            zh_hans="东非共同体民主治理和问责",
            fr="Gouvernance démocratique et responsabilité dans la Communauté d'Afrique de l'Est",
            es="Gobernanza democrática y rendición de cuentas en la Comunidad de África Oriental",
            ru="Демократическое управление и подотчетность в Восточноафриканском сообществе",
            ar="الحكم الديمقراطي والمساءلة في جماعة شرق أفريقيا",
        ),
    ),
    # People area, People pillar (E/2021/49 paras 25-29)
    ProgrammeEntry(
        slug="road-safety",
        area="people",
        pillar="people",
        source=_para("25"),
        summary=(
            "Advocacy, awareness-raising and training of authorities and stakeholders to help "
            "halve road traffic deaths and injuries by 2030."
        ),
        names=_names(
            en="Road Safety Initiative",
            zh_hans="道路安全倡议",
            fr="Initiative pour la sécurité routière",
            es="Iniciativa de Seguridad Vial",
            ru="Инициатива по безопасности дорожного движения",
            ar="مبادرة السلامة على الطرق",
        ),
    ),
    ProgrammeEntry(
        slug="global-surgery",
        area="people",
        pillar="people",
        source=_para("26"),
        summary=(
            "A multi-stakeholder platform expanding access to safe surgery, obstetrics and "
            "anaesthesia, including national surgical planning with Harvard Medical School."
        ),
        names=_names(
            en="Global Surgery Initiative",
            zh_hans="全球外科倡议",
            fr="Initiative mondiale pour la chirurgie",
            es="Iniciativa Mundial de Cirugía",
            ru="Глобальная хирургическая инициатива",
            ar="المبادرة العالمية للجراحة",
        ),
    ),
    ProgrammeEntry(
        slug="cifal-global-network",
        area="people",
        pillar="people",
        source=_para("27"),
        summary=(
            "A global network of International Training Centres for Authorities and Leaders that "
            "delivers capacity-building on sustainable development within countries."
        ),
        names=_names(
            en="CIFAL Global Network",
            zh_hans="当局和领导人国际培训中心全球网络",
            fr=(
                "Réseau mondial des CIFAL (Centres internationaux de formation des autorités et "
                "des dirigeants)"
            ),
            es="Red Mundial CIFAL (Centros Internacionales de Formación de Autoridades y Líderes)",
            ru=(
                "Глобальная сеть СИФАЛ (международных учебных центров для руководителей и "
                "должностных лиц)"
            ),
            ar="الشبكة العالمية لمراكز سيفال (المراكز الدولية لتدريب السلطات والقادة)",
        ),
    ),
    ProgrammeEntry(
        slug="mayors-migration-forum",
        area="people",
        pillar="people",
        source=_para("28"),
        summary=(
            "The Mayoral Forum on Human Mobility, Migration and Development, where city and "
            "regional leaders exchange views and practices on migration, development and "
            "displacement."
        ),
        names=_names(
            en="Mayoral Forum on Human Mobility, Migration and Development",
            zh_hans="人口流动、移民和发展问题市长论坛",
            fr="Forum des maires sur la mobilité humaine, les migrations et le développement",
            es="Foro de Alcaldes sobre Movilidad Humana, Migración y Desarrollo",
            ru="Форум мэров по вопросам мобильности населения, миграции и развития",
            ar="منتدى رؤساء البلديات المعني بتنقل البشر والهجرة والتنمية",
        ),
    ),
    ProgrammeEntry(
        slug="anti-corruption",
        area="people",
        pillar="people",
        source=_para("29"),
        summary=(
            "An online anti-corruption training platform, built with the Rule of Law and "
            "Anti-Corruption Center, for developing countries where corruption hinders sustainable "
            "development."
        ),
        names=_names(
            en="Anti-corruption Training Platform",
            zh_hans="反腐败培训平台",
            fr="Plateforme de formation à la lutte contre la corruption",
            es="Plataforma de capacitación en la lucha contra la corrupción",
            ru="Учебная платформа по борьбе с коррупцией",
            ar="منصة التدريب على مكافحة الفساد",
        ),
    ),
    # Planet area, Planet pillar (E/2021/49 paras 30-37)
    ProgrammeEntry(
        slug="un-cc-learn",
        area="planet",
        pillar="planet",
        source=_para("30-32"),
        summary=(
            "The One UN Climate Change Learning Partnership, hosted by UNITAR, with a free "
            "e-learning platform and national climate change learning strategies."
        ),
        names=_names(
            en="UN CC:Learn (One UN Climate Change Learning Partnership)",
            zh_hans="“联合国一体化”气候变化学习伙伴关系",
            fr=(
                "UN CC:Learn (Partenariat « Unis dans l'action » pour l'apprentissage sur les "
                "changements climatiques)"
            ),
            es=(
                "UN CC:Learn (Alianza Unidos en la Acción para el Aprendizaje sobre el Cambio "
                "Climático)"
            ),
            ru="UN CC:Learn (Партнерство «Единая ООН» по обучению в области изменения климата)",
            ar="شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ (UN CC:Learn)",
        ),
    ),
    ProgrammeEntry(
        slug="page-green-economy",
        area="planet",
        pillar="planet",
        source=_para("33-34"),
        summary=(
            "The Partnership for Action on Green Economy, in which UNITAR builds individual and "
            "institutional capacity for inclusive green economies and green recovery."
        ),
        names=_names(
            en="Partnership for Action on Green Economy (PAGE)",
            zh_hans="绿色经济行动伙伴关系",
            fr="Partenariat pour l'action en faveur d'une économie verte (PAGE)",
            es="Alianza para la Acción hacia una Economía Verde (PAGE)",
            ru="Партнерство в интересах действий по формированию «зеленой» экономики (ПАГЕ)",
            ar="الشراكة من أجل العمل بشأن الاقتصاد الأخضر",
        ),
    ),
    ProgrammeEntry(
        slug="chemicals-waste-management",
        area="planet",
        pillar="planet",
        source=_para("35"),
        summary=(
            "Training and technical assistance for the sound management of chemicals and waste, "
            "including PCBs and national mercury action plans under the Minamata Convention."
        ),
        names=_names(
            en="Chemicals and Waste Management",
            zh_hans="化学品和废物管理",
            fr="Gestion des produits chimiques et des déchets",
            es="Gestión de productos químicos y desechos",
            ru="Регулирование химических веществ и отходов",
            ar="إدارة المواد الكيميائية والنفايات",
        ),
    ),
    ProgrammeEntry(
        slug="ghs-capacity-building",
        area="planet",
        pillar="planet",
        source=_para("36"),
        summary=(
            "The global partnership, co-led with ILO and OECD, for capacity-building to implement "
            "the Globally Harmonized System of Classification and Labelling of Chemicals."
        ),
        names=_names(
            en="Global Partnership for Capacity Building to Implement the GHS",
            zh_hans="全球化学品统一分类和标签制度能力建设全球伙伴关系",
            fr=(
                "Partenariat mondial pour le renforcement des capacités en vue de la mise en œuvre "
                "du SGH"
            ),
            es="Alianza Mundial para el Fomento de la Capacidad de Aplicación del SGA",
            ru="Глобальное партнерство по наращиванию потенциала для внедрения СГС",
            ar="الشراكة العالمية لبناء القدرات من أجل تنفيذ النظام المتوائم عالمياً",
        ),
    ),
    ProgrammeEntry(
        slug="sustainable-cycles",
        area="planet",
        pillar="planet",
        source=_para("37"),
        summary=(
            "A research and training programme of the UNITAR office in Bonn on sustainable "
            "production, consumption and disposal, publisher of the Global E-waste Monitor."
        ),
        names=_names(
            en="Sustainable Cycles (SCYCLE) Programme",
            zh_hans="可持续循环方案",
            fr="Programme Cycles durables (SCYCLE)",
            es="Programa Ciclos Sostenibles (SCYCLE)",
            ru="Программа «Устойчивые циклы» (SCYCLE)",
            ar="برنامج الدورات المستدامة (SCYCLE)",
        ),
    ),
    # Prosperity area, Prosperity pillar (E/2021/49 paras 38-44)
    ProgrammeEntry(
        slug="employability-entrepreneurship",
        area="prosperity",
        pillar="prosperity",
        source=_para("39"),
        summary=(
            "Entrepreneurship and social entrepreneurship training for young people and women in "
            "Afghanistan, Ethiopia, Iraq, Kenya, Somalia and the Sudan."
        ),
        names=_names(
            en="Employability and Entrepreneurship",
            zh_hans="就业能力和创业能力",
            fr="Employabilité et entrepreneuriat",
            es="Empleabilidad y emprendimiento",
            ru="Возможности трудоустройства и предпринимательство",
            ar="قابلية التوظيف ومباشرة الأعمال الحرة",
        ),
    ),
    ProgrammeEntry(
        slug="leadership-afghanistan",
        area="prosperity",
        pillar="prosperity",
        source=_para("40"),
        summary=(
            "Leadership training for sustainable development for central and local government and "
            "civil society representatives in Afghanistan."
        ),
        names=_names(
            en="Leadership for Sustainable Development in Afghanistan",
            zh_hans="阿富汗可持续发展领导力培训",
            fr="Leadership pour le développement durable en Afghanistan",
            es="Liderazgo para el desarrollo sostenible en el Afganistán",
            ru="Лидерство в интересах устойчивого развития в Афганистане",
            ar="القيادة من أجل التنمية المستدامة في أفغانستان",
        ),
    ),
    ProgrammeEntry(
        slug="trade-finance-covid-recovery",
        area="prosperity",
        pillar="prosperity",
        source=_para("41"),
        summary=(
            "Support, with the Geneva School of Diplomacy and International Relations, for African "
            "trade and finance officials shaping policy responses to the economic effects of "
            "COVID-19."
        ),
        names=_names(
            en="Trade and Public Finance for COVID-19 Recovery",
            zh_hans="促进 COVID-19 后复苏的贸易和财政培训",
            fr="Commerce et finances publiques au service du relèvement après la COVID-19",
            es="Comercio y finanzas públicas para la recuperación tras la COVID-19",
            ru="Торговля и государственные финансы в интересах восстановления после COVID-19",
            ar="التجارة والمالية العامة من أجل التعافي من جائحة كوفيد-19",
        ),
    ),
    ProgrammeEntry(
        slug="financial-inclusion-agfund",
        area="prosperity",
        pillar="prosperity",
        source=_para("42"),
        summary=(
            "Mobile-learning training, with the Arab Gulf Programme for Development, for financial "
            "officials on digital financial services for the unbanked poorest."
        ),
        names=_names(
            en="Financial Inclusion with the Arab Gulf Programme for Development (AGFUND)",
            zh_hans="与阿拉伯湾支援发展方案合作促进金融普惠",
            fr=(
                "Inclusion financière avec le Programme arabe du Golfe pour le développement "
                "(AGFUND)"
            ),
            es="Inclusión financiera con el Programa del Golfo Árabe para el Desarrollo (AGFUND)",
            ru=(
                "Расширение доступа к финансовым услугам совместно с Программой развития арабских "
                "государств Залива (АГФАНД)"
            ),
            ar="الشمول المالي بالتعاون مع برنامج الخليج العربي للتنمية (أجفند)",
        ),
    ),
    ProgrammeEntry(
        slug="fao-trade-agriculture",
        area="prosperity",
        pillar="prosperity",
        source=_para("43"),
        summary=(
            "Joint training with FAO on agricultural trade, non-tariff measures and WTO "
            "obligations for officials in francophone sub-Saharan Africa and Central Asia."
        ),
        names=_names(
            en="Agricultural Trade Training with FAO",
            zh_hans="与粮农组织合作开展农业贸易培训",
            fr="Formation au commerce agricole avec la FAO",
            es="Capacitación en comercio agrícola con la FAO",
            ru="Обучение по вопросам торговли сельскохозяйственной продукцией совместно с ФАО",
            ar="التدريب على التجارة الزراعية بالتعاون مع منظمة الأغذية والزراعة",
        ),
    ),
    ProgrammeEntry(
        slug="digital-skills-women",
        area="prosperity",
        pillar="prosperity",
        source=_para("44"),
        summary=(
            "Training in artificial intelligence and entrepreneurship skills for women in "
            "Afghanistan and Iraq, with academic partners."
        ),
        names=_names(
            en="Artificial Intelligence and Entrepreneurship Skills for Women",
            zh_hans="妇女人工智能和创业技能培训",
            fr="Compétences en intelligence artificielle et en entrepreneuriat pour les femmes",
            es="Competencias en inteligencia artificial y emprendimiento para mujeres",
            ru="Навыки в области искусственного интеллекта и предпринимательства для женщин",
            ar="مهارات الذكاء الاصطناعي ومباشرة الأعمال الحرة للنساء",
        ),
    ),
    # Accelerating the 2030 Agenda (E/2021/49 paras 46-48)
    ProgrammeEntry(
        slug="integrated-national-financing",
        area="agenda-2030",
        pillar="agenda-2030",
        source=_para("46"),
        summary=(
            "Training, with ESCAP, DESA and UNDP, that links strategic planning and budgeting to "
            "build integrated national financing frameworks."
        ),
        names=_names(
            en="Integrated National Financing Frameworks",
            zh_hans="综合性国家筹资框架",
            fr="Cadres de financement nationaux intégrés",
            es="Marcos nacionales de financiación integrados",
            ru="Комплексные национальные механизмы финансирования",
            ar="أطر التمويل الوطنية المتكاملة",
        ),
    ),
    ProgrammeEntry(
        slug="un-sdg-learn",
        area="agenda-2030",
        pillar="agenda-2030",
        source=_para("47"),
        summary=(
            "The UN SDG:Learn platform, run with the United Nations System Staff College, offering "
            "courses and a primer on the 2030 Agenda."
        ),
        names=_names(
            en="UN SDG:Learn",
            zh_hans="“联合国可持续发展目标：学习”",
            fr=(
                "UN SDG:Learn (plateforme d'apprentissage sur les objectifs de développement "
                "durable)"
            ),
            es=(
                "UN SDG:Learn (plataforma de aprendizaje sobre los Objetivos de Desarrollo "
                "Sostenible)"
            ),
            ru="UN SDG:Learn (платформа обучения по целям в области устойчивого развития)",
            ar="منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة (UN SDG:Learn)",
        ),
    ),
    ProgrammeEntry(
        slug="sdg-data-statact",
        area="agenda-2030",
        pillar="agenda-2030",
        source=_para("48"),
        summary=(
            "Capacity-building on data for the Sustainable Development Goals, including the "
            "StaTact short-term statistical planning tool."
        ),
        names=_names(
            en="Data for the SDGs and StaTact",
            zh_hans="可持续发展目标数据和短期统计规划工具 StaTact",
            fr="Données pour les ODD et outil StaTact",
            es="Datos para los ODS y herramienta StaTact",
            ru="Данные для ЦУР и инструмент StaTact",
            ar="البيانات المتعلقة بأهداف التنمية المستدامة وأداة StaTact",
        ),
    ),
    # Satellite analysis (UNOSAT), Planet pillar (E/2021/49 paras 9, 49-52)
    ProgrammeEntry(
        slug="unosat-gis-training",
        area="unosat",
        pillar="planet",
        source=_para("49"),
        summary=(
            "Training in geographic information systems and geospatial technology, mainly for "
            "government staff of least developed countries and small island developing States."
        ),
        names=_names(
            en="UNOSAT Geospatial Information Training",
            zh_hans="业务卫星应用方案地理信息系统培训",
            fr="Formation de l'UNOSAT aux systèmes d'information géographique",
            es="Capacitación de UNOSAT en sistemas de información geográfica",
            ru="Подготовка ЮНОСАТ по геоинформационным системам",
            ar="تدريب اليونوسات على نظم المعلومات الجغرافية",
        ),
    ),
    ProgrammeEntry(
        slug="unosat-rapid-mapping",
        area="unosat",
        pillar="planet",
        source=_para("9, 49-52"),
        summary=(
            "Satellite-derived maps, analyses and reports for the United Nations system and Member "
            "States in disasters and conflict situations."
        ),
        names=_names(
            en="UNOSAT Rapid Mapping and Satellite Analysis",
            zh_hans="业务卫星应用方案快速制图和卫星图像分析",
            fr="Cartographie rapide et analyse satellitaire de l'UNOSAT",
            es="Cartografía rápida y análisis satelital de UNOSAT",
            ru="Оперативное картирование и спутниковый анализ ЮНОСАТ",
            ar="رسم الخرائط السريع وتحليل الصور الساتلية لليونوسات",
        ),
    ),
    # Multilateral diplomacy (E/2021/49 paras 53-58)
    ProgrammeEntry(
        slug="diplomacy-masters-programmes",
        area="diplomacy",
        pillar="peace",
        source=_para("53"),
        summary=(
            "Master's programmes in diplomacy run with the University of Stirling, the École "
            "Supérieure des Affaires in Beirut and the University for Peace."
        ),
        names=_names(
            en="Master's Programmes in Diplomacy",
            zh_hans="外交硕士课程",
            fr="Programmes de master en diplomatie",
            es="Programas de maestría en diplomacia",
            ru="Магистерские программы в области дипломатии",
            ar="برامج الماجستير في الدبلوماسية",
        ),
    ),
    ProgrammeEntry(
        slug="diplomacy-online-courses",
        area="diplomacy",
        pillar="peace",
        source=_para("54"),
        summary=(
            "Online certificates, diplomas and courses in multilateral diplomacy, international "
            "law and professional skills, including United Nations internship preparation and "
            "Diplomacy 4.0."
        ),
        names=_names(
            en="Online Courses in Diplomacy and International Law",
            zh_hans="外交和国际法在线课程",
            fr="Cours en ligne de diplomatie et de droit international",
            es="Cursos en línea de diplomacia y derecho internacional",
            ru="Онлайн-курсы по дипломатии и международному праву",
            ar="الدورات الإلكترونية في الدبلوماسية والقانون الدولي",
        ),
    ),
    ProgrammeEntry(
        slug="new-york-diplomatic-training",
        area="diplomacy",
        pillar="peace",
        source=_para("56-58"),
        summary=(
            "The New York office's annual briefings, courses and workshops for delegates to the "
            "United Nations, with guides and a mobile application on United Nations procedures."
        ),
        names=_names(
            en="Training for the Diplomatic Community in New York",
            zh_hans="纽约办事处外交界培训方案",
            fr="Formation de la communauté diplomatique à New York",
            es="Capacitación para la comunidad diplomática en Nueva York",
            ru="Подготовка для дипломатического сообщества в Нью-Йорке",
            ar="التدريب لفائدة الأوساط الدبلوماسية في نيويورك",
        ),
    ),
    ProgrammeEntry(
        slug="women-leadership-diplomacy",
        area="diplomacy",
        pillar="people",
        source=_para("55"),
        summary=(
            "Virtual workshops on women's leadership and tailored training for ministries of "
            "foreign affairs on digital, cyber, environmental and science diplomacy."
        ),
        names=_names(
            en="Women's Leadership and Tailored Diplomatic Training",
            zh_hans="妇女领导力和因地制宜的外交培训",
            fr="Leadership des femmes et formations diplomatiques sur mesure",
            es="Liderazgo de las mujeres y capacitación diplomática a medida",
            ru="Лидерство женщин и специализированная дипломатическая подготовка",
            ar="قيادة المرأة والتدريب الدبلوماسي المصمم حسب الاحتياجات",
        ),
    ),
    # Defeat-NCD Partnership, hosted since July 2019 (E/2021/49 paras 6-7, 59-63)
    ProgrammeEntry(
        slug="defeat-ncd-partnership",
        area="defeat-ncd",
        pillar="people",
        source=_para("6-7, 59-63"),
        summary=(
            "A public-private-people partnership helping low-resource countries scale up national "
            "action against noncommunicable diseases."
        ),
        names=_names(
            en="Defeat-NCD Partnership",
            zh_hans="战胜非传染性疾病伙伴关系",
            fr="Partenariat Defeat-NCD (Vaincre les maladies non transmissibles)",
            es="Alianza Defeat-NCD (Vencer las Enfermedades No Transmisibles)",
            ru="Партнерство «Победить НИЗ» (Defeat-NCD)",
            ar="شراكة دحر الأمراض غير المعدية (Defeat-NCD)",
        ),
    ),
]

# The 17 Goals of the 2030 Agenda (A/RES/70/1), by their short names.
SDGS: list[tuple[int, str]] = [
    (1, "No poverty"),
    (2, "Zero hunger"),
    (3, "Good health and well-being"),
    (4, "Quality education"),
    (5, "Gender equality"),
    (6, "Clean water and sanitation"),
    (7, "Affordable and clean energy"),
    (8, "Decent work and economic growth"),
    (9, "Industry, innovation and infrastructure"),
    (10, "Reduced inequalities"),
    (11, "Sustainable cities and communities"),
    (12, "Responsible consumption and production"),
    (13, "Climate action"),
    (14, "Life below water"),
    (15, "Life on land"),
    (16, "Peace, justice and strong institutions"),
    (17, "Partnerships for the goals"),
]

EXACT, AT_LEAST, ABOUT = "exact", "at-least", "about"  # the seed's 近 is about; 超过/多 at least


def _results(programme: str, *rows: tuple[str, ...]) -> list[IndicatorEntry]:
    """One programme's indicators: (code, name, period, value, comparator, unit, source)."""
    return [IndicatorEntry(programme, *row) for row in rows]


INDICATORS: list[IndicatorEntry] = [
    *_results(
        "peacekeeping-pre-deployment",
        (
            "troop-contributing-countries",
            (
                "African troop-contributing countries whose military personnel were trained before "
                "deployment"
            ),
            "2019-2020",
            "8",
            EXACT,
            "countries",
            _para("17"),
        ),
    ),
    *_results(
        "peacekeeping-medical-trauma",
        (
            "peacekeeping-operations",
            (
                "Highest-risk United Nations peacekeeping operations whose personnel the trauma "
                "training targets"
            ),
            "2020",
            "5",
            EXACT,
            "peacekeeping operations",
            _para("18"),
        ),
    ),
    *_results(
        "colombia-youth-peacebuilding",
        (
            "communities",
            "Communities whose capacity was strengthened",
            "2019-2020",
            "56",
            EXACT,
            "communities",
            _para("20"),
        ),
    ),
    *_results(
        "clean-energy-challenge",
        (
            "stakeholders",
            "Stakeholders taking part in the Clean Energy Challenge",
            "2020-01-01",
            "30",
            EXACT,
            "stakeholders",
            _para("23"),
        ),
        (
            "stakeholders",
            "Stakeholders taking part in the Clean Energy Challenge",
            "2020-12-31",
            "250",
            EXACT,
            "stakeholders",
            _para("23"),
        ),
        (
            "task-force-members",
            "Organizations in the inter-agency task force set up by UNITAR",
            "2020",
            "8",
            EXACT,
            "partner organizations",
            _para("23"),
        ),
    ),
    *_results(
        "east-africa-democratic-governance",
        (
            "pilot-countries",
            "Pilot countries of the project (Kenya, Rwanda, United Republic of Tanzania)",
            "2019-2020",
            "3",
            EXACT,
            "countries",
            _para("24"),
        ),
    ),
    *_results(
        "global-surgery",
        (
            "handbook-policymakers",
            (
                "Policymakers in ministries of health and surgical systems who received the "
                "national surgical, obstetric and anaesthesia planning handbook"
            ),
            "2020",
            "750",
            AT_LEAST,
            "policymakers",
            _para("26"),
        ),
        (
            "people-benefiting",
            "People directly benefiting from the initiative, notably through training",
            "2020",
            "5000",
            AT_LEAST,
            "people",
            _para("26"),
        ),
        (
            "countries",
            "Countries of the people directly benefiting",
            "2020",
            "100",
            AT_LEAST,
            "countries",
            _para("26"),
        ),
    ),
    *_results(
        "cifal-global-network",
        (
            "trainee-countries",
            "Countries of the people trained by the network",
            "2019",
            "70",
            EXACT,
            "countries",
            "R19",
        ),
        (
            "centres",
            "CIFAL centres in the global network",
            "2020-12-31",
            "20",
            EXACT,
            "centres",
            _para("27"),
        ),
    ),
    *_results(
        "mayors-migration-forum",
        (
            "delegation-countries",
            "Countries sending delegations to the sixth Mayoral Forum (Quito, January 2020)",
            "2020-01",
            "47",
            EXACT,
            "countries",
            _para("28"),
        ),
    ),
    *_results(
        "anti-corruption",
        (
            "countries",
            "Countries of the e-learning beneficiaries",
            "2020",
            "34",
            EXACT,
            "countries",
            _para("29"),
        ),
    ),
    *_results(
        "un-cc-learn",
        (
            "partner-organizations",
            "Multilateral organizations in the partnership",
            "2020-12-31",
            "36",
            EXACT,
            "partner organizations",
            _para("30"),
        ),
        (
            "countries-active",
            "Countries where the partnership is active",
            "2020-12-31",
            "30",
            AT_LEAST,
            "countries",
            _para("30"),
        ),
        (
            "registered-users",
            "Users registered on the e-learning platform",
            "2020-12-31",
            "400000",
            ABOUT,
            "registered users",
            _para("31"),
        ),
        (
            "user-countries",
            "Countries of the registered users",
            "2020-12-31",
            "195",
            EXACT,
            "countries",
            _para("31"),
        ),
        (
            "certificates",
            "Certificates issued by the platform since it opened",
            "2020-09",
            "100000",
            EXACT,
            "certificates",
            _para("31"),
        ),
        (
            "certificates",
            "Certificates issued by the platform since it opened",
            "2020-12-31",
            "110000",
            ABOUT,
            "certificates",
            _para("31"),
        ),
        (
            "courses",
            "Free courses on climate change and the green economy transition",
            "2020-12-31",
            "30",
            EXACT,
            "courses",
            _para("31"),
        ),
        (
            "national-learning-strategies",
            (
                "Countries launching new national climate change learning strategies (Kenya, "
                "Kyrgyzstan, Zambia, Zimbabwe)"
            ),
            "2019-2020",
            "4",
            EXACT,
            "countries",
            _para("32"),
        ),
        (
            "sica-action-plan-countries",
            (
                "Central American Integration System member States in the regional climate change "
                "education, training and awareness action plan"
            ),
            "2017-2022",
            "8",
            EXACT,
            "countries",
            _para("32"),
        ),
    ),
    *_results(
        "page-green-economy",
        (
            "partner-countries",
            "PAGE partner countries",
            "2020-12-31",
            "20",
            EXACT,
            "countries",
            _para("33"),
        ),
        (
            "partner-agencies",
            "Agencies in the partnership (UNEP, ILO, UNDP, UNIDO, UNITAR)",
            "2020-12-31",
            "5",
            EXACT,
            "partner organizations",
            _para("33"),
        ),
        (
            "green-recovery-countries",
            "Partner countries supported in developing national green recovery plans",
            "2020",
            "15",
            EXACT,
            "countries",
            _para("34"),
        ),
    ),
    *_results(
        "employability-entrepreneurship",
        (
            "countries",
            "Countries of the programme (Afghanistan, Ethiopia, Iraq, Kenya, Somalia, Sudan)",
            "2019-2020",
            "6",
            EXACT,
            "countries",
            _para("39"),
        ),
    ),
    *_results(
        "un-sdg-learn",
        (
            "users",
            "Learners who have used the UN SDG:Learn platform",
            "2020-12-31",
            "69951",
            EXACT,
            "users",
            _para("47"),
        ),
        (
            "partners",
            "Partners of the platform",
            "2020-12-31",
            "59",
            EXACT,
            "partner organizations",
            _para("47"),
        ),
        (
            "courses",
            "Standard courses on the platform",
            "2020-12-31",
            "280",
            EXACT,
            "courses",
            _para("47"),
        ),
        (
            "micro-courses",
            "Micro-courses on the platform",
            "2020-12-31",
            "151",
            EXACT,
            "micro-courses",
            _para("47"),
        ),
        (
            "respondents-reporting-change",
            "Survey respondents who took a course and report a change or a good practice adopted",
            "2020-12-31",
            "53",
            EXACT,
            "per cent",
            _para("47"),
        ),
    ),
    *_results(
        "sdg-data-statact",
        (
            "statact-workshop-countries",
            "Countries of the participants in the StaTact online workshops",
            "2020",
            "36",
            EXACT,
            "countries",
            _para("48"),
        ),
        (
            "statact-pilot-relevance",
            "Participants in the Philippines pilot who find StaTact relevant to their work",
            "2020-12",
            "93",
            EXACT,
            "per cent",
            _para("48"),
        ),
    ),
    *_results(
        "unosat-rapid-mapping",
        (
            "maps-and-reports",
            "Maps and reports derived from satellite imagery for the humanitarian community",
            "2018-2019",
            "639",
            EXACT,
            "maps and reports",
            _para("9"),
        ),
        (
            "satellite-analyses",
            (
                "Satellite image analyses made at the request of the United Nations system and "
                "Member States"
            ),
            "2019-2020",
            "416",
            EXACT,
            "satellite analyses",
            _para("49"),
        ),
        (
            "satellite-analyses",
            (
                "Satellite image analyses made at the request of the United Nations system and "
                "Member States"
            ),
            "2020",
            "300",
            AT_LEAST,
            "satellite analyses",
            "R20",
        ),
        (
            "products",
            "Products generated, such as maps, reports and statistics",
            "2019-2020",
            "1438",
            EXACT,
            "products",
            _para("49"),
        ),
        (
            "products",
            "Products generated, such as maps, reports and statistics",
            "2020",
            "1136",
            EXACT,
            "products",
            "R20",
        ),
        (
            "countries-covered",
            "Countries covered by the analyses and products",
            "2020",
            "59",
            EXACT,
            "countries",
            "R20",
        ),
        (
            "charter-activations",
            (
                "Activations of the International Charter on Space and Major Disasters in which "
                "UNOSAT took part"
            ),
            "2019-2020",
            "30",
            AT_LEAST,
            "activations",
            _para("52"),
        ),
    ),
    *_results(
        "diplomacy-masters-programmes",
        (
            "new-masters-programmes",
            "New master's programmes launched",
            "2019-2020",
            "3",
            EXACT,
            "programmes",
            _para("53"),
        ),
    ),
    *_results(
        "women-leadership-diplomacy",
        (
            "leadership-workshops",
            "Virtual workshops on women's leadership",
            "2020",
            "6",
            EXACT,
            "workshops",
            _para("55"),
        ),
        (
            "leadership-workshops-with-ioe",
            "Women's leadership workshops held with the International Organisation of Employers",
            "2020",
            "3",
            EXACT,
            "workshops",
            _para("55"),
        ),
        (
            "participant-relevance",
            "Participants in the tailored training who find it relevant to their work",
            "2020",
            "90",
            AT_LEAST,
            "per cent",
            _para("55"),
        ),
    ),
    *_results(
        "new-york-diplomatic-training",
        (
            "resolutions-guide-languages",
            (
                "Languages of the 'United Nations Resolutions Guide' (Arabic, English, French, "
                "Spanish)"
            ),
            "2020",
            "4",
            EXACT,
            "languages",
            _para("58"),
        ),
        (
            "app-downloads",
            "Downloads of the 'UN - How To' mobile application",
            "2020-12-31",
            "10600",
            AT_LEAST,
            "downloads",
            _para("58"),
        ),
    ),
    *_results(
        "defeat-ncd-partnership",
        (
            "programme-countries",
            "Programme countries given technical assistance (Myanmar, Rwanda)",
            "2020",
            "2",
            EXACT,
            "countries",
            _para("60"),
        ),
        (
            "myanmar-people-assisted",
            "People Myanmar's costed national operational plan seeks to assist",
            "2021-2022",
            "11000000",
            EXACT,
            "people",
            _para("60"),
        ),
        (
            "myanmar-free-ncd-care",
            "Vulnerable people in Myanmar to receive NCD care free of charge",
            "2021-2022",
            "2000000",
            EXACT,
            "people",
            _para("60"),
        ),
        (
            "myanmar-out-of-pocket-rate-current",
            "Out-of-pocket payment rate in Myanmar before the plan",
            "2020",
            "82",
            EXACT,
            "per cent",
            _para("60"),
        ),
        (
            "myanmar-out-of-pocket-rate-target",
            "Out-of-pocket payment rate in Myanmar expected once the plan is implemented",
            "2021-2022",
            "63",
            EXACT,
            "per cent",
            _para("60"),
        ),
        (
            "rwanda-people-benefiting",
            "People in Rwanda to benefit directly from the national NCD strategy",
            "2020-2025",
            "4800000",
            EXACT,
            "people",
            _para("60"),
        ),
        (
            "rwanda-premature-mortality-reduction-target",
            "Targeted reduction of premature mortality from NCDs in Rwanda",
            "2020-2025",
            "25",
            EXACT,
            "per cent",
            _para("60"),
        ),
        (
            "rwanda-plan-cost",
            "Estimated cost of the interventions in Rwanda's costed NCD action plan",
            "2020-2025",
            "376200000",
            EXACT,
            "USD",
            _para("60"),
        ),
        (
            "mou-ministries-of-health",
            (
                "Ministries of health with a memorandum of understanding (Bhutan, Ecuador, Gambia, "
                "Nepal)"
            ),
            "2019-2020",
            "4",
            EXACT,
            "ministries of health",
            _para("61"),
        ),
        (
            "mou-carpha-member-states",
            "Member States represented by the Caribbean Public Health Agency, a memorandum partner",
            "2019-2020",
            "24",
            EXACT,
            "countries",
            _para("61"),
        ),
        (
            "summit-panellists",
            (
                "Panellists and speakers at the high-level panel at the World Health Summit "
                "(October 2020)"
            ),
            "2020-10",
            "22",
            EXACT,
            "people",
            _para("62"),
        ),
    ),
]

# Where each paragraph of E/2021/49 belongs. A paragraph about a pillar in general is attached to
# the pillar (and to the programme it names); one covering several programmes or areas is attached
# to each (paras 6, 45, 49). Para 5 and paras 8, 10-13 describe the Institute as a whole.
HIGHLIGHTS: list[HighlightEntry] = [
    HighlightEntry(6, area="peace"),
    HighlightEntry(6, programme="road-safety"),
    HighlightEntry(6, programme="defeat-ncd-partnership"),
    HighlightEntry(7, programme="defeat-ncd-partnership"),
    HighlightEntry(9, programme="unosat-rapid-mapping", period="2018-2019"),
    HighlightEntry(14, pillar="peace", programme="peace-high-level-seminars"),
    HighlightEntry(15, programme="francophone-africa-conflict-prevention"),
    HighlightEntry(16, programme="peacemaking-preventive-diplomacy-fellowship"),
    HighlightEntry(17, programme="peacekeeping-pre-deployment"),
    HighlightEntry(18, programme="peacekeeping-medical-trauma"),
    HighlightEntry(19, programme="african-women-mediators"),
    HighlightEntry(20, programme="colombia-youth-peacebuilding"),
    HighlightEntry(21, programme="ddr-weapons-ammunition-management"),
    HighlightEntry(22, programme="conflict-prevention-early-warning"),
    HighlightEntry(23, programme="clean-energy-challenge"),
    HighlightEntry(24, programme="east-africa-democratic-governance"),
    HighlightEntry(25, pillar="people", programme="road-safety"),
    HighlightEntry(26, programme="global-surgery"),
    HighlightEntry(27, programme="cifal-global-network"),
    HighlightEntry(28, programme="mayors-migration-forum"),
    HighlightEntry(29, programme="anti-corruption"),
    HighlightEntry(30, pillar="planet", programme="un-cc-learn"),
    HighlightEntry(31, programme="un-cc-learn"),
    HighlightEntry(32, programme="un-cc-learn"),
    HighlightEntry(33, programme="page-green-economy"),
    HighlightEntry(34, programme="page-green-economy"),
    HighlightEntry(35, programme="chemicals-waste-management"),
    HighlightEntry(36, programme="ghs-capacity-building"),
    HighlightEntry(37, programme="sustainable-cycles"),
    HighlightEntry(38, pillar="prosperity"),
    HighlightEntry(39, programme="employability-entrepreneurship"),
    HighlightEntry(40, programme="leadership-afghanistan"),
    HighlightEntry(41, programme="trade-finance-covid-recovery"),
    HighlightEntry(42, programme="financial-inclusion-agfund"),
    HighlightEntry(43, programme="fao-trade-agriculture"),
    HighlightEntry(44, programme="digital-skills-women"),
    HighlightEntry(45, area="agenda-2030"),
    HighlightEntry(45, area="unosat"),
    HighlightEntry(45, area="diplomacy"),
    HighlightEntry(46, programme="integrated-national-financing"),
    HighlightEntry(47, programme="un-sdg-learn"),
    HighlightEntry(48, programme="sdg-data-statact"),
    HighlightEntry(49, programme="unosat-gis-training"),
    HighlightEntry(49, programme="unosat-rapid-mapping"),
    HighlightEntry(50, area="unosat"),
    HighlightEntry(51, programme="unosat-rapid-mapping"),
    HighlightEntry(52, programme="unosat-rapid-mapping"),
    HighlightEntry(53, programme="diplomacy-masters-programmes"),
    HighlightEntry(54, programme="diplomacy-online-courses"),
    HighlightEntry(55, programme="women-leadership-diplomacy"),
    HighlightEntry(56, programme="new-york-diplomatic-training"),
    HighlightEntry(57, programme="new-york-diplomatic-training"),
    HighlightEntry(58, programme="new-york-diplomatic-training"),
    HighlightEntry(59, programme="defeat-ncd-partnership"),
    HighlightEntry(60, programme="defeat-ncd-partnership"),
    HighlightEntry(61, programme="defeat-ncd-partnership"),
    HighlightEntry(62, programme="defeat-ncd-partnership"),
    HighlightEntry(63, programme="defeat-ncd-partnership"),
]

# English renderings of the seed's paragraphs, keeping every figure.
HIGHLIGHT_TEXT_EN: dict[int, str] = {
    6: (
        "Beyond keeping planned programmes running, UNITAR broadened its training to build "
        "understanding and knowledge of matters related to the COVID-19 crisis, delivering at "
        "least 59 unplanned training activities on aspects of the pandemic during 2020. The Peace "
        "Division, with the Department of Peace Operations and the Swedish Prison and Probation "
        "Service, published information materials on COVID-19 preparedness and response in places "
        "of detention, and the Division for People and Social Inclusion developed an e-learning "
        "course on good practices and preventive measures alongside its road safety initiative. "
        "The Defeat-NCD Partnership, with the Rwanda Biomedical Centre and internationally "
        "renowned health professionals, exchanged information with 275 clinicians in Rwanda on "
        "treatment guidelines and protocols, emerging trends, recent research and practical "
        "insights from mitigating COVID-19 in France, India, New Zealand, Switzerland, the United "
        "Kingdom of Great Britain and Northern Ireland and the United States of America. At the "
        "request of South Africa, UNITAR also led the development of a COVID-19 tracking tool that "
        "lets the Government trace symptomatic patients and identify potential hotspots, so that "
        "health authorities can target their limited resources more effectively."
    ),
    7: (
        "The COVID-19 pandemic also showed that the fight against noncommunicable diseases (NCDs) "
        "should be a priority, with resources allocated to it, in contingency plans for other "
        "pandemics or wider crises. In Rwanda, the Defeat-NCD Partnership worked with the Ministry "
        "of Health to ensure that people living with NCDs were prioritized for COVID-19 "
        "vaccination, and in webinars with the ministries of health of Bhutan, Ecuador, the Gambia "
        "and Nepal it advocated an integrated approach to COVID-19 and to NCD screening and care."
    ),
    9: (
        "Beyond training individuals, UNITAR delivers products and services, most notably the "
        "rapid mapping imagery and analyses of the Operational Satellite Applications Programme "
        "(UNOSAT), its technology-intensive programme for satellite and geographic information "
        "system mapping and analysis. In the biennium 2018-2019 the programme produced 639 maps "
        "and reports derived from satellite imagery in support of the international humanitarian "
        "community, covering both natural disasters and conflict situations, such as floods in "
        "Bangladesh, Mozambique and Myanmar, a tropical cyclone in Madagascar, an earthquake in "
        "Iraq and the crises in Iraq and the Syrian Arab Republic."
    ),
    14: (
        "Under the Peace pillar of the Strategic Framework, UNITAR continued programming aligned "
        "with Sustainable Development Goal 16, including capacity-building to support social "
        "cohesion and peaceful coexistence and to negotiate and mediate mutually beneficial and "
        "lasting solutions. It stepped up high-level engagement with Member States, regional "
        "organizations and the United Nations, facilitating three high-level events: the sixteenth "
        "annual seminar of Special and Personal Representatives and Envoys of the "
        "Secretary-General; an international conference on peace and investment in the Democratic "
        "Republic of the Congo and the Great Lakes region, focused on recent security improvements "
        "and new investment opportunities; and a high-level seminar on peace and security. Owing "
        "to the COVID-19 pandemic the seminar was held virtually for the first time, and UNITAR "
        "also launched a new project for knowledge exchange at the high level."
    ),
    15: (
        "In view of recent instability in parts of Africa, the UNITAR training programme on "
        "conflict prevention and peacebuilding in francophone Africa gave advanced training in "
        "conflict analysis, prevention and resolution to 31 mid- and senior-level women and men "
        "officials from presidential offices and ministries of foreign affairs, and to staff of "
        "the African Union, subregional organizations, United Nations and African Union peace "
        "missions across the continent and civil society. Women made up 52 per cent of the mid- "
        "and senior-level officials trained under the programme."
    ),
    16: (
        "The Fellowship Programme in Peacemaking and Preventive Diplomacy is an intensive two-week "
        "programme that each year brings together mid- and senior-level professionals nominated by "
        "substantive departments, United Nations peace missions and agencies and regional and "
        "subregional organizations, as well as diplomats from ministries of foreign affairs. In "
        "2020 the fellowship moved online while keeping its interactive character, with 41 "
        "participants including ambassadors, representatives of regional organizations, United "
        "Nations Headquarters staff and staff of peace missions working in conflict settings."
    ),
    17: (
        "UNITAR continued pre-deployment training for police and military personnel about to "
        "deploy to United Nations peacekeeping operations; in 2019-2020, with the Global Peace "
        "Operations Initiative, it trained 8,938 military personnel from 8 African "
        "troop-contributing countries. One of its largest projects is pre-deployment training for "
        "the United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA), "
        "run in close cooperation with the Alioune Blondin Beye Peacekeeping School in Bamako to "
        "harmonize and standardize the knowledge and skills of formed police units so that they "
        "can better support stabilization and help create conditions for lasting peace. The main "
        "beneficiary countries of the project include Benin, Burkina Faso, Mali and Senegal."
    ),
    18: (
        "The physical and mental health of military and police personnel deployed to United "
        "Nations peacekeeping operations is key to performing well in challenging environments. In "
        "2020 UNITAR strengthened the knowledge, skills and attitudes of medical and paramedical "
        "personnel so that they can respond effectively, and in a gender-sensitive way, to "
        "physical and psychological trauma, in a project targeting military and police personnel "
        "deployed to the 5 highest-risk United Nations peacekeeping operations. UNITAR also worked "
        "to improve the safety and security of members of the Malian armed forces by strengthening "
        "the capacity of medical professionals to deal with combat stress reactions and the "
        "symptoms and consequences of post-traumatic stress disorder, in line with the security "
        "sector reform strategy adopted by Mali in 2017 and fostering a supportive work culture "
        "that meets the challenges faced by personnel in the field."
    ),
    19: (
        "To strengthen the capacity of African women mediators, UNITAR continued its partnership "
        "with the African Network of Women in Conflict Prevention and Mediation (FemWise-Africa), "
        "training 35 new members of the network in preventive diplomacy and mediation. The "
        "programme builds on the annual regional training programme for officials from the African "
        "continent and is dedicated to increasing women's opportunities in, and contributions to, "
        "peace efforts in Africa."
    ),
    20: (
        "In Colombia, UNITAR continued to strengthen community-based reintegration, conflict "
        "resolution mechanisms, community resilience and reconciliation by supporting youth-led "
        "peace efforts. Between 2019 and 2020, working closely with Ciudad Don Bosco and many "
        "civil society organizations and educational institutions across Colombia, UNITAR trained "
        "67 master trainers and strengthened the capacity of 5,500 other beneficiaries in 56 "
        "communities. Given this success, UNITAR is considering extending the initiative to other "
        "Latin American countries."
    ),
    21: (
        "To reflect the new United Nations approach to disarmament, demobilization and "
        "reintegration (DDR) and the new challenges of current conflicts, UNITAR supported the "
        "Department of Peace Operations and the Office for Disarmament Affairs in building the "
        "capacity of DDR practitioners to make arms control more effective in these processes. "
        "Alongside its annual training courses on effective weapons and ammunition management, in "
        "2020 UNITAR launched an online community of practice connecting weapons and ammunition "
        "management and DDR practitioners with professionals and experts to share resources, good "
        "practices and lessons learned, and giving participants a way to consolidate their "
        "learning."
    ),
    22: (
        "UNITAR is working with the World Bank on a programme supporting the African Union in the "
        "use of early warning systems and in DDR-related activities, focusing on the nexus between "
        "conflict prevention and crisis response. The programme aims to bring existing capacities "
        "at African Union and United Nations headquarters level to bear in the priority locations "
        "where the World Bank and its United Nations and African Union partners are using or "
        "deploying conflict prevention tools."
    ),
    23: (
        "Following the 2019 Global Refugee Forum, UNITAR became the secretariat of the Clean "
        "Energy Challenge of the Office of the United Nations High Commissioner for Refugees "
        "(UNHCR), coordinating system-wide action so that displaced communities gain access to "
        "clean energy and energy infrastructure is used sustainably to serve them. In 2020 the "
        "number of stakeholders in the Challenge grew rapidly from 30 to 250, with concrete "
        "progress on its three workstreams: data, financing and clean energy project development. "
        "UNITAR also set up an inter-agency task force of UNHCR, the World Food Programme, the "
        "International Organization for Migration, the Food and Agriculture Organization of the "
        "United Nations (FAO), the United Nations Children's Fund, the World Health Organization "
        "(WHO), the United Nations Environment Programme (UNEP) and the Deutsche Gesellschaft für "
        "Internationale Zusammenarbeit, and long-term agreements were concluded to buy power from "
        "third-party renewable energy systems."
    ),
    24: (
        "To promote democratic governance and accountability in the member States of the East "
        "African Community, UNITAR and the Centre for Parliamentary Studies and Training of Kenya "
        "set out to close the capacity gaps of the region's legislative assemblies and civil "
        "society organizations. The project delivers targeted training in three pilot countries, "
        "Kenya, Rwanda and the United Republic of Tanzania, giving beneficiaries the knowledge, "
        "skills, behaviours and attitudes needed to carry out their mandates with full respect for "
        "the rule of law and creating opportunities for different actors to work together on "
        "democratic governance in East Africa. By promoting a universal culture of democratic "
        "values, gender equality, respect for human rights and justice for all, it contributes to "
        "Agenda 2063 of the African Union."
    ),
    25: (
        "Under the People pillar, UNITAR continued to promote people's well-being, including by "
        "protecting and empowering marginalized and vulnerable groups; a major initiative under "
        "this pillar promotes road safety and helps Member States achieve Sustainable Development "
        "Goal 11 on sustainable cities and communities. Through advocacy and greater awareness of "
        "risk factors, UNITAR works to change the behaviour of road users and to strengthen the "
        "capacity of government authorities and key stakeholders to manage and lead road safety, "
        "helping to halve road traffic deaths and injuries by 2030. In 2020 UNITAR built the "
        "knowledge and skills of 687 law enforcement officers and officials of national road "
        "safety agencies to run high-visibility enforcement campaigns that help reduce "
        "alcohol-related deaths and crashes, and 3,719 stakeholders were trained in practical "
        "tools for road assessment."
    ),
    26: (
        "Throughout 2020 the UNITAR-led Global Surgery Initiative served as an effective common "
        "platform for stakeholders working to expand access to safe surgery, obstetrics and "
        "anaesthesia in low- and middle-income countries and elsewhere. With the Program in Global "
        "Surgery and Social Change of Harvard Medical School, UNITAR published a comprehensive "
        "handbook guiding governments in developing national surgical, obstetric and anaesthesia "
        "plans that can be integrated into national health strategies, and distributed it to more "
        "than 750 policymakers in ministries of health and surgical systems. The initiative "
        "directly benefited more than 5,000 people in more than 100 countries, notably through "
        "training in national surgical, obstetric and anaesthesia planning and in frontline "
        "patient care during the pandemic."
    ),
    27: (
        "The CIFAL Global Network of International Training Centres for Authorities and Leaders "
        "continued to grow: its 20 centres across Africa, the Americas, Asia, Australia and Europe "
        "contribute to UNITAR efforts to deliver capacity-building and training within countries. "
        "The centres are hubs where government officials, the private sector, academia and civil "
        "society share knowledge on sustainable development, across themes that include governance "
        "and urban development, economic development and social inclusion, environmental "
        "sustainability and the 2030 Agenda. In 2020 the network reached 89,060 people, 68 per "
        "cent of them women."
    ),
    28: (
        "On migration, in January 2020 UNITAR co-organized in Quito the sixth Mayoral Forum on "
        "Human Mobility, Migration and Development, which received delegations from 47 countries "
        "and let municipal and regional leaders exchange views and practices on migration, "
        "development and displacement. For the first time the Forum was held together with the "
        "annual summit of the Global Forum on Migration and Development, the State-led process "
        "that helps shape the global debate on migration and development, a combination that "
        "formally recognized the role of local and regional authorities in implementing global "
        "migration policy and set a precedent for city diplomacy by giving them access to a "
        "State-led process. During the Forum UNITAR also held a training workshop and co-organized "
        "a high-level session of the Global Forum that presented a global knowledge platform on "
        "migration."
    ),
    29: (
        "On anti-corruption, UNITAR worked with the Rule of Law and Anti-Corruption Center to "
        "create an anti-corruption training platform offering online courses for developing "
        "countries where corruption is hindering sustainable development. In 2020 this "
        "collaboration enabled 527 beneficiaries from 34 countries to strengthen their knowledge "
        "and skills in preventing and combating corruption through e-learning."
    ),
    30: (
        "Under the Planet pillar, UNITAR works to protect, restore and safeguard the planet for "
        "present and future generations by promoting the transition to green, low-carbon and "
        "climate-resilient development, strengthening the sound and sustainable management of "
        "chemicals and waste, and conducting research in support of circular economy policies. On "
        "climate action, UNITAR remained active in the One UN Climate Change Learning Partnership "
        "(UN CC:Learn), a global partnership that supports countries in designing and implementing "
        "systematic, recurrent and results-oriented climate change learning under Article 6 of the "
        "United Nations Framework Convention on Climate Change. Launched in 2009, the partnership "
        "now comprises 36 multilateral organizations and is active in more than 30 countries."
    ),
    31: (
        "UNITAR hosts the secretariat of the learning partnership, which promotes global climate "
        "literacy and runs an e-learning platform serving as a global gateway to climate change "
        "learning, education being essential in responding to the existential threat of climate "
        "change. By December 2020 nearly 400,000 users from 195 countries had registered on the "
        "platform and nearly 110,000 certificates had been issued, the 100,000th certificate of "
        "completion having been awarded in September 2020. The COVID-19 pandemic accelerated the "
        "platform's growth and markedly raised the share of registered users completing at least "
        "one course, and the platform now offers 30 free courses on climate change and the "
        "transition to a green economy in several languages."
    ),
    32: (
        "At the national level, the learning partnership continued to help countries take a "
        "strategic approach to climate change learning by developing and implementing climate "
        "change learning strategies. This included the regional action plan on climate change "
        "education, training and awareness (2017-2022), developed jointly by the eight member "
        "States of the Central American Integration System through a regional programme supported "
        "by the partnership; new national climate change learning strategies launched in Kenya, "
        "Kyrgyzstan, Zambia and Zimbabwe; and the extension of the partnership's work in West "
        "Africa. Given the popularity of the youth climate dialogue format, the partnership "
        "widened its outreach to young people and the public through a series of radio and "
        "television broadcasts in West and Southern African countries."
    ),
    33: (
        "UNITAR remained an active member of the Partnership for Action on Green Economy (PAGE), "
        "which brings together UNEP, the International Labour Organization (ILO), the United "
        "Nations Development Programme (UNDP), the United Nations Industrial Development "
        "Organization and UNITAR. The Partnership now operates in 20 partner countries and "
        "provides a range of global products, including capacity development and knowledge "
        "generation. UNITAR develops the capacity of individuals and training institutions through "
        "global training products on inclusive green economy, foundational and specialized "
        "training in partner countries, support for identifying green economy learning priorities "
        "and developing strategies, and knowledge sharing and exchange."
    ),
    34: (
        "The Partnership for Action on Green Economy is now seen as a key force behind global "
        "green recovery plans supporting the United Nations response to COVID-19. Specific "
        "measures aim to support 15 partner countries in developing national green recovery plans "
        "and stimulus packages that promote low-carbon pathways, green skills, green jobs and "
        "related entrepreneurship."
    ),
    35: (
        "In chemicals and waste management, UNITAR responded to the COVID-19 pandemic by "
        "developing detailed and practical online training modules to assist countries, and "
        "successfully delivered training on the management, sampling and screening of "
        "polychlorinated biphenyls. On mercury, UNITAR has provided technical assistance to "
        "countries in preparing initial assessments and national mercury action plans under the "
        "Minamata Convention on Mercury. Besides supporting countries on inventories, national "
        "studies and documentation, UNITAR currently chairs the mercury coordination group of the "
        "Inter-Organization Programme for the Sound Management of Chemicals."
    ),
    36: (
        "Co-leading with the ILO and the Organisation for Economic Co-operation and Development "
        "(OECD), and in close cooperation with other key partners, UNITAR is leading the "
        "implementation of the Global Partnership for Capacity Building to Implement the Globally "
        "Harmonized System of Classification and Labelling of Chemicals (GHS)."
    ),
    37: (
        "The UNITAR office in Bonn, Germany, leads the Sustainable Cycles (SCYCLE) programme, an "
        "innovative research and training programme focused on solutions for the sustainable "
        "production, consumption and disposal of products in various waste streams. In 2020 the "
        "programme published an advisory opinion on electric vehicles and the future of material "
        "resources, and the Global E-waste Monitor, a globally recognized summary of the e-waste "
        "challenge produced with the International Telecommunication Union, WHO and the "
        "International Solid Waste Association."
    ),
    38: (
        "Under the Prosperity pillar, UNITAR works to promote inclusive and sustainable economic "
        "growth and decent work for all by strengthening employability, developing skills for "
        "multi-stakeholder collaboration and building knowledge of trade, public finance and "
        "intellectual property. Over the past two years UNITAR designed and delivered several "
        "regional and global training activities with other United Nations system entities, "
        "regional commissions, multilateral development banks and regional training institutions."
    ),
    39: (
        "UNITAR stepped up its efforts to strengthen employability and entrepreneurship in "
        "Afghanistan, Ethiopia, Iraq, Kenya, Somalia and the Sudan, focusing on vulnerable groups "
        "such as young people and women. By passing on practical entrepreneurship and social "
        "entrepreneurship skills, it helps participants identify key problems and develop "
        "innovative and sustainable solutions that draw on global knowledge and local context."
    ),
    40: (
        "Strengthening multi-stakeholder collaboration is key to inclusive and sustainable "
        "economic development. UNITAR is training representatives of the central and local "
        "government and civil society of Afghanistan in leadership for sustainable development, "
        "deepening their understanding of key global issues and giving them practical soft skills "
        "to become agents of change and advocates for a better future."
    ),
    41: (
        "The capacity of public sector officials to implement sound policies in response to the "
        "effects of COVID-19 is vital to short- and long-term recovery. UNITAR and the Geneva "
        "School of Diplomacy and International Relations supported trade and finance officials "
        "involved in local and national fiscal and trade policy in the least developed countries "
        "and other developing countries of sub-Saharan Africa, helping them support economies and "
        "businesses affected by the pandemic. The programme enabled African officials to assess "
        "collectively the evolving impact of the pandemic and to formulate recommendations helping "
        "governments build back better and advance the Sustainable Development Goals, with "
        "particular attention to health and safety, micro and small enterprises, food security, "
        "gender equality, the empowerment of women and young people, the informal economy and "
        "internally displaced persons."
    ),
    42: (
        "To meet the unprecedented challenges that the COVID-19 pandemic posed to expanding "
        "financial inclusion, UNITAR and the Arab Gulf Programme for Development (AGFUND) "
        "strengthened the capacity of financial officials in the Middle East and North Africa and "
        "in sub-Saharan Africa to make better use of digital technologies and innovation in "
        "offering more accessible, useful and affordable financial services to the unbanked "
        "poorest. Putting the furthest behind first, the partnership involved AGFUND's network of "
        "microfinance banks and other financial institutions in the region in designing financial "
        "products and services suited to the specific needs of the poor, so as to empower "
        "vulnerable individuals to become active contributors to their communities, and included "
        "training of trainers to build local champions able to keep providing locally adapted "
        "knowledge and expertise after the project ends. More than 1,200 beneficiaries completed "
        "the series of training activities, all delivered through mobile learning solutions."
    ),
    43: (
        "In 2020 the collaboration between UNITAR and FAO continued to grow, jointly helping "
        "officials and representatives of government ministries, farmers' federations and unions "
        "and export organizations in francophone sub-Saharan Africa and Central Asia to assess "
        "trade opportunities. With FAO, UNITAR also addressed food security and nutrition, "
        "improving understanding of the important effects of non-tariff measures on international "
        "trade and of the relevance of World Trade Organization (WTO) agreements to national trade "
        "policies, and highlighting the main agricultural obligations that countries assume on "
        "accession to the WTO and under regional trade agreements. The situation created by the "
        "COVID-19 pandemic let the two organizations offer more joint online training than planned "
        "and interact directly with policymakers on recent policy changes in regulating agrifood "
        "trade and supporting agribusinesses through the pandemic."
    ),
    44: (
        "Digital technologies are already changing social paradigms and the way people "
        "communicate, work and live, offering great opportunities to those with internet access "
        "and digital literacy, while those without cannot benefit, which widens the digital "
        "divide. Digitalization is also changing the nature of work and the skills and knowledge "
        "it demands, so it is important that people, especially vulnerable groups, upskill and "
        "reskill in digital technologies to improve their employability and livelihoods. In this "
        "context UNITAR, with academic partners, trained women in Afghanistan and Iraq in "
        "artificial intelligence and entrepreneurship skills."
    ),
    45: (
        "In addition to the thematic pillars of Peace, People, Planet and Prosperity, UNITAR works "
        "in three cross-cutting areas, including programming to accelerate implementation of the "
        "2030 Agenda at the national level, to support evidence-based policy through technologies "
        "such as geospatial technology, and to support multilateral diplomacy."
    ),
    46: (
        "The COVID-19 pandemic has made coherent policy responses even more important. As many "
        "countries develop recovery plans and strategies, training and learning support is needed "
        "to help them design plans that address both immediate needs and long-term visions, with "
        "approaches balanced across sectors that respond to urgent economic, social and "
        "environmental needs. To this end UNITAR, with other United Nations partners including the "
        "Economic and Social Commission for Asia and the Pacific (ESCAP), the Department of "
        "Economic and Social Affairs and UNDP, designed a training programme that strengthens the "
        "link between strategic planning and the allocation of public resources through budgeting, "
        "promoting the design and implementation of integrated national financing frameworks."
    ),
    47: (
        "UNITAR continued, with the United Nations System Staff College, to lead the secretariat "
        "of the UN SDG:Learn platform, and has been leading the development of a new SDG "
        "competency self-assessment service and a personalized interface that helps users build "
        "their own learning pathways. By 31 December 2020, 69,951 learners had used the platform, "
        "which has 59 partners, 280 standard courses and 151 micro-courses, and 53 per cent of "
        "survey respondents who had taken a course reported making a change or adopting a good "
        "practice as a result. The platform also hosts a primer on the 2030 Agenda for Sustainable "
        "Development, developed under the overall guidance of the Office of the Deputy "
        "Secretary-General with content from the United Nations Development Coordination Office, "
        "the Staff College, UNITAR and the Sustainable Development Solutions Network; since "
        "November 2020 learners around the world outside the United Nations system, who have no "
        "access to certification, have been able to take the primer exam and earn a joint United "
        "Nations Sustainable Development Group and UN SDG:Learn certificate."
    ),
    48: (
        "UNITAR continued to provide capacity-building and learning services to meet data needs "
        "for the Sustainable Development Goals: with the Statistics Division and the Economic "
        "Commission for Africa it launched a new course strengthening the data skills of "
        "policymakers for more effective data-driven decision-making, and it upgraded StaTact, its "
        "short-term statistical planning tool. The new version was presented to 92 participants "
        "from 36 countries in online workshops for Africa, Asia and the Pacific and Latin America, "
        "and in December 2020 a national pilot was run with the Philippine Statistics Authority, "
        "in which 93 per cent of participants found StaTact relevant to their work because it "
        "helps them plan and monitor statistical activities in support of SDG data production. "
        "Finally, in May 2020 a consortium of several European universities, UNITAR and the "
        "European Organization for Nuclear Research (CERN) launched a new project promoting the "
        "use of citizen science data to monitor implementation of the 2030 Agenda, for which "
        "UNITAR is studying the needs and quality considerations of national statistical offices "
        "and line ministries."
    ),
    49: (
        "The year 2021 marks the 20th anniversary of the Operational Satellite Applications "
        "Programme (UNOSAT), which continues to support projects and activities under the Peace, "
        "People, Planet and Prosperity pillars of the UNITAR programme of work. In 2019-2020 the "
        "programme built the knowledge and skills related to geographic information systems of "
        "1,189 beneficiaries from least developed countries and small island developing States, "
        "most of them working in government, and at the request of United Nations funds, "
        "programmes and specialized agencies and Member States it carried out 416 satellite image "
        "analyses, producing 1,438 products such as maps, reports and statistics. At the national "
        "level it supported women's disaster management capacity in Guyana and Dominica and "
        "provided e-learning courses and technical solutions to improve national flood early "
        "warning systems, and with regional actors (the Geo-Informatics and Space Technology "
        "Development Agency of Thailand, the ASEAN Research and Training Center for Space "
        "Technology and Applications and ESCAP) it co-organized a training course on geospatial "
        "big data applications for sustainable development."
    ),
    50: (
        "UNOSAT continued to benefit from strong support from CERN, which hosts its information "
        "technology infrastructure, giving it state-of-the-art computing capacity, data storage "
        "and data. These data feed directly into other United Nations initiatives, such as the "
        "Humanitarian Data Exchange platform run by the Office for the Coordination of "
        "Humanitarian Affairs."
    ),
    51: (
        "An artificial intelligence algorithm for detecting floods in satellite imagery, developed "
        "by UNOSAT with the support of the United Nations Global Pulse initiative and in "
        "cooperation with Wuhan University, China, and CERN, is now in operational use supporting "
        "UNOSAT rapid mapping. In 2020 UNOSAT used its artificial intelligence flood mapping for "
        "the first time, at the request of Bangladesh after monsoon rains, and the solution is "
        "being further adapted for use in more countries."
    ),
    52: (
        "The Charter on Cooperation to Achieve the Coordinated Use of Space Facilities in the "
        "Event of Natural or Technological Disasters provides free access to satellite imagery for "
        "major disaster response. The mechanism, in which UNOSAT takes part, was activated more "
        "than 30 times, for the benefit of United Nations agencies, the International Federation "
        "of Red Cross and Red Crescent Societies and national disaster management organizations."
    ),
    53: (
        "Strengthening the knowledge, skills and awareness of diplomats so that they can work "
        "effectively in United Nations settings remains an important strategic dimension of UNITAR "
        "work. Besides serving, at the national level and in cities with a major United Nations "
        "presence, as a United Nations knowledge hub that helps diplomats and other delegates "
        "understand the dynamics of the United Nations system, its organs, processes and "
        "procedures, UNITAR launched three new master's programmes: a Master in Human Rights and "
        "Diplomacy with the University of Stirling, United Kingdom; a Master in International "
        "Affairs and Diplomacy with the École Supérieure des Affaires in Beirut; and a Master in "
        "Development Studies and Diplomacy with the University for Peace. These programmes give "
        "students who wish to work in international affairs first-hand experience and a solid "
        "understanding of diplomacy and the United Nations."
    ),
    54: (
        "At the start of the COVID-19 pandemic UNITAR expanded its portfolio of online courses to "
        "include online certificates and diplomas in essential professional skills, multilateral "
        "diplomacy and twenty-first-century international law, and ran a series of online training "
        "courses fostering a spirit of international cooperation, among them a United Nations "
        "internship preparation programme and a Diplomacy 4.0 course on the intersection of "
        "diplomacy and technology. Together with online courses for young leaders, online "
        "immersion courses and Human Rights Council training, these courses attracted more than "
        "500 participants from partner institutions in countries including China, the United "
        "Kingdom and the United States. Working with the United States Agency for International "
        "Development, the Government of Zanzibar (United Republic of Tanzania), the World Wide "
        "Fund for Nature and TRAFFIC, UNITAR also drew on its online learning expertise to train "
        "Tanzanian law enforcement officers in the regulations of the Convention on International "
        "Trade in Endangered Species of Wild Fauna and Flora and the disease risks associated with "
        "wildlife trafficking."
    ),
    55: (
        "Recognizing that the COVID-19 pandemic has hit women particularly hard, UNITAR organized "
        "six virtual workshops on women's leadership, three of them with the International "
        "Organisation of Employers. It also developed tailored training for the ministries of "
        "foreign affairs of countries including Bhutan, Kenya, the Marshall Islands, Myanmar, "
        "Qatar and Sri Lanka on digital diplomacy, cybersecurity, environmental diplomacy and "
        "science diplomacy, delivered successfully online, with more than 90 per cent of "
        "participants finding the content relevant to their work and saying they would use it. "
        "UNITAR helped strengthen the capacity of Member States to engage with the main United "
        "Nations mechanisms, notably through a tailored programme preparing diplomats of the "
        "United Arab Emirates for the country's campaign for a non-permanent seat on the Security "
        "Council starting in January 2022."
    ),
    56: (
        "Through its New York office, UNITAR continued its annual training programme for the "
        "diplomatic community, including briefings, courses and workshops: a briefing for new "
        "delegates coinciding with the seventy-fifth anniversary of the United Nations, a briefing "
        "for new members of the Security Council, and briefings on the United Nations budget "
        "system, on the work of the Economic and Social Council and on the structure, drafting and "
        "adoption of United Nations resolutions."
    ),
    57: (
        "When the COVID-19 pandemic broke out in March 2020, UNITAR moved all its training online, "
        "which brought the unexpected benefit of greater participation by learners from least "
        "developed countries. Through its 'Level the Playing Field' initiative, the New York "
        "office also kept its commitment to leave no one behind, with extensive outreach that drew "
        "positive feedback from participants."
    ),
    58: (
        "Alongside its diplomatic training, the New York office, in coordination with the "
        "Department of Economic and Social Affairs, organized the fifth 'Learning, Training and "
        "Practice' workshop on the Sustainable Development Goals during the 2020 high-level "
        "political forum, and continued to widen its outreach in other ways, including print and "
        "electronic editions of the 'United Nations Resolutions Guide' in Arabic, English, French "
        "and Spanish and the further development and dissemination of the 'UN - How To' mobile "
        "application, which has now been downloaded more than 10,600 times."
    ),
    59: (
        "In July 2019 UNITAR integrated the secretariat of the Defeat-NCD Partnership, a "
        "public-private-people partnership of governments, multilateral agencies, civil society, "
        "academia, philanthropy and the private sector. Founded in 2018, the Partnership enables "
        "and helps low-resource countries to scale up action against NCDs by overcoming the most "
        "common gaps and constraints in (a) national capacity-building, (b) scaling up NCD "
        "services in communities, (c) the affordability and availability of essential supplies and "
        "(d) financing national NCD programmes."
    ),
    60: (
        "In 2020 UNITAR provided technical assistance to two programme countries, developing a "
        "costed national operational plan for 2021 and 2022 for Myanmar and a national strategy "
        "and costed action plan for 2020 to 2025 for Rwanda, with a programme coordinator and "
        "health economist in each country convening stakeholders on a multisectoral approach and "
        "building the necessary financial models. Myanmar's two-year plan seeks to assist 11 "
        "million people in 2021 and 2022, with 2 million vulnerable people to receive NCD care "
        "free of charge, and its full implementation is expected to lower the out-of-pocket "
        "payment rate from the current 82 per cent to 63 per cent. In Rwanda, successful "
        "implementation will directly benefit 4.8 million people, with the goal of reducing "
        "premature mortality from NCDs by 25 per cent; the plan has four strategic objectives, and "
        "the interventions set to achieve them are expected to cost USD 376.2 million."
    ),
    61: (
        "UNITAR plays an important role in national and global efforts to achieve universal health "
        "coverage in line with Sustainable Development Goal target 3.4, reducing premature "
        "mortality from NCDs by one third by 2030. It also negotiated memorandums of understanding "
        "with the ministries of health of four countries, Bhutan, Ecuador, the Gambia and Nepal, "
        "and with the Caribbean Public Health Agency, which represents 24 member States of the "
        "Caribbean Community."
    ),
    62: (
        "The Defeat-NCD Partnership supports the development of national capacity to plan and "
        "implement national NCD action plans through remote knowledge exchange in webinars and "
        "online meetings, a capacity-building model that minimizes carbon emissions (thus helping "
        "to mitigate climate change) while also lowering the risk of COVID-19 transmission. The "
        "highlight of this work was a high-level panel discussion on sustainable and universal NCD "
        "care at the World Health Summit in October 2020, with 22 panellists and speakers "
        "representing governments, multilateral agencies, development banks, humanitarian "
        "organizations, academia, philanthropic foundations and private companies."
    ),
    63: (
        "Drawing on the extensive experience of UNITAR in strengthening financial capacity, in "
        "2020 the Union Minister for Health and Sports of Myanmar announced the establishment of "
        "the Myanmar Defeat-NCD Partnership Fund, a pooled financing mechanism for NCD treatment "
        "and care. Other financing initiatives announced at the Partnership's event at the 2020 "
        "World Health Summit will create the best conditions for government and private sector "
        "cooperation on NCDs: there, the Multilateral Investment Guarantee Agency, a member of the "
        "World Bank Group, pledged to support the Partnership's work, and the International "
        "Finance Corporation pledged to support the development of structured products and social "
        "impact bonds to expand NCD care and screening facilities in low-resource countries."
    ),
}

# The seed's paragraphs verbatim, lines joined, page headers, footers and links dropped.
SEED_PARAGRAPHS_ZH: dict[int, str] = {
    6: (
        "除了确保规划开展的方案保持业务连续性外，训研所还扩大培训内容，"
        "以更好地认识与 COVID-19 危机有关的事项，并积累这方面的知识。2020 年期间，"
        "针对 COVID-19 疫情的方方面面，至少开展了 59 项不曾事先规划的培训活动。例如，"
        "训研所的和平司与和平行动部及瑞典监狱和缓刑服务局合作，"
        "出版了一套关于在拘留场所防备和应对 COVID-19 的信息材料。"
        "人民和社会包容司在推出其道路安全倡议的同时，"
        "开发了关于良好做法和预防措施的电子学习课程，作为防备和应对 COVID-19 工作的一部分。"
        "在卫生领域，战胜非传染性疾病伙伴关系与卢旺达生物医学中心合作，"
        "与国际知名的卫生专业人员一起，与卢旺达的 275 名临床医生交流信息，"
        "内容涉及治疗指南和规程、呈现的趋势、最新研究和他们在法国、印度、新西兰、瑞士、"
        "大不列颠及北爱尔兰联合王国和美利坚合众国缓解 COVID-19 疫情的亲身经历中得出的实用见解"
        "。应南非的请求，训研所还牵头开发了 COVID-19 追踪工具，使政府能够追踪有症状的病患，"
        "然后查明潜在热点，从而使卫生机构能够更有效地精准使用其有限资源。"
    ),
    7: (
        "COVID-19 疫情还突出表明，在应对其他疫情或更广泛危机的应急计划中，"
        "防治非传染性疾病的工作应该成为一个优先事项，并应为此分配资源。在卢旺达，"
        "战胜非传染性疾病伙伴关系与卫生部合作，确保非传染性疾病患者优先接种 COVID-19 疫苗。"
        "在与不丹、厄瓜多尔、冈比亚和尼泊尔卫生部举行的网络研讨会上，"
        "该伙伴关系倡导对 COVID-19 以及非传染性疾病的筛查和护理工作采取全盘统筹的做法。"
    ),
    9: (
        "除了培训个人外，训研所还制作产品和服务，最值得注意的是业务卫星应用方案生成的快速制图"
        "图像和进行的分析。这是训研所侧重于卫星和地理信息系统制图与分析的技术密集型业务方案。"
        "2018-2019 两年期期间，该方案制作了 639 份卫星图像衍生而成的地图和报告，"
        "为国际人道主义界提供支持，其中既包括自然灾害，也包括冲突局势，如孟加拉国、"
        "莫桑比克和缅甸的洪灾；马达加斯加的热带气旋；伊拉克的地震；"
        "伊拉克和阿拉伯叙利亚共和国的危机。"
    ),
    14: (
        "在战略框架的“和平”支柱下，训研所继续开展符合可持续发展目标 16 的方案，"
        "包括开展旨在加强能力的活动，以便能够有效支持社会融合与和平共处，"
        "并能够谈判和调解互利持久的解决方案。训研所加强了与会员国、"
        "区域组织和联合国的高级别接触活动。在这方面，训研所促成了三项高级别活动："
        "有秘书长特别代表、个人代表和特使参加的第十六次年度研讨会；"
        "刚果民主共和国和大湖区和平与投资国际会议，重点是该地区近期安全状况的改善和新的投资机"
        "会；关于和平与安全的高级别研讨会。由于 COVID-19 疫情，研讨会首次虚拟举行。"
        "训研所还启动了一个在高级别交流知识的新项目。"
    ),
    15: (
        "鉴于最近非洲一些地区和国家局势不稳定，训研所非洲法语国家预防冲突和建立和平培训方案"
        "向 31名来自总统府和外交部的中高级男女官员以及非洲联盟、"
        "次区域组织及非洲大陆各地的联合国和非洲联盟维和特派团、民间社会的工作人员提供了分析、"
        "预防和解决冲突方面的高级培训。在通过该方案接受培训的中高级官员中，女性占 52%。"
    ),
    16: (
        "建立和平和预防外交研究金方案是一个为期两周的强化方案。每年参加的是实务部门、"
        "联合国维和特派团和机构、区域和次区域组织提名的中高级专业工作人员，"
        "还有来自外交部的外交官。2020 年，研究金方案采用在线方法，以保持方案的互动性质。"
        "参加方案的有 41 人，包括大使、区域组织代表、"
        "联合国总部工作人员和在冲突局势中工作的维和特派团工作人员。"
    ),
    17: (
        "训研所继续为行将部署到联合国维和行动的警察和军事人员开展部署前培训。2019-2020 年，"
        "训研所与全球和平行动倡议合作，为来自 8 个非洲部队派遣国的 8 938 名军事人员进行部署前"
        "培训。训研所的最大项目之一是为联合国马里多层面综合稳定团(马里稳定团)进行部署前培训。"
        "该项目与设在巴马科的阿利翁·布隆丹·贝耶维持和平学校紧密合作实施，"
        "目的是规范建制警察部队履行职责方面的知识和技能，并使之标准化，"
        "从而使他们能够更好地支持实现稳定，并且为创造有利于持久和平的条件作出贡献。"
        "该项目的主要受益国包括贝宁、布基纳法索、马里和塞内加尔。"
    ),
    18: (
        "部署到联合国维和行动中的军事和警务人员保持身心健康是其能否在充满挑战的环境中表现卓越"
        "的关键所在。2020 年，训研所强化医务人员和辅助医务人员的知识、技能和举止培训，"
        "使其能够以顾及性别的方式有效应对身心创伤。该项目针对部署到风险最高的 5 个联合国维和"
        "行动的军事和警务人员。训研所还努力改善马里武装部队成员的安全保障，"
        "加强专业医务人员处理战斗应激反应和创伤后应激障碍症状与后果的能力。"
        "该项目遵循 2017 年马里通过的安全部门改革战略，促进建立一种彼此扶助的工作文化，"
        "积极应对外地工作人员面临的挑战。"
    ),
    19: (
        "为了加强非洲女调解人的能力，训研所继续与非洲妇女预防和调解冲突网络建立伙伴关系。"
        "训研所对预防外交和调解网络的 35 名新成员进行培训。"
        "该方案是在非洲大陆官员年度区域培训方案的基础上建立的，"
        "专门致力于加大妇女的机会及其为非洲和平努力作出的贡献。"
    ),
    20: (
        "在哥伦比亚，训研所通过支持青年人领导的和平努力，继续加强基于社区的重返社会进程、"
        "冲突解决机制、社区复原力与和解工作。2019 年至 2020 年期间，"
        "训研所与鲍思高市以及哥伦比亚各地的众多民间社会组织和教育机构密切合作，"
        "培训了 67 名高级培训师，并使 56 个社区 5 500 名其他受益者提高了能力。"
        "由于培训相当成功，训研所正在考虑将这一举措推广到其他拉丁美洲国家。"
    ),
    21: (
        "为了展现联合国对解除武装、复员和重返社会采取的新做法和应对当前冲突中面临的新挑战，"
        "训研所支持和平行动部和裁军事务厅建设解除武装、复员和重返社会工作者的能力，"
        "以提高期间的军备控制成效。除了每年举办有效管理武器弹药的培训班外，"
        "训研所还于 2020 年推出在线同业交流群，使管理武器弹药以及解除武装、"
        "复员和重返社会工作者与专业人员和专家建立联系，让他们能够交流资源、"
        "最佳做法和经验教训，同时为参与者巩固学习效果创建机制。"
    ),
    22: (
        "训研所正在与世界银行合作，实施支持非洲联盟的方案，利用预警系统以及开展解除武装、"
        "复员和重返社会相关活动，重点关注预防冲突与应对危机之间的相交领域。"
        "该方案旨在将非洲联盟和联合国总部一级的现有能力运用到世界银行及其联合国和非洲联盟伙伴"
        "目前正在采用或部署预防冲突工具的优先行动所在地。"
    ),
    23: (
        "2019 年难民问题全球论坛之后，训研所成为联合国难民事务高级专员公署(难民署)"
        "“清洁能源挑战”秘书处，协调全部门采取系统行动，使流离失所者社区能够获得清洁能源，"
        "并可持续地利用能源基础设施，为社区服务。2020 年，"
        "参加清洁能源挑战的利益攸关方迅速增加，从 30 个增加到 250 个，"
        "而且该挑战三方面的工作也取得具体进展：即数据、融资和清洁能源项目开发。"
        "训研所还设立了一个机构间工作队，成员是难民署、世界粮食计划署、国际移民组织、"
        "联合国粮食及农业组织、联合国儿童基金会、世界卫生组织(世卫组织)、"
        "联合国环境规划署(环境署)和德国国际合作局，"
        "签订了从第三方可再生能源系统购买电力的长期协议。"
    ),
    24: (
        "为了促进东非共同体成员国的民主治理和问责，训研所和肯尼亚议会研究与培训中心着手解决该"
        "区域立法议会和民间社会组织的能力差距问题。该项目在肯尼亚、"
        "卢旺达和坦桑尼亚联合共和国这三个试点国家开展有针对性的培训，"
        "使受益者具备在充分尊重法治的情况下执行任务的必要知识、技能、行为和态度，"
        "并为不同行为体共同努力促进东非区域的民主治理创造机会。该项目弘扬民主价值观、"
        "性别平等、尊重人权和人人享有正义的普遍文化，从而为非洲联盟《2063 年议程》作贡献。"
    ),
    25: (
        "在人民这一支柱下，训研所继续注重促进人民的福祉，"
        "包括保护被边缘化的群体和易受伤害的群体，并增强他们的权能。"
        "这一支柱下的一个重要举措是促进道路安全以及帮助会员国落实关于可持续城市和社区的可持续"
        "发展目标 11。训研所致力于通过宣传倡导和提高对风险因素的认识，"
        "促进道路使用者改变行为，并加强政府当局和主要利益攸关方管理和领导道路安全工作的能力，"
        "从而帮助到 2030 年将道路交通事故造成的伤亡人数减少一半。2020 年，"
        "训研所为 687 名执法官员和国家道路安全机构官员增进知识和技能，"
        "以开展为人瞩目的执法运动，帮助减少因酒精造成的死亡和事故。"
        "3 719 个利益攸关方接受了用于进行道路评估的实用工具培训。"
    ),
    26: (
        "2020 年全年，训研所主导的全球外科倡议成为致力于为中低收入等国家提供更多安全手术、"
        "产科和麻醉机会的利益攸关方共同的有效平台。训研所与哈佛医学院的全球外科和社会变革方案"
        "合作，出版了一本详尽手册，指导各国政府制定国家外科、产科和麻醉计划，"
        "而且这些计划可纳入国家保健战略。该手册已分发给卫生部和外科治疗系统的 750 多名决策者"
        "。该倡议特别通过国家外科、产科麻醉规划方面的培训以及通过疫情期间患者一线护理的相关专"
        "题培训，使 100 多个国家的 5 000 多人直接受惠。"
    ),
    27: (
        "当局和领导人国际培训中心全球网络继续扩大。该全球网络有 20 个中心，遍布非洲、美洲、"
        "亚洲、澳大利亚和欧洲，为训研所努力在一国境内提供能力建设和培训作出了贡献。"
        "这些中心是政府官员、私营部门、学术界和民间社会交流可持续发展相关知识的中心。"
        "全球网络涉及的主题领域广泛，有治理和城市发展、经济发展和社会包容、"
        "环境可持续性和《2030 年议程》。2020 年，全球网络惠及 89 060 人，"
        "其中妇女占受惠总人数的 68%。"
    ),
    28: (
        "在移民领域，训研所于 2020 年 1 月在基多共同举办了第六次人口流动、"
        "移民和发展问题市长论坛，共接待来自 47 个国家的代表团。"
        "市长论坛使市政领导人和区域领导人能够就移民、"
        "发展和流离失所问题交换意见和有关做法信息。该论坛首次与全球移民与发展论坛年度峰会相结"
        "合。后者是国家主导的进程，目的是帮助规范关于移民与发展的全球辩论。"
        "两个论坛相互结合既有象征意义，又有实际价值，"
        "不仅正式承认地方和区域当局在贯彻全球移民政策方面发挥的作用，"
        "而且通过允许地方和区域当局进入国家主导的进程开创了城市外交的先例。论坛期间，"
        "训研所还举办培训讲习班，并共同组织了一次全球论坛高级别会议，介绍全球移民知识平台。"
    ),
    29: (
        "在反腐败领域，训研所与法治和反腐败中心合作，创建反腐败培训平台，以便在线开课，"
        "对象是腐败正在阻碍可持续发展的发展中国家。2020 年，"
        "这一合作使来自 34 个国家的 527 名受益，"
        "得以通过电子学习增进预防腐败和打击腐败方面的知识和技能。"
    ),
    30: (
        "在地球这一支柱下，训研所努力支持为今世后代保全、恢复和维护地球，为此促进向绿色、"
        "低碳和有气候适应能力的方向过渡，加强化学品和废物的健全和可持续管理，并开展研究，"
        "以支持循环经济政策。在气候行动领域，训研所继续积极参与“联合国一体化”"
        "气候变化学习伙伴关系。这是一个全球伙伴关系，支持各国根据《联合国气候变化框架公约》"
        "第六条设计和实施系统、经常性和注重成果的气候变化学习。该伙伴关系于 2009 年启动，"
        "目前包括 36 个多边组织，活跃在 30 多个国家。"
    ),
    31: (
        "学习伙伴关系秘书处设在训研所。该伙伴关系促进全球气候知识普及，并有一个电子学习平台，"
        "作为全球气候变化学习门户。在应对气候变化的生存威胁方面，教育至关重要。"
        "截至 2020 年 12 月，来自 195 个国家的近 400 000 名用户在平台注册，"
        "平台颁发了近 110 000 份证书，证明学习伙伴关系在这方面十分有益。2020 年 9 月，"
        "学习伙伴关系颁发了第 100 000 份结业证书。COVID-19 大流行加快了平台的增长速度，"
        "完成至少一门课程的注册用户比例大大提高。该平台现在提供 30 门与气候变化和向绿色经济过"
        "渡的相关课程，分几种语文，而且免费。"
    ),
    32: (
        "在国家一级，学习伙伴关系通过制定和实施气候变化学习战略，"
        "继续协助各国战略性地对待气候变化学习。这包括中美洲一体化体系八个成员国通过学习伙伴关"
        "系支持的区域方案，联合制定的气候变化教育、培训和提高认识区域行动计划(2017-2022 年)；"
        "肯尼亚、吉尔吉斯斯坦、赞比亚和津巴布韦推出新的国家气候变化学习战略，"
        "以及在西非推广该伙伴关系的工作。鉴于青年气候对话形式非常受欢迎，"
        "学习伙伴关系在西非和南部非洲国家通过一系列的电台和电视广播，"
        "扩大对青年和公众的宣传工作。"
    ),
    33: (
        "训研所继续积极参与“绿色经济行动伙伴关系”。该伙伴关系将环境署、国际劳工组织(劳工组织)"
        "、联合国开发计划署(开发署)、联合国工业发展组织和训研所汇聚在一起。如今，"
        "伙伴关系在 20 个伙伴国家开展业务，提供一系列全球产品，包括能力发展和知识生成。"
        "训研所通过关于包容性绿色经济的全球培训产品、在伙伴国家开展基础和专业培训、"
        "支持确定绿色经济学习优先事项和战略发展、分享和交流知识，发展个人和培训机构的能力。"
    ),
    34: (
        "绿色经济行动伙伴关系现被认为是推动全球绿色复苏计划支持联合国应对 COVID-19 的关键力量"
        "。采取的具体措施旨在支持 15 个伙伴关系国家制定国家绿色复苏计划，"
        "激励通过促进低碳路径、绿色技能、绿色就业和相关创业活动的刺激计划。"
    ),
    35: (
        "在化学品和废物管理领域，针对目前的 COVID-19 疫情，"
        "训研所努力开发详尽实用的在线培训模块，以便协助各国。训研所成功地开展了多氯联苯管理、"
        "取样和筛选方面的培训。在汞管理领域，训研所一直在向各国提供技术援助，"
        "根据《关于汞的水俣公约》制定初步评估和国家汞行动计划。除了在清单、"
        "国家一级的研究和文件编制方面向各国提供技术支持外，"
        "训研所目前还担任组织间化学品健全管理方案汞协调小组主席。"
    ),
    36: (
        "训研所与劳工组织和经济合作与发展组织(经合组织)共同牵头，并与其他主要伙伴密切合作，"
        "正在领导实施全球化学品统一分类和标签制度能力建设全球伙伴关系。"
    ),
    37: (
        "训研所在德国波恩的办事处正在领导可持续循环方案这一创新研究和培训方案。"
        "该方案着重可持续生产、消费和处置各种废物流产物的解决方案。2020 年，"
        "可持续循环方案发表了一份关于电动汽车和材料资源未来的咨询意见，"
        "并发表了全球电子废物监测，后者是与国际电信联盟、"
        "世卫组织和国际固体废物协会合作发表的一份全球公认的电子废物挑战摘要。"
    ),
    38: (
        "在繁荣这一支柱下，训研所通过加强就业能力，发展多方利益攸关方合作的技能，增进贸易、"
        "公共财政和知识产权方面的知识，努力促进包容和可持续的经济增长，"
        "为所有人创造体面的工作机会。过去两年，训研所与联合国系统其他实体、区域委员会、"
        "多边开发银行和区域培训机构合作，制定并开展了若干区域和全球培训活动。"
    ),
    39: (
        "训研所加紧努力，加强阿富汗、埃塞俄比亚、伊拉克、肯尼亚、"
        "索马里和苏丹境内的就业能力和创业能力，重点是青年和妇女等弱势群体。"
        "训研所通过向受益者传授切实的创业和社会创业技能，支持参与者找出关键问题，"
        "根据全球知识和当地情况制定创新的可持续解决方案。"
    ),
    40: (
        "加强多利益攸关方合作是促进包容和可持续经济发展的关键。"
        "训研所正在对阿富汗中央和地方政府以及民间社会的代表进行可持续发展领导力培训，"
        "以加深他们对全球关键问题的理解，并使他们掌握实用的软技能，"
        "从而成为变革者和更美好未来的倡导者。"
    ),
    41: (
        "公共部门官员执行妥善政策以应对 COVID-19 影响的能力对于近期和长期复苏非常重要。"
        "训研所和日内瓦外交和国际关系学院支持最不发达国家和撒哈拉以南非洲其他发展中国家参与地"
        "方和国家财政和贸易政策的贸易和财政官员，以帮助他们支持受疫情影响的经济和工商业。"
        "该方案使非洲官员能够集体评估疫情不断演变的影响，并制定建议，帮助政府重建得更好，"
        "全面促进实现可持续发展目标，特别关注健康和安全、微型和小型企业、粮食安全、性别平等、"
        "增强妇女和青年权能、非正规经济和境内流离失所者。"
    ),
    42: (
        "为了应对 COVID-19 疫情给扩大金融普惠带来的空前挑战，"
        "训研所与阿拉伯湾支援发展方案合作，加强了中东和北非地区以及撒哈拉以南非洲金融官员的能"
        "力，更好地利用数字技术和创新，向没有银行账户的赤贫人口提供更容易获得、"
        "更有用和更负担得起的金融服务。该伙伴关系强调首先帮助落在最后面的人，侧重金融普惠，"
        "为此让支援发展方案在该区域的小额金融银行和其他金融机构网络参与设计适合穷人具体需求的"
        "金融产品和服务，以增强弱势个人的权能，使其成为社区的积极贡献者。"
        "训研所和支援发展方案还纳入培训员培训，以培养项目结束后仍然能够继续提供因地制宜知识和"
        "本地专业知识的当地倡导者。1 200 多名受益者完成了一系列培训活动。"
        "这些活动都是利用移动学习解决方案提供的。"
    ),
    43: (
        "2020 年，训研所与粮农组织的合作继续发展。双方同心协力，"
        "协助撒哈拉以南非洲法语国家和中亚国家的政府部委、"
        "农业联合会和工会以及出口组织的官员和代表评估贸易机会。训研所还与粮农组织合作，"
        "解决粮食安全和营养问题，更好地理解非关税措施对国际贸易的重要影响和世界贸易组织(世贸"
        "组织)协定对国家贸易政策的相关性，并强调各国在加入世贸组织时和在区域贸易协定框架内承"
        "担的农业方面的主要义务。COVID-19 疫情导致的局面使双方有机会提供比原计划更多的联合在"
        "线培训活动，并使训研所和粮农组织能够与决策者直接互动，"
        "讨论最近在监管农业食品贸易和支持农业企业应对疫情方面的政策变化。"
    ),
    44: (
        "数字技术已经在改变社会范式，改变人们交流、工作和生活的方式。"
        "数字化为那些能够接触互联网、具备数字知识的人过上更好的生活提供了巨大机遇。然而，"
        "那些无法接入互联网和(或)不具备数字知识的人则无法利用数字技术，导致数字鸿沟扩大。"
        "数字化也导致就业性质以及技能和知识需求改变。重要的是，人们，特别是弱势群体，"
        "要使自己的数字技术技能提升和再造，使自己拥有更好的就业能力和更好的生计。在此背景下，"
        "训研所与学术界伙伴合作，对阿富汗和伊拉克的妇女进行人工智能和创业技能培训。"
    ),
    45: (
        "除了“和平”、“人民”、“地球”和“繁荣”主题支柱外，训研所还在三个交叉领域开展工作，"
        "包括方案编制，目的是加快在国家一级执行《2030 年议程》，"
        "通过地理空间技术等在内的技术支持循证政策，并支持多边外交。"
    ),
    46: (
        "随着 COVID-19 疫情的暴发，协调一致的政策应对更为重要。"
        "随着许多国家正在制定恢复计划和战略，有必要提供培训和学习支持，"
        "以帮助它们设计既考虑到当前需求、又考虑到长期愿景的计划，并提供平衡兼顾各部门的做法，"
        "应对经济、社会和环境方面的迫切需求。在这方面，"
        "训研所与亚洲及太平洋经济社会委员会(亚太经社会)、"
        "经济和社会事务部及开发署等联合国其他伙伴合作，设计了一个培训方案，通过预算编制，"
        "帮助加强战略规划与公共资源分配之间的联系，促进综合性国家筹资框架的制定和实施。"
    ),
    47: (
        "训研所继续与联合国系统职员学院一起，继续指导学习平台“联合国可持续发展目标：学习”"
        "秘书处的工作，并一直在牵头开发新的可持续发展目标能力自我评估服务和个性化界面，"
        "使用户能够更好地构建自己的学习途径。截至 2020 年 12 月 31 日，"
        "已有 69 951 名学员使用学习平台。该平台共有 59 个合作伙伴，"
        "280 门标准课程和 151 门小课程。修过课的调查回复者中，"
        "共有 53%的人报告因此开展了变革，或采用了良好做法。"
        "该平台还载有关于《2030 年可持续发展议程》的初级读本。"
        "那是在常务副秘书长办公室总体指导下、吸收了联合国发展协调办公室、联合国系统职员学院、"
        "训研所和可持续发展解决方案网络提供的内容基础上开发的。自 2020 年 11 月以来，"
        "“联合国可持续发展目标：学习”平台为世界各地非联合国系统且无法获得认证的学员提供了参加"
        "初级读本考试并获得联合国可持续发展集团——“联合国可持续发展目标：学习”联合证书的机会。"
    ),
    48: (
        "训研所继续提供能力建设和学习服务，以满足可持续发展目标方面的数据需求。训研所、"
        "统计司和非洲经济委员会推出了一门新课程，目的是加强决策者的数据技能，"
        "更有效地利用数据进行决策。除此之外，训研所还升级了短期统计规划工具 StaTact。"
        "在为非洲、亚洲及太平洋和拉丁美洲区域举办的在线讲习班上，"
        "训研所向来自 36 个国家的 92 名与会者介绍了工具的新版本。2020 年 12 月，"
        "训研所与菲律宾统计管理局合作进行了一次国家试点。93%参加试点的人员认为，"
        "StaTact 与其工作相关，因为能够帮助他们加强规划，而且监测统计活动的执行情况，"
        "以支持可持续发展目标数据的编制工作。最后，2020 年 5 月，由几所欧洲大学、"
        "训研所和欧洲核研究组织组成的联合会启动了一个新项目，以促进使用公民科学数据，"
        "监测《2030 年议程》的执行工作。训研所正在研究各国统计局和职能部委的需求和质量方面的"
        "考虑因素。"
    ),
    49: (
        "2021 年是业务卫星应用方案成立 20 周年纪念日。该方案继续支持训研所工作方案“和平”、"
        "“人民”、“地球”和“繁荣”四大支柱下开展的项目和活动。2019-2020 年，"
        "该方案为 1 189 名来自最不发达国家和小岛屿发展中国家的受益者增进了与地理信息系统相关"
        "的知识和技能，其中大多数人在政府部门工作。根据联合国基金、"
        "方案和专门机构以及会员国的请求，该方案还在此期间进行了 416 次卫星图像分析，"
        "生成 1 438 个产品，如地图、报告和统计数据。在国家一级的各种活动中，"
        "该方案在圭亚那和多米尼克支持加强妇女的灾害管理能力，"
        "并提供电子学习课程和技术解决方案，以改善国家洪水预警系统。"
        "该方案与泰国大地信息学和空间技术开发署、东南亚国家联盟空间技术和应用研究和培训中心、"
        "亚太经社会这些区域行为体合作，联合举办了一个关于利用地理空间大数据应用促进可持续发展"
        "的培训课程。"
    ),
    50: (
        "业务卫星应用方案继续受益于欧洲核研究组织的大力支持，"
        "后者托管业务卫星应用方案的信息技术基础设施。这使业务卫星应用方案有最先进的计算能力、"
        "数据存储和数据。这些数据直接输入联合国的其他举措，"
        "例如人道主义事务协调厅主持的人道主义数据交换平台。"
    ),
    51: (
        "业务卫星应用方案在联合国“全球脉动”举措支持下开发的人工智能卫星图像洪水探测算法正在用"
        "于实际工作，为业务卫星应用方案的快速测绘活动提供支持。"
        "该人工智能算法是与中国武汉大学和欧洲核研究组织合作开发的。2020 年，"
        "应孟加拉国在季风暴雨后提出的请求，业务卫星应用方案首次使用其人工智能洪水测绘。"
        "目前正在进一步调整人工智能解决方案，以便在更多国家使用。"
    ),
    52: (
        "《在发生自然和技术灾害时协调使用空间设施的合作宪章》规定免费获取卫星图像，"
        "以利重大灾害救援。业务卫星应用方案参与的该机制启动次数达 30 多次，"
        "受益者包括联合国机构、红十字会与红新月会国际联合会和各国灾害管理组织。"
    ),
    53: (
        "加强外交人员的知识、技能和意识，使其能够在联合国舞台上有效开展工作，"
        "仍是训研所工作的一个重要战略层面。训研所在国家一级和联合国保持重要存在的城市充当外交"
        "官和其他代表更好地了解联合国系统、机关、进程和程序动态的联合国知识宝库，除此之外，"
        "训研所还推出了三项新的硕士课程：联合王国斯特林大学人权和外交硕士、"
        "贝鲁特高等商学院国际事务和外交硕士、和平大学发展研究和外交硕士。"
        "这些课程旨在向希望从事国际事务工作的学员提供关于外交和联合国的第一手经验和扎实的理解"
        "。"
    ),
    54: (
        "在 COVID-19 疫情暴发之初，训研所扩大了在线课程组合，纳入了基本专业技能、"
        "多边外交和 21 世纪国际法方面的在线证书和文凭。训研所还开办了一系列在线培训课程，"
        "旨在培养参与者的国际合作精神，使他们认识到，当今的全球挑战需要全球合作。"
        "这些在线培训课程包括联合国实习准备方案，向参与者提供关于进入联合国系统的知识；"
        "外交 4.0 培训课程，其中讨论外交与技术之间的相交问题。连同青年领袖在线培训课程、"
        "在线浸入式课程和人权理事会培训课程，这些在线课程吸引了来自中国、"
        "联合王国和美国等国伙伴机构的 500多名参与者。训研所在与美国国际开发署、"
        "坦桑尼亚联合共和国桑给巴尔政府、世界野生动物自然基金会和国际野生物贸易研究组织合作时"
        "，还利用其在线学习方法方面的知识，培训坦桑尼亚执法官员，"
        "让其了解《濒危野生动植物种国际贸易公约》规章和贩运野生生物相关疾病风险。"
    ),
    55: (
        "训研所认识到 COVID-19 疫情对妇女的影响特别严重，"
        "因此组织了六次关于妇女领导力的虚拟讲习班，其中三次与国际雇主组织合作举办。"
        "训研所还为不丹、肯尼亚、马绍尔群岛、缅甸、卡塔尔和斯里兰卡等国外交部开发因地制宜的培"
        "训解决方案，涉及数字外交、网络安全、环境外交和科学外交等主题，也成功地在网上授课，"
        "超过 90%的参与者认为培训内容与其工作相关，表示他们将在工作中使用这些信息。"
        "训研所协助加强会员国能力，并加强会员国对联合国主要机制的参与。"
        "训研所通过为阿拉伯联合酋长国外交官定制方案，"
        "使其有效地为该国竞选安全理事会非常任理事国从 2022 年 1 月开始的一个席位做准备，"
        "进一步加强了这一协助作用。"
    ),
    56: (
        "训研所通过其纽约办事处，继续开展针对外交界的年度培训方案，包括各种简报、"
        "课程和讲习班，例如为新代表举行简报会，此次简报会恰逢联合国成立七十五周年；"
        "为安全理事会新成员举行简报会；关于联合国预算制度的简报会，"
        "关于经济及社会理事会工作的简报会；关于联合国决议的结构、起草和通过的简报会。"
    ),
    57: (
        "2020 年 3 月，COVID-19 疫情暴发。训研所将所有培训移到网上。"
        "这增加了最不发达国家学员参加培训的机会，产生了意想不到的积极收益。"
        "纽约办事处还通过其“公平竞争”倡议，坚持不让任何一个人掉队的承诺。"
        "该倡议涉及开展大量外联活动，得到参与者的积极反馈。"
    ),
    58: (
        "在开展外交培训的同时，纽约办事处与经济和社会事务部协调，"
        "在 2020 年高级别政治论坛期间组织了第五次关于可持续发展目标的“学习、培训和实践”"
        "讲习班，并继续通过其他方式扩大外联，包括以阿拉伯文、英文、"
        "法文和西班牙文出版题为“联合国决议准则”的印刷版和电子版，"
        "并进一步改进和传播“联合国——如何做”移动应用程序。该程序目前已被下载 10 600 多次。"
    ),
    59: (
        "2019 年 7 月，训研所整合了“战胜非传染性疾病伙伴关系”秘书处。这是一个“公共-私营-人民”"
        "伙伴关系，包括政府、多边机构、民间社会、学术界、慈善机构和私营部门。"
        "该伙伴关系成立于 2018 年，旨在使得并帮助资源贫乏的国家扩大防治非传染性疾病的行动，"
        "克服以下领域最常见的差距和制约因素：(a) 国家能力建设，(b)"
        " 在社区扩大非传染性疾病防治相关服务，(c) 基本用品可负担、易获得，(d)"
        " 为国家一级的防治非传染性疾病方案提供资金。"
    ),
    60: (
        "2020 年，训研所向两个方案国提供技术援助，为缅甸制定了 2021 年和 2022 年已计算费用的"
        "国家业务计划，并为卢旺达制定了 2020 年至 2025 年的国家战略和已计算费用的行动计划。"
        "在这两个国家，一名方案协调员兼保健经济学家为召集利益攸关方制定多部门办法提供了必要支"
        "持，并创建了必要的财务模型。缅甸力求通过其两年计划，"
        "在 2021 年和 2022 年协助 1 100 万人。200 万弱势民众将免费获得非传染性疾病护理。"
        "该计划整体实施后，预计将把自费率从目前的 82%降至 63%。在卢旺达，"
        "该计划的成功实施将使 480 万人直接受益，目标是将非传染性疾病导致的过早死亡率降"
        "低 25%。卢旺达的计划含四项战略目标，实现这些目标所需的既定干预措施预计费用"
        "为 3.762 亿美元。"
    ),
    61: (
        "训研所发挥重要作用，促进国家和全球努力，确保根据可持续发展目标的具体目标 3.4，"
        "普及保健，以便到 2030 年将非传染性疾病造成的过早死亡率降低三分之一。训研所还与不丹、"
        "厄瓜多尔、冈比亚和尼泊尔四国卫生部以及代表加勒比共同体 24 个成员国的加勒比公共卫生机"
        "构谈判达成了谅解备忘录。"
    ),
    62: (
        "战胜非传染性疾病伙伴关系支持发展国家能力，以规划和实施国家防治非传染性疾病的行动计划"
        "，其方式是通过网络研讨会和在线会议远程交流知识；提供一种加强能力的模式，"
        "最大限度地减少碳排放(从而有助于减缓气候变化)，同时也降低 COVID-19 传播的相关风险。"
        "这项工作最辉煌的成果是在 2020 年 10 月世界卫生首脑会议上，"
        "就普及对非传染性疾病的可持续防治问题举行了高级别小组讨论。"
        "担任小组讨论嘉宾和在这次活动上发言的人有 22 名，分别代表政府、多边机构、开发银行、"
        "人道主义组织、学术界、慈善基金会和私营公司。"
    ),
    63: (
        "基于训研所在加强财政能力方面的丰富经验，2020 年，"
        "缅甸联邦卫生和体育部长宣布设立缅甸战胜非传染性疾病伙伴关系基金。"
        "这是一个治疗和护理非传染性疾病的集合筹资机制。"
        "战胜非传染性疾病伙伴关系在 2020 年世界卫生首脑会议上举办活动时宣布的其他筹资活动，"
        "将为政府和私营部门合作应对非传染性疾病创造最佳条件。在那次活动上，"
        "世界银行集团的成员之一多边投资担保机构承诺支持战胜非传染性疾病伙伴关系的工作，"
        "国际金融公司承诺支持开发结构性产品和社会影响力债券，"
        "以扩大资源贫乏国家的非传染性疾病护理和筛查设施。"
    ),
}
