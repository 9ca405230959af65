"""Demo track: gender mainstreaming in small arms control."""

EXTRA_PROVISIONS = [
    {
        "key": "UNSC2242-GEN",
        "instrument": "UNSC2242",
        "reference": "resolution 2242 (2015)",
        "title": "Women, Peace and Security resolution of 2015",
        "summary": (
            "A Women, Peace and Security resolution adopted unanimously on "
            "13 October 2015. Whether it contains a paragraph specific to small "
            "arms and light weapons has not been confirmed."
        ),
    },
    {
        "key": "REVCON4-GENDER",
        "instrument": "REVCON4",
        "reference": "gender commitments",
        "title": "Gender equality and gender-responsive policies",
        "summary": (
            "At the fourth Review Conference (2024), States said that the illicit "
            "trade in small arms and light weapons impedes gender equality. The "
            "Secretary-General welcomed the commitments to gender-responsive "
            "policies."
        ),
    },
    {
        "key": "GFA-GENDER",
        "instrument": "GFA",
        "reference": "gender mainstreaming and women's participation",
        "title": "Gender mainstreaming and participation of women",
        "summary": (
            "The Global Framework commits to strengthening gender mainstreaming "
            "and the participation of women."
        ),
    },
]

EXTRA_MOSAIC = []

EXTRA_GLOSSARY = [
    {
        "term": "age-disaggregated data",
        "definition": (
            "Data shown separately for different age groups, so that the impact of "
            "small arms on children, adolescents and youth can be seen."
        ),
        "source": "MOSAIC:06.20",
    },
]


