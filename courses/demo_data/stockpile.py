"""Demo track: physical security and stockpile management (PSSM)."""

EXTRA_PROVISIONS = [
    {
        "key": "IATG-ORIGIN",
        "instrument": "IATG",
        "reference": "origin and structure",
        "title": "Origin and structure of the guidelines",
        "summary": (
            "The General Assembly asked for ammunition guidelines in resolution "
            "63/61, after a 2008 recommendation of a Group of Governmental Experts. "
            "The IATG were developed in 2011. They are voluntary, come in 12 "
            "volumes and take a whole-of-life approach; UN SaferGuard is their "
            "knowledge-management platform."
        ),
    },
    {
        "key": "GFA-SCOPE",
        "instrument": "GFA",
        "reference": "scope and structure",
        "title": "Scope and structure of the Global Framework",
        "summary": (
            "Adopted by UN Member States in 2023; its text is in the annex of "
            "A/78/111. It contains 15 objectives and 85 measures and covers all "
            "conventional ammunition from manufacture to disposal."
        ),
    },
    {
        "key": "RES76233-OEWG",
        "instrument": "RES76233",
        "reference": "open-ended working group on ammunition",
        "title": "Open-ended working group on conventional ammunition",
        "summary": (
            "Resolution 76/233 of 24 December 2021 set up the open-ended working "
            "group that drafted the Global Framework for Through-life Conventional "
            "Ammunition Management. It recalls the recommendation to deal with "
            "small arms and light weapons ammunition in a separate UN process."
        ),
    },
    {
        "key": "RES76232-PP-AMMO",
        "instrument": "RES76232",
        "reference": "preamble (ammunition)",
        "title": "Applying the Programme of Action to ammunition",
        "summary": (
            "The General Assembly recognizes that the Seventh Biennial Meeting of "
            "States acknowledged that States which apply provisions of the PoA to "
            "small arms and light weapons ammunition can integrate applicable "
            "policies and practices into their small arms control efforts."
        ),
    },
]

EXTRA_MOSAIC = []

EXTRA_GLOSSARY = [
    {
        "term": "risk reduction process levels (RRPL)",
        "definition": (
            "Three levels (basic, intermediate and advanced, or RRPL 1, 2 and 3) at "
            "which the International Ammunition Technical Guidelines can be "
            "applied. States aim for RRPL 1 as a minimum and then improve step by "
            "step."
        ),
        "source": "IATG-RRPL",
    },
]


