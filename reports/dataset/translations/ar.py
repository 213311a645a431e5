"""Arabic translations of the bundled dataset's text (see __init__.py): ours, in the style and
terminology of United Nations documents, not an official edition."""

TEXT: dict[str, str] = {
    (
        "A global network of International Training Centres for Authorities and Leaders that "
        "delivers capacity-building on sustainable development within countries."
    ): (
        "شبكة عالمية من المراكز الدولية لتدريب السلطات والقادة تقدم أنشطة بناء القدرات في مجال "
        "التنمية المستدامة داخل البلدان."
    ),
    (
        "A multi-stakeholder platform expanding access to safe surgery, obstetrics and "
        "anaesthesia, including national surgical planning with Harvard Medical School."
    ): (
        "منبر لأصحاب المصلحة المتعددين يعمل على توسيع نطاق الحصول على خدمات الجراحة والتوليد "
        "والتخدير المأمونة، بما في ذلك التخطيط الوطني للجراحة بالاشتراك مع كلية الطب بجامعة "
        "هارفارد."
    ),
    (
        "A programme with the World Bank supporting the African Union in early warning and "
        "disarmament, demobilization and reintegration at the nexus of conflict prevention and "
        "crisis response."
    ): (
        "برنامج يُنفذ بالاشتراك مع البنك الدولي لدعم الاتحاد الأفريقي في مجالي الإنذار المبكر ونزع "
        "السلاح والتسريح وإعادة الإدماج، عند نقطة الالتقاء بين منع نشوب النزاعات والاستجابة "
        "للأزمات."
    ),
    (
        "A public-private-people partnership helping low-resource countries scale up national "
        "action against noncommunicable diseases."
    ): (
        "شراكة بين القطاع العام والقطاع الخاص والناس تساعد البلدان المحدودة الموارد على توسيع نطاق "
        "العمل الوطني لمكافحة الأمراض غير المعدية."
    ),
    (
        "A research and training programme of the UNITAR office in Bonn on sustainable production, "
        "consumption and disposal, publisher of the Global E-waste Monitor."
    ): (
        "برنامج للبحث والتدريب تابع لمكتب اليونيتار في بون، يُعنى بالإنتاج والاستهلاك والتخلص على "
        "نحو مستدام، ويتولى نشر المرصد العالمي للنفايات الإلكترونية."
    ),
    "Accumulated surplus at the end of 2018": "الفائض المتراكم في نهاية عام 2018",
    "Accumulated surplus at the end of 2019": "الفائض المتراكم في نهاية عام 2019",
    (
        "Activations of the International Charter on Space and Major Disasters in which UNOSAT "
        "took part"
    ): "حالات تفعيل الميثاق الدولي بشأن الفضاء والكوارث الكبرى التي شارك فيها اليونوسات",
    (
        "Advanced training in conflict analysis, prevention and resolution for mid- and "
        "senior-level officials, peace operation staff and civil society in francophone Africa."
    ): (
        "تدريب متقدم على تحليل النزاعات ومنع نشوبها وحلها لفائدة المسؤولين من الرتب المتوسطة "
        "والعليا وموظفي عمليات السلام والمجتمع المدني في البلدان الأفريقية الناطقة بالفرنسية."
    ),
    (
        "Advocacy, awareness-raising and training of authorities and stakeholders to help halve "
        "road traffic deaths and injuries by 2030."
    ): (
        "الدعوة والتوعية وتدريب السلطات وأصحاب المصلحة للمساعدة على خفض عدد الوفيات والإصابات "
        "الناجمة عن حوادث المرور على الطرق إلى النصف بحلول عام 2030."
    ),
    (
        "African troop-contributing countries whose military personnel were trained before "
        "deployment"
    ): "البلدان الأفريقية المساهمة بقوات التي تلقى أفرادها العسكريون التدريب السابق للنشر",
    "Agencies in the partnership (UNEP, ILO, UNDP, UNIDO, UNITAR)": (
        "الوكالات الأعضاء في الشراكة (برنامج الأمم المتحدة للبيئة، ومنظمة العمل الدولية، وبرنامج "
        "الأمم المتحدة الإنمائي، ومنظمة الأمم المتحدة للتنمية الصناعية، واليونيتار)"
    ),
    (
        "An intensive two-week annual fellowship in peacemaking and preventive diplomacy for mid- "
        "and senior-level United Nations, regional-organization and foreign-ministry professionals."
    ): (
        "زمالة سنوية مكثفة مدتها أسبوعان في مجال صنع السلام والدبلوماسية الوقائية لفائدة الفنيين "
        "من الرتب المتوسطة والعليا العاملين في الأمم المتحدة والمنظمات الإقليمية ووزارات الخارجية."
    ),
    (
        "An online anti-corruption training platform, built with the Rule of Law and "
        "Anti-Corruption Center, for developing countries where corruption hinders sustainable "
        "development."
    ): (
        "منصة إلكترونية للتدريب على مكافحة الفساد، أُنشئت بالاشتراك مع مركز سيادة القانون ومكافحة "
        "الفساد، لفائدة البلدان النامية التي يعوق فيها الفساد التنمية المستدامة."
    ),
    "Anti-corruption e-learning beneficiaries": (
        "المستفيدون من التعلم الإلكتروني في مجال مكافحة الفساد"
    ),
    "Anti-corruption: countries": "مكافحة الفساد: البلدان",
    "Beneficiaries in 2016": "المستفيدون في عام 2016",
    "Beneficiaries in 2017": "المستفيدون في عام 2017",
    "Beneficiaries in 2018": "المستفيدون في عام 2018",
    "Beneficiaries in 2019": "المستفيدون في عام 2019",
    "Beneficiaries in 2020": "المستفيدون في عام 2020",
    "Beneficiaries in 2021": "المستفيدون في عام 2021",
    "Beneficiaries in the 2018-2019 biennium": "المستفيدون في فترة السنتين 2018-2019",
    "Beneficiaries trained with partners, 2019": "المستفيدون المدربون مع الشركاء، 2019",
    "Beneficiaries trained with partners, 2020": "المستفيدون المدربون مع الشركاء، 2020",
    "Beneficiaries, Defeat-NCD Partnership, 2020": (
        "المستفيدون، شراكة دحر الأمراض غير المعدية (Defeat-NCD)، 2020"
    ),
    "Beneficiaries, agenda-2030 area, 2020": "المستفيدون، مجال تسريع تنفيذ خطة عام 2030، 2020",
    "Beneficiaries, diplomacy area, 2020": "المستفيدون، مجال الدبلوماسية المتعددة الأطراف، 2020",
    "Beneficiaries, peace area, 2020": "المستفيدون، مجال السلام، 2020",
    "Beneficiaries, people area, 2020": "المستفيدون، مجال الناس، 2020",
    "Beneficiaries, planet area, 2020": "المستفيدون، مجال الكوكب، 2020",
    "Beneficiaries, prosperity area, 2020": "المستفيدون، مجال الازدهار، 2020",
    "Beneficiaries, unosat area, 2020": "المستفيدون، مجال التحليل الساتلي (اليونوسات)، 2020",
    "Board of Trustees, sixty-first session": "مجلس الأمناء، الدورة الحادية والستون",
    "CIFAL": "سيفال",
    "CIFAL Global Network: activities, 2020": "الشبكة العالمية لمراكز سيفال: الأنشطة، 2020",
    "CIFAL Global Network: beneficiaries, 2020": "الشبكة العالمية لمراكز سيفال: المستفيدون، 2020",
    "CIFAL Global Network: countries of people trained, 2019": (
        "الشبكة العالمية لمراكز سيفال: بلدان الأشخاص الذين تلقوا التدريب، 2019"
    ),
    "CIFAL Global Network: people trained, 2019": (
        "الشبكة العالمية لمراكز سيفال: الأشخاص الذين تلقوا التدريب، 2019"
    ),
    "CIFAL Global Network: share of women, 2020": "الشبكة العالمية لمراكز سيفال: نسبة النساء، 2020",
    "CIFAL centres in the global network": "مراكز سيفال في الشبكة العالمية",
    (
        "Capacity-building for disarmament, demobilization and reintegration practitioners in "
        "weapons and ammunition management, with an online community of practice launched in 2020."
    ): (
        "بناء قدرات الممارسين العاملين في مجال نزع السلاح والتسريح وإعادة الإدماج على إدارة "
        "الأسلحة والذخيرة، مع جماعة ممارسين على الإنترنت أُطلقت في عام 2020."
    ),
    (
        "Capacity-building on data for the Sustainable Development Goals, including the StaTact "
        "short-term statistical planning tool."
    ): (
        "بناء القدرات في مجال البيانات المتعلقة بأهداف التنمية المستدامة، بما في ذلك أداة StaTact "
        "للتخطيط الإحصائي القصير الأجل."
    ),
    (
        "Central American Integration System member States in the regional climate change "
        "education, training and awareness action plan"
    ): (
        "الدول الأعضاء في منظومة التكامل لأمريكا الوسطى المشاركة في خطة العمل الإقليمية بشأن "
        "التثقيف والتدريب والتوعية في مجال تغير المناخ"
    ),
    "Certificates issued by the platform since it opened": (
        "الشهادات الصادرة عن المنصة منذ افتتاحها"
    ),
    "Certificates issued in 2019": "الشهادات الصادرة في عام 2019",
    "Certificates issued in 2020": "الشهادات الصادرة في عام 2020",
    "Certificates, agenda-2030 area, 2020": "الشهادات، مجال تسريع تنفيذ خطة عام 2030، 2020",
    "Certificates, diplomacy area, 2020": "الشهادات، مجال الدبلوماسية المتعددة الأطراف، 2020",
    "Certificates, peace area, 2020": "الشهادات، مجال السلام، 2020",
    "Certificates, people area, 2020": "الشهادات، مجال الناس، 2020",
    "Certificates, planet area, 2020": "الشهادات، مجال الكوكب، 2020",
    "Certificates, prosperity area, 2020": "الشهادات، مجال الازدهار، 2020",
    "Certificates, unosat area, 2020": "الشهادات، مجال التحليل الساتلي (اليونوسات)، 2020",
    "Clinicians in Rwanda reached by Defeat-NCD": (
        "الأطباء السريريون في رواندا الذين وصلت إليهم شراكة دحر الأمراض غير المعدية"
    ),
    "Communities whose capacity was strengthened": "المجتمعات المحلية التي عُززت قدراتها",
    "Countries covered by the analyses and products": "البلدان التي شملتها التحليلات والمنتجات",
    (
        "Countries launching new national climate change learning strategies (Kenya, Kyrgyzstan, "
        "Zambia, Zimbabwe)"
    ): (
        "البلدان التي أطلقت استراتيجيات وطنية جديدة للتعلم في مجال تغير المناخ (زامبيا وزمبابوي "
        "وقيرغيزستان وكينيا)"
    ),
    "Countries of the e-learning beneficiaries": "بلدان المستفيدين من التعلم الإلكتروني",
    "Countries of the participants in the StaTact online workshops": (
        "بلدان المشاركين في حلقات العمل الإلكترونية بشأن أداة StaTact"
    ),
    "Countries of the people directly benefiting": "بلدان الأشخاص المستفيدين بشكل مباشر",
    "Countries of the people trained by the network": "بلدان الأشخاص الذين دربتهم الشبكة",
    "Countries of the programme (Afghanistan, Ethiopia, Iraq, Kenya, Somalia, Sudan)": (
        "بلدان البرنامج (إثيوبيا وأفغانستان والسودان والصومال والعراق وكينيا)"
    ),
    "Countries of the registered users": "بلدان المستخدمين المسجلين",
    "Countries sending delegations to the sixth Mayoral Forum (Quito, January 2020)": (
        "البلدان التي أوفدت وفودا إلى منتدى رؤساء البلديات السادس (كيتو، كانون الثاني/يناير 2020)"
    ),
    "Countries where the partnership is active": "البلدان التي تنشط فيها الشراكة",
    (
        "Derived, not published: E/2021/49 para 67 says the revised 2020-2021 budget (68.1 "
        "million) is 22.5% above it; 68.1 million / 1.225"
    ): (
        "محسوب وغير منشور: تفيد الوثيقة E/2021/49، الفقرة 67، بأن الميزانية المنقحة للفترة "
        "2020-2021 (68.1 مليون) تزيد عليها بنسبة 22.5%؛ 68.1 مليون / 1.225"
    ),
    "Downloads of the 'UN - How To' mobile application": (
        "مرات تنزيل تطبيق الهاتف المحمول «UN - How To»"
    ),
    "E-learning and other share of events, 2020": (
        "نسبة الأنشطة المنفذة بالتعلم الإلكتروني وبطرق أخرى، 2020"
    ),
    "E/2021/49 para 17": "E/2021/49، الفقرة 17",
    "E/2021/49 para 18": "E/2021/49، الفقرة 18",
    "E/2021/49 para 20": "E/2021/49، الفقرة 20",
    "E/2021/49 para 23": "E/2021/49، الفقرة 23",
    "E/2021/49 para 24": "E/2021/49، الفقرة 24",
    "E/2021/49 para 26": "E/2021/49، الفقرة 26",
    "E/2021/49 para 27": "E/2021/49، الفقرة 27",
    "E/2021/49 para 28": "E/2021/49، الفقرة 28",
    "E/2021/49 para 29": "E/2021/49، الفقرة 29",
    "E/2021/49 para 30": "E/2021/49، الفقرة 30",
    "E/2021/49 para 31": "E/2021/49، الفقرة 31",
    "E/2021/49 para 32": "E/2021/49، الفقرة 32",
    "E/2021/49 para 33": "E/2021/49، الفقرة 33",
    "E/2021/49 para 34": "E/2021/49، الفقرة 34",
    "E/2021/49 para 39": "E/2021/49، الفقرة 39",
    "E/2021/49 para 47": "E/2021/49، الفقرة 47",
    "E/2021/49 para 48": "E/2021/49، الفقرة 48",
    "E/2021/49 para 49": "E/2021/49، الفقرة 49",
    "E/2021/49 para 52": "E/2021/49، الفقرة 52",
    "E/2021/49 para 53": "E/2021/49، الفقرة 53",
    "E/2021/49 para 55": "E/2021/49، الفقرة 55",
    "E/2021/49 para 58": "E/2021/49، الفقرة 58",
    "E/2021/49 para 60": "E/2021/49، الفقرة 60",
    "E/2021/49 para 61": "E/2021/49، الفقرة 61",
    "E/2021/49 para 62": "E/2021/49، الفقرة 62",
    "E/2021/49 para 64": "E/2021/49، الفقرة 64",
    "E/2021/49 para 66": "E/2021/49، الفقرة 66",
    "E/2021/49 para 67": "E/2021/49، الفقرة 67",
    "E/2021/49 para 68": "E/2021/49، الفقرة 68",
    "E/2021/49 para 9": "E/2021/49، الفقرة 9",
    (
        "Entrepreneurship and social entrepreneurship training for young people and women in "
        "Afghanistan, Ethiopia, Iraq, Kenya, Somalia and the Sudan."
    ): (
        "التدريب على مباشرة الأعمال الحرة وعلى ريادة الأعمال الاجتماعية لفائدة الشباب والنساء في "
        "أفغانستان وإثيوبيا والعراق وكينيا والصومال والسودان."
    ),
    "Estimated cost of the interventions in Rwanda's costed NCD action plan": (
        "التكلفة التقديرية للتدخلات الواردة في خطة العمل المحددة التكاليف لمكافحة الأمراض غير "
        "المعدية في رواندا"
    ),
    "Event days in 2019": "أيام الأنشطة في عام 2019",
    "Event days in 2020": "أيام الأنشطة في عام 2020",
    "Events in 2019": "الأنشطة في عام 2019",
    "Events in 2020": "الأنشطة في عام 2020",
    "Events, agenda-2030 area, 2020": "الأنشطة، مجال تسريع تنفيذ خطة عام 2030، 2020",
    "Events, diplomacy area, 2020": "الأنشطة، مجال الدبلوماسية المتعددة الأطراف، 2020",
    "Events, peace area, 2020": "الأنشطة، مجال السلام، 2020",
    "Events, people area, 2020": "الأنشطة، مجال الناس، 2020",
    "Events, planet area, 2020": "الأنشطة، مجال الكوكب، 2020",
    "Events, prosperity area, 2020": "الأنشطة، مجال الازدهار، 2020",
    "Events, unosat area, 2020": "الأنشطة، مجال التحليل الساتلي (اليونوسات)، 2020",
    "Financial inclusion mobile-learning beneficiaries": (
        "المستفيدون من التعلم عبر الأجهزة المحمولة في مجال الشمول المالي"
    ),
    "Free courses on climate change and the green economy transition": (
        "الدورات المجانية بشأن تغير المناخ والانتقال إلى الاقتصاد الأخضر"
    ),
    "Global Surgery: countries": "المبادرة العالمية للجراحة: البلدان",
    "Global Surgery: people directly benefiting": (
        "المبادرة العالمية للجراحة: الأشخاص المستفيدون بشكل مباشر"
    ),
    "Growth in beneficiaries, 2020 over 2019": "نمو عدد المستفيدين في عام 2020 مقارنة بعام 2019",
    "Growth of total income from 2016-2017 to 2018-2019": (
        "نمو مجموع الإيرادات من الفترة 2016-2017 إلى الفترة 2018-2019"
    ),
    (
        "High-level seminars and knowledge exchange on peace and security with Special and "
        "Personal Representatives and Envoys of the Secretary-General, Member States and regional "
        "organizations."
    ): (
        "حلقات دراسية رفيعة المستوى وتبادل للمعارف بشأن السلام والأمن مع الممثلين الخاصين "
        "والممثلين الشخصيين للأمين العام ومبعوثيه، ومع الدول الأعضاء والمنظمات الإقليمية."
    ),
    (
        "Highest-risk United Nations peacekeeping operations whose personnel the trauma training "
        "targets"
    ): (
        "عمليات الأمم المتحدة لحفظ السلام الأشد تعرضا للمخاطر التي يستهدف التدريب على معالجة "
        "الصدمات أفرادها"
    ),
    "Illustrative SFF project 01 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 01 (الناس)",
    "Illustrative SFF project 02 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 02 (الكوكب)"
    ),
    "Illustrative SFF project 03 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 03 (الازدهار)"
    ),
    "Illustrative SFF project 04 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 04 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 05 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 05 (السلام)",
    "Illustrative SFF project 06 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 06 (الناس)",
    "Illustrative SFF project 07 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 07 (الكوكب)"
    ),
    "Illustrative SFF project 08 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 08 (الازدهار)"
    ),
    "Illustrative SFF project 09 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 09 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 10 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 10 (السلام)",
    "Illustrative SFF project 11 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 11 (الناس)",
    "Illustrative SFF project 12 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 12 (الكوكب)"
    ),
    "Illustrative SFF project 13 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 13 (الازدهار)"
    ),
    "Illustrative SFF project 14 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 14 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 15 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 15 (السلام)",
    "Illustrative SFF project 16 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 16 (الناس)",
    "Illustrative SFF project 17 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 17 (الكوكب)"
    ),
    "Illustrative SFF project 18 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 18 (الازدهار)"
    ),
    "Illustrative SFF project 19 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 19 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 20 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 20 (السلام)",
    "Illustrative SFF project 21 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 21 (الناس)",
    "Illustrative SFF project 22 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 22 (الكوكب)"
    ),
    "Illustrative SFF project 23 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 23 (الازدهار)"
    ),
    "Illustrative SFF project 24 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 24 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 25 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 25 (السلام)",
    "Illustrative SFF project 26 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 26 (الناس)",
    "Illustrative SFF project 27 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 27 (الكوكب)"
    ),
    "Illustrative SFF project 28 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 28 (الازدهار)"
    ),
    "Illustrative SFF project 29 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 29 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 30 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 30 (السلام)",
    "Illustrative SFF project 31 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 31 (الناس)",
    "Illustrative SFF project 32 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 32 (الكوكب)"
    ),
    "Illustrative SFF project 33 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 33 (الازدهار)"
    ),
    "Illustrative SFF project 34 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 34 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 35 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 35 (السلام)",
    "Illustrative SFF project 36 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 36 (الناس)",
    "Illustrative SFF project 37 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 37 (الكوكب)"
    ),
    "Illustrative SFF project 38 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 38 (الازدهار)"
    ),
    "Illustrative SFF project 39 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 39 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 40 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 40 (السلام)",
    "Illustrative SFF project 41 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 41 (الناس)",
    "Illustrative SFF project 42 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 42 (الكوكب)"
    ),
    "Illustrative SFF project 43 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 43 (الازدهار)"
    ),
    "Illustrative SFF project 44 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 44 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 45 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 45 (السلام)",
    "Illustrative SFF project 46 (People)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 46 (الناس)",
    "Illustrative SFF project 47 (Planet)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 47 (الكوكب)"
    ),
    "Illustrative SFF project 48 (Prosperity)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 48 (الازدهار)"
    ),
    "Illustrative SFF project 49 (Accelerating the 2030 Agenda)": (
        "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 49 (تسريع تنفيذ خطة عام 2030)"
    ),
    "Illustrative SFF project 50 (Peace)": "مشروع توضيحي لصندوق الإطار الاستراتيجي رقم 50 (السلام)",
    "Illustrative Strategic Framework Fund agreement (2019-2021)": (
        "اتفاق توضيحي لصندوق الإطار الاستراتيجي (2019-2021)"
    ),
    "Illustrative donor A (government)": "جهة مانحة توضيحية A (حكومة)",
    "Illustrative donor B (government)": "جهة مانحة توضيحية B (حكومة)",
    "Illustrative donor C (multilateral organization)": (
        "جهة مانحة توضيحية C (منظمة متعددة الأطراف)"
    ),
    "Illustrative donor D (government)": "جهة مانحة توضيحية D (حكومة)",
    "Illustrative donor E (foundation)": "جهة مانحة توضيحية E (مؤسسة)",
    "Illustrative donor F (multilateral organization)": (
        "جهة مانحة توضيحية F (منظمة متعددة الأطراف)"
    ),
    "Illustrative donor G (government)": "جهة مانحة توضيحية G (حكومة)",
    "Illustrative donor H (private sector)": "جهة مانحة توضيحية H (القطاع الخاص)",
    "Illustrative donor I (government)": "جهة مانحة توضيحية I (حكومة)",
    "Illustrative donor J (government)": "جهة مانحة توضيحية J (حكومة)",
    "Illustrative donor K (multilateral organization)": (
        "جهة مانحة توضيحية K (منظمة متعددة الأطراف)"
    ),
    "Illustrative donor L (foundation)": "جهة مانحة توضيحية L (مؤسسة)",
    "Illustrative donor M (government)": "جهة مانحة توضيحية M (حكومة)",
    "Illustrative donor N (other)": "جهة مانحة توضيحية N (جهة أخرى)",
    "Illustrative donor O (private sector)": "جهة مانحة توضيحية O (القطاع الخاص)",
    "Illustrative donor P (multilateral organization)": (
        "جهة مانحة توضيحية P (منظمة متعددة الأطراف)"
    ),
    "Illustrative donor Q (government)": "جهة مانحة توضيحية Q (حكومة)",
    "Illustrative donor R (foundation)": "جهة مانحة توضيحية R (مؤسسة)",
    "Illustrative donor S (private sector)": "جهة مانحة توضيحية S (القطاع الخاص)",
    "Illustrative donor T (other)": "جهة مانحة توضيحية T (جهة أخرى)",
    "Illustrative donor U (government)": "جهة مانحة توضيحية U (حكومة)",
    "Illustrative donor V (foundation)": "جهة مانحة توضيحية V (مؤسسة)",
    "Illustrative donor W (private sector)": "جهة مانحة توضيحية W (القطاع الخاص)",
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة التدريب على مكافحة الفساد (2016-2017)"
    ),
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة التدريب على مكافحة الفساد (2018-2019)"
    ),
    "Illustrative earmarked agreement: Anti-corruption Training Platform (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة التدريب على مكافحة الفساد (2020-2021)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الشبكة العالمية لمراكز سيفال (المراكز الدولية لتدريب "
        "السلطات والقادة) (2016-2017)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الشبكة العالمية لمراكز سيفال (المراكز الدولية لتدريب "
        "السلطات والقادة) (2018-2019)"
    ),
    "Illustrative earmarked agreement: CIFAL Global Network (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الشبكة العالمية لمراكز سيفال (المراكز الدولية لتدريب "
        "السلطات والقادة) (2020-2021)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: إدارة المواد الكيميائية والنفايات (2016-2017)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: إدارة المواد الكيميائية والنفايات (2018-2019)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2019-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: إدارة المواد الكيميائية والنفايات (2019-2021)"
    ),
    "Illustrative earmarked agreement: Chemicals and Waste Management (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: إدارة المواد الكيميائية والنفايات (2020-2021)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة دحر الأمراض غير المعدية (Defeat-NCD) (2016-2017)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة دحر الأمراض غير المعدية (Defeat-NCD) (2018-2019)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2019-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة دحر الأمراض غير المعدية (Defeat-NCD) (2019-2021)"
    ),
    "Illustrative earmarked agreement: Defeat-NCD Partnership (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة دحر الأمراض غير المعدية (Defeat-NCD) (2020-2021)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2016-2018)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: المبادرة العالمية للجراحة (2016-2018)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: المبادرة العالمية للجراحة (2018-2019)"
    ),
    "Illustrative earmarked agreement: Global Surgery Initiative (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: المبادرة العالمية للجراحة (2020-2021)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2016-2017)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الدورات الإلكترونية في الدبلوماسية والقانون الدولي "
        "(2016-2017)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2018-2019)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الدورات الإلكترونية في الدبلوماسية والقانون الدولي "
        "(2018-2019)"
    ),
    (
        "Illustrative earmarked agreement: Online Courses in Diplomacy and International Law "
        "(2020-2021)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: الدورات الإلكترونية في الدبلوماسية والقانون الدولي "
        "(2020-2021)"
    ),
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2016-2017)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: الشراكة من أجل العمل بشأن الاقتصاد الأخضر (2016-2017)",
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2018-2019)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: الشراكة من أجل العمل بشأن الاقتصاد الأخضر (2018-2019)",
    (
        "Illustrative earmarked agreement: Partnership for Action on Green Economy (PAGE) "
        "(2020-2021)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: الشراكة من أجل العمل بشأن الاقتصاد الأخضر (2020-2021)",
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2016-2017)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: التدريب السابق للنشر لأفراد حفظ السلام (2016-2017)",
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2018-2019)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: التدريب السابق للنشر لأفراد حفظ السلام (2018-2019)",
    (
        "Illustrative earmarked agreement: Pre-deployment Training for Peacekeeping Personnel "
        "(2020-2021)"
    ): "اتفاق توضيحي لتبرعات مخصصة الغرض: التدريب السابق للنشر لأفراد حفظ السلام (2020-2021)",
    "Illustrative earmarked agreement: Road Safety Initiative (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: مبادرة السلامة على الطرق (2016-2017)"
    ),
    "Illustrative earmarked agreement: Road Safety Initiative (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: مبادرة السلامة على الطرق (2018-2019)"
    ),
    "Illustrative earmarked agreement: Road Safety Initiative (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: مبادرة السلامة على الطرق (2020-2021)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2016-2017)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ "
        "(UN CC:Learn) (2016-2017)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2016-2018)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ "
        "(UN CC:Learn) (2016-2018)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2018-2019)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ "
        "(UN CC:Learn) (2018-2019)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2019-2021)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ "
        "(UN CC:Learn) (2019-2021)"
    ),
    (
        "Illustrative earmarked agreement: UN CC:Learn (One UN Climate Change Learning "
        "Partnership) (2020-2021)"
    ): (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ "
        "(UN CC:Learn) (2020-2021)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة "
        "(UN SDG:Learn) (2016-2017)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2016-2018)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة "
        "(UN SDG:Learn) (2016-2018)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة "
        "(UN SDG:Learn) (2018-2019)"
    ),
    "Illustrative earmarked agreement: UN SDG:Learn (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة "
        "(UN SDG:Learn) (2020-2021)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2016-2017)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: رسم الخرائط السريع وتحليل الصور الساتلية لليونوسات "
        "(2016-2017)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2018-2019)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: رسم الخرائط السريع وتحليل الصور الساتلية لليونوسات "
        "(2018-2019)"
    ),
    "Illustrative earmarked agreement: UNOSAT Rapid Mapping and Satellite Analysis (2020-2021)": (
        "اتفاق توضيحي لتبرعات مخصصة الغرض: رسم الخرائط السريع وتحليل الصور الساتلية لليونوسات "
        "(2020-2021)"
    ),
    "Increase in the actuarial valuation of after-service liabilities, 2019": (
        "الزيادة في التقييم الاكتواري لالتزامات ما بعد انتهاء الخدمة، 2019"
    ),
    "Increase of the revised 2020-2021 programme budget over the 2018-2019 programme budget": (
        "زيادة الميزانية البرنامجية المنقحة للفترة 2020-2021 عن الميزانية البرنامجية للفترة "
        "2018-2019"
    ),
    (
        "Joint training with FAO on agricultural trade, non-tariff measures and WTO obligations "
        "for officials in francophone sub-Saharan Africa and Central Asia."
    ): (
        "تدريب مشترك مع منظمة الأغذية والزراعة بشأن التجارة الزراعية والتدابير غير التعريفية "
        "والالتزامات المترتبة في إطار منظمة التجارة العالمية، لفائدة المسؤولين في البلدان الناطقة "
        "بالفرنسية في أفريقيا جنوب الصحراء الكبرى وفي آسيا الوسطى."
    ),
    "Languages of the 'United Nations Resolutions Guide' (Arabic, English, French, Spanish)": (
        "لغات «دليل قرارات الأمم المتحدة» (الإسبانية والإنكليزية والعربية والفرنسية)"
    ),
    "Law-enforcement and road-safety officials trained": (
        "موظفو إنفاذ القانون ومسؤولو السلامة على الطرق الذين تلقوا التدريب"
    ),
    (
        "Leadership training for sustainable development for central and local government and "
        "civil society representatives in Afghanistan."
    ): (
        "التدريب على القيادة من أجل التنمية المستدامة لفائدة ممثلي الحكومة المركزية والحكومات "
        "المحلية والمجتمع المدني في أفغانستان."
    ),
    "Learners by affiliation: academia, 2019": (
        "المتعلمون حسب قطاع الانتماء: الأوساط الأكاديمية، 2019"
    ),
    "Learners by affiliation: government, 2019": "المتعلمون حسب قطاع الانتماء: الحكومة، 2019",
    "Learners by affiliation: government, 2020": "المتعلمون حسب قطاع الانتماء: الحكومة، 2020",
    "Learners by affiliation: international, 2019": (
        "المتعلمون حسب قطاع الانتماء: المنظمات الدولية، 2019"
    ),
    "Learners by affiliation: international, 2020": (
        "المتعلمون حسب قطاع الانتماء: المنظمات الدولية، 2020"
    ),
    "Learners by affiliation: ngo, 2019": (
        "المتعلمون حسب قطاع الانتماء: المنظمات غير الحكومية، 2019"
    ),
    "Learners by affiliation: non-state, 2020": (
        "المتعلمون حسب قطاع الانتماء: القطاعات غير الحكومية، 2020"
    ),
    "Learners by affiliation: other, 2019": "المتعلمون حسب قطاع الانتماء: غير ذلك، 2019",
    "Learners by affiliation: other, 2020": "المتعلمون حسب قطاع الانتماء: غير ذلك، 2020",
    "Learners by affiliation: private-sector, 2019": (
        "المتعلمون حسب قطاع الانتماء: القطاع الخاص، 2019"
    ),
    "Learners by gender: female, 2020": "المتعلمون حسب نوع الجنس: إناث، 2020",
    "Learners by gender: female, 2021": "المتعلمون حسب نوع الجنس: إناث، 2021",
    "Learners by gender: male, 2020": "المتعلمون حسب نوع الجنس: ذكور، 2020",
    "Learners by gender: male, 2021": "المتعلمون حسب نوع الجنس: ذكور، 2021",
    "Learners by gender: other, 2020": "المتعلمون حسب نوع الجنس: غير ذلك، 2020",
    "Learners by gender: other, 2021": "المتعلمون حسب نوع الجنس: غير ذلك، 2021",
    "Learners from Africa, Asia-Pacific, Latin America-Caribbean and Middle East, 2020": (
        "المتعلمون من أفريقيا وآسيا والمحيط الهادئ وأمريكا اللاتينية ومنطقة البحر الكاريبي والشرق "
        "الأوسط، 2020"
    ),
    "Learners from LDCs, LLDCs and SIDS, 2019": (
        "المتعلمون من أقل البلدان نموا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة "
        "النامية، 2019"
    ),
    "Learners from LDCs, LLDCs and SIDS, 2021": (
        "المتعلمون من أقل البلدان نموا والبلدان النامية غير الساحلية والدول الجزرية الصغيرة "
        "النامية، 2021"
    ),
    "Learners from africa, 2019": "المتعلمون من أفريقيا، 2019",
    "Learners from africa, 2020": "المتعلمون من أفريقيا، 2020",
    "Learners from asia-pacific, 2019": "المتعلمون من آسيا والمحيط الهادئ، 2019",
    "Learners from asia-pacific, 2020": "المتعلمون من آسيا والمحيط الهادئ، 2020",
    "Learners from countries in special situations (LDC, LLDC, SIDS), 2020": (
        "المتعلمون من البلدان التي تمر بظروف خاصة (الأقل نموا وغير الساحلية والجزرية الصغيرة)، 2020"
    ),
    "Learners from developed countries, 2020": "المتعلمون من البلدان المتقدمة النمو، 2020",
    "Learners from developing countries, 2019": "المتعلمون من البلدان النامية، 2019",
    "Learners from developing countries, 2021": "المتعلمون من البلدان النامية، 2021",
    "Learners from europe, 2019": "المتعلمون من أوروبا، 2019",
    "Learners from europe, 2020": "المتعلمون من أوروبا، 2020",
    "Learners from latin-america-caribbean, 2019": (
        "المتعلمون من أمريكا اللاتينية ومنطقة البحر الكاريبي، 2019"
    ),
    "Learners from latin-america-caribbean, 2020": (
        "المتعلمون من أمريكا اللاتينية ومنطقة البحر الكاريبي، 2020"
    ),
    "Learners from middle-east, 2019": "المتعلمون من الشرق الأوسط، 2019",
    "Learners from middle-east, 2020": "المتعلمون من الشرق الأوسط، 2020",
    "Learners from north-america, 2019": "المتعلمون من أمريكا الشمالية، 2019",
    "Learners from north-america, 2020": "المتعلمون من أمريكا الشمالية، 2020",
    "Learners from other developing countries, 2020": "المتعلمون من البلدان النامية الأخرى، 2020",
    "Learners identifying as having a disability, 2020": (
        "المتعلمون الذين أفادوا بأنهم من ذوي الإعاقة، 2020"
    ),
    "Learners who have used the UN SDG:Learn platform": (
        "المتعلمون الذين استخدموا منصة UN SDG:Learn"
    ),
    "Learners, agenda-2030 area, 2020": "المتعلمون، مجال تسريع تنفيذ خطة عام 2030، 2020",
    "Learners, diplomacy area, 2020": "المتعلمون، مجال الدبلوماسية المتعددة الأطراف، 2020",
    "Learners, peace area, 2020": "المتعلمون، مجال السلام، 2020",
    "Learners, people area, 2020": "المتعلمون، مجال الناس، 2020",
    "Learners, planet area, 2020": "المتعلمون، مجال الكوكب، 2020",
    "Learners, prosperity area, 2020": "المتعلمون، مجال الازدهار، 2020",
    "Learners, unosat area, 2020": "المتعلمون، مجال التحليل الساتلي (اليونوسات)، 2020",
    "Learning events, agenda-2030 area, 2020": "أنشطة التعلم، مجال تسريع تنفيذ خطة عام 2030، 2020",
    "Learning events, diplomacy area, 2020": (
        "أنشطة التعلم، مجال الدبلوماسية المتعددة الأطراف، 2020"
    ),
    "Learning events, peace area, 2020": "أنشطة التعلم، مجال السلام، 2020",
    "Learning events, people area, 2020": "أنشطة التعلم، مجال الناس، 2020",
    "Learning events, planet area, 2020": "أنشطة التعلم، مجال الكوكب، 2020",
    "Learning events, prosperity area, 2020": "أنشطة التعلم، مجال الازدهار، 2020",
    "Learning events, unosat area, 2020": "أنشطة التعلم، مجال التحليل الساتلي (اليونوسات)، 2020",
    "Learning-related beneficiaries in 2016": "المستفيدون من الأنشطة المتصلة بالتعلم في عام 2016",
    "Learning-related beneficiaries in 2017": "المستفيدون من الأنشطة المتصلة بالتعلم في عام 2017",
    "Learning-related beneficiaries in 2018": "المستفيدون من الأنشطة المتصلة بالتعلم في عام 2018",
    "Learning-related beneficiaries in 2019": "المستفيدون من الأنشطة المتصلة بالتعلم في عام 2019",
    "Learning-related beneficiaries in 2020": "المستفيدون من الأنشطة المتصلة بالتعلم في عام 2020",
    "Learning-related beneficiaries, 2018-2019": "المستفيدون من الأنشطة المتصلة بالتعلم، 2018-2019",
    "Learning-related share of beneficiaries, 2018-2019": (
        "حصة المستفيدين من الأنشطة المتصلة بالتعلم، 2018-2019"
    ),
    "Learning-related share of beneficiaries, 2020": (
        "حصة المستفيدين من الأنشطة المتصلة بالتعلم، 2020"
    ),
    "Learning-related share of beneficiaries, 2021": (
        "حصة المستفيدين من الأنشطة المتصلة بالتعلم، 2021"
    ),
    "Maps and reports derived from satellite imagery for the humanitarian community": (
        "الخرائط والتقارير المستمدة من الصور الساتلية لفائدة المجتمع الإنساني"
    ),
    (
        "Master's programmes in diplomacy run with the University of Stirling, the École "
        "Supérieure des Affaires in Beirut and the University for Peace."
    ): (
        "برامج ماجستير في الدبلوماسية تُنفذ بالاشتراك مع جامعة ستيرلنغ والمدرسة العليا للأعمال في "
        "بيروت وجامعة السلام."
    ),
    "Member States represented by the Caribbean Public Health Agency, a memorandum partner": (
        "الدول الأعضاء التي تمثلها وكالة الصحة العامة لمنطقة البحر الكاريبي، الطرف في مذكرة تفاهم"
    ),
    "Micro-courses on the platform": "الدورات المصغرة على المنصة",
    "Military personnel trained before deployment, 2019": (
        "الأفراد العسكريون الذين تلقوا التدريب السابق للنشر، 2019"
    ),
    "Military personnel trained before deployment, 2019-2020": (
        "الأفراد العسكريون الذين تلقوا التدريب السابق للنشر، 2019-2020"
    ),
    "Military personnel trained before deployment, 2020": (
        "الأفراد العسكريون الذين تلقوا التدريب السابق للنشر، 2020"
    ),
    "Ministries of health with a memorandum of understanding (Bhutan, Ecuador, Gambia, Nepal)": (
        "وزارات الصحة التي أُبرمت معها مذكرات تفاهم (إكوادور وبوتان وغامبيا ونيبال)"
    ),
    (
        "Mobile-learning training, with the Arab Gulf Programme for Development, for financial "
        "officials on digital financial services for the unbanked poorest."
    ): (
        "تدريب قائم على التعلم بواسطة الأجهزة المحمولة، بالاشتراك مع برنامج الخليج العربي للتنمية، "
        "لفائدة المسؤولين الماليين بشأن الخدمات المالية الرقمية الموجهة إلى أشد الفئات فقرا ممن لا "
        "يتعاملون مع المصارف."
    ),
    "Multilateral organizations in the partnership": "المنظمات المتعددة الأطراف الأعضاء في الشراكة",
    "New master's programmes launched": "برامج الماجستير الجديدة التي أُطلقت",
    "New members of the women mediators' network trained": (
        "العضوات الجديدات في شبكة الوسيطات اللاتي تلقين التدريب"
    ),
    "Officials trained in conflict prevention, 2020": (
        "المسؤولون الذين تلقوا التدريب في مجال منع نشوب النزاعات، 2020"
    ),
    (
        "Online certificates, diplomas and courses in multilateral diplomacy, international law "
        "and professional skills, including United Nations internship preparation and Diplomacy "
        "4.0."
    ): (
        "شهادات ودبلومات ودورات إلكترونية في الدبلوماسية المتعددة الأطراف والقانون الدولي "
        "والمهارات المهنية، بما في ذلك الإعداد للتدرب الداخلي في الأمم المتحدة ودورة «الدبلوماسية "
        "4.0»."
    ),
    "Organizations in the inter-agency task force set up by UNITAR": (
        "المنظمات الأعضاء في فرقة العمل المشتركة بين الوكالات التي أنشأها اليونيتار"
    ),
    "Other beneficiaries in 56 Colombian communities, 2019-2020": (
        "المستفيدون الآخرون في 56 مجتمعا محليا في كولومبيا، 2019-2020"
    ),
    "Other knowledge-sharing beneficiaries in 2016": (
        "المستفيدون من الأنشطة الأخرى لتبادل المعارف في عام 2016"
    ),
    "Other knowledge-sharing beneficiaries in 2017": (
        "المستفيدون من الأنشطة الأخرى لتبادل المعارف في عام 2017"
    ),
    "Other knowledge-sharing beneficiaries in 2018": (
        "المستفيدون من الأنشطة الأخرى لتبادل المعارف في عام 2018"
    ),
    "Other knowledge-sharing beneficiaries in 2019": (
        "المستفيدون من الأنشطة الأخرى لتبادل المعارف في عام 2019"
    ),
    "Other knowledge-sharing beneficiaries in 2020": (
        "المستفيدون من الأنشطة الأخرى لتبادل المعارف في عام 2020"
    ),
    "Other knowledge-sharing share, 2021": "حصة المستفيدين من الأنشطة الأخرى لتبادل المعارف، 2021",
    (
        "Our model gives every programme one pillar, so no beneficiary serves several objectives; "
        "the five pillar shares still round to R19's."
    ): (
        "يُسند نموذجنا كل برنامج إلى ركيزة واحدة، ولذلك لا يخدم أي مستفيد عدة أهداف؛ ومع ذلك فإن "
        "حصص الركائز الخمس، بعد التقريب، لا تزال مطابقة لحصص R19."
    ),
    "Out-of-pocket payment rate in Myanmar before the plan": (
        "معدل المدفوعات من الأموال الخاصة في ميانمار قبل الخطة"
    ),
    "Out-of-pocket payment rate in Myanmar expected once the plan is implemented": (
        "معدل المدفوعات من الأموال الخاصة المتوقع في ميانمار بعد تنفيذ الخطة"
    ),
    "PAGE partner countries": "البلدان الشريكة في الشراكة من أجل العمل بشأن الاقتصاد الأخضر",
    "Panellists and speakers at the high-level panel at the World Health Summit (October 2020)": (
        "المحاورون والمتكلمون في حلقة النقاش الرفيعة المستوى خلال مؤتمر القمة العالمي للصحة (تشرين "
        "الأول/أكتوبر 2020)"
    ),
    "Participants in online diplomacy courses": "المشاركون في الدورات الإلكترونية في الدبلوماسية",
    "Participants in the Philippines pilot who find StaTact relevant to their work": (
        "المشاركون في المشروع التجريبي في الفلبين الذين يرون أن أداة StaTact وثيقة الصلة بعملهم"
    ),
    "Participants in the tailored training who find it relevant to their work": (
        "المشاركون في التدريب المصمم حسب الاحتياجات الذين يرون أنه وثيق الصلة بعملهم"
    ),
    "Partner countries supported in developing national green recovery plans": (
        "البلدان الشريكة التي تلقت الدعم في وضع خطط وطنية للتعافي الأخضر"
    ),
    "Partners of the platform": "شركاء المنصة",
    "Peacemaking fellowship participants, 2020": (
        "المشاركون في برنامج الزمالات في مجال صنع السلام، 2020"
    ),
    "People Myanmar's costed national operational plan seeks to assist": (
        "الأشخاص الذين تسعى الخطة التشغيلية الوطنية المحددة التكاليف لميانمار إلى مساعدتهم"
    ),
    "People directly benefiting from the initiative, notably through training": (
        "الأشخاص المستفيدون من المبادرة بشكل مباشر، لا سيما من خلال التدريب"
    ),
    "People in Rwanda to benefit directly from the national NCD strategy": (
        "الأشخاص في رواندا الذين سيستفيدون بشكل مباشر من الاستراتيجية الوطنية لمكافحة الأمراض غير "
        "المعدية"
    ),
    "Pilot countries of the project (Kenya, Rwanda, United Republic of Tanzania)": (
        "البلدان التجريبية للمشروع (جمهورية تنزانيا المتحدة ورواندا وكينيا)"
    ),
    (
        "Policymakers in ministries of health and surgical systems who received the national "
        "surgical, obstetric and anaesthesia planning handbook"
    ): (
        "مقررو السياسات في وزارات الصحة والنظم الجراحية الذين تلقوا دليل التخطيط الوطني للجراحة "
        "والتوليد والتخدير"
    ),
    (
        "Pre-deployment training for military and police personnel of African troop- and "
        "police-contributing countries before they join United Nations peacekeeping operations "
        "such as MINUSMA."
    ): (
        "التدريب السابق للنشر للأفراد العسكريين وأفراد الشرطة من البلدان الأفريقية المساهمة بقوات "
        "وبأفراد شرطة قبل انضمامهم إلى عمليات الأمم المتحدة لحفظ السلام، مثل بعثة الأمم المتحدة "
        "المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي."
    ),
    "Products generated, such as maps, reports and statistics": (
        "المنتجات المعدة، من قبيل الخرائط والتقارير والإحصاءات"
    ),
    "Programme countries given technical assistance (Myanmar, Rwanda)": (
        "بلدان البرنامج التي قُدمت إليها المساعدة التقنية (رواندا وميانمار)"
    ),
    "Projects funded by the Strategic Framework Fund since January 2019": (
        "المشاريع الممولة من صندوق الإطار الاستراتيجي منذ كانون الثاني/يناير 2019"
    ),
    "R19": "R19",
    "R20": "R20",
    (
        "R20 gives 78% e-learning and other; E/2021/49 para 5 gives 77% online. Where they "
        "disagree the report wins, so the data give 77%."
    ): (
        "يورد R20 نسبة 78% للتعلم الإلكتروني والطرق الأخرى؛ وتورد الوثيقة E/2021/49، الفقرة 5، "
        "نسبة 77% للأنشطة المنفذة عبر الإنترنت. وحيثما اختلف المصدران يُؤخذ بالتقرير، ولذلك تعطي "
        "البيانات نسبة 77%."
    ),
    (
        "R20's Peace card repeats the 2019 learning figures (published-figures.md). The seed's "
        "2020 totals of learners (209,881) and certificates (58,091), less the other cards, leave "
        "27,491 learners and 17,741 certificates to Peace, so the data cannot give this figure."
    ): (
        "تكرر بطاقة السلام في R20 أرقام التعلم لعام 2019 (published-figures.md). فمجموعا عام 2020 "
        "الواردان في الوثيقة الأساسية للمتعلمين (209,881) وللشهادات (58,091)، بعد طرح ما في "
        "البطاقات الأخرى، يتركان لمجال السلام 27,491 متعلما و17,741 شهادة، ولذلك لا يمكن أن تعطي "
        "البيانات هذا الرقم."
    ),
    "R20; E/2021/49 para 12": "R20؛ E/2021/49، الفقرة 12",
    "Revised programme budget 2020-2021 adopted by the Board of Trustees": (
        "الميزانية البرنامجية المنقحة للفترة 2020-2021 التي اعتمدها مجلس الأمناء"
    ),
    "Satellite image analyses made at the request of the United Nations system and Member States": (
        "تحليلات الصور الساتلية المجراة بناء على طلب منظومة الأمم المتحدة والدول الأعضاء"
    ),
    (
        "Satellite-derived maps, analyses and reports for the United Nations system and Member "
        "States in disasters and conflict situations."
    ): (
        "خرائط وتحليلات وتقارير مستمدة من الصور الساتلية لفائدة منظومة الأمم المتحدة والدول "
        "الأعضاء في حالات الكوارث والنزاعات."
    ),
    "Senior trainers trained in Colombia, 2019-2020": (
        "المدربون الرئيسيون الذين تلقوا التدريب في كولومبيا، 2019-2020"
    ),
    "Share from Peace, People and Planet, 2020": (
        "حصة المستفيدين في ركائز السلام والناس والكوكب، 2020"
    ),
    "Share of 2019 contributions given by the top 10 donors": (
        "حصة أكبر 10 جهات مانحة من تبرعات عام 2019"
    ),
    "Share of beneficiaries, multiple objectives, 2019": "حصة المستفيدين، أهداف متعددة، 2019",
    "Share of beneficiaries, pillar agenda-2030, 2019": (
        "حصة المستفيدين، ركيزة تسريع تنفيذ خطة عام 2030، 2019"
    ),
    "Share of beneficiaries, pillar agenda-2030, 2020": (
        "حصة المستفيدين، ركيزة تسريع تنفيذ خطة عام 2030، 2020"
    ),
    "Share of beneficiaries, pillar peace, 2019": "حصة المستفيدين، ركيزة السلام، 2019",
    "Share of beneficiaries, pillar peace, 2020": "حصة المستفيدين، ركيزة السلام، 2020",
    "Share of beneficiaries, pillar people, 2019": "حصة المستفيدين، ركيزة الناس، 2019",
    "Share of beneficiaries, pillar people, 2020": "حصة المستفيدين، ركيزة الناس، 2020",
    "Share of beneficiaries, pillar planet, 2019": "حصة المستفيدين، ركيزة الكوكب، 2019",
    "Share of beneficiaries, pillar planet, 2020": "حصة المستفيدين، ركيزة الكوكب، 2020",
    "Share of beneficiaries, pillar prosperity, 2019": "حصة المستفيدين، ركيزة الازدهار، 2019",
    "Share of beneficiaries, pillar prosperity, 2020": "حصة المستفيدين، ركيزة الازدهار، 2020",
    "Share of events delivered blended, 2019": "نسبة الأنشطة المنفذة بطريقة مختلطة، 2019",
    "Share of events delivered blended, 2020": "نسبة الأنشطة المنفذة بطريقة مختلطة، 2020",
    "Share of events delivered face-to-face, 2019": "نسبة الأنشطة المنفذة حضوريا، 2019",
    "Share of events delivered face-to-face, 2020": "نسبة الأنشطة المنفذة حضوريا، 2020",
    "Share of events delivered online, 2019": "نسبة الأنشطة المنفذة عبر الإنترنت، 2019",
    "Share of events delivered online, 2020": "نسبة الأنشطة المنفذة عبر الإنترنت، 2020",
    "Share of learners with a disability, 2020": "حصة المتعلمين من ذوي الإعاقة، 2020",
    "Share of women among them, 2020": "نسبة النساء بينهم، 2020",
    "StaTact workshop participants": "المشاركون في حلقات العمل بشأن أداة StaTact",
    "StaTact: countries": "أداة StaTact: البلدان",
    "Stakeholders taking part in the Clean Energy Challenge": (
        "الجهات صاحبة المصلحة المشاركة في تحدي الطاقة النظيفة"
    ),
    "Stakeholders trained in road-assessment tools": (
        "أصحاب المصلحة الذين تلقوا التدريب على أدوات تقييم الطرق"
    ),
    "Standard courses on the platform": "الدورات القياسية على المنصة",
    "State of Qatar": "دولة قطر",
    (
        "Support for youth-led peace efforts, community-based reintegration, conflict resolution "
        "and reconciliation in communities across Colombia."
    ): (
        "دعم جهود السلام التي يقودها الشباب، وإعادة الإدماج المجتمعية، وحل النزاعات والمصالحة في "
        "المجتمعات المحلية في جميع أنحاء كولومبيا."
    ),
    (
        "Support, with the Geneva School of Diplomacy and International Relations, for African "
        "trade and finance officials shaping policy responses to the economic effects of COVID-19."
    ): (
        "تقديم الدعم، بالاشتراك مع مدرسة جنيف للدبلوماسية والعلاقات الدولية، إلى مسؤولي التجارة "
        "والمالية الأفارقة الذين يصوغون تدابير السياسة العامة للتصدي للآثار الاقتصادية لجائحة "
        "كوفيد-19."
    ),
    "Surplus reported for 2019": "الفائض المبلغ عنه لعام 2019",
    "Survey respondents who took a course and report a change or a good practice adopted": (
        "المجيبون على الاستقصاء الذين أتموا دورة ويفيدون بإجراء تغيير أو باعتماد ممارسة جيدة"
    ),
    "Swedish International Development Cooperation Agency (Sida)": (
        "الوكالة السويدية للتعاون الإنمائي الدولي"
    ),
    "Targeted reduction of premature mortality from NCDs in Rwanda": (
        "الخفض المستهدف للوفيات المبكرة الناجمة عن الأمراض غير المعدية في رواندا"
    ),
    (
        "Targeted training for legislative assemblies and civil society in East African Community "
        "member States to strengthen democratic governance and accountability."
    ): (
        "تدريب موجه لفائدة الجمعيات التشريعية والمجتمع المدني في الدول الأعضاء في جماعة شرق "
        "أفريقيا من أجل تعزيز الحكم الديمقراطي والمساءلة."
    ),
    (
        "The Mayoral Forum on Human Mobility, Migration and Development, where city and regional "
        "leaders exchange views and practices on migration, development and displacement."
    ): (
        "منتدى رؤساء البلديات المعني بتنقل البشر والهجرة والتنمية، الذي يتبادل فيه قادة المدن "
        "والأقاليم الآراء والممارسات بشأن الهجرة والتنمية والتشرد."
    ),
    (
        "The New York office's annual briefings, courses and workshops for delegates to the United "
        "Nations, with guides and a mobile application on United Nations procedures."
    ): (
        "الإحاطات والدورات وحلقات العمل السنوية التي ينظمها مكتب نيويورك لفائدة المندوبين لدى "
        "الأمم المتحدة، مع أدلة وتطبيق للأجهزة المحمولة بشأن إجراءات الأمم المتحدة."
    ),
    (
        "The One UN Climate Change Learning Partnership, hosted by UNITAR, with a free e-learning "
        "platform and national climate change learning strategies."
    ): (
        "شراكة الأمم المتحدة الموحدة للتعلم في مجال تغير المناخ، التي يستضيفها اليونيتار، ولها "
        "منصة مجانية للتعلم الإلكتروني واستراتيجيات وطنية للتعلم في مجال تغير المناخ."
    ),
    (
        "The Partnership for Action on Green Economy, in which UNITAR builds individual and "
        "institutional capacity for inclusive green economies and green recovery."
    ): (
        "الشراكة من أجل العمل بشأن الاقتصاد الأخضر، التي يبني فيها اليونيتار القدرات الفردية "
        "والمؤسسية من أجل تحقيق اقتصادات خضراء شاملة للجميع وتعافٍ أخضر."
    ),
    (
        "The UN SDG:Learn platform, run with the United Nations System Staff College, offering "
        "courses and a primer on the 2030 Agenda."
    ): (
        "منصة الأمم المتحدة للتعلم بشأن أهداف التنمية المستدامة (UN SDG:Learn)، التي تُدار "
        "بالاشتراك مع كلية موظفي منظومة الأمم المتحدة، وتقدم دورات ومدخلا تمهيديا إلى خطة عام 2030."
    ),
    (
        "The global partnership, co-led with ILO and OECD, for capacity-building to implement the "
        "Globally Harmonized System of Classification and Labelling of Chemicals."
    ): (
        "الشراكة العالمية لبناء القدرات من أجل تنفيذ النظام المتوائم عالمياً لتصنيف المواد "
        "الكيميائية ووسمها، التي يشارك اليونيتار في قيادتها مع منظمة العمل الدولية ومنظمة التعاون "
        "والتنمية في الميدان الاقتصادي."
    ),
    (
        "The secretariat of the UNHCR Clean Energy Challenge, coordinating system-wide action to "
        "bring clean energy to displaced communities."
    ): (
        "أمانة مبادرة تحدي الطاقة النظيفة التابعة لمفوضية الأمم المتحدة لشؤون اللاجئين، التي تنسق "
        "العمل على نطاق المنظومة لإيصال الطاقة النظيفة إلى مجتمعات المشردين."
    ),
    "Total income, 2016-2017 biennium": "مجموع الإيرادات، فترة السنتين 2016-2017",
    "Total income, 2018-2019 biennium": "مجموع الإيرادات، فترة السنتين 2018-2019",
    (
        "Training and technical assistance for the sound management of chemicals and waste, "
        "including PCBs and national mercury action plans under the Minamata Convention."
    ): (
        "التدريب والمساعدة التقنية من أجل الإدارة السليمة للمواد الكيميائية والنفايات، بما في ذلك "
        "مركبات ثنائي الفينيل المتعدد الكلور وخطط العمل الوطنية المتعلقة بالزئبق في إطار اتفاقية "
        "ميناماتا."
    ),
    (
        "Training for medical and paramedical personnel of peacekeeping operations and the Malian "
        "armed forces to respond to physical and psychological trauma in a gender-sensitive way."
    ): (
        "تدريب الموظفين الطبيين والمساعدين الطبيين في عمليات حفظ السلام وفي القوات المسلحة المالية "
        "على التصدي للصدمات البدنية والنفسية بطريقة تراعي الاعتبارات الجنسانية."
    ),
    (
        "Training in artificial intelligence and entrepreneurship skills for women in Afghanistan "
        "and Iraq, with academic partners."
    ): (
        "التدريب على مهارات الذكاء الاصطناعي ومباشرة الأعمال الحرة لفائدة النساء في أفغانستان "
        "والعراق، بالاشتراك مع شركاء أكاديميين."
    ),
    (
        "Training in geographic information systems and geospatial technology, mainly for "
        "government staff of least developed countries and small island developing States."
    ): (
        "التدريب على نظم المعلومات الجغرافية والتكنولوجيا الجغرافية المكانية، ولا سيما لفائدة "
        "الموظفين الحكوميين في أقل البلدان نموا والدول الجزرية الصغيرة النامية."
    ),
    (
        "Training in preventive diplomacy and mediation for members of the African Network of "
        "Women in Conflict Prevention and Mediation (FemWise-Africa)."
    ): (
        "التدريب على الدبلوماسية الوقائية والوساطة لفائدة عضوات شبكة النساء الأفريقيات المعنية "
        "بمنع نشوب النزاعات والوساطة (FemWise-Africa)."
    ),
    (
        "Training, with ESCAP, DESA and UNDP, that links strategic planning and budgeting to build "
        "integrated national financing frameworks."
    ): (
        "تدريب، بالاشتراك مع اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ وإدارة الشؤون "
        "الاقتصادية والاجتماعية وبرنامج الأمم المتحدة الإنمائي، يربط بين التخطيط الاستراتيجي "
        "والميزنة من أجل بناء أطر تمويل وطنية متكاملة."
    ),
    "Troop-contributing countries trained, 2019-2020": (
        "البلدان المساهمة بقوات التي تلقى أفرادها التدريب، 2019-2020"
    ),
    "UNOSAT learners from LDCs and SIDS, 2019-2020": (
        "متعلمو اليونوسات من أقل البلدان نموا والدول الجزرية الصغيرة النامية، 2019-2020"
    ),
    "United Nations Board of Auditors": "مجلس مراجعي الحسابات التابع للأمم المتحدة",
    "Unplanned COVID-19 training events in 2020": (
        "الأنشطة التدريبية غير المقررة المتعلقة بكوفيد-19 في عام 2020"
    ),
    "Unqualified audit opinions from the Board of Auditors on the 2018 and 2019 statements": (
        "آراء مراجعة الحسابات غير المتحفظة الصادرة عن مجلس مراجعي الحسابات بشأن البيانات المالية "
        "لعامي 2018 و2019"
    ),
    "Users registered on the e-learning platform": "المستخدمون المسجلون في منصة التعلم الإلكتروني",
    "Virtual workshops on women's leadership": "حلقات العمل الافتراضية بشأن القيادة النسائية",
    (
        "Virtual workshops on women's leadership and tailored training for ministries of foreign "
        "affairs on digital, cyber, environmental and science diplomacy."
    ): (
        "حلقات عمل افتراضية بشأن القيادة النسائية وتدريب مصمم حسب الاحتياجات لفائدة وزارات "
        "الخارجية في مجالات الدبلوماسية الرقمية والسيبرانية والبيئية والعلمية."
    ),
    "Vulnerable people in Myanmar to receive NCD care free of charge": (
        "الأشخاص من الفئات الضعيفة في ميانمار الذين سيتلقون رعاية الأمراض غير المعدية مجانا"
    ),
    "Women's leadership workshops held with the International Organisation of Employers": (
        "حلقات العمل بشأن القيادة النسائية المعقودة بالاشتراك مع المنظمة الدولية لأصحاب العمل"
    ),
    "affiliation": "قطاع الانتماء",
    "beneficiaries": "المستفيدون",
    "beneficiaries chart": "الرسم البياني للمستفيدين",
    "certificates": "الشهادات",
    "delivery": "طريقة التنفيذ",
    "development status": "مستوى التنمية",
    "events": "الأنشطة",
    "gender": "نوع الجنس",
    "para 11": "الفقرة 11",
    "para 12": "الفقرة 12",
    "para 13": "الفقرة 13",
    "para 13; R20": "الفقرة 13؛ R20",
    "para 15": "الفقرة 15",
    "para 16": "الفقرة 16",
    "para 17": "الفقرة 17",
    "para 19": "الفقرة 19",
    "para 20": "الفقرة 20",
    "para 25": "الفقرة 25",
    "para 26": "الفقرة 26",
    "para 27": "الفقرة 27",
    "para 29": "الفقرة 29",
    "para 42": "الفقرة 42",
    "para 48": "الفقرة 48",
    "para 49": "الفقرة 49",
    "para 5": "الفقرة 5",
    "para 54": "الفقرة 54",
    "para 6": "الفقرة 6",
    "para 64": "الفقرة 64",
    "para 65": "الفقرة 65",
    "para 66": "الفقرة 66",
    "para 67": "الفقرة 67",
    "para 68": "الفقرة 68",
    "paras 5 and 11": "الفقرتان 5 و 11",
    "partners": "الشركاء",
    "peacekeeping": "حفظ السلام",
    "programme-area cards": "بطاقات مجالات البرامج",
    "regions": "المناطق",
    "strategic objectives": "الأهداف الاستراتيجية",
    "summary; para 8": "الموجز؛ الفقرة 8",
    "total less the programme-area cards (published-figures.md)": (
        "المجموع مطروحا منه ما في بطاقات مجالات البرامج (published-figures.md)"
    ),
}