TRACK = {
    "slug": "gender-mainstreaming",
    "title": "Gender mainstreaming in small arms control",
    "track": "gender_mainstreaming",
    "level": "introductory",
    "estimated_hours": 4,
    "summary": (
        "How small arms affect women, men, girls and boys differently, and what "
        "States have agreed to do about it. The track covers the evidence and its "
        "limits, the commitments in General Assembly and Security Council "
        "resolutions, and the MOSAIC and UNODA tools for building gender into "
        "national small arms control."
    ),
    "objectives": [
        "Describe the gendered patterns of armed violence: men as most victims "
        "and perpetrators, and women's exposure to violence by intimate partners "
        "and family members.",
        "Quote and explain key global figures from UNODC (2019) and the Small "
        "Arms Survey, including their limits.",
        "Explain why data broken down by sex and age matter, and describe the "
        "current gaps in such data.",
        "Identify the resolution language on women's participation and gender "
        "mainstreaming: resolution 76/232 (preamble and para. 12), Security "
        "Council resolutions 2117 and 2220, and resolution 77/55.",
        "Locate the MOSAIC guidance (06.10, and 06.20 for age) and the UNODA "
        "gender training tools.",
        "Describe how the 2024 Review Conference and the Global Framework on "
        "ammunition include gender commitments.",
        "Design a gender-responsive element for a national small arms action "
        "plan, using Small Arms Survey and UNODA tools.",
    ],
    "mosaic": ["04.10", "04.30", "06.10", "06.20"],
    "provisions": [
        "RES76232-PP-GENDER",
        "RES76232-12",
        "RES76232-34",
        "RES76232-11",
        "RES76232-14",
        "RES7755-PP",
        "UNSC2117-GEN",
        "UNSC2220-GEN",
        "UNSC2242-GEN",
        "REVCON4-GENDER",
        "GFA-GENDER",
    ],
    "prerequisites": [],
    "requires_sequence": False,
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "gender-impacts",
            "title": "The gendered impacts of small arms",
            "summary": (
                "Who is killed and injured with small arms, who uses them, and "
                "what the available data can and cannot tell us."
            ),
            "lessons": [
                {
                    "slug": "gender-impacts-patterns",
                    "title": "Who is harmed, and who uses the weapons",
                    "estimated_minutes": 25,
                    "sources": ["UNSC2117-GEN", "RES7755-PP"],
                    "body": [
                        (
                            "rich_text",
                            "<p>Small arms affect women, men, girls and boys in "
                            "different ways. UNODA explains that the causes and "
                            "consequences of weapons use are highly gendered "
                            "(UNODA, <em>Small arms: gender</em>). Understanding "
                            "these differences is the first step in gender "
                            "mainstreaming.</p>",
                        ),
                        ("glossary_term", {"term": "gender mainstreaming"}),
                        (
                            "rich_text",
                            "<h3>Men and boys</h3>"
                            "<p>UNODA notes that young men are the most common "
                            "perpetrators of armed attacks, and also the most "
                            "likely direct victims (UNODA, <em>Small arms: "
                            "gender</em>). Global homicide figures show the same "
                            "pattern. The UNODC <em>Global Study on Homicide "
                            "2019</em> reported (UNODC, <em>Global Study on "
                            "Homicide 2019</em>):</p>"
                            "<ul>"
                            "<li>464,000 victims of homicide in 2017;</li>"
                            "<li>81% of the victims were men and boys;</li>"
                            "<li>more than 90% of the suspects were men;</li>"
                            "<li>males aged 15 to 29 faced the highest risk.</li>"
                            "</ul>"
                            "<h3>Women and girls</h3>"
                            "<p>The same study found that women and girls bear by "
                            "far the greatest burden of homicide by intimate "
                            "partners and family members (UNODC, <em>Global Study "
                            "on Homicide 2019</em>). The Small Arms Survey found "
                            "that, in countries with low femicide rates, intimate "
                            "partners are most of "
                            "the perpetrators, over 60% in some cases (Small Arms "
                            "Survey, 2015).</p>"
                            "<p>How many women and girls are killed? The Small "
                            "Arms Survey estimated about 66,000 each year, about "
                            "17% of all victims of intentional homicide (Small "
                            "Arms Survey, research note, 2012). Its 2015 report, "
                            "<em>Global Burden of Armed Violence</em>, estimated "
                            "more than 60,000 women killed each year in 2007 to "
                            "2012 (Small Arms Survey, 2015).</p>"
                            "<p>The Security Council's first resolution on small "
                            "arms, resolution 2117 (2013), notes the "
                            "disproportionate impact of gun violence on violence "
                            "against women and girls (Security Council resolution "
                            "2117 (2013)).</p>"
                            "<h3>The role of firearms</h3>"
                            "<p>Firearms were used in about 46% of all violent "
                            "deaths in 2010 to 2015, or around 214,000 deaths a "
                            "year. They were used in 50% of homicides and 32% of "
                            "conflict deaths (Small Arms Survey, <em>Firearms and "
                            "Violent Deaths</em>).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Read each figure carefully",
                                "body": (
                                    "<p>The UNODC figure of 81% refers to all "
                                    "homicides, not only homicides committed with "
                                    "firearms (UNODC, <em>Global Study on Homicide "
                                    "2019</em>). Do not present it as a "
                                    "firearm-specific figure. Give the source and "
                                    "the year with every number you use.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Not only victims",
                                "body": (
                                    "<p>General Assembly resolution 77/55 stresses "
                                    "that women are not only victims of armed "
                                    "violence: they are essential to preventing it "
                                    "(A/RES/77/55, preamble). Gender mainstreaming "
                                    "looks at women and men both as people "
                                    "affected by weapons and as actors in "
                                    "controlling them.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>1. According to UNODA, who are the most "
                                    "common perpetrators, and the most likely "
                                    "direct victims, of armed attacks?</p>"
                                    "<p>2. According to UNODC, what share of "
                                    "homicide victims in 2017 were men and boys, "
                                    "and what share of suspects were men?</p>"
                                    "<p>3. About how many women and girls did the "
                                    "Small Arms Survey (2012) estimate are "
                                    "violently killed each year?</p>"
                                    "<p><em>Answers: 1. Young men (UNODA, Small "
                                    "arms: gender). 2. 81% of victims; more than "
                                    "90% of suspects (UNODC, Global Study on "
                                    "Homicide 2019). 3. About 66,000, or about 17% "
                                    "of victims of intentional homicide (Small "
                                    "Arms Survey, 2012).</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "In your country, which official data show who "
                                    "is killed or injured with firearms, by sex "
                                    "and by age? Which pattern in this lesson is "
                                    "closest to the situation in your country, and "
                                    "what evidence supports your view?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "gender-impacts-data",
                    "title": "Data: what we know and what is missing",
                    "estimated_minutes": 25,
                    "sources": ["UNSC2220-GEN", "MOSAIC:06.20"],
                    "body": [
                        (
                            "rich_text",
                            "<p>Good policy needs good data. For gender, this "
                            "means data that are broken down by sex and, often, "
                            "also by age.</p>",
                        ),
                        ("glossary_term", {"term": "sex-disaggregated data"}),
                        (
                            "rich_text",
                            "<h3>The gaps</h3>"
                            "<p>In 2020, the Small Arms Survey study <em>Gender "
                            "Counts</em> assessed global datasets on armed "
                            "violence. It found that (Small Arms Survey, "
                            "<em>Gender Counts</em>, 2020):</p>"
                            "<ul>"
                            "<li>most datasets on violent deaths have low gender "
                            "relevance;</li>"
                            "<li>many countries started to give sex-disaggregated "
                            "homicide data only recently;</li>"
                            "<li>deaths of women in ongoing armed conflicts are "
                            "almost completely unknown.</li>"
                            "</ul>"
                            "<p>The Small Arms Survey's 2015 report also called "
                            "for more sex-disaggregated data, especially for "
                            "Africa and Asia (Small Arms Survey, 2015).</p>"
                            "<h3>What the Security Council asks</h3>"
                            "<p>Security Council resolution 2220 (2015) encourages "
                            "States to better understand how small arms and light "
                            "weapons affect women and children, including by "
                            "collecting sex-disaggregated data. It also notes the "
                            "risk that women may become active players in illicit "
                            "transfers (Security Council resolution 2220 (2015)). "
                            "Gender analysis therefore looks at the roles that "
                            "women play, as well as the harm they suffer.</p>"
                            "<h3>Age matters too</h3>"
                            "<p>MOSAIC 06.20, <em>Children, adolescents, youth and "
                            "small arms and light weapons</em> (version 1.0, 25 "
                            "April 2018), has a section on age-disaggregated data "
                            "(MOSAIC 06.20). Sex and age together reveal patterns "
                            "such as the high risk faced by males aged 15 to 29 "
                            "(UNODC, <em>Global Study on Homicide 2019</em>).</p>",
                        ),
                        ("glossary_term", {"term": "age-disaggregated data"}),
                        (
                            "rich_text",
                            "<h3>Why figures differ</h3>"
                            "<p>You will meet different numbers for similar "
                            "questions. For example, the Small Arms Survey gave "
                            "about 66,000 women and girls killed each year in a "
                            "2012 research note, and more than 60,000 women a year "
                            "for 2007 to 2012 in its 2015 report (Small Arms "
                            "Survey, 2012 and 2015). Figures for all homicides "
                            "also differ from figures for homicides with firearms. "
                            "Before you use a number, check three things: what it "
                            "measures, which years it covers and which source "
                            "produced it.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "What is not counted cannot be seen",
                                "body": (
                                    "<p>Where data are not broken down by sex and "
                                    "age, the different impact on women, men, "
                                    "girls and boys stays hidden. This is why the "
                                    "Security Council encourages the collection of "
                                    "sex-disaggregated data (Security Council "
                                    "resolution 2220 (2015)).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>1. According to UNODC, which form of "
                                    "homicide falls overwhelmingly on women and "
                                    "girls?</p>"
                                    "<p>2. According to <em>Gender Counts</em> "
                                    "(2020), how relevant to gender are most "
                                    "datasets on violent deaths?</p>"
                                    "<p><em>Answers: 1. Homicide by intimate "
                                    "partners and family members (UNODC, Global "
                                    "Study on Homicide 2019). 2. Their gender "
                                    "relevance is low (Small Arms Survey, Gender "
                                    "Counts, 2020).</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Does your national police service or health "
                                    "ministry publish data on firearm deaths and "
                                    "injuries broken down by sex and age? If not, "
                                    "which institution would be best placed to "
                                    "start, and what would it need?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 1 assessment: the gendered impacts of small arms",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": (
                            "Security Council resolution 2117 (2013) is notable "
                            "because it:"
                        ),
                        "options": [
                            {
                                "text": "Created the Arms Trade Treaty",
                                "correct": False,
                                "feedback": (
                                    "No. The General Assembly adopted the ATT in 2013."
                                ),
                            },
                            {
                                "text": (
                                    "Was the Council's first resolution on small "
                                    "arms, and noted their disproportionate impact "
                                    "on violence against women and girls"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Set up MOSAIC",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": "Set up INTERPOL's iARMS system",
                                "correct": False,
                                "feedback": "No.",
                            },
                        ],
                        "explanation": (
                            "Resolution 2117 was the Council's first resolution on "
                            "small arms, and it notes the disproportionate impact "
                            "of gun violence on violence against women and girls "
                            "(Security Council resolution 2117 (2013))."
                        ),
                        "source": "UNSC2117-GEN",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "Security Council resolution 2220 (2015) encourages "
                            "States to better understand the impact of small arms "
                            "on women and children by:"
                        ),
                        "options": [
                            {
                                "text": "Banning civilian firearms",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": "Collecting sex-disaggregated data",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Creating an international court",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": "Taxing ammunition",
                                "correct": False,
                                "feedback": "No.",
                            },
                        ],
                        "explanation": (
                            "Resolution 2220 encourages States to better "
                            "understand the impact on women and children, "
                            "including by collecting sex-disaggregated data "
                            "(Security Council resolution 2220 (2015))."
                        ),
                        "source": "UNSC2220-GEN",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "General Assembly resolution 77/55 presents women only "
                            "as victims of armed violence."
                        ),
                        "answer": False,
                        "explanation": (
                            "False. Resolution 77/55 stresses that women are not "
                            "only victims but are essential to preventing armed "
                            "violence (A/RES/77/55, preamble)."
                        ),
                        "source": "RES7755-PP",
                    },
                    {
                        "type": "short_text",
                        "stem": (
                            "What term describes data that are shown separately "
                            "for women and for men?"
                        ),
                        "accepted": [
                            "sex-disaggregated data",
                            "sex-disaggregated",
                            "sex disaggregated data",
                            "sex disaggregated",
                        ],
                        "explanation": (
                            "These are sex-disaggregated data. Security Council "
                            "resolution 2220 encourages States to collect them "
                            "(Security Council resolution 2220 (2015))."
                        ),
                        "source": "UNSC2220-GEN",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "Which MOSAIC module has a section on age-disaggregated "
                            "data?"
                        ),
                        "options": [
                            {
                                "text": "MOSAIC 05.20",
                                "correct": False,
                                "feedback": "No. 05.20 covers stockpile management.",
                            },
                            {
                                "text": "MOSAIC 05.30",
                                "correct": False,
                                "feedback": "No. 05.30 covers marking and records.",
                            },
                            {
                                "text": "MOSAIC 06.20",
                                "correct": True,
                                "feedback": (
                                    "Correct. It covers children, adolescents and "
                                    "youth."
                                ),
                            },
                            {
                                "text": "MOSAIC 04.30",
                                "correct": False,
                                "feedback": "No. 04.30 covers awareness-raising.",
                            },
                        ],
                        "explanation": (
                            "MOSAIC 06.20, Children, adolescents, youth and small "
                            "arms and light weapons, has a section on "
                            "age-disaggregated data (MOSAIC 06.20)."
                        ),
                        "source": "MOSAIC:06.20",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "Which statements describe Security Council resolution "
                            "2220 (2015)? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": (
                                    "It encourages States to collect "
                                    "sex-disaggregated data"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": (
                                    "It notes the risk of women becoming active "
                                    "players in illicit transfers"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "It was adopted unanimously",
                                "correct": False,
                                "feedback": (
                                    "No. It was adopted by 9 votes to none, with 6 "
                                    "abstentions."
                                ),
                            },
                            {
                                "text": (
                                    "It was the Council's first resolution on "
                                    "small arms"
                                ),
                                "correct": False,
                                "feedback": "No. That was resolution 2117 (2013).",
                            },
                        ],
                        "explanation": (
                            "Resolution 2220, adopted on 22 May 2015 by 9 votes to "
                            "none with 6 abstentions, encourages the collection of "
                            "sex-disaggregated data and notes the risk of women "
                            "becoming active players in illicit transfers "
                            "(Security Council resolution 2220 (2015))."
                        ),
                        "source": "UNSC2220-GEN",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "gender-commitments",
            "title": "International commitments on gender and small arms",
            "summary": (
                "What the General Assembly, the Security Council, the 2024 Review "
                "Conference and the Global Framework on ammunition say about "
                "women's participation and gender mainstreaming."
            ),
            "lessons": [
                {
                    "slug": "gender-commitments-ga",
                    "title": "The General Assembly: resolutions 76/232 and 77/55",
                    "estimated_minutes": 25,
                    "sources": [
                        "RES76232-PP-GENDER",
                        "RES76232-12",
                        "RES76232-34",
                        "RES76232-14",
                        "RES7755-PP",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>The General Assembly resolution that requested "
                            "arrangements for this fellowship programme also "
                            "speaks clearly about women and gender. This lesson reads the text closely.</p>"
                            "<h3>The preamble of resolution 76/232</h3>"
                            "<p>In its preamble, the General Assembly recognizes "
                            "and reaffirms:</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-PP-GENDER",
                                "text": (
                                    "the need for the strengthened participation "
                                    "of women in decision-making and "
                                    "implementation processes relating to the "
                                    "Programme of Action and the International "
                                    "Tracing Instrument, and reaffirming the need "
                                    "for States to mainstream gender dimensions "
                                    "into their implementation efforts"
                                ),
                                "citation": (
                                    "General Assembly resolution 76/232, preamble"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<p>Two ideas are combined here. The first is "
                            "<strong>participation</strong>: women take part in "
                            "decisions and in implementation. The second is "
                            "<strong>mainstreaming</strong>: States build gender "
                            "dimensions into all of their implementation efforts "
                            "(A/RES/76/232, preamble).</p>"
                            "<h3>Paragraph 12</h3>"
                            "<p>In the operative part of the resolution, the "
                            "General Assembly emphasizes:</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-12",
                                "text": (
                                    "the need for the equal, full and effective "
                                    "participation of women in all decision-making "
                                    "and implementation processes relating to the "
                                    "Programme of Action and the International "
                                    "Tracing Instrument"
                                ),
                                "citation": (
                                    "General Assembly resolution 76/232, para. 12"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<p>Note the three words <strong>equal</strong>, "
                            "<strong>full</strong> and <strong>effective</strong>, "
                            "and the word <strong>all</strong>. The paragraph does "
                            "not limit participation to some processes "
                            "(A/RES/76/232, para. 12).</p>"
                            "<h3>The fellowship programme</h3>"
                            "<p>In the same resolution, the General Assembly asks "
                            "the Secretariat to present funding and administrative "
                            "arrangements for a dedicated fellowship training "
                            "programme on small arms and light weapons. Its aim is "
                            "to strengthen technical knowledge and expertise for "
                            "implementing the PoA and the International Tracing "
                            "Instrument, particularly in developing countries "
                            "(A/RES/76/232, para. 34). Gender mainstreaming is one "
                            "of the cross-cutting themes of the programme's "
                            "in-person training (UNODA, inaugural fellowship "
                            "training programme, 2025).</p>"
                            "<p>The resolution also places training within "
                            "international cooperation and assistance. These "
                            "remain essential to implementing the PoA and the ITI, "
                            "including, as appropriate, adequate training and "
                            "support programmes, with strong national ownership "
                            "(A/RES/76/232, para. 14).</p>"
                            "<h3>Resolution 77/55</h3>"
                            "<p>General Assembly resolution 77/55, on women, "
                            "disarmament, non-proliferation and arms control, "
                            "recalls Security Council resolutions 2106, 2117, 2122 "
                            "and 2220. These call for the full, equal and effective "
                            "participation of women in fighting the illicit "
                            "transfer of small arms and light weapons. Resolution "
                            "77/55 stresses that women are not only victims but "
                            "are essential to preventing armed violence "
                            "(A/RES/77/55, preamble).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Participation and mainstreaming",
                                "body": (
                                    "<p>Resolution 76/232 asks for two things: the "
                                    "equal, full and effective participation of "
                                    "women in all decision-making and "
                                    "implementation processes (A/RES/76/232, para. "
                                    "12), and gender dimensions built into States' "
                                    "implementation efforts (A/RES/76/232, "
                                    "preamble).</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "How many women take part in your country's "
                                    "decision-making on small arms control, for "
                                    "example in the national coordination body, in "
                                    "delegations to PoA meetings, or in stockpile "
                                    "and border units? What would make their "
                                    "participation equal, full and effective, in "
                                    "the words of paragraph 12?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "gender-commitments-sc",
                    "title": (
                        "The Security Council, the 2024 Review Conference and the "
                        "Global Framework"
                    ),
                    "estimated_minutes": 25,
                    "sources": [
                        "UNSC2117-GEN",
                        "UNSC2220-GEN",
                        "UNSC2242-GEN",
                        "REVCON4-GENDER",
                        "GFA-GENDER",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>The General Assembly is not the only UN body to "
                            "link small arms and gender. This lesson looks at the "
                            "Security Council, the 2024 Review Conference of the "
                            "PoA and the Global Framework on ammunition.</p>"
                            "<h3>Security Council resolution 2117 (2013)</h3>"
                            "<p>Resolution 2117 was adopted on 26 September 2013 by "
                            "14 votes to none, with one abstention (Russia). It was "
                            "the Council's first resolution on small arms. It "
                            "(Security Council resolution 2117 (2013)):</p>"
                            "<ul>"
                            "<li>notes the disproportionate impact of gun violence "
                            "on violence against women and girls;</li>"
                            "<li>calls for the full and meaningful participation of "
                            "women in policymaking, planning and "
                            "implementation;</li>"
                            "<li>asks those who plan disarmament programmes to "
                            "involve women.</li>"
                            "</ul>"
                            "<h3>Security Council resolution 2220 (2015)</h3>"
                            "<p>Resolution 2220 was adopted on 22 May 2015 by 9 "
                            "votes to none, with 6 abstentions. It encourages "
                            "States to better understand how small arms and light "
                            "weapons affect women and children, including by "
                            "collecting sex-disaggregated data. It also notes the "
                            "risk of women becoming active players in illicit "
                            "transfers (Security Council resolution 2220 "
                            "(2015)).</p>"
                            "<h3>A note on resolution 2242 (2015)</h3>"
                            "<p>Resolution 2242 is a Women, Peace and Security "
                            "resolution, adopted unanimously on 13 October 2015 "
                            "(Security Council resolution 2242 (2015)). It is not "
                            "confirmed that it contains a paragraph specifically on "
                            "small arms and light weapons, so it is not presented "
                            "here as a small arms resolution.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Check the text before you cite it",
                                "body": (
                                    "<p>Before you cite a resolution as a small "
                                    "arms commitment, read the paragraph itself. "
                                    "Resolutions 2117 and 2220 deal with small "
                                    "arms directly. For resolution 2242, a specific "
                                    "small arms paragraph is not confirmed "
                                    "(Security Council resolution 2242 "
                                    "(2015)).</p>"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>The fourth Review Conference (2024)</h3>"
                            "<p>At the fourth Review Conference of the PoA, held in "
                            "June 2024, States said that the illicit trade in small "
                            "arms and light weapons impedes gender equality. The "
                            "Secretary-General welcomed the commitments to "
                            "gender-responsive policies (fourth Review Conference "
                            "outcome, 2024; statement of the Secretary-General, "
                            "2024).</p>"
                            "<h3>The Global Framework on ammunition (2023)</h3>"
                            "<p>The Global Framework for Through-life Conventional "
                            "Ammunition Management commits to strengthening gender "
                            "mainstreaming and the participation of women (Global "
                            "Framework on ammunition).</p>"
                            "<p>Gender commitments therefore appear in texts of the "
                            "Security Council, the General Assembly, the PoA "
                            "Review Conference and the ammunition framework.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Build a timeline",
                                "body": (
                                    "<p>Put these texts in order of date: "
                                    "resolution 76/232 (24 December 2021), "
                                    "resolution 2117 (26 September 2013), the "
                                    "fourth Review Conference (June 2024) and "
                                    "resolution 2220 (22 May 2015). Then write one "
                                    "line on what each adds on gender.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Resolution 2117 asks those who plan "
                                    "disarmament programmes to involve women. In "
                                    "the last weapons collection, destruction or "
                                    "stockpile project in your country, were women "
                                    "involved in planning it? What difference "
                                    "might it have made?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 2 assessment: international commitments",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "The preamble of resolution 76/232 recognizes the need for:",
                        "options": [
                            {
                                "text": "A legally binding small arms treaty",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": (
                                    "Strengthened participation of women in "
                                    "decision-making and implementation under the "
                                    "PoA and the ITI, and gender mainstreaming by "
                                    "States"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "An end to national reporting",
                                "correct": False,
                                "feedback": (
                                    "No. The resolution encourages national reports."
                                ),
                            },
                            {
                                "text": "Ammunition marking standards",
                                "correct": False,
                                "feedback": "No.",
                            },
                        ],
                        "explanation": (
                            "The preamble recognizes the need for strengthened "
                            "participation of women and reaffirms the need for "
                            "States to mainstream gender dimensions into their "
                            "implementation efforts (A/RES/76/232, preamble)."
                        ),
                        "source": "RES76232-PP-GENDER",
                    },
                    {
                        "type": "short_text",
                        "stem": (
                            "Complete paragraph 12 of resolution 76/232: it "
                            "emphasizes the need for the ____, full and effective "
                            "participation of women in all decision-making and "
                            "implementation processes. (One word.)"
                        ),
                        "accepted": ["equal", "Equal"],
                        "explanation": (
                            "The words are equal, full and effective (A/RES/76/232, "
                            "para. 12)."
                        ),
                        "source": "RES76232-12",
                    },
                    {
                        "type": "matching",
                        "stem": "Match each text with what it says on gender.",
                        "pairs": [
                            [
                                "Security Council resolution 2117 (2013)",
                                "First Council resolution on small arms; notes "
                                "the disproportionate impact on violence against "
                                "women and girls",
                            ],
                            [
                                "Security Council resolution 2220 (2015)",
                                "Encourages the collection of sex-disaggregated data",
                            ],
                            [
                                "Resolution 76/232, para. 12",
                                "Equal, full and effective participation of women "
                                "in all PoA and ITI processes",
                            ],
                            [
                                "Resolution 77/55",
                                "Women are not only victims but essential to "
                                "preventing armed violence",
                            ],
                        ],
                        "explanation": (
                            "See Security Council resolution 2117 (2013), Security "
                            "Council resolution 2220 (2015), A/RES/76/232, para. "
                            "12, and A/RES/77/55, preamble, which recalls "
                            "resolutions 2117 and 2220."
                        ),
                        "source": "RES7755-PP",
                    },
                    {
                        "type": "ordering",
                        "stem": "Put these texts in order of adoption, earliest first.",
                        "items": [
                            "Security Council resolution 2117",
                            "Security Council resolution 2220",
                            "General Assembly resolution 76/232",
                            "Fourth Review Conference outcome",
                        ],
                        "explanation": (
                            "Resolution 2117: 26 September 2013 (Security Council "
                            "resolution 2117 (2013)). Resolution 2220: 22 May 2015. "
                            "Resolution 76/232: 24 December 2021. Fourth Review "
                            "Conference: June 2024."
                        ),
                        "source": "UNSC2117-GEN",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "At the fourth Review Conference (2024), the "
                            "Secretary-General welcomed commitments to "
                            "gender-responsive policies."
                        ),
                        "answer": True,
                        "explanation": (
                            "True. States also said that the illicit trade impedes "
                            "gender equality (fourth Review Conference outcome, "
                            "2024; statement of the Secretary-General, 2024)."
                        ),
                        "source": "REVCON4-GENDER",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "Which of these does Security Council resolution 2117 "
                            "(2013) call for? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": (
                                    "Women's full and meaningful participation in "
                                    "policymaking, planning and implementation"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": (
                                    "Involving women in the planning of "
                                    "disarmament programmes"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "A ban on civilian ownership of firearms",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": "The creation of MOSAIC",
                                "correct": False,
                                "feedback": "No.",
                            },
                        ],
                        "explanation": (
                            "Resolution 2117 calls for women's full and meaningful "
                            "participation and asks those planning disarmament "
                            "programmes to involve women (Security Council "
                            "resolution 2117 (2013))."
                        ),
                        "source": "UNSC2117-GEN",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "gender-practice",
            "title": "Gender mainstreaming in practice",
            # A written answer, graded by the course's instructor against the
            # rubric (one attempt, so the feedback opens once it is graded).
            "assignment": {
                "title": "Written assignment: a gender-responsive action",
                "pass_mark": 50,
                "stem": (
                    "Describe one action your institution could take to make its "
                    "small arms control work gender-responsive. Say which "
                    "commitment it answers, what data it needs and how you would "
                    "know it works."
                ),
                "guidance": (
                    "Look for a concrete action tied to a commitment (A/RES/76/232, "
                    "para. 12; S/RES/2220 (2015)), sex-disaggregated data and a "
                    "measurable indicator."
                ),
                "rubric": [
                    {
                        "id": "action",
                        "criterion": "A concrete, feasible action",
                        "description": "Names who does what, and when.",
                        "points": 4,
                    },
                    {
                        "id": "commitment",
                        "criterion": "Tied to a commitment",
                        "description": "Cites the resolution or instrument it answers.",
                        "points": 3,
                    },
                    {
                        "id": "evidence",
                        "criterion": "Data and indicator",
                        "description": "Sex-disaggregated data and a way to measure it.",
                        "points": 3,
                    },
                ],
            },
            "summary": (
                "The MOSAIC modules and UNODA training tools on gender, and how to "
                "build a gender-responsive element into a national action plan."
            ),
            "lessons": [
                {
                    "slug": "gender-practice-tools",
                    "title": "Guidance and training tools",
                    "estimated_minutes": 25,
                    "sources": ["MOSAIC:06.10", "MOSAIC:06.20"],
                    "body": [
                        (
                            "rich_text",
                            "<p>Commitments need practical tools. This lesson "
                            "introduces the main UN guidance and training "
                            "material on gender and small arms.</p>"
                            "<h3>MOSAIC 06.10</h3>"
                            "<p>MOSAIC has a module dedicated to gender: MOSAIC "
                            "06.10, <em>Women, men and the gendered nature of small "
                            "arms and light weapons</em> (version 1.0). The UN "
                            "Coordinating Action on Small Arms (CASA) adopted it as "
                            "ISACS 06.10 on 5 October 2017, after review by the "
                            "ISACS Expert Reference Group and the 23 UN entities in "
                            "CASA (MOSAIC 06.10). MOSAIC modules keep the numbers "
                            "and version dates of the earlier ISACS modules "
                            "(UNODA, <em>MOSAIC</em>).</p>"
                            "<p>For the specific recommendations of MOSAIC 06.10, "
                            "read the module itself. Do not rely on summaries by "
                            "others.</p>"
                            "<h3>MOSAIC 06.20</h3>"
                            "<p>MOSAIC 06.20, <em>Children, adolescents, youth and "
                            "small arms and light weapons</em> (version 1.0, 25 "
                            "April 2018), complements 06.10. It has a section on "
                            "age-disaggregated data (MOSAIC 06.20).</p>"
                            "<h3>Putting the modules into practice</h3>"
                            "<p>The European Union funded a UNODA project to put "
                            "MOSAIC 06.10 and 06.20 into practice, through Council "
                            "Decision (CFSP) 2018/2011. The project was designed "
                            "to (EU Council Decision (CFSP) 2018/2011):</p>"
                            "<ul>"
                            "<li>produce a training manual;</li>"
                            "<li>train staff of the UN regional centres and of "
                            "regional organizations;</li>"
                            "<li>train national officials in 18 countries;</li>"
                            "<li>strengthen the place of small arms in the Women, "
                            "Peace and Security framework;</li>"
                            "<li>support Sustainable Development Goals 16 and "
                            "5.</li>"
                            "</ul>"
                            "<h3>The UNODA training manual</h3>"
                            "<p>The UNODA <em>Training Manual on Gender-"
                            "Mainstreaming Small Arms Control</em> was launched in "
                            "November 2022. It builds gender into each stage of "
                            "the work: analysis, planning, implementation, "
                            "monitoring and evaluation (UNODA training manual, "
                            "2022).</p>"
                            "<h3>Gender in this fellowship</h3>"
                            "<p>The in-person part of this fellowship programme "
                            "treats gender mainstreaming as a cross-cutting theme, "
                            "together with human security and the impact of armed "
                            "violence (UNODA, inaugural fellowship training "
                            "programme, 2025). MOSAIC itself is voluntary guidance, "
                            "and UNODA reports that it is used in well over half of "
                            "UN Member States (UNODA, <em>MOSAIC</em>).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "At every stage, not only at the end",
                                "body": (
                                    "<p>The UNODA manual builds gender into "
                                    "analysis, planning, implementation, "
                                    "monitoring and evaluation (UNODA training "
                                    "manual, 2022). Gender mainstreaming is a "
                                    "question asked at each stage, not a chapter "
                                    "added at the end.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Apply the five stages",
                                "body": (
                                    "<p>Choose an activity planned by your "
                                    "institution, such as a weapons collection "
                                    "campaign or a stockpile training course. For "
                                    "each stage (analysis, planning, "
                                    "implementation, monitoring and evaluation), "
                                    "write one question about women, men, girls "
                                    "and boys that you would ask.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Have officials in your country received "
                                    "training on gender and small arms control? "
                                    "Which of the tools in this lesson would be "
                                    "most useful for your own institution, and "
                                    "why?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "gender-practice-nap",
                    "title": "Building gender into a national action plan",
                    "estimated_minutes": 30,
                    "sources": [
                        "MOSAIC:04.10",
                        "MOSAIC:04.30",
                        "MOSAIC:06.20",
                        "RES76232-12",
                        "RES76232-PP-GENDER",
                        "RES76232-11",
                        "UNSC2117-GEN",
                        "UNSC2220-GEN",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Many States organize their small arms control work "
                            "through a National Action Plan. MOSAIC 04.10, "
                            "<em>Designing and implementing a National Action "
                            "Plan</em> (version 1.0, 22 April 2016), gives guidance "
                            "on this (MOSAIC 04.10).</p>"
                            "<h3>What research found</h3>"
                            "<p>The Small Arms Survey has published how-to guides "
                            "(2024 to 2025) to help national commissions make their "
                            "small arms National Action Plans gender-responsive. "
                            "Its research found that gender is not routinely "
                            "mainstreamed in those plans (Small Arms Survey, "
                            "<em>How-to guide on assessing the gender "
                            "responsiveness of small arms control action "
                            "plans</em>).</p>"
                            "<h3>Building blocks from this track</h3>"
                            "<p>A gender-responsive part of a National Action Plan "
                            "can draw on the commitments and tools you have "
                            "studied:</p>"
                            "<ul>"
                            "<li><strong>Participation:</strong> the equal, full "
                            "and effective participation of women in all "
                            "decision-making and implementation processes "
                            "(A/RES/76/232, para. 12).</li>"
                            "<li><strong>Mainstreaming:</strong> gender dimensions "
                            "built into all implementation efforts (A/RES/76/232, "
                            "preamble).</li>"
                            "<li><strong>Data:</strong> collection of "
                            "sex-disaggregated data (Security Council resolution "
                            "2220 (2015)) and attention to age-disaggregated data "
                            "(MOSAIC 06.20).</li>"
                            "<li><strong>Programmes:</strong> involving women in "
                            "planning disarmament programmes (Security Council "
                            "resolution 2117 (2013)).</li>"
                            "<li><strong>The full cycle:</strong> gender in "
                            "analysis, planning, implementation, monitoring and "
                            "evaluation (UNODA training manual, 2022).</li>"
                            "<li><strong>Awareness-raising:</strong> MOSAIC 04.30 "
                            "gives guidance on awareness-raising (MOSAIC "
                            "04.30).</li>"
                            "</ul>"
                            "<h3>Questions to test a draft plan</h3>"
                            "<ul>"
                            "<li>Who took part in writing the plan, and were women "
                            "among the decision-makers (A/RES/76/232, para. "
                            "12)?</li>"
                            "<li>Does each measure, not only one chapter, consider "
                            "gender (A/RES/76/232, preamble)?</li>"
                            "<li>Are the baseline data broken down by sex and by "
                            "age (Security Council resolution 2220 (2015); MOSAIC "
                            "06.20)?</li>"
                            "<li>Does the plan say how gender will be monitored "
                            "and evaluated (UNODA training manual, 2022)?</li>"
                            "</ul>"
                            "<h3>Linking to the Sustainable Development Goals</h3>"
                            "<p>Full and effective implementation of the PoA and "
                            "the International Tracing Instrument is important for "
                            "Goal 16 and target 16.4 of the 2030 Agenda "
                            "(A/RES/76/232, para. 11). The EU-funded UNODA project "
                            "on gender and small arms was designed to support "
                            "Goals 16 and 5 (EU Council Decision (CFSP) "
                            "2018/2011).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Design a gender-responsive element",
                                "body": (
                                    "<p>Write one measure for your country's "
                                    "National Action Plan. It should include:</p>"
                                    "<ol>"
                                    "<li>the problem it addresses, with a data "
                                    "source broken down by sex and age;</li>"
                                    "<li>the institution responsible;</li>"
                                    "<li>how women will take part in decisions and "
                                    "in implementation;</li>"
                                    "<li>one indicator for monitoring, and when it "
                                    "will be evaluated.</li>"
                                    "</ol>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Cite precisely",
                                "body": (
                                    "<p>When your plan refers to international "
                                    "commitments, cite the exact text, such as "
                                    "A/RES/76/232, para. 12. Do not attribute "
                                    "specific recommendations to MOSAIC 06.10 "
                                    "without checking the module itself.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Does your country have a National Action Plan "
                                    "on small arms? If so, does it mention women, "
                                    "gender or data broken down by sex? What one "
                                    "measure would you add, and which institution "
                                    "would lead it?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 3 assessment: gender mainstreaming in practice",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "Which MOSAIC module is dedicated to gender?",
                        "options": [
                            {
                                "text": "05.30",
                                "correct": False,
                                "feedback": "No. 05.30 covers marking and records.",
                            },
                            {
                                "text": "03.40",
                                "correct": False,
                                "feedback": (
                                    "No. 03.40 covers national coordination mechanisms."
                                ),
                            },
                            {
                                "text": (
                                    "06.10, Women, men and the gendered nature of "
                                    "small arms and light weapons"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "06.20",
                                "correct": False,
                                "feedback": (
                                    "No. 06.20 covers children, adolescents and youth."
                                ),
                            },
                        ],
                        "explanation": (
                            "MOSAIC 06.10 is dedicated to gender; it was adopted "
                            "as ISACS 06.10 on 5 October 2017 (MOSAIC 06.10). "
                            "MOSAIC 06.20 covers children, adolescents and youth."
                        ),
                        "source": "MOSAIC:06.10",
                    },
                    {
                        "type": "matching",
                        "stem": "Match each MOSAIC module with its subject.",
                        "pairs": [
                            [
                                "04.10",
                                "Designing and implementing a National Action Plan",
                            ],
                            ["04.30", "Awareness-raising"],
                            [
                                "06.10",
                                "Women, men and the gendered nature of small arms "
                                "and light weapons",
                            ],
                            [
                                "06.20",
                                "Children, adolescents, youth and small arms and "
                                "light weapons",
                            ],
                        ],
                        "explanation": (
                            "These are the module titles (MOSAIC 04.10, 04.30, "
                            "06.10 and 06.20)."
                        ),
                        "source": "MOSAIC:06.10",
                    },
                    {
                        "type": "numeric",
                        "stem": (
                            "In which year did CASA adopt ISACS 06.10, the module "
                            "now known as MOSAIC 06.10?"
                        ),
                        "answer": 2017,
                        "tolerance": 0,
                        "explanation": (
                            "CASA adopted it on 5 October 2017 (MOSAIC 06.10)."
                        ),
                        "source": "MOSAIC:06.10",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "MOSAIC 06.20 deals with children, adolescents and "
                            "youth, and has a section on age-disaggregated data."
                        ),
                        "answer": True,
                        "explanation": "True (MOSAIC 06.20).",
                        "source": "MOSAIC:06.20",
                    },
                    {
                        "type": "short_text",
                        "stem": (
                            "Which General Assembly resolution asks, in paragraph "
                            "34, for arrangements for a dedicated fellowship "
                            "training programme on small arms and light weapons, "
                            "and in paragraph 12 emphasizes the participation of "
                            "women? Give its number."
                        ),
                        "accepted": [
                            "76/232",
                            "A/RES/76/232",
                            "resolution 76/232",
                            "Resolution 76/232",
                        ],
                        "explanation": (
                            "Resolution 76/232 (A/RES/76/232, paras. 12 and 34)."
                        ),
                        "source": "RES76232-12",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "A ministry is drafting a gender-responsive measure for "
                            "its National Action Plan. Which of these elements are "
                            "supported by the texts studied in this track? Select "
                            "all that apply."
                        ),
                        "options": [
                            {
                                "text": (
                                    "Equal, full and effective participation of "
                                    "women in decision-making and implementation"
                                ),
                                "correct": True,
                                "feedback": "Correct (A/RES/76/232, para. 12).",
                            },
                            {
                                "text": "Collecting sex-disaggregated data",
                                "correct": True,
                                "feedback": (
                                    "Correct (Security Council resolution 2220)."
                                ),
                            },
                            {
                                "text": (
                                    "Involving women in planning disarmament programmes"
                                ),
                                "correct": True,
                                "feedback": (
                                    "Correct (Security Council resolution 2117)."
                                ),
                            },
                            {
                                "text": (
                                    "Treating gender as a separate project, apart "
                                    "from the main implementation work"
                                ),
                                "correct": False,
                                "feedback": (
                                    "No. States are asked to mainstream gender "
                                    "dimensions into their implementation efforts "
                                    "(A/RES/76/232, preamble)."
                                ),
                            },
                        ],
                        "explanation": (
                            "Participation comes from A/RES/76/232, para. 12; "
                            "sex-disaggregated data from Security Council "
                            "resolution 2220 (2015); involving women in "
                            "disarmament programmes from Security Council "
                            "resolution 2117 (2013). Gender is mainstreamed into "
                            "implementation, not kept apart (A/RES/76/232, "
                            "preamble)."
                        ),
                        "source": "RES76232-12",
                    },
                ],
            },
        },
    ],
}