TRACK = {
    "slug": "stockpile-management",
    "title": "Stockpile management (PSSM)",
    "track": "stockpile_management",
    "level": "intermediate",
    "estimated_hours": 5,
    "summary": (
        "How States keep government stocks of small arms, light weapons and "
        "ammunition safe and secure, so that they are not diverted and do not "
        "explode by accident. The track covers the Programme of Action commitments "
        "on stock standards and surplus, MOSAIC 05.20, destruction of surplus, and "
        "the international guidance on ammunition."
    ),
    "objectives": [
        "Explain how weak stockpile management leads to diversion and to "
        "unplanned explosions, using evidence from UNODA and the Small Arms "
        "Survey.",
        "State what the Programme of Action asks on standards for managing and "
        "securing stocks (section II, para. 17) and on reviewing stocks and "
        "disposing of surplus (section II, para. 18).",
        "List the core elements of national stockpile standards: location, "
        "physical security, access control, inventory and accounting, training, "
        "weapons held or moved by units, and procedures for theft or loss.",
        "Describe the objective and desired outcomes of MOSAIC 05.20, including "
        "risk assessment.",
        "Explain why destruction is the preferred way to dispose of surplus weapons.",
        "Describe the International Ammunition Technical Guidelines: their "
        "origin, the UN SaferGuard platform, their 12 volumes and the risk "
        "reduction process levels.",
        "Describe the 2023 Global Framework on ammunition and how it relates to "
        "stockpile management.",
        "Identify the security duties in article 11 of the Firearms Protocol.",
    ],
    "mosaic": ["05.20", "05.30", "05.40", "05.50"],
    "provisions": [
        "POA-II-3",
        "POA-II-8",
        "POA-II-9",
        "POA-II-10",
        "POA-II-17",
        "POA-II-18",
        "POA-II-DESTROY",
        "ITI-SCOPE",
        "ITI-IV",
        "FP-6-2",
        "FP-7",
        "FP-8-1c",
        "FP-11",
        "RES76232-2",
        "RES76232-3",
        "RES76232-23",
        "RES76232-PP-MOSAIC",
        "RES76232-PP-AMMO",
        "RES76233-OEWG",
        "IATG-ORIGIN",
        "IATG-RRPL",
        "GFA-SCOPE",
        "GFA-11",
    ],
    "prerequisites": [],
    "requires_sequence": False,
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "stockpile-risks",
            "title": "Why stockpile management matters",
            "summary": (
                "Government stocks can be diverted to unauthorized users, and badly "
                "stored ammunition can explode. This module explains both risks and "
                "what the General Assembly asks States to do about them."
            ),
            "lessons": [
                {
                    "slug": "stockpile-risks-diversion",
                    "title": "Diversion from government stocks",
                    "estimated_minutes": 25,
                    "sources": [
                        "RES76232-2",
                        "RES76232-3",
                        "POA-II-10",
                        "POA-II-17",
                        "MOSAIC:05.20",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Every State holds small arms and light weapons for "
                            "its armed forces, police and other security services. "
                            "These weapons are held legally. The task of stockpile "
                            "management is to keep them under legal control, so "
                            "that they are not lost, stolen or passed to people who "
                            "have no right to hold them.</p>"
                            "<p>When weapons move from legal holders or stocks to "
                            "unauthorized end-users or to the illicit market, this "
                            "is called diversion.</p>",
                        ),
                        ("glossary_term", {"term": "diversion"}),
                        (
                            "rich_text",
                            "<h3>Why government stocks matter</h3>"
                            "<p>UNODA explains that most illicit small arms and "
                            "light weapons began as weapons that were legally "
                            "manufactured or legally imported, and were diverted "
                            "later (UNODA, <em>Small arms: tracing</em>). "
                            "Government stocks are one of the places where this can "
                            "happen. UNODA notes that stocks which are not properly "
                            "secured are open to diversion, and that diversion is "
                            "also a key concept in the Arms Trade Treaty (UNODA, "
                            "<em>Small arms: stockpile management</em>).</p>"
                            "<h3>What the General Assembly asks of States</h3>"
                            "<p>Resolution 76/232 recognizes the urgent need to keep "
                            "and strengthen national controls to prevent diversion "
                            "to the illicit trade, to illegal armed groups, to "
                            "terrorists and to other unauthorized recipients "
                            "(A/RES/76/232, para. 2). In the next paragraph it "
                            "speaks directly about government stockpiles. The "
                            "General Assembly emphasizes:</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-3",
                                "text": (
                                    "the need for States to redouble national "
                                    "efforts to provide for the safe, secure, "
                                    "comprehensive and effective management of "
                                    "stockpiles of small arms and light weapons "
                                    "held by Governments to prevent, combat and "
                                    "eradicate the diversion of those weapons"
                                ),
                                "citation": (
                                    "General Assembly resolution 76/232, para. 3"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<p>Look at the four words used: <strong>safe</strong>, "
                            "<strong>secure</strong>, <strong>comprehensive</strong> "
                            "and <strong>effective</strong> (A/RES/76/232, para. 3). "
                            "Good stockpile management is more than locks and "
                            "fences. It covers the whole system: where weapons are "
                            "stored, who can reach them, how they are counted, how "
                            "they are moved and how surplus is removed.</p>"
                            "<h3>The State's own responsibility</h3>"
                            "<p>The Programme of Action (PoA) asks each State to "
                            "take responsibility for all small arms and light "
                            "weapons that it holds and issues, and to have "
                            "effective measures for tracing them (PoA, section II, "
                            "para. 10). It also asks armed forces, police and any "
                            "other body authorized to hold weapons to set adequate "
                            "and detailed standards and procedures for managing and "
                            "securing their stocks (PoA, section II, para. 17). "
                            "Module 2 looks at these standards in detail.</p>"
                            "<p>MOSAIC, the UN's voluntary practical guidance on "
                            "small arms control, has a module on the stockpile "
                            "management of weapons. Its objective is to prevent the "
                            "diversion of small arms and light weapons from "
                            "government and other stocks to unauthorized end-users "
                            "(MOSAIC 05.20).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Legal today, illicit tomorrow",
                                "body": (
                                    "<p>Weapons in a government store are legal. "
                                    "Weak management can turn that store into a "
                                    "source of illicit weapons. Protecting State "
                                    "stocks is part of the fight against the "
                                    "illicit trade, not a separate technical task "
                                    "(A/RES/76/232, para. 3; MOSAIC 05.20).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Gaps in planning",
                                "body": (
                                    "<p>UNODA observes that many States do not "
                                    "plan in a consistent way for the safe "
                                    "storage, handling, transport and disposal of "
                                    "their stocks (UNODA, <em>Small arms: "
                                    "stockpile management</em>). Each of these "
                                    "stages needs clear rules.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Which institutions in your country hold State "
                                    "stocks of small arms and light weapons (for "
                                    "example the armed forces, police, customs or "
                                    "the prison service)? Does each of them have "
                                    "written rules for managing and securing those "
                                    "stocks, and who checks that the rules are "
                                    "followed?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stockpile-risks-explosions",
                    "title": "Unplanned explosions and badly stored ammunition",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-SCOPE",
                        "RES76233-OEWG",
                        "RES76232-PP-AMMO",
                        "IATG-ORIGIN",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Diversion is one danger of a poorly managed "
                            "stockpile. The other is accidental explosion. "
                            "Ammunition and explosives that are stored badly can "
                            "explode without warning. These events are called "
                            "unplanned explosions at munitions sites.</p>"
                            "<h3>What the evidence shows</h3>"
                            "<ul>"
                            "<li>The Small Arms Survey database of unplanned "
                            "explosions at munitions sites records 674 incidents "
                            "from 1979 to 2024. Together they caused more than "
                            "31,000 casualties in 108 countries (Small Arms Survey, "
                            "<em>UEMS database</em>).</li>"
                            "<li>In its December 2021 update, the same database "
                            "recorded 636 incidents and 30,883 casualties (Small "
                            "Arms Survey, <em>UEMS database</em>). The list keeps "
                            "growing.</li>"
                            "<li>UN SaferGuard reports that, over five decades, "
                            "poorly stored stocks have caused serious incidents in "
                            "103 countries (UN SaferGuard, <em>Frequently asked "
                            "questions</em>).</li>"
                            "</ul>"
                            "<p>These figures come from different sources and do "
                            "not count in exactly the same way, so do not add them "
                            "together. But they point in the same direction: badly "
                            "stored stocks put soldiers, police officers and nearby "
                            "communities at risk.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Always give the source and the period",
                                "body": (
                                    "<p>When you use these numbers in a briefing "
                                    "or a report, name the source and the period "
                                    "each time. For example: 674 incidents from "
                                    "1979 to 2024, according to the Small Arms "
                                    "Survey. A number without its source and "
                                    "period can mislead the reader.</p>"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>Two hazards, one management system</h3>"
                            "<p>The International Ammunition Technical Guidelines "
                            "(IATG) follow the risk-management principles of the "
                            "ISO 31000 standard. In this approach, the two main "
                            "hazards of a stockpile are accidental explosion and "
                            "diversion (IATG, as described by the Geneva "
                            "International Centre for Humanitarian Demining). A "
                            "good management system deals with both hazards "
                            "together.</p>"
                            "<h3>Weapons and ammunition: different rules</h3>"
                            "<p>The international rules for weapons and for "
                            "ammunition are not the same. The International Tracing "
                            "Instrument does not apply to ammunition. The report of "
                            "the working group that negotiated it recommended "
                            "dealing with small arms and light weapons ammunition "
                            "in a separate UN process (ITI, nature and scope), and "
                            "General Assembly resolution 76/233 recalls this "
                            "recommendation (A/RES/76/233).</p>"
                            "<p>The Programme of Action process has also made room "
                            "for ammunition. The Seventh Biennial Meeting of States "
                            "acknowledged that States which apply provisions of the "
                            "PoA to small arms and light weapons ammunition can "
                            "bring the relevant policies and practices into their "
                            "small arms control work. The General Assembly "
                            "recognized this in resolution 76/232 (A/RES/76/232, "
                            "preamble).</p>"
                            "<p>For ammunition, MOSAIC directs its users to the IATG "
                            "and to the UN SaferGuard programme (UNODA, "
                            "<em>MOSAIC</em>). Module 4 of this track looks at that "
                            "guidance.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>1. Under the IATG risk-management "
                                    "approach, what are the two main hazards of a "
                                    "stockpile?</p>"
                                    "<p>2. According to the Small Arms Survey, how "
                                    "many unplanned explosions at munitions sites "
                                    "were recorded from 1979 to 2024?</p>"
                                    "<p><em>Answers: 1. Accidental explosion and "
                                    "diversion. 2. 674 incidents, with more than "
                                    "31,000 casualties in 108 countries.</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Has your country, or a country in your "
                                    "region, experienced an unplanned explosion at "
                                    "a munitions site? Which authority in your "
                                    "country inspects ammunition storage sites, "
                                    "and how often do inspections take place?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 1 assessment: why stockpile management matters",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "What is the objective of MOSAIC 05.20?",
                        "options": [
                            {
                                "text": (
                                    "To prevent the diversion of small arms and "
                                    "light weapons from government and other "
                                    "stocks to unauthorized end-users"
                                ),
                                "correct": True,
                                "feedback": "Correct. This is the module's objective.",
                            },
                            {
                                "text": "To increase the size of national stockpiles",
                                "correct": False,
                                "feedback": (
                                    "No. The module is about protecting stocks, "
                                    "not making them bigger."
                                ),
                            },
                            {
                                "text": "To standardize calibres across armed forces",
                                "correct": False,
                                "feedback": "No. Calibres are not its subject.",
                            },
                            {
                                "text": "To regulate civilian ownership of firearms",
                                "correct": False,
                                "feedback": (
                                    "No. MOSAIC 05.20 deals with government and "
                                    "other stocks."
                                ),
                            },
                        ],
                        "explanation": (
                            "MOSAIC 05.20 aims to prevent diversion of small arms "
                            "and light weapons from government and other stocks to "
                            "unauthorized end-users (MOSAIC 05.20)."
                        ),
                        "source": "MOSAIC:05.20",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "Paragraph 3 of resolution 76/232 concerns only "
                            "weapons held by private citizens."
                        ),
                        "answer": False,
                        "explanation": (
                            "False. Paragraph 3 emphasizes the need for States to "
                            "redouble efforts for the safe, secure, comprehensive "
                            "and effective management of stockpiles held by "
                            "Governments, to prevent their diversion (A/RES/76/232, "
                            "para. 3)."
                        ),
                        "source": "RES76232-3",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "Resolution 76/232 (para. 2) names recipients to which "
                            "weapons must not be diverted. Select all that it "
                            "names."
                        ),
                        "options": [
                            {
                                "text": "The illicit trade",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Illegal armed groups",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Terrorists",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Licensed national armed forces",
                                "correct": False,
                                "feedback": (
                                    "No. National armed forces are authorized "
                                    "holders, not unauthorized recipients."
                                ),
                            },
                        ],
                        "explanation": (
                            "Paragraph 2 refers to diversion to illicit trade, "
                            "illegal armed groups, terrorists and other "
                            "unauthorized recipients (A/RES/76/232, para. 2)."
                        ),
                        "source": "RES76232-2",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "Under the Programme of Action, for which weapons "
                            "does each State take responsibility?"
                        ),
                        "options": [
                            {
                                "text": "Only weapons held by the armed forces",
                                "correct": False,
                                "feedback": (
                                    "No. The commitment is wider than the armed forces."
                                ),
                            },
                            {
                                "text": (
                                    "All small arms and light weapons held and "
                                    "issued by the State, with effective measures "
                                    "for tracing them"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Only weapons that are marked as surplus",
                                "correct": False,
                                "feedback": "No. Surplus is covered by para. 18.",
                            },
                            {
                                "text": "Only weapons imported in the last 20 years",
                                "correct": False,
                                "feedback": "No. There is no such time limit.",
                            },
                        ],
                        "explanation": (
                            "States take responsibility for all small arms and "
                            "light weapons held and issued by the State, with "
                            "effective measures for tracing them (PoA, section II, "
                            "para. 10)."
                        ),
                        "source": "POA-II-10",
                    },
                    {
                        "type": "short_text",
                        "stem": (
                            "What one word describes the movement of weapons from "
                            "legal holders or stocks to unauthorized end-users or "
                            "to the illicit market?"
                        ),
                        "accepted": ["diversion", "Diversion"],
                        "explanation": (
                            "This is diversion. Preventing it is the objective of "
                            "MOSAIC 05.20 (MOSAIC 05.20)."
                        ),
                        "source": "MOSAIC:05.20",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "The General Assembly recognized that States which "
                            "apply provisions of the Programme of Action to small "
                            "arms and light weapons ammunition can integrate those "
                            "policies and practices into their small arms control "
                            "efforts."
                        ),
                        "answer": True,
                        "explanation": (
                            "True. Resolution 76/232 recognizes this "
                            "acknowledgement by the Seventh Biennial Meeting of "
                            "States (A/RES/76/232, preamble)."
                        ),
                        "source": "RES76232-PP-AMMO",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "stockpile-standards",
            "title": "National standards for managing and securing stocks",
            "summary": (
                "What the Programme of Action and MOSAIC 05.20 expect national "
                "standards to cover, from location and access control to "
                "inventory, records and reporting losses."
            ),
            "lessons": [
                {
                    "slug": "stockpile-standards-poa",
                    "title": "Standards and procedures under the Programme of Action",
                    "estimated_minutes": 25,
                    "sources": ["POA-II-17", "POA-II-10", "POA-II-3", "FP-11"],
                    "body": [
                        (
                            "rich_text",
                            "<p>The Programme of Action (PoA) sets out the basic "
                            "political commitments on stockpiles. It was adopted by "
                            "consensus, without a vote, on 21 July 2001, and it is "
                            "not legally binding (PoA, A/CONF.192/15). Two "
                            "paragraphs of its section II deal directly with "
                            "stocks: paragraph 17 on standards and procedures, and "
                            "paragraph 18 on surplus. This lesson covers paragraph "
                            "17. Module 3 covers paragraph 18.</p>"
                            "<h3>Paragraph 17: who acts, and what they do</h3>"
                            "<p>The PoA asks armed forces, police and any other "
                            "body authorized to hold small arms and light weapons "
                            "to set adequate and detailed standards and procedures "
                            "for managing and securing their stocks (PoA, section "
                            "II, para. 17). Note two points. First, the commitment "
                            "applies to every authorized holder, not only the "
                            "military. Second, the standards must be both "
                            "<em>adequate</em> and <em>detailed</em>.</p>",
                        ),
                        ("glossary_term", {"term": "stockpile management (PSSM)"}),
                        (
                            "rich_text",
                            "<h3>The elements of national standards</h3>"
                            "<p>The PoA national reporting template lists the "
                            "elements that these standards cover (PoA, section II, "
                            "para. 17):</p>"
                            "<ol>"
                            "<li>appropriate locations for stocks;</li>"
                            "<li>physical security measures;</li>"
                            "<li>control of access to stocks;</li>"
                            "<li>inventory management and accounting control;</li>"
                            "<li>training of staff;</li>"
                            "<li>security, accounting and control of weapons held "
                            "or moved by operational units or authorized "
                            "personnel;</li>"
                            "<li>procedures and sanctions in case of theft or "
                            "loss.</li>"
                            "</ol>"
                            "<p>Element 6 is easy to forget. Weapons are not only "
                            "kept in a central depot. Operational units hold them "
                            "and move them, and the standards must cover those "
                            "weapons too (PoA, section II, para. 17).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Seven elements, one system",
                                "body": (
                                    "<p>A national standard that covers only "
                                    "fences and locks is incomplete. The PoA "
                                    "elements also cover people (access and "
                                    "training), paperwork (inventory and "
                                    "accounting), movement (operational units) and "
                                    "consequences (sanctions for theft or loss) "
                                    "(PoA, section II, para. 17).</p>"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>Related commitments</h3>"
                            "<ul>"
                            "<li>States take responsibility for all small arms and "
                            "light weapons that the State holds and issues, with "
                            "effective measures for tracing them (PoA, section II, "
                            "para. 10).</li>"
                            "<li>States make the illegal manufacture, possession, "
                            "stockpiling and trade of small arms and light weapons "
                            "criminal offences under national law (PoA, section "
                            "II, para. 3).</li>"
                            "<li>The Firearms Protocol is legally binding for its "
                            "States parties. Its article 11 asks them to take "
                            "measures to secure firearms, their parts and "
                            "components and ammunition at the time of manufacture, "
                            "import, export and transit (Firearms Protocol, art. "
                            "11).</li>"
                            "</ul>"
                            "<p>Together, these texts show that stockpile security "
                            "is a duty of the State as a whole. It is linked to "
                            "tracing (PoA, section II, para. 10), to criminal law "
                            "(PoA, section II, para. 3) and, for States parties to "
                            "the Firearms Protocol, to security during manufacture "
                            "and transfers (Firearms Protocol, art. 11).</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Take the seven elements listed in this "
                                    "lesson. For each one, is there a written "
                                    "national rule in your country? Which element "
                                    "is the weakest, and which institution would "
                                    "need to act to improve it?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stockpile-standards-mosaic",
                    "title": "MOSAIC 05.20: objective, outcomes and risk assessment",
                    "estimated_minutes": 30,
                    "sources": ["MOSAIC:05.20", "RES76232-PP-MOSAIC", "POA-II-17"],
                    "body": [
                        (
                            "rich_text",
                            "<p>The PoA says <em>what</em> States should do. MOSAIC "
                            "gives practical guidance on <em>how</em> to do it. "
                            "MOSAIC, the Modular Small-arms-control Implementation "
                            "Compendium, is a set of voluntary, practical guidance "
                            "notes. UNODA describes it as a way to put the PoA, the "
                            "International Tracing Instrument, the Firearms "
                            "Protocol and the Arms Trade Treaty into practice "
                            "(UNODA, <em>MOSAIC</em>). The General Assembly has "
                            "noted that MOSAIC could be used to assess progress in "
                            "implementing the PoA (A/RES/76/232, preamble).</p>"
                            "<p>MOSAIC 05.20, <em>Stockpile management: "
                            "Weapons</em> (version 1.0, 27 August 2012), covers the "
                            "management of weapons stocks (MOSAIC 05.20).</p>"
                            "<h3>Objective</h3>"
                            "<p>The objective of MOSAIC 05.20 is to prevent the "
                            "diversion of small arms and light weapons from "
                            "government and other stocks to unauthorized end-users "
                            "(MOSAIC 05.20).</p>"
                            "<h3>Desired outcomes</h3>"
                            "<p>The module describes what good stockpile "
                            "management should achieve (MOSAIC 05.20):</p>"
                            "<ul>"
                            "<li>the composition of the stockpile is identified and "
                            "defined;</li>"
                            "<li>stockpiles are in secure locations;</li>"
                            "<li>stockpile facilities carry out risk "
                            "assessments;</li>"
                            "<li>depots and unit stores are physically secure;</li>"
                            "<li>procedures exist to account for inventory and to "
                            "report losses;</li>"
                            "<li>surplus is identified and disposed of;</li>"
                            "<li>weapons are transported safely and securely.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Risk assessment at each facility",
                                "body": (
                                    "<p>One of the outcomes is that stockpile "
                                    "facilities carry out risk assessments (MOSAIC "
                                    "05.20). A risk assessment asks what could go "
                                    "wrong at a site and how serious it would be. "
                                    "Its results help managers decide which "
                                    "improvements to make first.</p>"
                                ),
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>A regional example: the OSCE guide</h3>"
                            "<p>Regional organizations have produced similar "
                            "guidance. The OSCE <em>Best Practice Guide</em> on "
                            "stockpile management and security (2003) covers these "
                            "topics (OSCE Best Practice Guide, 2003):</p>"
                            "<ul>"
                            "<li>stockpile location;</li>"
                            "<li>lock-and-key and other physical security;</li>"
                            "<li>access control;</li>"
                            "<li>inventory management and accounting control;</li>"
                            "<li>emergency protection;</li>"
                            "<li>transport security;</li>"
                            "<li>precautions and sanctions for loss or theft;</li>"
                            "<li>security training;</li>"
                            "<li>a security plan, with a model plan in its "
                            "annex.</li>"
                            "</ul>"
                            "<p>Compare this list with the PoA elements in the "
                            "previous lesson (PoA, section II, para. 17). Most "
                            "topics appear in both. The OSCE guide also lists "
                            "emergency protection and a written security plan "
                            "(OSCE Best Practice Guide, 2003).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Compare the three lists",
                                "body": (
                                    "<p>Make a table with three columns: PoA "
                                    "elements (PoA, section II, para. 17), MOSAIC "
                                    "05.20 outcomes and OSCE guide topics. Which "
                                    "items appear in all three? Which appear in "
                                    "only one? Which item would be most useful to "
                                    "add to your own national standard?</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Does each weapons storage site in your "
                                    "country have a written security plan and a "
                                    "recent risk assessment? If not, which MOSAIC "
                                    "05.20 outcome would be the best place for "
                                    "your institution to start?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stockpile-standards-inventory",
                    "title": "Inventory, records and reporting losses",
                    "estimated_minutes": 25,
                    "sources": [
                        "POA-II-17",
                        "POA-II-9",
                        "POA-II-8",
                        "POA-II-10",
                        "ITI-IV",
                        "FP-7",
                        "MOSAIC:05.30",
                        "MOSAIC:05.20",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>A State cannot protect weapons that it has not "
                            "counted. Inventory management and accounting control "
                            "are among the elements of national stockpile standards "
                            "(PoA, section II, para. 17).</p>"
                            "<h3>What goes wrong without good inventory</h3>"
                            "<p>UNODA notes that, when inventory practice is poor, "
                            "surplus cannot be identified, and so unnecessary "
                            "stockpiles build up (UNODA, <em>Small arms: stockpile "
                            "management</em>). Without accurate records, managers "
                            "also cannot show whether a given weapon is still in "
                            "store.</p>"
                            "<h3>Records</h3>"
                            "<ul>"
                            "<li>The PoA asks States to keep comprehensive and "
                            "accurate records, for as long as possible, on the "
                            "manufacture, holding and transfer of small arms and "
                            "light weapons. Records should be organized so that "
                            "information can be found promptly (PoA, section II, "
                            "para. 9).</li>"
                            "<li>The International Tracing Instrument asks States "
                            "to keep accurate and comprehensive records of all "
                            "marked weapons in their territory: manufacturing "
                            "records for at least 30 years, and all other records, "
                            "including import and export records, for at least 20 "
                            "years (ITI, section IV).</li>"
                            "<li>The Firearms Protocol requires its States parties "
                            "to keep records for at least 10 years (Firearms "
                            "Protocol, art. 7).</li>"
                            "</ul>"
                            "<p>MOSAIC guidance on record-keeping lists the details "
                            "to record for each weapon: country of manufacture, "
                            "manufacturer, serial number, year of manufacture, type "
                            "or model, calibre, and the location of the marks on "
                            "the weapon (MOSAIC 05.30).</p>"
                            "<h3>Marked weapons in State stocks</h3>"
                            "<p>Records work only if each weapon can be identified. "
                            "The PoA asks States to prevent the manufacture, "
                            "stockpiling, transfer and possession of unmarked or "
                            "inadequately marked small arms and light weapons (PoA, "
                            "section II, para. 8). The International Committee of "
                            "the Red Cross has stressed that marking government "
                            "stockpiles is key to tracing weapons once they leave "
                            "the stockpile (ICRC statement, 17 June 2010).</p>"
                            "<h3>Reporting losses</h3>"
                            "<p>Two texts ask for clear procedures when weapons go "
                            "missing. The PoA elements include procedures and "
                            "sanctions in case of theft or loss (PoA, section II, "
                            "para. 17). MOSAIC 05.20 expects procedures to account "
                            "for inventory and to report losses (MOSAIC 05.20).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Count, record, report",
                                "body": (
                                    "<p>Inventory links security to tracing. "
                                    "Accurate records help a State to see its "
                                    "surplus, to notice losses and to trace the "
                                    "weapons it holds and issues (PoA, section II, "
                                    "paras. 9, 10 and 17).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>According to UNODA, what is the main "
                                    "result of poor inventory practice?</p>"
                                    "<p><em>Answer: surplus cannot be identified, "
                                    "so unnecessary stockpiles build up (UNODA, "
                                    "Small arms: stockpile management).</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "How do the armed forces or police in your "
                                    "country record the weapons in their stocks: "
                                    "on paper, in a spreadsheet or in a database? "
                                    "How quickly could they confirm today whether "
                                    "a weapon with a given serial number is in "
                                    "store?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 2 assessment: national standards for stocks",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": (
                            "What does the Programme of Action (section II, para. "
                            "17) ask armed forces, police and other authorized "
                            "holders to do?"
                        ),
                        "options": [
                            {
                                "text": "Publish their inventories online",
                                "correct": False,
                                "feedback": "No. The PoA does not ask for this.",
                            },
                            {
                                "text": (
                                    "Set adequate and detailed standards and "
                                    "procedures for managing and securing their "
                                    "stocks"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Transfer their surplus to civilians",
                                "correct": False,
                                "feedback": (
                                    "No. Surplus should be disposed of, preferably "
                                    "by destruction (para. 18)."
                                ),
                            },
                            {
                                "text": "Report their stocks to INTERPOL",
                                "correct": False,
                                "feedback": "No. This is not part of para. 17.",
                            },
                        ],
                        "explanation": (
                            "PoA section II, para. 17 asks authorized holders to "
                            "set adequate and detailed standards and procedures "
                            "for managing and securing their stocks (PoA, section "
                            "II, para. 17)."
                        ),
                        "source": "POA-II-17",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "Which of these are elements of the stock standards "
                            "under PoA section II, para. 17, as listed in the "
                            "national reporting template? Select all that apply."
                        ),
                        "options": [
                            {
                                "text": "Control of access to stocks",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Inventory management and accounting control",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Procedures and sanctions for theft or loss",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Retail pricing of weapons",
                                "correct": False,
                                "feedback": "No. This is not an element.",
                            },
                            {
                                "text": "Civilian registration of firearms",
                                "correct": False,
                                "feedback": (
                                    "No. Para. 17 concerns the stocks of armed "
                                    "forces, police and other authorized holders."
                                ),
                            },
                        ],
                        "explanation": (
                            "The elements include appropriate locations, physical "
                            "security, access control, inventory management and "
                            "accounting control, staff training, control of "
                            "weapons held or moved by units, and procedures and "
                            "sanctions for theft or loss (PoA, section II, para. "
                            "17)."
                        ),
                        "source": "POA-II-17",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Which of these is a desired outcome of MOSAIC 05.20?",
                        "options": [
                            {
                                "text": "Stockpiles are located in city centres",
                                "correct": False,
                                "feedback": (
                                    "No. The outcome is that stockpiles are in "
                                    "secure locations."
                                ),
                            },
                            {
                                "text": "Stockpile facilities carry out risk assessments",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Surplus is kept indefinitely",
                                "correct": False,
                                "feedback": (
                                    "No. Surplus is identified and disposed of."
                                ),
                            },
                            {
                                "text": "Inventory checks are optional",
                                "correct": False,
                                "feedback": (
                                    "No. Procedures exist to account for inventory "
                                    "and report losses."
                                ),
                            },
                        ],
                        "explanation": (
                            "Risk assessment by stockpile facilities is one of the "
                            "desired outcomes of MOSAIC 05.20 (MOSAIC 05.20)."
                        ),
                        "source": "MOSAIC:05.20",
                    },
                    {
                        "type": "matching",
                        "stem": (
                            "Match each paragraph of PoA section II with its subject."
                        ),
                        "pairs": [
                            [
                                "Para. 9",
                                "Records on manufacture, holding and transfer, "
                                "kept for as long as possible",
                            ],
                            [
                                "Para. 10",
                                "Responsibility for all weapons held and issued by "
                                "the State",
                            ],
                            [
                                "Para. 17",
                                "Standards and procedures for managing and "
                                "securing stocks",
                            ],
                            [
                                "Para. 18",
                                "Regular review of stocks and disposal of surplus",
                            ],
                        ],
                        "explanation": (
                            "Para. 9 covers records (PoA, section II, para. 9); "
                            "para. 10 covers State-held weapons (para. 10); para. "
                            "17 covers stock standards (para. 17); para. 18 covers "
                            "review of stocks and surplus (para. 18)."
                        ),
                        "source": "POA-II-17",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "Article 11 of the Firearms Protocol asks States "
                            "parties to take measures to secure firearms, their "
                            "parts and components and ammunition at the time of "
                            "manufacture, import, export and transit."
                        ),
                        "answer": True,
                        "explanation": (
                            "True. These are the security measures of article 11 "
                            "(Firearms Protocol, art. 11)."
                        ),
                        "source": "FP-11",
                    },
                    {
                        "type": "numeric",
                        "stem": (
                            "For at least how many years does the Firearms "
                            "Protocol require records to be kept?"
                        ),
                        "answer": 10,
                        "tolerance": 0,
                        "explanation": (
                            "At least 10 years (Firearms Protocol, art. 7). The "
                            "ITI asks for at least 30 years for manufacturing "
                            "records and at least 20 years for other records (ITI, "
                            "section IV)."
                        ),
                        "source": "FP-7",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "The Programme of Action asks States to prevent the "
                            "stockpiling of unmarked or inadequately marked small "
                            "arms and light weapons."
                        ),
                        "answer": True,
                        "explanation": (
                            "True. States prevent the manufacture, stockpiling, "
                            "transfer and possession of unmarked or inadequately "
                            "marked weapons (PoA, section II, para. 8)."
                        ),
                        "source": "POA-II-8",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "stockpile-surplus",
            "title": "Surplus and disposal",
            "summary": (
                "How States review their stocks, identify surplus and dispose of "
                "it, and why destruction is the preferred way to do so."
            ),
            "lessons": [
                {
                    "slug": "stockpile-surplus-review",
                    "title": "Reviewing stocks and identifying surplus",
                    "estimated_minutes": 25,
                    "sources": [
                        "POA-II-18",
                        "POA-II-17",
                        "MOSAIC:05.20",
                        "RES76232-23",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Stocks change over time. New weapons arrive, old "
                            "models are replaced and units are reorganized. "
                            "Weapons that are no longer needed can stay in stores "
                            "for years. This lesson covers what States have agreed "
                            "to do about them.</p>",
                        ),
                        ("glossary_term", {"term": "surplus"}),
                        (
                            "rich_text",
                            "<h3>Paragraph 18 of the PoA</h3>"
                            "<p>The Programme of Action asks States to (PoA, "
                            "section II, para. 18):</p>"
                            "<ol>"
                            "<li>review their stocks regularly;</li>"
                            "<li>clearly identify the weapons that are "
                            "surplus;</li>"
                            "<li>run programmes for the responsible disposal of "
                            "that surplus, preferably by destruction;</li>"
                            "<li>keep the surplus safe and secure until it is "
                            "disposed of.</li>"
                            "</ol>"
                            "<p>The last point is important. Surplus weapons "
                            "waiting for disposal are still weapons, and they must "
                            "stay secure until they are gone (PoA, section II, "
                            "para. 18).</p>"
                            "<h3>Why surplus is hard to see</h3>"
                            "<p>To find surplus, a State must first know exactly "
                            "what it holds. UNODA notes that, when inventory "
                            "practice is poor, surplus cannot be identified, and "
                            "so unnecessary stockpiles build up (UNODA, <em>Small "
                            "arms: stockpile management</em>). MOSAIC 05.20 "
                            "therefore lists two linked outcomes: the composition "
                            "of the stockpile is identified and defined, and "
                            "surplus is identified and disposed of (MOSAIC "
                            "05.20).</p>"
                            "<h3>Moving surplus safely</h3>"
                            "<p>Surplus often has to be moved, for example to a "
                            "central store or to a destruction site. MOSAIC 05.20 "
                            "includes the safe and secure transport of weapons "
                            "among its desired outcomes (MOSAIC 05.20), and the "
                            "OSCE guide on stockpile management covers transport "
                            "security (OSCE Best Practice Guide, 2003). The PoA "
                            "stock standards also cover weapons moved by "
                            "operational units or authorized personnel (PoA, "
                            "section II, para. 17).</p>"
                            "<h3>Reviews and national reports</h3>"
                            "<p>States are encouraged to submit national reports on "
                            "their implementation of the PoA, and those in a "
                            "position to do so are encouraged to use the reporting "
                            "template of the UN Office for Disarmament Affairs "
                            "(A/RES/76/232, para. 23). That template asks about the "
                            "stock standards described in Module 2 (PoA, section "
                            "II, para. 17). A regular review of stocks gives a "
                            "State the facts it needs to report accurately.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Review, identify, safeguard, dispose",
                                "body": (
                                    "<p>Paragraph 18 describes a cycle, not a "
                                    "single event. Stocks are reviewed regularly, "
                                    "surplus is identified, it is kept secure, and "
                                    "it is disposed of, preferably by destruction "
                                    "(PoA, section II, para. 18).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Map the process",
                                "body": (
                                    "<p>Draw the path of a surplus weapon in your "
                                    "national system, from the decision that it is "
                                    "surplus to its final disposal. At each step, "
                                    "write who is responsible and what record is "
                                    "made. Mark the steps where the weapon is most "
                                    "exposed to loss or theft.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "How often are weapons stocks reviewed in your "
                                    "country, and who decides that a weapon is "
                                    "surplus? Where are surplus weapons kept while "
                                    "they wait for disposal, and who guards them?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stockpile-surplus-destruction",
                    "title": "Disposal: why destruction is preferred",
                    "estimated_minutes": 25,
                    "sources": [
                        "POA-II-18",
                        "POA-II-DESTROY",
                        "FP-6-2",
                        "FP-8-1c",
                        "MOSAIC:05.30",
                        "MOSAIC:05.40",
                        "MOSAIC:05.50",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Once surplus has been identified, it must be "
                            "disposed of. The Programme of Action asks for disposal "
                            "preferably by destruction (PoA, section II, para. "
                            "18). This lesson explains why, and what other "
                            "instruments say.</p>",
                        ),
                        ("glossary_term", {"term": "destruction"}),
                        (
                            "rich_text",
                            "<h3>Why destruction?</h3>"
                            "<p>UNODA explains that, unlike sale or gift, "
                            "destruction ensures that weapons do not go, or go "
                            "back, into illicit circulation (UNODA, <em>Small arms: "
                            "destruction</em>). A weapon that is sold or given "
                            "away still exists and can still be diverted. A "
                            "destroyed weapon cannot.</p>"
                            "<p>Destruction is not only for military surplus. "
                            "UNODA names three groups of weapons that destruction "
                            "can cover: surplus weapons from the armed forces or "
                            "law enforcement, weapons handed in by civilians, and "
                            "weapons recovered in crime (UNODA, <em>Small arms: "
                            "destruction</em>).</p>"
                            "<h3>Seized and collected weapons</h3>"
                            "<ul>"
                            "<li>The PoA asks States to destroy small arms and "
                            "light weapons that have been confiscated, seized or "
                            "collected, unless another form of disposal or use has "
                            "been officially authorized and the weapons have been "
                            "marked and registered (PoA, section II).</li>"
                            "<li>The Firearms Protocol presumes that seized "
                            "firearms will be destroyed. It does not set a method "
                            "of destruction (Firearms Protocol, art. 6(2)).</li>"
                            "</ul>"
                            "<h3>If weapons are not destroyed</h3>"
                            "<p>Sometimes a State officially authorizes another use. "
                            "Marking then becomes important:</p>"
                            "<ul>"
                            "<li>The Firearms Protocol requires an appropriate "
                            "unique mark when a firearm is transferred from "
                            "government stocks to permanent civilian use (Firearms "
                            "Protocol, art. 8(1)(c)).</li>"
                            "<li>MOSAIC guidance lists transfer from government "
                            "stocks to permanent civilian use, and permanent "
                            "confiscation by the State, among the times when a "
                            "weapon should be marked (MOSAIC 05.30).</li>"
                            "</ul>"
                            "<h3>Further guidance</h3>"
                            "<p>MOSAIC has a module on weapons destruction, MOSAIC "
                            "05.50 <em>Destruction: Weapons</em> (version 1.0, 27 "
                            "August 2012) (MOSAIC 05.50), and a module on the "
                            "collection of illicit and unwanted small arms and "
                            "light weapons, MOSAIC 05.40 (MOSAIC 05.40). Consult "
                            "them when you plan a collection or destruction "
                            "programme.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "A destroyed weapon cannot be diverted",
                                "body": (
                                    "<p>Sale or gift leaves the weapon in "
                                    "existence. Destruction removes it for good "
                                    "(UNODA, <em>Small arms: destruction</em>). "
                                    "This is why the PoA prefers destruction for "
                                    "surplus (PoA, section II, para. 18).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Keep weapons secure until the end",
                                "body": (
                                    "<p>Surplus weapons must be kept safe and "
                                    "secure until they are disposed of (PoA, "
                                    "section II, para. 18). A weapon that is "
                                    "waiting for destruction can still be "
                                    "stolen.</p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "What happens in your country to weapons that "
                                    "are seized by the police or handed in by "
                                    "civilians? Are they destroyed, kept or given "
                                    "another use, and which authority makes that "
                                    "decision?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 3 assessment: surplus and disposal",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": (
                            "Under PoA section II, para. 18, surplus stocks should "
                            "be disposed of responsibly, preferably by:"
                        ),
                        "options": [
                            {
                                "text": "Sale to another State",
                                "correct": False,
                                "feedback": (
                                    "No. A sold weapon still exists and can be "
                                    "diverted."
                                ),
                            },
                            {
                                "text": "Donation",
                                "correct": False,
                                "feedback": "No. A gift also leaves the weapon in use.",
                            },
                            {
                                "text": "Destruction",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Long-term storage",
                                "correct": False,
                                "feedback": (
                                    "No. Surplus is kept secure only until it is "
                                    "disposed of."
                                ),
                            },
                        ],
                        "explanation": (
                            "Para. 18 asks for responsible disposal of surplus, "
                            "preferably by destruction, with the surplus kept safe "
                            "until then (PoA, section II, para. 18)."
                        ),
                        "source": "POA-II-18",
                    },
                    {
                        "type": "ordering",
                        "stem": (
                            "Put these steps for dealing with surplus, as described "
                            "in PoA section II, para. 18, in a logical order."
                        ),
                        "items": [
                            "Review stocks regularly",
                            "Clearly identify the surplus",
                            "Keep the surplus safe and secure",
                            "Dispose of the surplus, preferably by destruction",
                        ],
                        "explanation": (
                            "Surplus can only be identified after stocks are "
                            "reviewed, and it must be kept secure until it is "
                            "disposed of (PoA, section II, para. 18)."
                        ),
                        "source": "POA-II-18",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "Article 6(2) of the Firearms Protocol prescribes one "
                            "specific method for destroying seized firearms."
                        ),
                        "answer": False,
                        "explanation": (
                            "False. Article 6(2) presumes that seized firearms "
                            "will be destroyed, but it does not set a method "
                            "(Firearms Protocol, art. 6(2))."
                        ),
                        "source": "FP-6-2",
                    },
                    {
                        "type": "multiple_response",
                        "stem": (
                            "Under the PoA, confiscated, seized or collected "
                            "weapons are destroyed unless certain conditions are "
                            "met. Select all the conditions."
                        ),
                        "options": [
                            {
                                "text": (
                                    "Another form of disposal or use has been "
                                    "officially authorized"
                                ),
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The weapons have been marked",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The weapons have been registered",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The weapons can be sold at market value",
                                "correct": False,
                                "feedback": "No. Market value is not a condition.",
                            },
                        ],
                        "explanation": (
                            "The PoA asks for destruction unless another disposal "
                            "or use is officially authorized and the weapons are "
                            "marked and registered (PoA, section II)."
                        ),
                        "source": "POA-II-DESTROY",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "Which MOSAIC module gives guidance on the destruction "
                            "of weapons?"
                        ),
                        "options": [
                            {
                                "text": "MOSAIC 05.20",
                                "correct": False,
                                "feedback": "No. 05.20 covers stockpile management.",
                            },
                            {
                                "text": "MOSAIC 05.40",
                                "correct": False,
                                "feedback": "No. 05.40 covers collection.",
                            },
                            {
                                "text": "MOSAIC 05.50",
                                "correct": True,
                                "feedback": "Correct. Its title is Destruction: Weapons.",
                            },
                            {
                                "text": "MOSAIC 06.10",
                                "correct": False,
                                "feedback": "No. 06.10 covers gender.",
                            },
                        ],
                        "explanation": (
                            "MOSAIC 05.50 is titled Destruction: Weapons (version "
                            "1.0, 27 August 2012) (MOSAIC 05.50)."
                        ),
                        "source": "MOSAIC:05.50",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "When a firearm is transferred from government stocks "
                            "to permanent civilian use, what does the Firearms "
                            "Protocol require?"
                        ),
                        "options": [
                            {
                                "text": "An appropriate unique mark",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Nothing, because the firearm is already marked",
                                "correct": False,
                                "feedback": (
                                    "No. Article 8(1)(c) requires an appropriate "
                                    "unique mark."
                                ),
                            },
                            {
                                "text": "Destruction of the firearm",
                                "correct": False,
                                "feedback": (
                                    "No. The article covers firearms that are "
                                    "transferred, not destroyed."
                                ),
                            },
                            {
                                "text": "Deactivation of the firearm",
                                "correct": False,
                                "feedback": "No. Deactivation is covered by art. 9.",
                            },
                        ],
                        "explanation": (
                            "An appropriate unique mark is required on transfer "
                            "from government stocks to permanent civilian use "
                            "(Firearms Protocol, art. 8(1)(c))."
                        ),
                        "source": "FP-8-1c",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 4
        # ------------------------------------------------------------------
        {
            "slug": "stockpile-ammunition",
            "title": "Ammunition: the IATG and the Global Framework",
            "summary": (
                "The international guidance on managing conventional ammunition: "
                "the International Ammunition Technical Guidelines and the 2023 "
                "Global Framework for Through-life Conventional Ammunition "
                "Management."
            ),
            "lessons": [
                {
                    "slug": "stockpile-ammunition-iatg",
                    "title": "The International Ammunition Technical Guidelines",
                    "estimated_minutes": 25,
                    "sources": ["IATG-ORIGIN", "IATG-RRPL"],
                    "body": [
                        (
                            "rich_text",
                            "<p>Weapons are only part of a stockpile. Ammunition "
                            "needs its own management, because it can explode and "
                            "because it can be diverted (IATG, as described by the "
                            "Geneva International Centre for Humanitarian "
                            "Demining). The main international technical guidance "
                            "is the International Ammunition Technical Guidelines "
                            "(IATG).</p>"
                            "<p>Recall the evidence from Module 1. The Small Arms "
                            "Survey recorded 674 unplanned explosions at munitions "
                            "sites from 1979 to 2024 (Small Arms Survey, <em>UEMS "
                            "database</em>), and UN SaferGuard reports serious "
                            "incidents caused by poorly stored stocks in 103 "
                            "countries over five decades (UN SaferGuard, "
                            "<em>Frequently asked questions</em>). The IATG exist "
                            "to reduce these risks.</p>"
                            "<h3>Origin</h3>"
                            "<p>A Group of Governmental Experts recommended such "
                            "guidelines in 2008. The General Assembly then asked "
                            "for them in resolution 63/61. The IATG were developed "
                            "in 2011, and UN SaferGuard was set up as their "
                            "knowledge-management platform (IATG).</p>"
                            "<h3>Main features</h3>"
                            "<ul>"
                            "<li>The IATG are <strong>voluntary</strong> (IATG).</li>"
                            "<li>They come in <strong>12 volumes</strong> (IATG).</li>"
                            "<li>They take a <strong>whole-of-life</strong> "
                            "approach to ammunition (IATG).</li>"
                            "<li>They follow the risk-management principles of the "
                            "ISO 31000 standard (IATG, as described by the Geneva "
                            "International Centre for Humanitarian Demining).</li>"
                            "</ul>"
                            "<h3>Risk reduction process levels</h3>"
                            "<p>Not every State can apply every guideline at once. "
                            "The IATG therefore let users apply them at three "
                            "levels: basic, intermediate or advanced. These are "
                            "called risk reduction process levels (RRPL) 1, 2 and "
                            "3. Each task in the guidelines is also rated LEVEL 1, "
                            "2 or 3, according to how complex it is (IATG, risk "
                            "reduction process levels).</p>",
                        ),
                        (
                            "glossary_term",
                            {"term": "risk reduction process levels (RRPL)"},
                        ),
                        (
                            "rich_text",
                            "<p>The basic aim is to manage stockpiles at RRPL 1 as "
                            "a minimum, and then to improve step by step. An "
                            "online tool helps to estimate the RRPL of a site: it "
                            "weights the scores and checks whether the critical "
                            "questions are met (IATG, risk reduction process "
                            "levels).</p>"
                            "<h3>How the IATG relate to MOSAIC</h3>"
                            "<p>MOSAIC covers small arms and light weapons. For "
                            "ammunition, it directs users to the IATG and to UN "
                            "SaferGuard (UNODA, <em>MOSAIC</em>). An official who "
                            "manages both weapons and ammunition will therefore "
                            "use MOSAIC 05.20 for the weapons (MOSAIC 05.20) and "
                            "the IATG for the ammunition.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Start at level 1, then improve",
                                "body": (
                                    "<p>The levels make the guidelines usable by "
                                    "States with different resources. The aim is "
                                    "RRPL 1 as a minimum, followed by step-by-step "
                                    "improvement (IATG, risk reduction process "
                                    "levels).</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>1. Which General Assembly resolution asked "
                                    "for the ammunition guidelines?</p>"
                                    "<p>2. How many volumes do the IATG have?</p>"
                                    "<p><em>Answers: 1. Resolution 63/61. 2. Twelve "
                                    "(IATG).</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Think of the main ammunition storage site you "
                                    "know best in your country. At which risk "
                                    "reduction process level would you place it, "
                                    "and what would need to change for it to "
                                    "reach the next level?"
                                ),
                            },
                        ),
                    ],
                },
                {
                    "slug": "stockpile-ammunition-gfa",
                    "title": "The Global Framework on ammunition",
                    "estimated_minutes": 25,
                    "sources": [
                        "GFA-SCOPE",
                        "GFA-11",
                        "RES76233-OEWG",
                        "ITI-SCOPE",
                        "RES76232-PP-AMMO",
                        "IATG-ORIGIN",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>The IATG give technical guidance. In 2023, UN "
                            "Member States also adopted a political framework on "
                            "ammunition: the Global Framework for Through-life "
                            "Conventional Ammunition Management, often called the "
                            "Global Framework (Global Framework on ammunition).</p>"
                            "<h3>How it was made</h3>"
                            "<ul>"
                            "<li>General Assembly resolution 76/233 of 24 December "
                            "2021 set up an open-ended working group, which drafted "
                            "the Framework (A/RES/76/233).</li>"
                            "<li>UN Member States adopted the Framework in 2023. "
                            "Its text is in the annex of document A/78/111 (Global "
                            "Framework on ammunition).</li>"
                            "</ul>"
                            "<h3>Why a separate framework?</h3>"
                            "<p>When the International Tracing Instrument was "
                            "negotiated, the working group recommended dealing with "
                            "small arms and light weapons ammunition in a separate "
                            "UN process (ITI, nature and scope). Resolution 76/233, "
                            "which set up the working group on ammunition, recalls "
                            "that recommendation (A/RES/76/233). The resulting "
                            "Framework is wider than small arms: it covers all "
                            "conventional ammunition (Global Framework on "
                            "ammunition).</p>"
                            "<h3>What it contains</h3>"
                            "<p>The Framework contains <strong>15 "
                            "objectives</strong> and <strong>85 measures</strong>. "
                            "It covers all conventional ammunition, from "
                            "manufacture to disposal (Global Framework on "
                            "ammunition). Objective 11 covers the marking and "
                            "tracing of ammunition (Global Framework on ammunition, "
                            "objective 11). The Framework also commits to "
                            "strengthening gender mainstreaming and the "
                            "participation of women (Global Framework on "
                            "ammunition).</p>"
                            "<p>Because it runs from manufacture to disposal, the "
                            "Framework follows ammunition through its whole life, "
                            "much like the whole-of-life approach of the IATG "
                            "(IATG).</p>"
                            "<h3>Next steps</h3>"
                            "<p>A preparatory meeting of States was held from 23 to "
                            "27 June 2025, ahead of a meeting of States in 2027 "
                            "(Global Framework on ammunition).</p>"
                            "<h3>How this fits with small arms control</h3>"
                            "<p>Remember from Module 1 that the International "
                            "Tracing Instrument does not apply to ammunition (ITI, "
                            "nature and scope). Remember also that States which "
                            "apply provisions of the PoA to small arms and light "
                            "weapons ammunition can bring those policies into their "
                            "small arms control work (A/RES/76/232, preamble). The "
                            "Global Framework and the IATG now give States "
                            "international guidance for the ammunition side of "
                            "their stockpiles.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Two tools for ammunition",
                                "body": (
                                    "<p>The IATG are voluntary technical "
                                    "guidelines in 12 volumes (IATG). The Global Framework, adopted in "
                                    "2023, sets 15 objectives and 85 measures for "
                                    "all conventional ammunition (Global Framework "
                                    "on ammunition). Do not confuse the 12 volumes "
                                    "with the 15 objectives.</p>"
                                ),
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check your understanding",
                                "body": (
                                    "<p>Which General Assembly resolution set up "
                                    "the working group that drafted the Global "
                                    "Framework, and when was it adopted?</p>"
                                    "<p><em>Answer: resolution 76/233, of 24 "
                                    "December 2021 (A/RES/76/233).</em></p>"
                                ),
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": (
                                    "Which national authority in your country "
                                    "follows the Global Framework on ammunition? "
                                    "Is it the same authority that manages weapons "
                                    "stockpiles, and how do the two work "
                                    "together?"
                                ),
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 4 assessment: ammunition guidance",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "When were the IATG developed?",
                        "options": [
                            {
                                "text": "2001",
                                "correct": False,
                                "feedback": "No. 2001 is the year of the PoA.",
                            },
                            {
                                "text": "2005",
                                "correct": False,
                                "feedback": "No. 2005 is the year of the ITI.",
                            },
                            {
                                "text": "2011, after resolution 63/61",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "2023",
                                "correct": False,
                                "feedback": (
                                    "No. 2023 is the year the Global Framework was "
                                    "adopted."
                                ),
                            },
                        ],
                        "explanation": (
                            "The General Assembly asked for the guidelines in "
                            "resolution 63/61, and the IATG were developed in 2011 "
                            "(IATG)."
                        ),
                        "source": "IATG-ORIGIN",
                    },
                    {
                        "type": "single_choice",
                        "stem": (
                            "The IATG risk reduction process levels let users "
                            "apply the guidelines at which levels?"
                        ),
                        "options": [
                            {
                                "text": "National, regional and global",
                                "correct": False,
                                "feedback": (
                                    "No. These are the levels of the PoA measures."
                                ),
                            },
                            {
                                "text": "Basic, intermediate or advanced (RRPL 1 to 3)",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Military and police",
                                "correct": False,
                                "feedback": "No.",
                            },
                            {
                                "text": "Green, amber and red",
                                "correct": False,
                                "feedback": "No.",
                            },
                        ],
                        "explanation": (
                            "The levels are basic, intermediate and advanced, "
                            "called RRPL 1, 2 and 3 (IATG, risk reduction process "
                            "levels)."
                        ),
                        "source": "IATG-RRPL",
                    },
                    {
                        "type": "numeric",
                        "stem": (
                            "What is the minimum risk reduction process level "
                            "(RRPL) at which States aim to manage their stockpiles? "
                            "Enter the number."
                        ),
                        "answer": 1,
                        "tolerance": 0,
                        "explanation": (
                            "The basic aim is RRPL 1 as a minimum, then step-by-step "
                            "improvement (IATG, risk reduction process levels)."
                        ),
                        "source": "IATG-RRPL",
                    },
                    {
                        "type": "numeric",
                        "stem": "How many objectives does the Global Framework contain?",
                        "answer": 15,
                        "tolerance": 0,
                        "explanation": (
                            "The Global Framework contains 15 objectives and 85 "
                            "measures (Global Framework on ammunition). The "
                            "number 12 refers to the volumes of the IATG."
                        ),
                        "source": "GFA-SCOPE",
                    },
                    {
                        "type": "matching",
                        "stem": "Match each item with its description.",
                        "pairs": [
                            [
                                "IATG",
                                "Voluntary technical guidelines in 12 volumes",
                            ],
                            [
                                "Global Framework",
                                "15 objectives and 85 measures for all "
                                "conventional ammunition",
                            ],
                            [
                                "UN SaferGuard",
                                "Knowledge-management platform for the IATG",
                            ],
                            [
                                "Resolution 76/233",
                                "Set up the working group that drafted the "
                                "Global Framework",
                            ],
                        ],
                        "explanation": (
                            "See the IATG; the Global Framework on "
                            "ammunition; and A/RES/76/233."
                        ),
                        "source": "GFA-SCOPE",
                    },
                    {
                        "type": "true_false",
                        "stem": (
                            "Objective 11 of the Global Framework covers the "
                            "marking and tracing of ammunition."
                        ),
                        "answer": True,
                        "explanation": (
                            "True (Global Framework on ammunition, objective 11)."
                        ),
                        "source": "GFA-11",
                    },
                    {
                        "type": "short_text",
                        "stem": "In the IATG, what does the abbreviation RRPL stand for?",
                        "accepted": [
                            "risk reduction process levels",
                            "risk reduction process level",
                            "Risk Reduction Process Levels",
                            "Risk Reduction Process Level",
                        ],
                        "explanation": (
                            "RRPL stands for risk reduction process levels (IATG, "
                            "risk reduction process levels)."
                        ),
                        "source": "IATG-RRPL",
                    },
                ],
            },
        },
    ],
}
