"""Demo track: tracing illicit small arms and light weapons."""

TRACK = {
    "slug": "tracing-illicit-salw",
    "title": "Tracing illicit small arms and light weapons",
    "track": "tracing",
    "level": "intermediate",
    "estimated_hours": 4,
    "summary": (
        "How States trace illicit small arms and light weapons back to the point "
        "where they left legal control. The track covers the ITI definition of "
        "tracing, the steps of a trace in MOSAIC 05.31, national points of contact, "
        "INTERPOL's tools and the measurement of tracing under SDG indicator "
        "16.4.2."
    ),
    "objectives": [
        "Define tracing as the ITI does, and explain its aim: to find the point at "
        "which a weapon became illicit and to prevent similar diversions.",
        "Explain why tracing depends on marking, record-keeping and cooperation, "
        "and why most illicit small arms and light weapons begin as legal "
        "weapons.",
        "List the essential identifiers needed before a trace starts, and explain "
        "the role of the frame or receiver.",
        "Put the steps of a trace in order: identification, domestic trace, "
        "international trace, identifying the point of diversion, and prevention.",
        "Describe the role of national points of contact under the ITI (section "
        "VI) and the PoA (section II, para. 5).",
        "Use INTERPOL's iARMS (and its three modules) and the IFRT (for standard "
        "identification) correctly.",
        "Explain SDG indicator 16.4.2 and how traced weapons count towards it.",
        "Describe ITI follow-up, with biennial reports and meetings, and the 2024 "
        "technical expert group on new technologies.",
    ],
    "mosaic": ["05.31", "05.30"],
    "provisions": [
        "ITI-II",
        "ITI-COOP",
        "ITI-25",
        "ITI-36",
        "ITI-37",
        "ITI-8a",
        "ITI-8b",
        "ITI-IV",
        "POA-II-5",
        "POA-II-10",
        "ATT-5-6",
        "SDG-16.4",
        "SDG-16.4.2",
        "RES76232-4",
        "RES76232-11",
        "RES76232-13",
        "RES76232-21",
        "REVCON4-174-178",
    ],
    "prerequisites": ["marking-and-record-keeping"],
    "requires_sequence": True,
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "tracing-foundations",
            "title": "What tracing is and why it matters",
            "summary": (
                "The ITI definition of tracing, its purpose, and the conditions "
                "that make tracing possible."
            ),
            "lessons": [
                {
                    "slug": "tracing-definition-and-purpose",
                    "title": "Tracing: definition and purpose",
                    "estimated_minutes": 25,
                    "sources": ["ITI-II", "MOSAIC:05.31"],
                    "body": [
                        (
                            "rich_text",
                            "<p>When the police or customs recover an illicit "
                            "weapon, two questions follow: where did it come from, "
                            "and how did it reach the illicit market? Tracing is "
                            "the method for answering them. The ITI gives tracing "
                            "a precise definition.</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "ITI-II",
                                "text": "the systematic tracking of illicit small "
                                "arms and light weapons found or seized on the "
                                "territory of a State from the point of "
                                "manufacture or the point of importation through "
                                "the lines of supply to the point at which they "
                                "became illicit",
                                "citation": "International Tracing Instrument, "
                                "section II (definition of tracing)",
                            },
                        ),
                        ("glossary_term", {"term": "tracing"}),
                        (
                            "rich_text",
                            "<h3>Reading the definition</h3>"
                            "<ul><li><strong>Systematic:</strong> a trace follows "
                            "a method; it is not a single search.</li>"
                            "<li><strong>Found or seized:</strong> tracing "
                            "concerns illicit weapons found or seized on the "
                            "territory of a State (ITI, section II).</li>"
                            "<li><strong>From manufacture or import:</strong> the "
                            "trace starts at the point of manufacture or the "
                            "point of importation (ITI, section II).</li>"
                            "<li><strong>To the point at which it became "
                            "illicit:</strong> the trace ends where the weapon "
                            "left legal control (ITI, section II).</li></ul>"
                            "<p>The UN Office for Disarmament Affairs (UNODA) "
                            "explains that a trace follows the weapon to its last "
                            "legal title-holder, in order to find the point, in "
                            "space and time, at which it became illicit (UNODA, "
                            "Small arms: Tracing).</p>",
                        ),
                        ("glossary_term", {"term": "last legal title-holder"}),
                        ("glossary_term", {"term": "point of diversion"}),
                        (
                            "rich_text",
                            "<h3>Why trace?</h3>"
                            "<p>MOSAIC 05.31 gives tracing two purposes (MOSAIC "
                            "05.31):</p>"
                            "<ol><li>to find the point in space and time at which "
                            "the weapon became illicit; and</li>"
                            "<li>to prevent similar diversions in the future.</li>"
                            "</ol>"
                            "<p>The second purpose matters as much as the first. A "
                            "trace that ends in one arrest but leaves the same gap "
                            "open has only done half its work.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "The end point of a trace",
                                "body": "<p>A trace does not stop at the current "
                                "holder of the weapon. It goes back to the point "
                                "at which the weapon became illicit (ITI, section "
                                "II), so that the same kind of diversion can be "
                                "prevented (MOSAIC 05.31).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Where did it become illicit?",
                                "body": "<p>A rifle made in country A was legally "
                                "exported to the armed forces of country B. Years "
                                "later it is seized from a criminal group in "
                                "country C. Describe, in your own words, what a "
                                "trace would try to establish, and which "
                                "authorities it might need to contact.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "In your country, which authority "
                                "decides whether a recovered weapon is traced? "
                                "Does the trace usually stop at the person found "
                                "with the weapon, or does it go back to the point "
                                "of diversion?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "tracing-building-blocks",
                    "title": "Marking, records and cooperation: what tracing needs",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-8a",
                        "ITI-IV",
                        "ITI-COOP",
                        "POA-II-10",
                        "SDG-16.4",
                        "RES76232-11",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>According to UNODA, most illicit small arms and "
                            "light weapons begin as legally made or imported "
                            "weapons that are later diverted (UNODA, Small arms: "
                            "Tracing). This is good news for tracing: a weapon "
                            "that was once legal should have been marked and "
                            "recorded. Tracing uses these marks and records to "
                            "rebuild the weapon's history.</p>"
                            "<h3>Three conditions</h3>"
                            "<ol><li><strong>Marking.</strong> The weapon must "
                            "carry a unique marking, such as the manufacturer, "
                            "country of manufacture and serial number (ITI, para. "
                            "8(a)).</li>"
                            "<li><strong>Record-keeping.</strong> Someone must hold "
                            "a record that links the mark to the weapon's "
                            "manufacture and transfers (ITI, section IV).</li>"
                            "<li><strong>Cooperation.</strong> When the records are "
                            "in another country, States must be able to send and "
                            "answer tracing requests (ITI, cooperation in "
                            "tracing).</li></ol>"
                            "<p>The Small Arms Survey notes that the ITI mostly "
                            "brings together existing standards on marking and "
                            "record-keeping, but goes beyond existing norms on "
                            "cooperation in tracing (Small Arms Survey, 2006).</p>",
                        ),
                        ("glossary_term", {"term": "diversion"}),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "A broken link stops the trace",
                                "body": "<p>If the mark is missing or unreadable, "
                                "the weapon cannot be identified. If the record "
                                "was not kept, the mark leads nowhere. If a State "
                                "does not answer, an international trace cannot "
                                "continue. This is why the PoA asks States to "
                                "take responsibility for all weapons held and "
                                "issued by the State, with effective measures for "
                                "tracing them (PoA, section II, para. 10).</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>Tracing and the 2030 Agenda</h3>"
                            "<p>Tracing also supports the Sustainable Development "
                            "Goals. Target 16.4 aims, by 2030, to significantly "
                            "reduce illicit financial and arms flows (SDG target "
                            "16.4). The General Assembly underlines that full "
                            "implementation of the PoA and the ITI is important "
                            "for reaching Goal 16 and target 16.4 (A/RES/76/232, "
                            "para. 11). Module 3 explains how tracing is measured "
                            "for this target.</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "SDG-16.4",
                                "text": "By 2030, significantly reduce illicit "
                                "financial and arms flows, strengthen the recovery "
                                "and return of stolen assets and combat all forms "
                                "of organized crime",
                                "citation": "Sustainable Development Goals, target "
                                "16.4",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Find the weak link",
                                "body": "<p>For a typical weapon recovered in "
                                "your country, list who holds the marking "
                                "information, who holds the manufacturing, import "
                                "and transfer records, and who would send a "
                                "tracing request abroad. Where is the weakest "
                                "link?</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Think of recent seizures in your "
                                "country. Were most of the weapons originally "
                                "legal? At which link (marking, records or "
                                "cooperation) did tracing most often stop?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 1 assessment: what tracing is",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "Under the ITI, tracing follows an illicit weapon "
                        "from manufacture or import through the lines of supply "
                        "to:",
                        "options": [
                            {
                                "text": "Its current owner",
                                "correct": False,
                                "feedback": "The trace goes further back than the "
                                "current holder.",
                            },
                            {
                                "text": "The point at which it became illicit",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Its destruction",
                                "correct": False,
                                "feedback": "Destruction is not part of the "
                                "definition.",
                            },
                            {
                                "text": "The last customs post",
                                "correct": False,
                                "feedback": "The definition does not refer to "
                                "customs posts.",
                            },
                        ],
                        "explanation": "Tracing is the systematic tracking of "
                        "illicit weapons to the point at which they became illicit "
                        "(ITI, section II).",
                        "source": "ITI-II",
                    },
                    {
                        "type": "single_choice",
                        "stem": "According to UNODA, most illicit small arms and "
                        "light weapons:",
                        "options": [
                            {
                                "text": "Are produced in craft workshops",
                                "correct": False,
                                "feedback": "This is not what UNODA says.",
                            },
                            {
                                "text": "Began as legally made or imported weapons "
                                "that were later diverted",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Come from battlefield capture",
                                "correct": False,
                                "feedback": "This is not what UNODA says.",
                            },
                            {
                                "text": "Are antiques",
                                "correct": False,
                                "feedback": "This is not what UNODA says.",
                            },
                        ],
                        "explanation": "UNODA notes that most illicit weapons "
                        "start as legal ones and are later diverted (UNODA, Small "
                        "arms: Tracing); tracing looks for that point (ITI, "
                        "section II).",
                        "source": "ITI-II",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "Which two purposes does MOSAIC 05.31 give to "
                        "tracing? Select all that apply.",
                        "options": [
                            {
                                "text": "To find the point in space and time at "
                                "which the weapon became illicit",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "To prevent similar diversions",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "To set the price of seized weapons",
                                "correct": False,
                                "feedback": "Not a purpose of tracing.",
                            },
                            {
                                "text": "To register civilian owners",
                                "correct": False,
                                "feedback": "Not a purpose of tracing.",
                            },
                        ],
                        "explanation": "The objective of tracing is to find the "
                        "point of diversion and to prevent similar diversions "
                        "(MOSAIC 05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "short_text",
                        "stem": "UNODA explains that a trace follows a weapon to "
                        "its last legal ... (one term).",
                        "accepted": [
                            "title-holder",
                            "title holder",
                            "titleholder",
                        ],
                        "explanation": "A trace follows the weapon to its last "
                        "legal title-holder (UNODA, Small arms: Tracing; MOSAIC "
                        "05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "true_false",
                        "stem": "Tracing can work without records, as long as the "
                        "weapon is marked.",
                        "answer": False,
                        "explanation": "A mark must be matched to records of "
                        "manufacture and transfer; States keep accurate and "
                        "comprehensive records of marked weapons for this reason "
                        "(ITI, section IV).",
                        "source": "ITI-IV",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "tracing-process",
            "title": "Conducting a trace",
            "summary": (
                "How to identify a weapon correctly, the steps of a trace, and "
                "which weapons to trace, following MOSAIC 05.31."
            ),
            "lessons": [
                {
                    "slug": "tracing-identifying-the-weapon",
                    "title": "Identifying the weapon",
                    "estimated_minutes": 25,
                    "sources": [
                        "MOSAIC:05.31",
                        "MOSAIC:05.30",
                        "ITI-8b",
                        "ITI-COOP",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Every trace begins with unique identification of "
                            "the weapon (MOSAIC 05.31). If the weapon is described "
                            "wrongly, the records searched will be the wrong ones, "
                            "and a tracing request sent abroad may come back with "
                            "no answer.</p>"
                            "<h3>Essential identifiers</h3>"
                            "<p>Before a trace starts, MOSAIC 05.31 treats these "
                            "details as essential (MOSAIC 05.31):</p>"
                            "<ul><li>make;</li>"
                            "<li>model;</li>"
                            "<li>calibre;</li>"
                            "<li>serial number;</li>"
                            "<li>country of manufacture or of last import.</li>"
                            "</ul>"
                            "<p>The frame or receiver is the primary reference "
                            "point for identification (MOSAIC 05.31). This is the "
                            "same component that must be marked under MOSAIC 05.30 "
                            "(MOSAIC 05.30).</p>",
                        ),
                        ("glossary_term", {"term": "essential identifiers"}),
                        ("glossary_term", {"term": "frame or receiver"}),
                        (
                            "rich_text",
                            "<h3>Useful extra information</h3>"
                            "<p>MOSAIC 05.31 also suggests recording (MOSAIC "
                            "05.31):</p>"
                            "<ul><li>the physical characteristics of the weapon;"
                            "</li>"
                            "<li>other marks, such as proof marks;</li>"
                            "<li>photographs.</li></ul>"
                            "<h3>A standard way to describe firearms</h3>"
                            "<p>INTERPOL's Firearms Reference Table (IFRT) is an "
                            "online reference tool for authorized users. It uses a "
                            "standard method to identify and describe firearms by "
                            "make, model, calibre and serial number (INTERPOL, "
                            "IFRT). It holds more than 250,000 references and more "
                            "than 57,000 images, and it does not share any data "
                            "(INTERPOL, IFRT). INTERPOL recommends that users of "
                            "its tracing system check a weapon's identifiers in "
                            "the IFRT before searching or tracing (INTERPOL, "
                            "IFRT).</p>",
                        ),
                        (
                            "rich_text",
                            "<h3>Reading the marks</h3>"
                            "<p>Start with the marks on the frame or receiver, "
                            "because that component must be marked (MOSAIC 05.30). "
                            "Then look for an import mark: it identifies the "
                            "country of import and, where possible, the year of "
                            "import, so that the authorities of that country can "
                            "trace the weapon (ITI, para. 8(b)).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Do not guess",
                                "body": "<p>If a mark is damaged or unreadable, "
                                "record that fact instead of guessing. An "
                                "inadequately marked weapon is itself one of the "
                                "weapons that should be traced (MOSAIC 05.31).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Identify first, then trace",
                                "body": "<p>Use the frame or receiver as the "
                                "reference point, record all five essential "
                                "identifiers (MOSAIC 05.31), and check them "
                                "against the IFRT before a search or trace "
                                "(INTERPOL, IFRT).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Fill in an identification sheet",
                                "body": "<p>Design a one-page identification "
                                "sheet for recovered weapons in your service. "
                                "Include the five essential identifiers, the "
                                "location of the marks, space for other marks and "
                                "photographs, and a box to confirm that the IFRT "
                                "was checked.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Who identifies recovered weapons in "
                                "your country, and what training do they have? "
                                "Do they use a standard form and a reference "
                                "tool such as the IFRT?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "tracing-steps-and-priorities",
                    "title": "The steps of a trace and which weapons to trace",
                    "estimated_minutes": 25,
                    "sources": ["MOSAIC:05.31", "ITI-COOP"],
                    "body": [
                        (
                            "rich_text",
                            "<p>MOSAIC 05.31 describes a trace as a sequence of "
                            "five steps (MOSAIC 05.31):</p>"
                            "<ol><li><strong>Unique identification</strong> of the "
                            "weapon.</li>"
                            "<li><strong>Domestic trace</strong>, using national "
                            "records.</li>"
                            "<li><strong>International trace</strong>, if "
                            "needed.</li>"
                            "<li><strong>Identify the point of diversion</strong>."
                            "</li>"
                            "<li><strong>Act to prevent recurrence</strong>.</li>"
                            "</ol>"
                            "<p>The domestic trace comes before the international "
                            "trace, and the international trace is carried out "
                            "only if it is needed (MOSAIC 05.31).</p>",
                        ),
                        ("glossary_term", {"term": "tracing request"}),
                        (
                            "rich_text",
                            "<h3>Which weapons to trace</h3>"
                            "<p>MOSAIC 05.31 lists the weapons that should be "
                            "traced (MOSAIC 05.31):</p>"
                            "<ul><li>weapons that are illicit under the law of the "
                            "recovering State;</li>"
                            "<li>weapons suspected of being transferred in "
                            "violation of an embargo;</li>"
                            "<li>inadequately marked weapons;</li>"
                            "<li>weapons suspected of illegal manufacture;</li>"
                            "<li>weapons transferred without authorization.</li>"
                            "</ul>"
                            "<h3>Exceptions</h3>"
                            "<p>MOSAIC 05.31 also lists exceptions (MOSAIC "
                            "05.31):</p>"
                            "<ul><li>weapons collected in amnesty-based "
                            "programmes;</li>"
                            "<li>cases where tracing would delay destruction and "
                            "raise the risk of diversion;</li>"
                            "<li>small arms and light weapons made before 1946."
                            "</li></ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "INTERPOL's view of an illicit firearm",
                                "body": "<p>For its tracing system, INTERPOL "
                                "treats a firearm as illicit if it is illicit "
                                "under the law of the State where it is found; if "
                                "it was transferred in breach of a UN Security "
                                "Council embargo; if it is not marked in line "
                                "with the ITI; if it was made or assembled "
                                "without a licence; or if it was transferred "
                                "without a licence (INTERPOL, iARMS). Note how "
                                "closely this list matches the MOSAIC 05.31 list "
                                "of weapons to trace.</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>Why the exceptions?</h3>"
                            "<p>The exceptions keep tracing focused. One of them "
                            "covers cases where tracing would delay destruction "
                            "and raise the risk of diversion (MOSAIC 05.31): a "
                            "weapon kept longer for a trace is a weapon that could "
                            "be diverted again. The last two steps of a trace, "
                            "finding the point of diversion and acting to prevent "
                            "recurrence, match the two purposes of tracing (MOSAIC "
                            "05.31).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Trace or not?",
                                "body": "<p>Decide whether each weapon should be "
                                "traced, and give the MOSAIC 05.31 reason: (a) a "
                                "pistol with its serial number ground off, seized "
                                "in a raid; (b) a rifle made in 1938, handed in "
                                "during an amnesty; (c) a machine gun found with "
                                "an armed group under an arms embargo.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Does your country have written rules "
                                "on which recovered weapons must be traced? How "
                                "do they compare with the MOSAIC 05.31 list and "
                                "its exceptions?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 2 assessment: conducting a trace",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "ordering",
                        "stem": "Put the steps of a trace in the order given in "
                        "MOSAIC 05.31.",
                        "items": [
                            "Unique identification of the weapon",
                            "Domestic trace",
                            "International trace, if needed",
                            "Identify the point of diversion",
                            "Act to prevent recurrence",
                        ],
                        "explanation": "Identification comes first, then the "
                        "domestic and, if needed, the international trace, then "
                        "the point of diversion and prevention (MOSAIC 05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Which set of identifiers does MOSAIC 05.31 treat "
                        "as essential?",
                        "options": [
                            {
                                "text": "Make, model, calibre, serial number, and "
                                "country of manufacture or last import",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Colour, weight and length",
                                "correct": False,
                                "feedback": "These are not the essential identifiers.",
                            },
                            {
                                "text": "Owner, address and licence",
                                "correct": False,
                                "feedback": "These describe a holder, not the weapon.",
                            },
                            {
                                "text": "Ammunition lot only",
                                "correct": False,
                                "feedback": "This does not identify the weapon.",
                            },
                        ],
                        "explanation": "These five are the essential identifiers, "
                        "with the frame or receiver as the primary reference "
                        "point (MOSAIC 05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "numeric",
                        "stem": "MOSAIC 05.31 lists small arms and light weapons "
                        "made before a certain year as an exception to routine "
                        "tracing. Which year?",
                        "answer": 1946,
                        "tolerance": 0,
                        "explanation": "Small arms and light weapons manufactured "
                        "before 1946 are one of the listed exceptions (MOSAIC "
                        "05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "Which weapons does MOSAIC 05.31 say should be "
                        "traced? Select all that apply.",
                        "options": [
                            {
                                "text": "Weapons suspected of being transferred in "
                                "violation of an embargo",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Inadequately marked weapons",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Weapons suspected of illegal manufacture",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Weapons handed in during an amnesty-based "
                                "collection programme",
                                "correct": False,
                                "feedback": "Amnesty-based collections are a "
                                "listed exception.",
                            },
                        ],
                        "explanation": "The list covers illicit, embargo-related, "
                        "inadequately marked, illegally made and unauthorized "
                        "transfers; amnesty collections are an exception (MOSAIC "
                        "05.31).",
                        "source": "MOSAIC:05.31",
                    },
                    {
                        "type": "true_false",
                        "stem": "The INTERPOL Firearms Reference Table (IFRT) is a "
                        "database in which countries share seizure data.",
                        "answer": False,
                        "explanation": "The IFRT is a reference tool with a "
                        "standard method for identifying and describing firearms; "
                        "it shares no data (INTERPOL, IFRT).",
                        "source": "ITI-COOP",
                    },
                    {
                        "type": "single_choice",
                        "stem": "For INTERPOL's tracing system, which of these "
                        "makes a firearm illicit?",
                        "options": [
                            {
                                "text": "It is more than 20 years old",
                                "correct": False,
                                "feedback": "Age is not one of the criteria.",
                            },
                            {
                                "text": "It is not marked in accordance with the ITI",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "It is a pistol",
                                "correct": False,
                                "feedback": "The type of weapon is not a criterion.",
                            },
                            {
                                "text": "It is held by a police force",
                                "correct": False,
                                "feedback": "Lawful holding by the police is not a "
                                "criterion.",
                            },
                        ],
                        "explanation": "Lack of ITI-compliant marking is one of "
                        "INTERPOL's five criteria for an illicit firearm "
                        "(INTERPOL, iARMS).",
                        "source": "ITI-COOP",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "tracing-cooperation",
            "title": "International cooperation and follow-up",
            "summary": (
                "National points of contact, tracing requests, INTERPOL's tools, "
                "the SDG indicator on tracing, and ITI follow-up."
            ),
            "lessons": [
                {
                    "slug": "tracing-contact-points-and-requests",
                    "title": "National points of contact and tracing requests",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-COOP",
                        "ITI-25",
                        "POA-II-5",
                        "ATT-5-6",
                        "RES76232-4",
                        "RES76232-21",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>When a domestic trace cannot explain a weapon's "
                            "history, the trace must continue abroad. "
                            "International tracing is where the ITI goes furthest "
                            "beyond earlier norms (Small Arms Survey, 2006).</p>"
                            "<h3>Commitments on tracing requests</h3>"
                            "<p>Under the ITI, States commit to being able to "
                            "carry out traces and to answer tracing requests, and "
                            "to respect any restrictions on the use of the "
                            "information they receive (ITI, cooperation in "
                            "tracing). INTERPOL describes the ITI as the "
                            "instrument that names INTERPOL as a key partner in "
                            "tracing (INTERPOL, What is firearm tracing).</p>"
                            "<p>The ITI's detailed rules on what a request and a "
                            "reply must contain, on acknowledgement, on time "
                            "frames and on grounds for delay or restriction have "
                            "not been confirmed, so they are not taught here. "
                            "Officials should read those paragraphs in the ITI "
                            "text itself before preparing a request.</p>",
                        ),
                        ("glossary_term", {"term": "tracing request"}),
                        (
                            "rich_text",
                            "<h3>National points of contact</h3>"
                            "<p>A tracing request needs an address. Each State "
                            "designates one or more national points of contact to "
                            "exchange information and act as liaison on the "
                            "implementation of the ITI (ITI, section VI, para. 25). "
                            "The PoA has a parallel commitment to a national point "
                            "of contact (PoA, section II, para. 5), and the Arms "
                            "Trade Treaty also provides for national points of "
                            "contact (ATT, art. 5(6)). At the third Review "
                            "Conference in 2018, States agreed to use national "
                            "points of contact to strengthen the exchange of "
                            "information (RevCon3 outcome).</p>",
                        ),
                        ("glossary_term", {"term": "national point of contact"}),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-4",
                                "text": "including in their national reports the "
                                "name and contact information of the national "
                                "points of contact",
                                "citation": "General Assembly resolution 76/232, "
                                "para. 4",
                            },
                        ),
                        (
                            "rich_text",
                            "<p>The General Assembly also encourages States to "
                            "make full use of cooperation with the UN regional "
                            "centres for peace and disarmament, the World Customs "
                            "Organization, INTERPOL and the United Nations Office "
                            "on Drugs and Crime (A/RES/76/232, para. 21).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Keep the contact details current",
                                "body": "<p>A national point of contact only works "
                                "if other States can find it. Publishing the name "
                                "and contact information in the national report "
                                "is one way to do this (A/RES/76/232, para. 4).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Map your contacts",
                                "body": "<p>List your country's national points of "
                                "contact under the ITI, the PoA and, if "
                                "applicable, the ATT. Are they the same office? "
                                "Who would receive a tracing request from "
                                "abroad?</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "How long does it take your country to "
                                "answer a tracing request from another State, and "
                                "who signs the reply? What restrictions do you "
                                "place on the use of information you send?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "tracing-interpol-tools",
                    "title": "INTERPOL's tools for tracing",
                    "estimated_minutes": 20,
                    "sources": ["ITI-COOP", "ITI-IV", "RES76232-21"],
                    "body": [
                        (
                            "rich_text",
                            "<p>INTERPOL describes the ITI as the instrument that "
                            "names INTERPOL as a key partner in tracing "
                            "(INTERPOL, What is firearm tracing). It offers "
                            "several tools to national authorities.</p>"
                            "<h3>iARMS</h3>"
                            "<p>The Illicit Arms Records and tracing Management "
                            "System (iARMS) is a web-based system with three "
                            "modules (INTERPOL, iARMS):</p>"
                            "<ol><li><strong>Firearm Records:</strong> records of "
                            "lost, stolen, trafficked and smuggled firearms;</li>"
                            "<li><strong>Trace Requests:</strong> to create, "
                            "submit, monitor, respond to and update international "
                            "trace requests;</li>"
                            "<li><strong>Statistics and Reports</strong>.</li></ol>"
                            "<p>INTERPOL's published totals of iARMS records differ "
                            "between versions of its pages (INTERPOL, iARMS), so "
                            "check the current figure with INTERPOL.</p>"
                            "<h3>IFRT</h3>"
                            "<p>The INTERPOL Firearms Reference Table is a "
                            "reference tool with a standard method for "
                            "identifying and describing firearms; it shares no "
                            "data (INTERPOL, IFRT). INTERPOL recommends checking "
                            "identifiers in the IFRT before searching or tracing "
                            "in iARMS (INTERPOL, IFRT).</p>"
                            "<h3>IBIN</h3>"
                            "<p>The INTERPOL Ballistic Information Network (IBIN) "
                            "compares ballistic images in order to link crimes "
                            "(INTERPOL, IBIN).</p>",
                        ),
                        (
                            "rich_text",
                            "<h3>The tools and the steps of a trace</h3>"
                            "<p>The tools fit the steps of a trace in MOSAIC 05.31. "
                            "The IFRT supports the first step, unique "
                            "identification (INTERPOL, IFRT; MOSAIC 05.31). The "
                            "Firearm Records module shows whether a firearm has "
                            "been recorded as lost, stolen, trafficked or "
                            "smuggled, and the Trace Requests module supports the "
                            "international trace (INTERPOL, iARMS; MOSAIC "
                            "05.31).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Which tool for which task?",
                                "body": "<ul><li>Describe the weapon correctly: "
                                "IFRT.</li>"
                                "<li>Record a lost or stolen firearm, or send a "
                                "trace request: iARMS.</li>"
                                "<li>Link crimes through ballistic images: IBIN."
                                "</li></ul>"
                                "<p>(INTERPOL, iARMS, IFRT and IBIN)</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Tools support, but do not replace, "
                                "national records",
                                "body": "<p>INTERPOL's tools help States to "
                                "exchange information, but a trace still depends "
                                "on the marks on the weapon and on the records "
                                "that States keep (ITI, section IV). The General "
                                "Assembly encourages States to make full use of "
                                "cooperation with INTERPOL (A/RES/76/232, para. "
                                "21).</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Plan the workflow",
                                "body": "<p>A pistol with a foreign import mark is "
                                "seized. Write the order in which your service "
                                "would use the IFRT, national records and iARMS, "
                                "and say what each step should produce.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Does your country have access to "
                                "iARMS and the IFRT? Which agency holds the "
                                "access, and do front-line officers know how to "
                                "request a check?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "tracing-measuring-and-new-challenges",
                    "title": "Measuring tracing, follow-up and new technologies",
                    "estimated_minutes": 25,
                    "sources": [
                        "SDG-16.4.2",
                        "ITI-36",
                        "ITI-37",
                        "RES76232-13",
                        "REVCON4-174-178",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Tracing is also measured at the global level. "
                            "Sustainable Development Goal indicator 16.4.2 is "
                            "defined as follows.</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "SDG-16.4.2",
                                "text": "Proportion of seized, found or "
                                "surrendered arms whose illicit origin or context "
                                "has been traced or established by a competent "
                                "authority in line with international "
                                "instruments",
                                "citation": "Sustainable Development Goals, "
                                "indicator 16.4.2",
                            },
                        ),
                        (
                            "rich_text",
                            "<p>The custodian agencies for the indicator are UNODC "
                            "and UNODA (SDG indicator 16.4.2). In the calculation, "
                            "the denominator is all arms seized, found or "
                            "surrendered, and the numerator is those whose point "
                            "of diversion was established, by tracing or by other "
                            "means such as intelligence (SDG indicator "
                            "16.4.2).</p>"
                            "<h3>ITI follow-up</h3>"
                            "<p>States report every two years to the "
                            "Secretary-General on their implementation of the ITI, "
                            "and the report may be part of their PoA report (ITI, "
                            "para. 36). States also meet every two years to "
                            "consider implementation (ITI, para. 37). The first "
                            "such meeting took place within the Third Biennial "
                            "Meeting of States, 14 to 18 July 2008 (BMS3, "
                            "2008).</p>"
                            "<h3>New technologies</h3>"
                            "<p>The General Assembly encourages States to take "
                            "into account developments in manufacturing, "
                            "technology and design, in particular polymer and "
                            "modular weapons, and to strengthen cooperation "
                            "between law enforcement agencies (A/RES/76/232, para. "
                            "13). The fourth Review Conference in 2024 set up an "
                            "open-ended technical expert group on these "
                            "developments, including polymer frames, modular "
                            "weapons and 3D printing; it meets in 2026 and 2028, "
                            "during the ninth and tenth Biennial Meetings of "
                            "States (RevCon4 outcome, paras. 174-178).</p>",
                        ),
                        ("glossary_term", {"term": "polymer and modular weapons"}),
                        (
                            "rich_text",
                            "<h3>National reports</h3>"
                            "<p>National reports on the PoA and the ITI also feed "
                            "data for SDG target 16.4 (UNODA, national reporting). "
                            "By 2020, 174 States had submitted at least one report "
                            "since 2001, and the 2018 cycle, with 120 States, was "
                            "the largest up to then (UNODA, national reporting).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "What counts for indicator 16.4.2",
                                "body": "<p>A weapon counts in the numerator when "
                                "its point of diversion has been established, "
                                "whether through tracing or other means (SDG "
                                "indicator 16.4.2). Good tracing records therefore "
                                "improve a country's ability to report on "
                                "target 16.4.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Calculate the indicator",
                                "body": "<p>Use your own service's figures for "
                                "last year, or invent simple ones. Count the "
                                "weapons seized, found or surrendered, and the "
                                "weapons whose point of diversion was "
                                "established. Calculate the proportion and "
                                "describe what would raise it.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Does your country collect the data "
                                "needed for indicator 16.4.2? Has it met new "
                                "challenges in tracing polymer, modular or 3D "
                                "printed weapons?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 3 assessment: cooperation and follow-up",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "Which instruments ask States to designate a "
                        "national point of contact for small arms matters?",
                        "options": [
                            {
                                "text": "Only the ATT",
                                "correct": False,
                                "feedback": "The ATT has points of contact too, "
                                "but it is not the only one.",
                            },
                            {
                                "text": "Both the PoA (section II, para. 5) and "
                                "the ITI (section VI, para. 25)",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Only the Firearms Protocol",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                            {
                                "text": "None of them",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                        ],
                        "explanation": "Both the PoA (PoA, section II, para. 5) and "
                        "the ITI (ITI, section VI, para. 25) provide for national "
                        "points of contact; the ATT also does (ATT, art. 5(6)).",
                        "source": "ITI-25",
                    },
                    {
                        "type": "matching",
                        "stem": "Match each INTERPOL tool to its function.",
                        "pairs": [
                            [
                                "iARMS",
                                "Records of lost, stolen, trafficked and smuggled "
                                "firearms, and international trace requests",
                            ],
                            [
                                "IFRT",
                                "A standard method to identify and describe firearms",
                            ],
                            ["IBIN", "Comparison of ballistic images to link crimes"],
                        ],
                        "explanation": "These are the functions INTERPOL gives for "
                        "iARMS, the IFRT and IBIN (INTERPOL, iARMS, IFRT and IBIN); "
                        "the ITI provides for cooperation with INTERPOL (ITI, "
                        "cooperation in tracing).",
                        "source": "ITI-COOP",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "Which are modules of INTERPOL's iARMS? Select all "
                        "that apply.",
                        "options": [
                            {
                                "text": "Firearm Records",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Trace Requests",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Statistics and Reports",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Civilian Licensing Register",
                                "correct": False,
                                "feedback": "iARMS has no such module.",
                            },
                        ],
                        "explanation": "iARMS has three modules: Firearm Records, "
                        "Trace Requests, and Statistics and Reports (INTERPOL, "
                        "iARMS).",
                        "source": "ITI-COOP",
                    },
                    {
                        "type": "single_choice",
                        "stem": "SDG indicator 16.4.2 measures:",
                        "options": [
                            {
                                "text": "Firearm homicides per 100,000 people",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                            {
                                "text": "The proportion of seized, found or "
                                "surrendered arms whose illicit origin or context "
                                "has been traced or established by a competent "
                                "authority",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The value of arms exports",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                            {
                                "text": "Explosions at ammunition depots",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                        ],
                        "explanation": "This is the wording of the indicator; UNODC "
                        "and UNODA are its custodians (SDG indicator 16.4.2).",
                        "source": "SDG-16.4.2",
                    },
                    {
                        "type": "true_false",
                        "stem": "A State's biennial report on the ITI may be part "
                        "of its national report on the PoA.",
                        "answer": True,
                        "explanation": "States report every two years on the ITI, "
                        "and the report may form part of the PoA report (ITI, "
                        "para. 36).",
                        "source": "ITI-36",
                    },
                    {
                        "type": "short_text",
                        "stem": "Name one of the two custodian agencies of SDG "
                        "indicator 16.4.2 (abbreviation).",
                        "accepted": ["UNODC", "UNODA"],
                        "explanation": "The custodian agencies are UNODC and UNODA "
                        "(SDG indicator 16.4.2).",
                        "source": "SDG-16.4.2",
                    },
                ],
            },
        },
    ],
}
