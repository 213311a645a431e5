# ruff: noqa: RUF001 -- Cyrillic text: its look-alike letters are meant.
"""Russian translations of the bundled dataset's text (see __init__.py): ours, in the style and
terminology of United Nations documents, not an official edition."""

TEXT: dict[str, str] = {
    (
        "A global network of International Training Centres for Authorities and Leaders that "
        "delivers capacity-building on sustainable development within countries."
    ): (
        "Глобальная сеть международных учебных центров для руководителей и должностных лиц, "
        "которая занимается наращиванием потенциала в области устойчивого развития на страновом "
        "уровне."
    ),
    (
        "A multi-stakeholder platform expanding access to safe surgery, obstetrics and "
        "anaesthesia, including national surgical planning with Harvard Medical School."
    ): (
        "Платформа с участием многих заинтересованных сторон, расширяющая доступ к безопасной "
        "хирургической, акушерской и анестезиологической помощи, в том числе посредством "
        "национального планирования в области хирургии совместно с Гарвардской медицинской "
        "школой."
    ),
    (
        "A programme with the World Bank supporting the African Union in early warning and "
        "disarmament, demobilization and reintegration at the nexus of conflict prevention and "
        "crisis response."
    ): (
        "Осуществляемая совместно со Всемирным банком программа поддержки Африканского союза в "
        "области раннего предупреждения, а также разоружения, демобилизации и реинтеграции на "
        "стыке предотвращения конфликтов и реагирования на кризисы."
    ),
    (
        "A public-private-people partnership helping low-resource countries scale up national "
        "action against noncommunicable diseases."
    ): (
        "Партнерство государственного и частного секторов и населения, помогающее странам с "
        "ограниченными ресурсами расширять национальные меры по борьбе с неинфекционными "
        "заболеваниями."
    ),
    (
        "A research and training programme of the UNITAR office in Bonn on sustainable "
        "production, consumption and disposal, publisher of the Global E-waste Monitor."
    ): (
        "Программа исследований и подготовки отделения ЮНИТАР в Бонне по вопросам устойчивого "
        "производства, потребления и утилизации, издающая доклад «Глобальный мониторинг "
        "электронных отходов»."
    ),
    "Accumulated surplus at the end of 2018": "Накопленный профицит на конец 2018 года",
    "Accumulated surplus at the end of 2019": "Накопленный профицит на конец 2019 года",
    (
        "Activations of the International Charter on Space and Major Disasters in which UNOSAT "
        "took part"
    ): (
        "Случаи задействования Международной хартии по космосу и крупным катастрофам с участием "
        "ЮНОСАТ"
    ),
    (
        "Advanced training in conflict analysis, prevention and resolution for mid- and "
        "senior-level officials, peace operation staff and civil society in francophone Africa."
    ): (
        "Углубленная подготовка по вопросам анализа, предотвращения и урегулирования конфликтов "
        "для должностных лиц среднего и старшего звена, персонала операций в пользу мира и "
        "представителей гражданского общества во франкоязычной Африке."
    ),
    (
        "Advocacy, awareness-raising and training of authorities and stakeholders to help halve "
        "road traffic deaths and injuries by 2030."
    ): (
        "Пропагандистская и просветительская работа и подготовка представителей органов власти и "
        "заинтересованных сторон в целях содействия сокращению вдвое к 2030 году числа погибших и "
        "травмированных в результате дорожно-транспортных происшествий."
    ),
    (
        "African troop-contributing countries whose military personnel were trained before "
        "deployment"
    ): (
        "Африканские страны, предоставляющие войска, военнослужащие которых прошли подготовку "
        "перед развертыванием"
    ),
    "Agencies in the partnership (UNEP, ILO, UNDP, UNIDO, UNITAR)": (
        "Учреждения — участники партнерства (ЮНЕП, МОТ, ПРООН, ЮНИДО, ЮНИТАР)"
    ),
    (
        "An intensive two-week annual fellowship in peacemaking and preventive diplomacy for mid- "
        "and senior-level United Nations, regional-organization and foreign-ministry "
        "professionals."
    ): (
        "Ежегодная интенсивная двухнедельная стипендиальная программа в области миротворчества и "
        "превентивной дипломатии для специалистов среднего и старшего звена из Организации "
        "Объединенных Наций, региональных организаций и министерств иностранных дел."
    ),
    (
        "An online anti-corruption training platform, built with the Rule of Law and "
        "Anti-Corruption Center, for developing countries where corruption hinders sustainable "
        "development."
    ): (
        "Созданная совместно с Центром по вопросам верховенства права и борьбы с коррупцией "
        "онлайн-платформа обучения по вопросам борьбы с коррупцией для развивающихся стран, в "
        "которых коррупция препятствует устойчивому развитию."
    ),
    "Anti-corruption e-learning beneficiaries": (
        "Бенефициары электронного обучения по вопросам борьбы с коррупцией"
    ),
    "Anti-corruption: countries": "Борьба с коррупцией: страны",
    "Beneficiaries in 2016": "Бенефициары в 2016 году",
    "Beneficiaries in 2017": "Бенефициары в 2017 году",
    "Beneficiaries in 2018": "Бенефициары в 2018 году",
    "Beneficiaries in 2019": "Бенефициары в 2019 году",
    "Beneficiaries in 2020": "Бенефициары в 2020 году",
    "Beneficiaries in 2021": "Бенефициары в 2021 году",
    "Beneficiaries in the 2018-2019 biennium": "Бенефициары в двухгодичном периоде 2018–2019 годов",
    "Beneficiaries trained with partners, 2019": (
        "Бенефициары, обученные совместно с партнерами, 2019 год"
    ),
    "Beneficiaries trained with partners, 2020": (
        "Бенефициары, обученные совместно с партнерами, 2020 год"
    ),
    "Beneficiaries, Defeat-NCD Partnership, 2020": (
        "Бенефициары, Партнерство «Победить НИЗ» (Defeat-NCD), 2020 год"
    ),
    "Beneficiaries, agenda-2030 area, 2020": (
        "Бенефициары, область «Ускорение осуществления Повестки дня на период до 2030 года», 2020 "
        "год"
    ),
    "Beneficiaries, diplomacy area, 2020": (
        "Бенефициары, область «Многосторонняя дипломатия», 2020 год"
    ),
    "Beneficiaries, peace area, 2020": "Бенефициары, область «Мир», 2020 год",
    "Beneficiaries, people area, 2020": "Бенефициары, область «Люди», 2020 год",
    "Beneficiaries, planet area, 2020": "Бенефициары, область «Планета», 2020 год",
    "Beneficiaries, prosperity area, 2020": "Бенефициары, область «Процветание», 2020 год",
    "Beneficiaries, unosat area, 2020": (
        "Бенефициары, область «Спутниковый анализ (ЮНОСАТ)», 2020 год"
    ),
    "Board of Trustees, sixty-first session": "Совет попечителей, шестьдесят первая сессия",
    "CIFAL": "СИФАЛ",
    "CIFAL Global Network: activities, 2020": "Глобальная сеть СИФАЛ: мероприятия, 2020 год",
    "CIFAL Global Network: beneficiaries, 2020": "Глобальная сеть СИФАЛ: бенефициары, 2020 год",
    "CIFAL Global Network: countries of people trained, 2019": (
        "Глобальная сеть СИФАЛ: страны лиц, прошедших подготовку, 2019 год"
    ),
    "CIFAL Global Network: people trained, 2019": (
        "Глобальная сеть СИФАЛ: лица, прошедшие подготовку, 2019 год"
    ),
    "CIFAL Global Network: share of women, 2020": "Глобальная сеть СИФАЛ: доля женщин, 2020 год",
    "CIFAL centres in the global network": "Центры СИФАЛ в глобальной сети",
    (
        "Capacity-building for disarmament, demobilization and reintegration practitioners in "
        "weapons and ammunition management, with an online community of practice launched in "
        "2020."
    ): (
        "Наращивание потенциала специалистов-практиков в области разоружения, демобилизации и "
        "реинтеграции по вопросам управления оружием и боеприпасами, включая созданное в 2020 "
        "году онлайн-сообщество практиков."
    ),
    (
        "Capacity-building on data for the Sustainable Development Goals, including the StaTact "
        "short-term statistical planning tool."
    ): (
        "Наращивание потенциала в области данных для достижения целей в области устойчивого "
        "развития, включая инструмент краткосрочного статистического планирования StaTact."
    ),
    (
        "Central American Integration System member States in the regional climate change "
        "education, training and awareness action plan"
    ): (
        "Государства — члены Центральноамериканской интеграционной системы, участвующие в "
        "региональном плане действий по просвещению, подготовке и информированию по вопросам "
        "изменения климата"
    ),
    "Certificates issued by the platform since it opened": (
        "Сертификаты, выданные платформой с момента ее открытия"
    ),
    "Certificates issued in 2019": "Сертификаты, выданные в 2019 году",
    "Certificates issued in 2020": "Сертификаты, выданные в 2020 году",
    "Certificates, agenda-2030 area, 2020": (
        "Сертификаты, область «Ускорение осуществления Повестки дня на период до 2030 года», 2020 "
        "год"
    ),
    "Certificates, diplomacy area, 2020": (
        "Сертификаты, область «Многосторонняя дипломатия», 2020 год"
    ),
    "Certificates, peace area, 2020": "Сертификаты, область «Мир», 2020 год",
    "Certificates, people area, 2020": "Сертификаты, область «Люди», 2020 год",
    "Certificates, planet area, 2020": "Сертификаты, область «Планета», 2020 год",
    "Certificates, prosperity area, 2020": "Сертификаты, область «Процветание», 2020 год",
    "Certificates, unosat area, 2020": (
        "Сертификаты, область «Спутниковый анализ (ЮНОСАТ)», 2020 год"
    ),
    "Clinicians in Rwanda reached by Defeat-NCD": (
        "Клинические врачи в Руанде, охваченные Партнерством «Победить НИЗ»"
    ),
    "Communities whose capacity was strengthened": "Общины, потенциал которых был укреплен",
    "Countries covered by the analyses and products": (
        "Страны, охваченные аналитическими материалами и продуктами"
    ),
    (
        "Countries launching new national climate change learning strategies (Kenya, Kyrgyzstan, "
        "Zambia, Zimbabwe)"
    ): (
        "Страны, принявшие новые национальные стратегии обучения по вопросам изменения климата "
        "(Замбия, Зимбабве, Кения, Кыргызстан)"
    ),
    "Countries of the e-learning beneficiaries": "Страны бенефициаров электронного обучения",
    "Countries of the participants in the StaTact online workshops": (
        "Страны участников онлайн-семинаров по StaTact"
    ),
    "Countries of the people directly benefiting": "Страны непосредственных бенефициаров",
    "Countries of the people trained by the network": (
        "Страны лиц, прошедших подготовку в рамках сети"
    ),
    "Countries of the programme (Afghanistan, Ethiopia, Iraq, Kenya, Somalia, Sudan)": (
        "Страны программы (Афганистан, Ирак, Кения, Сомали, Судан, Эфиопия)"
    ),
    "Countries of the registered users": "Страны зарегистрированных пользователей",
    "Countries sending delegations to the sixth Mayoral Forum (Quito, January 2020)": (
        "Страны, направившие делегации на шестой Форум мэров (Кито, январь 2020 года)"
    ),
    "Countries where the partnership is active": "Страны, в которых действует партнерство",
    (
        "Derived, not published: E/2021/49 para 67 says the revised 2020-2021 budget (68.1 "
        "million) is 22.5% above it; 68.1 million / 1.225"
    ): (
        "Рассчитано, не опубликовано: согласно документу E/2021/49, пункт 67, пересмотренный "
        "бюджет на 2020–2021 годы (68,1\u00a0млн) превышает эту сумму на 22,5\u00a0%; "
        "68,1\u00a0млн / 1,225"
    ),
    "Downloads of the 'UN - How To' mobile application": (
        "Загрузки мобильного приложения «UN - How To»"
    ),
    "E-learning and other share of events, 2020": (
        "Доля мероприятий категории «электронное обучение и другое», 2020 год"
    ),
    "E/2021/49 para 17": "E/2021/49, пункт 17",
    "E/2021/49 para 18": "E/2021/49, пункт 18",
    "E/2021/49 para 20": "E/2021/49, пункт 20",
    "E/2021/49 para 23": "E/2021/49, пункт 23",
    "E/2021/49 para 24": "E/2021/49, пункт 24",
    "E/2021/49 para 26": "E/2021/49, пункт 26",
    "E/2021/49 para 27": "E/2021/49, пункт 27",
    "E/2021/49 para 28": "E/2021/49, пункт 28",
    "E/2021/49 para 29": "E/2021/49, пункт 29",
    "E/2021/49 para 30": "E/2021/49, пункт 30",
    "E/2021/49 para 31": "E/2021/49, пункт 31",
    "E/2021/49 para 32": "E/2021/49, пункт 32",
    "E/2021/49 para 33": "E/2021/49, пункт 33",
    "E/2021/49 para 34": "E/2021/49, пункт 34",
    "E/2021/49 para 39": "E/2021/49, пункт 39",
    "E/2021/49 para 47": "E/2021/49, пункт 47",
    "E/2021/49 para 48": "E/2021/49, пункт 48",
    "E/2021/49 para 49": "E/2021/49, пункт 49",
    "E/2021/49 para 52": "E/2021/49, пункт 52",
    "E/2021/49 para 53": "E/2021/49, пункт 53",
    "E/2021/49 para 55": "E/2021/49, пункт 55",
    "E/2021/49 para 58": "E/2021/49, пункт 58",
    "E/2021/49 para 60": "E/2021/49, пункт 60",
    "E/2021/49 para 61": "E/2021/49, пункт 61",
    "E/2021/49 para 62": "E/2021/49, пункт 62",
    "E/2021/49 para 64": "E/2021/49, пункт 64",
    "E/2021/49 para 66": "E/2021/49, пункт 66",
    "E/2021/49 para 67": "E/2021/49, пункт 67",
    "E/2021/49 para 68": "E/2021/49, пункт 68",
    "E/2021/49 para 9": "E/2021/49, пункт 9",
    (
        "Entrepreneurship and social entrepreneurship training for young people and women in "
        "Afghanistan, Ethiopia, Iraq, Kenya, Somalia and the Sudan."
    ): (
        "Обучение предпринимательству и социальному предпринимательству для молодежи и женщин в "
        "Афганистане, Ираке, Кении, Сомали, Судане и Эфиопии."
    ),
    "Estimated cost of the interventions in Rwanda's costed NCD action plan": (
        "Сметная стоимость мероприятий, предусмотренных планом действий Руанды по борьбе с НИЗ с "
        "расчетом затрат"
    ),
    "Event days in 2019": "Дни мероприятий в 2019 году",
    "Event days in 2020": "Дни мероприятий в 2020 году",
    "Events in 2019": "Мероприятия в 2019 году",
    "Events in 2020": "Мероприятия в 2020 году",
    "Events, agenda-2030 area, 2020": (
        "Мероприятия, область «Ускорение осуществления Повестки дня на период до 2030 года», 2020 "
        "год"
    ),
    "Events, diplomacy area, 2020": "Мероприятия, область «Многосторонняя дипломатия», 2020 год",
    "Events, peace area, 2020": "Мероприятия, область «Мир», 2020 год",
    "Events, people area, 2020": "Мероприятия, область «Люди», 2020 год",
    "Events, planet area, 2020": "Мероприятия, область «Планета», 2020 год",
    "Events, prosperity area, 2020": "Мероприятия, область «Процветание», 2020 год",
    "Events, unosat area, 2020": "Мероприятия, область «Спутниковый анализ (ЮНОСАТ)», 2020 год",
    "Financial inclusion mobile-learning beneficiaries": (
        "Бенефициары мобильного обучения по вопросам расширения доступа к финансовым услугам"
    ),
    "Free courses on climate change and the green economy transition": (
        "Бесплатные курсы по вопросам изменения климата и перехода к «зеленой» экономике"
    ),
    "Global Surgery: countries": "Глобальная хирургическая инициатива: страны",
    "Global Surgery: people directly benefiting": (
        "Глобальная хирургическая инициатива: непосредственные бенефициары"
    ),
    "Growth in beneficiaries, 2020 over 2019": (
        "Рост числа бенефициаров в 2020 году по сравнению с 2019 годом"
    ),
    "Growth of total income from 2016-2017 to 2018-2019": (
        "Рост общей суммы поступлений в 2018–2019 годах по сравнению с 2016–2017 годами"
    ),
    (
        "High-level seminars and knowledge exchange on peace and security with Special and "
        "Personal Representatives and Envoys of the Secretary-General, Member States and regional "
        "organizations."
    ): (
        "Семинары высокого уровня и обмен знаниями по вопросам мира и безопасности с участием "
        "специальных и личных представителей и посланников Генерального секретаря, "
        "государств-членов и региональных организаций."
    ),
    (
        "Highest-risk United Nations peacekeeping operations whose personnel the trauma training "
        "targets"
    ): (
        "Операции Организации Объединенных Наций по поддержанию мира с наиболее высоким уровнем "
        "риска, на персонал которых ориентирована подготовка по оказанию помощи при травмах"
    ),
    "Illustrative SFF project 01 (People)": (
        "Условный проект Фонда стратегических рамок 01 («Люди»)"
    ),
    "Illustrative SFF project 02 (Planet)": (
        "Условный проект Фонда стратегических рамок 02 («Планета»)"
    ),
    "Illustrative SFF project 03 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 03 («Процветание»)"
    ),
    "Illustrative SFF project 04 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 04 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 05 (Peace)": "Условный проект Фонда стратегических рамок 05 («Мир»)",
    "Illustrative SFF project 06 (People)": (
        "Условный проект Фонда стратегических рамок 06 («Люди»)"
    ),
    "Illustrative SFF project 07 (Planet)": (
        "Условный проект Фонда стратегических рамок 07 («Планета»)"
    ),
    "Illustrative SFF project 08 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 08 («Процветание»)"
    ),
    "Illustrative SFF project 09 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 09 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 10 (Peace)": "Условный проект Фонда стратегических рамок 10 («Мир»)",
    "Illustrative SFF project 11 (People)": (
        "Условный проект Фонда стратегических рамок 11 («Люди»)"
    ),
    "Illustrative SFF project 12 (Planet)": (
        "Условный проект Фонда стратегических рамок 12 («Планета»)"
    ),
    "Illustrative SFF project 13 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 13 («Процветание»)"
    ),
    "Illustrative SFF project 14 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 14 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 15 (Peace)": "Условный проект Фонда стратегических рамок 15 («Мир»)",
    "Illustrative SFF project 16 (People)": (
        "Условный проект Фонда стратегических рамок 16 («Люди»)"
    ),
    "Illustrative SFF project 17 (Planet)": (
        "Условный проект Фонда стратегических рамок 17 («Планета»)"
    ),
    "Illustrative SFF project 18 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 18 («Процветание»)"
    ),
    "Illustrative SFF project 19 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 19 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 20 (Peace)": "Условный проект Фонда стратегических рамок 20 («Мир»)",
    "Illustrative SFF project 21 (People)": (
        "Условный проект Фонда стратегических рамок 21 («Люди»)"
    ),
    "Illustrative SFF project 22 (Planet)": (
        "Условный проект Фонда стратегических рамок 22 («Планета»)"
    ),
    "Illustrative SFF project 23 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 23 («Процветание»)"
    ),
    "Illustrative SFF project 24 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 24 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 25 (Peace)": "Условный проект Фонда стратегических рамок 25 («Мир»)",
    "Illustrative SFF project 26 (People)": (
        "Условный проект Фонда стратегических рамок 26 («Люди»)"
    ),
    "Illustrative SFF project 27 (Planet)": (
        "Условный проект Фонда стратегических рамок 27 («Планета»)"
    ),
    "Illustrative SFF project 28 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 28 («Процветание»)"
    ),
    "Illustrative SFF project 29 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 29 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 30 (Peace)": "Условный проект Фонда стратегических рамок 30 («Мир»)",
    "Illustrative SFF project 31 (People)": (
        "Условный проект Фонда стратегических рамок 31 («Люди»)"
    ),
    "Illustrative SFF project 32 (Planet)": (
        "Условный проект Фонда стратегических рамок 32 («Планета»)"
    ),
    "Illustrative SFF project 33 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 33 («Процветание»)"
    ),
    "Illustrative SFF project 34 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 34 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 35 (Peace)": "Условный проект Фонда стратегических рамок 35 («Мир»)",
    "Illustrative SFF project 36 (People)": (
        "Условный проект Фонда стратегических рамок 36 («Люди»)"
    ),
    "Illustrative SFF project 37 (Planet)": (
        "Условный проект Фонда стратегических рамок 37 («Планета»)"
    ),
    "Illustrative SFF project 38 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 38 («Процветание»)"
    ),
    "Illustrative SFF project 39 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 39 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 40 (Peace)": "Условный проект Фонда стратегических рамок 40 («Мир»)",
    "Illustrative SFF project 41 (People)": (
        "Условный проект Фонда стратегических рамок 41 («Люди»)"
    ),
    "Illustrative SFF project 42 (Planet)": (
        "Условный проект Фонда стратегических рамок 42 («Планета»)"
    ),
    "Illustrative SFF project 43 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 43 («Процветание»)"
    ),
    "Illustrative SFF project 44 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 44 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 45 (Peace)": "Условный проект Фонда стратегических рамок 45 («Мир»)",
    "Illustrative SFF project 46 (People)": (
        "Условный проект Фонда стратегических рамок 46 («Люди»)"
    ),
    "Illustrative SFF project 47 (Planet)": (
        "Условный проект Фонда стратегических рамок 47 («Планета»)"
    ),
    "Illustrative SFF project 48 (Prosperity)": (
        "Условный проект Фонда стратегических рамок 48 («Процветание»)"
    ),
    "Illustrative SFF project 49 (Accelerating the 2030 Agenda)": (
        "Условный проект Фонда стратегических рамок 49 («Ускорение осуществления Повестки дня на "
        "период до 2030 года»)"
    ),
    "Illustrative SFF project 50 (Peace)": "Условный проект Фонда стратегических рамок 50 («Мир»)",
    "Illustrative Strategic Framework Fund agreement (2019-2021)": (
        "Условное соглашение по линии Фонда стратегических рамок (2019–2021 годы)"
    ),
    "Illustrative donor A (government)": "Условный донор A (правительство)",
    "Illustrative donor B (government)": "Условный донор B (правительство)",
    "Illustrative donor C (multilateral organization)": (
        "Условный донор C (многосторонняя организация)"
    ),
    "Illustrative donor D (government)": "Условный донор D (правительство)",
    "Illustrative donor E (foundation)": "Условный донор E (фонд)",
    "Illustrative donor F (multilateral organization)": (
        "Условный донор F (многосторонняя организация)"
    ),
    "Illustrative donor G (government)": "Условный донор G (правительство)",
    "Illustrative donor H (private sector)": "Условный донор H (частный сектор)",
    "Illustrative donor I (government)": "Условный донор I (правительство)",
    "Illustrative donor J (government)": "Условный донор J (правительство)",
    "Illustrative donor K (multilateral organization)": (
        "Условный донор K (многосторонняя организация)"
    ),
    "Illustrative donor L (foundation)": "Условный донор L (фонд)",
    "Illustrative donor M (government)": "Условный донор M (правительство)",
    "Illustrative donor N (other)": "Условный донор N (другое)",
    "Illustrative donor O (private sector)": "Условный донор O (частный сектор)",
    "Illustrative donor P (multilateral organization)": (
        "Условный донор P (многосторонняя организация)"
    ),
    "Illustrative donor Q (government)": "Условный донор Q (правительство)",
    "Illustrative donor R (foundation)": "Условный донор R (фонд)",
    "Illustrative donor S (private sector)": "Условный донор S (частный сектор)",
    "Illustrative donor T (other)": "Условный донор T (другое)",
    "Illustrative donor U (government)": "Условный донор U (правительство)",
    "Illustrative donor V (foundation)": "Условный донор V (фонд)",
    "Illustrative donor W (private sector)": "Условный донор W (частный сектор)",
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2016-2017)": (
        "Условное соглашение о целевом взносе: Учебная платформа по борьбе с коррупцией (2016–2017 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2018-2019)": (
        "Условное соглашение о целевом взносе: Учебная платформа по борьбе с коррупцией (2018–2019 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2020-2021)": (
        "Условное соглашение о целевом взносе: Учебная платформа по борьбе с коррупцией (2020–2021 "
        "годы)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2016-2017)": (
        "Условное соглашение о целевом взносе: Глобальная сеть СИФАЛ (2016–2017 годы)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2018-2019)": (
        "Условное соглашение о целевом взносе: Глобальная сеть СИФАЛ (2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2020-2021)": (
        "Условное соглашение о целевом взносе: Глобальная сеть СИФАЛ (2020–2021 годы)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2016-2017)": (
        "Условное соглашение о целевом взносе: Регулирование химических веществ и отходов "
        "(2016–2017 годы)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2018-2019)": (
        "Условное соглашение о целевом взносе: Регулирование химических веществ и отходов "
        "(2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2019-2021)": (
        "Условное соглашение о целевом взносе: Регулирование химических веществ и отходов "
        "(2019–2021 годы)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2020-2021)": (
        "Условное соглашение о целевом взносе: Регулирование химических веществ и отходов "
        "(2020–2021 годы)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2016-2017)": (
        "Условное соглашение о целевом взносе: Партнерство «Победить НИЗ» (Defeat-NCD) (2016–2017 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2018-2019)": (
        "Условное соглашение о целевом взносе: Партнерство «Победить НИЗ» (Defeat-NCD) (2018–2019 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2019-2021)": (
        "Условное соглашение о целевом взносе: Партнерство «Победить НИЗ» (Defeat-NCD) (2019–2021 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2020-2021)": (
        "Условное соглашение о целевом взносе: Партнерство «Победить НИЗ» (Defeat-NCD) (2020–2021 "
        "годы)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2016-2018)": (
        "Условное соглашение о целевом взносе: Глобальная хирургическая инициатива (2016–2018 годы)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2018-2019)": (
        "Условное соглашение о целевом взносе: Глобальная хирургическая инициатива (2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2020-2021)": (
        "Условное соглашение о целевом взносе: Глобальная хирургическая инициатива (2020–2021 годы)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2016-2017)"
    ): (
        "Условное соглашение о целевом взносе: Онлайн-курсы по дипломатии и международному праву "
        "(2016–2017 годы)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2018-2019)"
    ): (
        "Условное соглашение о целевом взносе: Онлайн-курсы по дипломатии и международному праву "
        "(2018–2019 годы)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2020-2021)"
    ): (
        "Условное соглашение о целевом взносе: Онлайн-курсы по дипломатии и международному праву "
        "(2020–2021 годы)"
    ),
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2016-2017)"
    ): (
        "Условное соглашение о целевом взносе: Партнерство в интересах действий по формированию "
        "«зеленой» экономики (ПАГЕ) (2016–2017 годы)"
    ),
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2018-2019)"
    ): (
        "Условное соглашение о целевом взносе: Партнерство в интересах действий по формированию "
        "«зеленой» экономики (ПАГЕ) (2018–2019 годы)"
    ),
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2020-2021)"
    ): (
        "Условное соглашение о целевом взносе: Партнерство в интересах действий по формированию "
        "«зеленой» экономики (ПАГЕ) (2020–2021 годы)"
    ),
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2016-2017)"
    ): (
        "Условное соглашение о целевом взносе: Подготовка миротворческого персонала перед "
        "развертыванием (2016–2017 годы)"
    ),
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2018-2019)"
    ): (
        "Условное соглашение о целевом взносе: Подготовка миротворческого персонала перед "
        "развертыванием (2018–2019 годы)"
    ),
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2020-2021)"
    ): (
        "Условное соглашение о целевом взносе: Подготовка миротворческого персонала перед "
        "развертыванием (2020–2021 годы)"
    ),
    "Illustrative earmarked agreement: Road Safety Initiative (2016-2017)": (
        "Условное соглашение о целевом взносе: Инициатива по безопасности дорожного движения "
        "(2016–2017 годы)"
    ),
    "Illustrative earmarked agreement: Road Safety Initiative (2018-2019)": (
        "Условное соглашение о целевом взносе: Инициатива по безопасности дорожного движения "
        "(2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: Road Safety Initiative (2020-2021)": (
        "Условное соглашение о целевом взносе: Инициатива по безопасности дорожного движения "
        "(2020–2021 годы)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2016-2017)"
    ): (
        "Условное соглашение о целевом взносе: UN CC:Learn (Партнерство «Единая ООН» по обучению в "
        "области изменения климата) (2016–2017 годы)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2016-2018)"
    ): (
        "Условное соглашение о целевом взносе: UN CC:Learn (Партнерство «Единая ООН» по обучению в "
        "области изменения климата) (2016–2018 годы)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2018-2019)"
    ): (
        "Условное соглашение о целевом взносе: UN CC:Learn (Партнерство «Единая ООН» по обучению в "
        "области изменения климата) (2018–2019 годы)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2019-2021)"
    ): (
        "Условное соглашение о целевом взносе: UN CC:Learn (Партнерство «Единая ООН» по обучению в "
        "области изменения климата) (2019–2021 годы)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2020-2021)"
    ): (
        "Условное соглашение о целевом взносе: UN CC:Learn (Партнерство «Единая ООН» по обучению в "
        "области изменения климата) (2020–2021 годы)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2016-2017)": (
        "Условное соглашение о целевом взносе: UN SDG:Learn (2016–2017 годы)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2016-2018)": (
        "Условное соглашение о целевом взносе: UN SDG:Learn (2016–2018 годы)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2018-2019)": (
        "Условное соглашение о целевом взносе: UN SDG:Learn (2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2020-2021)": (
        "Условное соглашение о целевом взносе: UN SDG:Learn (2020–2021 годы)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2016-2017)": (
        "Условное соглашение о целевом взносе: Оперативное картирование и спутниковый анализ "
        "ЮНОСАТ (2016–2017 годы)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2018-2019)": (
        "Условное соглашение о целевом взносе: Оперативное картирование и спутниковый анализ "
        "ЮНОСАТ (2018–2019 годы)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2020-2021)": (
        "Условное соглашение о целевом взносе: Оперативное картирование и спутниковый анализ "
        "ЮНОСАТ (2020–2021 годы)"
    ),
    "Increase in the actuarial valuation of after-service liabilities, 2019": (
        "Увеличение актуарной оценки обязательств по выплатам после прекращения службы, 2019 год"
    ),
    "Increase of the revised 2020-2021 programme budget over the 2018-2019 programme budget": (
        "Увеличение пересмотренного бюджета по программам на 2020–2021 годы по сравнению с "
        "бюджетом по программам на 2018–2019 годы"
    ),
    (
        "Joint training with FAO on agricultural trade, non-tariff measures and WTO obligations "
        "for officials in francophone sub-Saharan Africa and Central Asia."
    ): (
        "Проводимая совместно с ФАО подготовка должностных лиц франкоязычных стран Африки к югу "
        "от Сахары и стран Центральной Азии по вопросам торговли сельскохозяйственной продукцией, "
        "нетарифных мер и обязательств в рамках ВТО."
    ),
    "Languages of the 'United Nations Resolutions Guide' (Arabic, English, French, Spanish)": (
        "Языки «Руководства по резолюциям Организации Объединенных Наций» (английский, арабский, "
        "испанский, французский)"
    ),
    "Law-enforcement and road-safety officials trained": (
        "Сотрудники правоохранительных органов и должностные лица органов безопасности дорожного "
        "движения, прошедшие подготовку"
    ),
    (
        "Leadership training for sustainable development for central and local government and "
        "civil society representatives in Afghanistan."
    ): (
        "Подготовка по вопросам лидерства в интересах устойчивого развития для представителей "
        "центральных и местных органов власти и гражданского общества в Афганистане."
    ),
    "Learners by affiliation: academia, 2019": (
        "Слушатели по секторам принадлежности: научные круги, 2019 год"
    ),
    "Learners by affiliation: government, 2019": (
        "Слушатели по секторам принадлежности: государственные органы, 2019 год"
    ),
    "Learners by affiliation: government, 2020": (
        "Слушатели по секторам принадлежности: государственные органы, 2020 год"
    ),
    "Learners by affiliation: international, 2019": (
        "Слушатели по секторам принадлежности: международные организации, 2019 год"
    ),
    "Learners by affiliation: international, 2020": (
        "Слушатели по секторам принадлежности: международные организации, 2020 год"
    ),
    "Learners by affiliation: ngo, 2019": (
        "Слушатели по секторам принадлежности: неправительственные организации, 2019 год"
    ),
    "Learners by affiliation: non-state, 2020": (
        "Слушатели по секторам принадлежности: негосударственные секторы, 2020 год"
    ),
    "Learners by affiliation: other, 2019": (
        "Слушатели по секторам принадлежности: другие, 2019 год"
    ),
    "Learners by affiliation: other, 2020": (
        "Слушатели по секторам принадлежности: другие, 2020 год"
    ),
    "Learners by affiliation: private-sector, 2019": (
        "Слушатели по секторам принадлежности: частный сектор, 2019 год"
    ),
    "Learners by gender: female, 2020": "Слушатели в разбивке по полу: женщины, 2020 год",
    "Learners by gender: female, 2021": "Слушатели в разбивке по полу: женщины, 2021 год",
    "Learners by gender: male, 2020": "Слушатели в разбивке по полу: мужчины, 2020 год",
    "Learners by gender: male, 2021": "Слушатели в разбивке по полу: мужчины, 2021 год",
    "Learners by gender: other, 2020": "Слушатели в разбивке по полу: другое, 2020 год",
    "Learners by gender: other, 2021": "Слушатели в разбивке по полу: другое, 2021 год",
    "Learners from Africa, Asia-Pacific, Latin America-Caribbean and Middle East, 2020": (
        "Слушатели из Африки, Азии и Тихого океана, Латинской Америки и Карибского бассейна и "
        "Ближнего Востока, 2020 год"
    ),
    "Learners from LDCs, LLDCs and SIDS, 2019": "Слушатели из НРС, РСНВМ и МОРАГ, 2019 год",
    "Learners from LDCs, LLDCs and SIDS, 2021": "Слушатели из НРС, РСНВМ и МОРАГ, 2021 год",
    "Learners from africa, 2019": "Слушатели из Африки, 2019 год",
    "Learners from africa, 2020": "Слушатели из Африки, 2020 год",
    "Learners from asia-pacific, 2019": "Слушатели из Азии и Тихого океана, 2019 год",
    "Learners from asia-pacific, 2020": "Слушатели из Азии и Тихого океана, 2020 год",
    "Learners from countries in special situations (LDC, LLDC, SIDS), 2020": (
        "Слушатели из стран в особых ситуациях (НРС, РСНВМ, МОРАГ), 2020 год"
    ),
    "Learners from developed countries, 2020": "Слушатели из развитых стран, 2020 год",
    "Learners from developing countries, 2019": "Слушатели из развивающихся стран, 2019 год",
    "Learners from developing countries, 2021": "Слушатели из развивающихся стран, 2021 год",
    "Learners from europe, 2019": "Слушатели из Европы, 2019 год",
    "Learners from europe, 2020": "Слушатели из Европы, 2020 год",
    "Learners from latin-america-caribbean, 2019": (
        "Слушатели из Латинской Америки и Карибского бассейна, 2019 год"
    ),
    "Learners from latin-america-caribbean, 2020": (
        "Слушатели из Латинской Америки и Карибского бассейна, 2020 год"
    ),
    "Learners from middle-east, 2019": "Слушатели из Ближнего Востока, 2019 год",
    "Learners from middle-east, 2020": "Слушатели из Ближнего Востока, 2020 год",
    "Learners from north-america, 2019": "Слушатели из Северной Америки, 2019 год",
    "Learners from north-america, 2020": "Слушатели из Северной Америки, 2020 год",
    "Learners from other developing countries, 2020": (
        "Слушатели из других развивающихся стран, 2020 год"
    ),
    "Learners identifying as having a disability, 2020": (
        "Слушатели, сообщившие о наличии инвалидности, 2020 год"
    ),
    "Learners who have used the UN SDG:Learn platform": (
        "Слушатели, воспользовавшиеся платформой UN SDG:Learn"
    ),
    "Learners, agenda-2030 area, 2020": (
        "Слушатели, область «Ускорение осуществления Повестки дня на период до 2030 года», 2020 год"
    ),
    "Learners, diplomacy area, 2020": "Слушатели, область «Многосторонняя дипломатия», 2020 год",
    "Learners, peace area, 2020": "Слушатели, область «Мир», 2020 год",
    "Learners, people area, 2020": "Слушатели, область «Люди», 2020 год",
    "Learners, planet area, 2020": "Слушатели, область «Планета», 2020 год",
    "Learners, prosperity area, 2020": "Слушатели, область «Процветание», 2020 год",
    "Learners, unosat area, 2020": "Слушатели, область «Спутниковый анализ (ЮНОСАТ)», 2020 год",
    "Learning events, agenda-2030 area, 2020": (
        "Учебные мероприятия, область «Ускорение осуществления Повестки дня на период до 2030 "
        "года», 2020 год"
    ),
    "Learning events, diplomacy area, 2020": (
        "Учебные мероприятия, область «Многосторонняя дипломатия», 2020 год"
    ),
    "Learning events, peace area, 2020": "Учебные мероприятия, область «Мир», 2020 год",
    "Learning events, people area, 2020": "Учебные мероприятия, область «Люди», 2020 год",
    "Learning events, planet area, 2020": "Учебные мероприятия, область «Планета», 2020 год",
    "Learning events, prosperity area, 2020": (
        "Учебные мероприятия, область «Процветание», 2020 год"
    ),
    "Learning events, unosat area, 2020": (
        "Учебные мероприятия, область «Спутниковый анализ (ЮНОСАТ)», 2020 год"
    ),
    "Learning-related beneficiaries in 2016": (
        "Бенефициары мероприятий, связанных с обучением, в 2016 году"
    ),
    "Learning-related beneficiaries in 2017": (
        "Бенефициары мероприятий, связанных с обучением, в 2017 году"
    ),
    "Learning-related beneficiaries in 2018": (
        "Бенефициары мероприятий, связанных с обучением, в 2018 году"
    ),
    "Learning-related beneficiaries in 2019": (
        "Бенефициары мероприятий, связанных с обучением, в 2019 году"
    ),
    "Learning-related beneficiaries in 2020": (
        "Бенефициары мероприятий, связанных с обучением, в 2020 году"
    ),
    "Learning-related beneficiaries, 2018-2019": (
        "Бенефициары мероприятий, связанных с обучением, 2018–2019 годы"
    ),
    "Learning-related share of beneficiaries, 2018-2019": (
        "Доля бенефициаров мероприятий, связанных с обучением, 2018–2019 годы"
    ),
    "Learning-related share of beneficiaries, 2020": (
        "Доля бенефициаров мероприятий, связанных с обучением, 2020 год"
    ),
    "Learning-related share of beneficiaries, 2021": (
        "Доля бенефициаров мероприятий, связанных с обучением, 2021 год"
    ),
    "Maps and reports derived from satellite imagery for the humanitarian community": (
        "Карты и доклады на основе спутниковых снимков для гуманитарного сообщества"
    ),
    (
        "Master's programmes in diplomacy run with the University of Stirling, the École "
        "Supérieure des Affaires in Beirut and the University for Peace."
    ): (
        "Магистерские программы в области дипломатии, осуществляемые совместно со Стерлингским "
        "университетом, Высшей школой бизнеса (École Supérieure des Affaires) в Бейруте и "
        "Университетом мира."
    ),
    "Member States represented by the Caribbean Public Health Agency, a memorandum partner": (
        "Государства-члены, представленные Карибским агентством общественного здравоохранения — "
        "партнером по меморандуму"
    ),
    "Micro-courses on the platform": "Микрокурсы на платформе",
    "Military personnel trained before deployment, 2019": (
        "Военнослужащие, прошедшие подготовку перед развертыванием, 2019 год"
    ),
    "Military personnel trained before deployment, 2019-2020": (
        "Военнослужащие, прошедшие подготовку перед развертыванием, 2019–2020 годы"
    ),
    "Military personnel trained before deployment, 2020": (
        "Военнослужащие, прошедшие подготовку перед развертыванием, 2020 год"
    ),
    "Ministries of health with a memorandum of understanding (Bhutan, Ecuador, Gambia, Nepal)": (
        "Министерства здравоохранения, подписавшие меморандум о взаимопонимании (Бутан, Гамбия, "
        "Непал, Эквадор)"
    ),
    (
        "Mobile-learning training, with the Arab Gulf Programme for Development, for financial "
        "officials on digital financial services for the unbanked poorest."
    ): (
        "Проводимое совместно с Программой развития арабских государств Залива мобильное обучение "
        "сотрудников финансовых органов по вопросам цифровых финансовых услуг для беднейших слоев "
        "населения, не имеющих доступа к банковским услугам."
    ),
    "Multilateral organizations in the partnership": (
        "Многосторонние организации — участники партнерства"
    ),
    "New master's programmes launched": (
        "Новые магистерские программы, к осуществлению которых приступили"
    ),
    "New members of the women mediators' network trained": (
        "Новые члены сети женщин-посредников, прошедшие подготовку"
    ),
    "Officials trained in conflict prevention, 2020": (
        "Должностные лица, прошедшие подготовку по вопросам предотвращения конфликтов, 2020 год"
    ),
    (
        "Online certificates, diplomas and courses in multilateral diplomacy, international law "
        "and professional skills, including United Nations internship preparation and Diplomacy "
        "4.0."
    ): (
        "Онлайн-программы с выдачей сертификатов и дипломов и онлайн-курсы по многосторонней "
        "дипломатии, международному праву и профессиональным навыкам, включая подготовку к "
        "стажировке в Организации Объединенных Наций и курс «Дипломатия 4.0»."
    ),
    "Organizations in the inter-agency task force set up by UNITAR": (
        "Организации, входящие в межучрежденческую целевую группу, созданную ЮНИТАР"
    ),
    "Other beneficiaries in 56 Colombian communities, 2019-2020": (
        "Другие бенефициары в 56 общинах Колумбии, 2019–2020 годы"
    ),
    "Other knowledge-sharing beneficiaries in 2016": (
        "Бенефициары других мероприятий по обмену знаниями в 2016 году"
    ),
    "Other knowledge-sharing beneficiaries in 2017": (
        "Бенефициары других мероприятий по обмену знаниями в 2017 году"
    ),
    "Other knowledge-sharing beneficiaries in 2018": (
        "Бенефициары других мероприятий по обмену знаниями в 2018 году"
    ),
    "Other knowledge-sharing beneficiaries in 2019": (
        "Бенефициары других мероприятий по обмену знаниями в 2019 году"
    ),
    "Other knowledge-sharing beneficiaries in 2020": (
        "Бенефициары других мероприятий по обмену знаниями в 2020 году"
    ),
    "Other knowledge-sharing share, 2021": (
        "Доля бенефициаров других мероприятий по обмену знаниями, 2021 год"
    ),
    (
        "Our model gives every programme one pillar, so no beneficiary serves several objectives; "
        "the five pillar shares still round to R19's."
    ): (
        "В нашей модели каждая программа относится к одному основному направлению, поэтому ни один "
        "бенефициар не относится к нескольким целям; при этом пять долей основных направлений "
        "после округления все равно совпадают с данными R19."
    ),
    "Out-of-pocket payment rate in Myanmar before the plan": (
        "Доля прямых платежей населения из собственных средств в Мьянме до принятия плана"
    ),
    "Out-of-pocket payment rate in Myanmar expected once the plan is implemented": (
        "Ожидаемая доля прямых платежей населения из собственных средств в Мьянме после "
        "осуществления плана"
    ),
    "PAGE partner countries": "Страны — партнеры ПАГЕ",
    "Panellists and speakers at the high-level panel at the World Health Summit (October 2020)": (
        "Участники дискуссии и докладчики на дискуссионном форуме высокого уровня в рамках "
        "Всемирного саммита по здравоохранению (октябрь 2020 года)"
    ),
    "Participants in online diplomacy courses": "Участники онлайн-курсов по дипломатии",
    "Participants in the Philippines pilot who find StaTact relevant to their work": (
        "Участники экспериментального проекта на Филиппинах, считающие StaTact актуальным для "
        "своей работы"
    ),
    "Participants in the tailored training who find it relevant to their work": (
        "Участники специализированной подготовки, считающие ее актуальной для своей работы"
    ),
    "Partner countries supported in developing national green recovery plans": (
        "Страны-партнеры, получившие поддержку в разработке национальных планов «зеленого» "
        "восстановления"
    ),
    "Partners of the platform": "Партнеры платформы",
    "Peacemaking fellowship participants, 2020": (
        "Участники Программы стипендий в области миротворчества, 2020 год"
    ),
    "People Myanmar's costed national operational plan seeks to assist": (
        "Люди, помощь которым призван оказать национальный оперативный план Мьянмы с расчетом "
        "затрат"
    ),
    "People directly benefiting from the initiative, notably through training": (
        "Люди, непосредственно получившие пользу от инициативы, в частности благодаря подготовке"
    ),
    "People in Rwanda to benefit directly from the national NCD strategy": (
        "Люди в Руанде, которые непосредственно получат пользу от национальной стратегии по борьбе "
        "с НИЗ"
    ),
    "Pilot countries of the project (Kenya, Rwanda, United Republic of Tanzania)": (
        "Экспериментальные страны проекта (Кения, Объединенная Республика Танзания, Руанда)"
    ),
    (
        "Policymakers in ministries of health and surgical systems who received the national "
        "surgical, obstetric and anaesthesia planning handbook"
    ): (
        "Директивные работники министерств здравоохранения и хирургических служб, получившие "
        "руководство по национальному планированию в области хирургии, акушерства и анестезиологии"
    ),
    (
        "Pre-deployment training for military and police personnel of African troop- and "
        "police-contributing countries before they join United Nations peacekeeping operations "
        "such as MINUSMA."
    ): (
        "Подготовка военнослужащих и сотрудников полиции африканских стран, предоставляющих "
        "войска и полицейские силы, перед их развертыванием в составе операций Организации "
        "Объединенных Наций по поддержанию мира, таких как МИНУСМА."
    ),
    "Products generated, such as maps, reports and statistics": (
        "Подготовленные продукты, такие как карты, доклады и статистические данные"
    ),
    "Programme countries given technical assistance (Myanmar, Rwanda)": (
        "Страны осуществления программы, получившие техническую помощь (Мьянма, Руанда)"
    ),
    "Projects funded by the Strategic Framework Fund since January 2019": (
        "Проекты, финансируемые Фондом стратегических рамок с января 2019 года"
    ),
    "R19": "R19",
    "R20": "R20",
    (
        "R20 gives 78% e-learning and other; E/2021/49 para 5 gives 77% online. Where they "
        "disagree the report wins, so the data give 77%."
    ): (
        "В R20 указано 78\u00a0% для категории «электронное обучение и другое»; в документе "
        "E/2021/49, пункт 5, — 77\u00a0% онлайн. При расхождении предпочтение отдается докладу, "
        "поэтому данные дают 77\u00a0%."
    ),
    (
        "R20's Peace card repeats the 2019 learning figures (published-figures.md). The seed's "
        "2020 totals of learners (209,881) and certificates (58,091), less the other cards, leave "
        "27,491 learners and 17,741 certificates to Peace, so the data cannot give this figure."
    ): (
        "В карточке «Мир» в R20 повторены показатели обучения за 2019 год (published-figures.md). "
        "Итоговые показатели исходного документа за 2020 год по слушателям (209\u00a0881) и "
        "сертификатам (58\u00a0091) за вычетом остальных карточек оставляют на область «Мир» "
        "27\u00a0491 слушателя и 17\u00a0741 сертификат, поэтому данные не могут дать этот "
        "показатель."
    ),
    "R20; E/2021/49 para 12": "R20; E/2021/49, пункт 12",
    "Revised programme budget 2020-2021 adopted by the Board of Trustees": (
        "Пересмотренный бюджет по программам на 2020–2021 годы, утвержденный Советом попечителей"
    ),
    "Satellite image analyses made at the request of the United Nations system and Member States": (
        "Анализы спутниковых снимков, проведенные по запросу системы Организации Объединенных "
        "Наций и государств-членов"
    ),
    (
        "Satellite-derived maps, analyses and reports for the United Nations system and Member "
        "States in disasters and conflict situations."
    ): (
        "Карты, аналитические материалы и доклады на основе спутниковых данных для системы "
        "Организации Объединенных Наций и государств-членов в случае бедствий и в конфликтных "
        "ситуациях."
    ),
    "Senior trainers trained in Colombia, 2019-2020": (
        "Старшие инструкторы, подготовленные в Колумбии, 2019–2020 годы"
    ),
    "Share from Peace, People and Planet, 2020": (
        "Доля основных направлений «Мир», «Люди» и «Планета», 2020 год"
    ),
    "Share of 2019 contributions given by the top 10 donors": (
        "Доля взносов за 2019 год, внесенных 10 крупнейшими донорами"
    ),
    "Share of beneficiaries, multiple objectives, 2019": (
        "Доля бенефициаров, несколько целей, 2019 год"
    ),
    "Share of beneficiaries, pillar agenda-2030, 2019": (
        "Доля бенефициаров, основное направление «Ускорение осуществления Повестки дня на период "
        "до 2030 года», 2019 год"
    ),
    "Share of beneficiaries, pillar agenda-2030, 2020": (
        "Доля бенефициаров, основное направление «Ускорение осуществления Повестки дня на период "
        "до 2030 года», 2020 год"
    ),
    "Share of beneficiaries, pillar peace, 2019": (
        "Доля бенефициаров, основное направление «Мир», 2019 год"
    ),
    "Share of beneficiaries, pillar peace, 2020": (
        "Доля бенефициаров, основное направление «Мир», 2020 год"
    ),
    "Share of beneficiaries, pillar people, 2019": (
        "Доля бенефициаров, основное направление «Люди», 2019 год"
    ),
    "Share of beneficiaries, pillar people, 2020": (
        "Доля бенефициаров, основное направление «Люди», 2020 год"
    ),
    "Share of beneficiaries, pillar planet, 2019": (
        "Доля бенефициаров, основное направление «Планета», 2019 год"
    ),
    "Share of beneficiaries, pillar planet, 2020": (
        "Доля бенефициаров, основное направление «Планета», 2020 год"
    ),
    "Share of beneficiaries, pillar prosperity, 2019": (
        "Доля бенефициаров, основное направление «Процветание», 2019 год"
    ),
    "Share of beneficiaries, pillar prosperity, 2020": (
        "Доля бенефициаров, основное направление «Процветание», 2020 год"
    ),
    "Share of events delivered blended, 2019": (
        "Доля мероприятий, проведенных в смешанном формате, 2019 год"
    ),
    "Share of events delivered blended, 2020": (
        "Доля мероприятий, проведенных в смешанном формате, 2020 год"
    ),
    "Share of events delivered face-to-face, 2019": "Доля мероприятий, проведенных очно, 2019 год",
    "Share of events delivered face-to-face, 2020": "Доля мероприятий, проведенных очно, 2020 год",
    "Share of events delivered online, 2019": "Доля мероприятий, проведенных онлайн, 2019 год",
    "Share of events delivered online, 2020": "Доля мероприятий, проведенных онлайн, 2020 год",
    "Share of learners with a disability, 2020": "Доля слушателей с инвалидностью, 2020 год",
    "Share of women among them, 2020": "Доля женщин среди них, 2020 год",
    "StaTact workshop participants": "Участники семинаров по StaTact",
    "StaTact: countries": "StaTact: страны",
    "Stakeholders taking part in the Clean Energy Challenge": (
        "Заинтересованные стороны, участвующие в Инициативе УВКБ «Чистая энергия»"
    ),
    "Stakeholders trained in road-assessment tools": (
        "Представители заинтересованных сторон, прошедшие подготовку по инструментам оценки дорог"
    ),
    "Standard courses on the platform": "Стандартные курсы на платформе",
    "State of Qatar": "Государство Катар",
    (
        "Support for youth-led peace efforts, community-based reintegration, conflict resolution "
        "and reconciliation in communities across Colombia."
    ): (
        "Поддержка возглавляемых молодежью усилий в интересах мира, реинтеграции на базе общин, "
        "урегулирования конфликтов и примирения в общинах по всей Колумбии."
    ),
    (
        "Support, with the Geneva School of Diplomacy and International Relations, for African "
        "trade and finance officials shaping policy responses to the economic effects of "
        "COVID-19."
    ): (
        "Оказываемая совместно с Женевской школой дипломатии и международных отношений поддержка "
        "африканских должностных лиц в сферах торговли и финансов, разрабатывающих меры политики "
        "в ответ на экономические последствия COVID-19."
    ),
    "Surplus reported for 2019": "Профицит за 2019 год согласно отчетности",
    "Survey respondents who took a course and report a change or a good practice adopted": (
        "Респонденты опроса, прошедшие курс и сообщившие об изменениях или о внедрении передовой "
        "практики"
    ),
    "Swedish International Development Cooperation Agency (Sida)": (
        "Шведское агентство по международному сотрудничеству в целях развития (СИДА)"
    ),
    "Targeted reduction of premature mortality from NCDs in Rwanda": (
        "Целевое снижение преждевременной смертности от НИЗ в Руанде"
    ),
    (
        "Targeted training for legislative assemblies and civil society in East African Community "
        "member States to strengthen democratic governance and accountability."
    ): (
        "Целевая подготовка для законодательных собраний и гражданского общества государств — "
        "членов Восточноафриканского сообщества в целях укрепления демократического управления и "
        "подотчетности."
    ),
    (
        "The Mayoral Forum on Human Mobility, Migration and Development, where city and regional "
        "leaders exchange views and practices on migration, development and displacement."
    ): (
        "Форум мэров по вопросам мобильности населения, миграции и развития, на котором "
        "руководители городов и регионов обмениваются мнениями и практическим опытом по вопросам "
        "миграции, развития и перемещения населения."
    ),
    (
        "The New York office's annual briefings, courses and workshops for delegates to the "
        "United Nations, with guides and a mobile application on United Nations procedures."
    ): (
        "Ежегодные брифинги, курсы и семинары Нью-Йоркского отделения для делегатов в Организации "
        "Объединенных Наций, а также справочные руководства и мобильное приложение по процедурам "
        "Организации Объединенных Наций."
    ),
    (
        "The One UN Climate Change Learning Partnership, hosted by UNITAR, with a free e-learning "
        "platform and national climate change learning strategies."
    ): (
        "Партнерство «Единая ООН» по обучению в области изменения климата, принимающей "
        "организацией которого является ЮНИТАР, с бесплатной платформой электронного обучения и "
        "национальными стратегиями обучения по вопросам изменения климата."
    ),
    (
        "The Partnership for Action on Green Economy, in which UNITAR builds individual and "
        "institutional capacity for inclusive green economies and green recovery."
    ): (
        "Партнерство в интересах действий по формированию «зеленой» экономики, в рамках которого "
        "ЮНИТАР укрепляет индивидуальный и институциональный потенциал в интересах инклюзивной "
        "«зеленой» экономики и «зеленого» восстановления."
    ),
    (
        "The UN SDG:Learn platform, run with the United Nations System Staff College, offering "
        "courses and a primer on the 2030 Agenda."
    ): (
        "Платформа UN SDG:Learn, действующая совместно с Колледжем персонала системы Организации "
        "Объединенных Наций и предлагающая курсы и вводное пособие по Повестке дня на период до "
        "2030 года."
    ),
    (
        "The global partnership, co-led with ILO and OECD, for capacity-building to implement the "
        "Globally Harmonized System of Classification and Labelling of Chemicals."
    ): (
        "Глобальное партнерство по наращиванию потенциала для внедрения Согласованной на "
        "глобальном уровне системы классификации опасности и маркировки химической продукции, "
        "которым ЮНИТАР руководит совместно с МОТ и ОЭСР."
    ),
    (
        "The secretariat of the UNHCR Clean Energy Challenge, coordinating system-wide action to "
        "bring clean energy to displaced communities."
    ): (
        "Секретариат Инициативы УВКБ «Чистая энергия», координирующий общесистемные действия по "
        "обеспечению перемещенных общин чистой энергией."
    ),
    "Total income, 2016-2017 biennium": (
        "Общая сумма поступлений, двухгодичный период 2016–2017 годов"
    ),
    "Total income, 2018-2019 biennium": (
        "Общая сумма поступлений, двухгодичный период 2018–2019 годов"
    ),
    (
        "Training and technical assistance for the sound management of chemicals and waste, "
        "including PCBs and national mercury action plans under the Minamata Convention."
    ): (
        "Подготовка и техническая помощь в целях рационального регулирования химических веществ и "
        "отходов, в том числе по вопросам ПХД и национальных планов действий в отношении ртути в "
        "рамках Минаматской конвенции."
    ),
    (
        "Training for medical and paramedical personnel of peacekeeping operations and the Malian "
        "armed forces to respond to physical and psychological trauma in a gender-sensitive way."
    ): (
        "Подготовка медицинского и парамедицинского персонала операций по поддержанию мира и "
        "вооруженных сил Мали по оказанию помощи при физических и психологических травмах с "
        "учетом гендерной проблематики."
    ),
    (
        "Training in artificial intelligence and entrepreneurship skills for women in Afghanistan "
        "and Iraq, with academic partners."
    ): (
        "Проводимое совместно с академическими партнерами обучение женщин в Афганистане и Ираке "
        "навыкам в области искусственного интеллекта и предпринимательства."
    ),
    (
        "Training in geographic information systems and geospatial technology, mainly for "
        "government staff of least developed countries and small island developing States."
    ): (
        "Подготовка по геоинформационным системам и геопространственным технологиям, прежде всего "
        "для государственных служащих наименее развитых стран и малых островных развивающихся "
        "государств."
    ),
    (
        "Training in preventive diplomacy and mediation for members of the African Network of "
        "Women in Conflict Prevention and Mediation (FemWise-Africa)."
    ): (
        "Подготовка по вопросам превентивной дипломатии и посредничества для членов Сети "
        "африканских женщин по предотвращению конфликтов и посредничеству (FemWise-Africa)."
    ),
    (
        "Training, with ESCAP, DESA and UNDP, that links strategic planning and budgeting to "
        "build integrated national financing frameworks."
    ): (
        "Проводимая совместно с ЭСКАТО, ДЭСВ и ПРООН подготовка, увязывающая стратегическое "
        "планирование и составление бюджета в целях создания комплексных национальных механизмов "
        "финансирования."
    ),
    "Troop-contributing countries trained, 2019-2020": (
        "Страны, предоставляющие войска, персонал которых прошел подготовку, 2019–2020 годы"
    ),
    "UNOSAT learners from LDCs and SIDS, 2019-2020": (
        "Слушатели ЮНОСАТ из НРС и МОРАГ, 2019–2020 годы"
    ),
    "United Nations Board of Auditors": "Комиссия ревизоров Организации Объединенных Наций",
    "Unplanned COVID-19 training events in 2020": (
        "Незапланированные учебные мероприятия по COVID-19 в 2020 году"
    ),
    "Unqualified audit opinions from the Board of Auditors on the 2018 and 2019 statements": (
        "Аудиторские заключения Комиссии ревизоров без оговорок по финансовым ведомостям за 2018 и "
        "2019 годы"
    ),
    "Users registered on the e-learning platform": (
        "Пользователи, зарегистрированные на платформе электронного обучения"
    ),
    "Virtual workshops on women's leadership": "Виртуальные семинары по вопросам лидерства женщин",
    (
        "Virtual workshops on women's leadership and tailored training for ministries of foreign "
        "affairs on digital, cyber, environmental and science diplomacy."
    ): (
        "Виртуальные семинары по вопросам лидерства женщин и специализированная подготовка для "
        "министерств иностранных дел по вопросам цифровой дипломатии, кибердипломатии, "
        "экологической и научной дипломатии."
    ),
    "Vulnerable people in Myanmar to receive NCD care free of charge": (
        "Уязвимые люди в Мьянме, которые будут бесплатно получать помощь в связи с НИЗ"
    ),
    "Women's leadership workshops held with the International Organisation of Employers": (
        "Семинары по вопросам лидерства женщин, проведенные совместно с Международной организацией "
        "работодателей"
    ),
    "affiliation": "сектор принадлежности",
    "beneficiaries": "бенефициары",
    "beneficiaries chart": "диаграмма бенефициаров",
    "certificates": "сертификаты",
    "delivery": "формат проведения",
    "development status": "уровень развития",
    "events": "мероприятия",
    "gender": "пол",
    "para 11": "пункт 11",
    "para 12": "пункт 12",
    "para 13": "пункт 13",
    "para 13; R20": "пункт 13; R20",
    "para 15": "пункт 15",
    "para 16": "пункт 16",
    "para 17": "пункт 17",
    "para 19": "пункт 19",
    "para 20": "пункт 20",
    "para 25": "пункт 25",
    "para 26": "пункт 26",
    "para 27": "пункт 27",
    "para 29": "пункт 29",
    "para 42": "пункт 42",
    "para 48": "пункт 48",
    "para 49": "пункт 49",
    "para 5": "пункт 5",
    "para 54": "пункт 54",
    "para 6": "пункт 6",
    "para 64": "пункт 64",
    "para 65": "пункт 65",
    "para 66": "пункт 66",
    "para 67": "пункт 67",
    "para 68": "пункт 68",
    "paras 5 and 11": "пункты 5 и 11",
    "partners": "партнеры",
    "peacekeeping": "поддержание мира",
    "programme-area cards": "карточки программных областей",
    "regions": "регионы",
    "strategic objectives": "стратегические цели",
    "summary; para 8": "резюме; пункт 8",
    "total less the programme-area cards (published-figures.md)": (
        "итог за вычетом карточек программных областей (published-figures.md)"
    ),
}
