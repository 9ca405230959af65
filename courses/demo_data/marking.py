"""Demo track: marking and record-keeping of small arms and light weapons."""

TRACK = {
    "slug": "marking-and-record-keeping",
    "title": "Marking and record-keeping",
    "track": "marking_record_keeping",
    "level": "introductory",
    "estimated_hours": 4,
    "summary": (
        "How States mark small arms and light weapons and keep records of them, so "
        "that every weapon can be identified and its history found. The track "
        "covers the International Tracing Instrument, the Programme of Action, the "
        "Firearms Protocol and the good practice in MOSAIC 05.30."
    ),
    "objectives": [
        "Give the ITI's broad definitions of small arms and light weapons, with "
        "examples of each, and explain the rule that antique weapons never include "
        "weapons made after 1899.",
        "List the minimum information in an ITI marking at manufacture, and the "
        "extra information the ITI encourages.",
        "Describe the physical qualities that ITI marks must have (para. 7) and "
        "explain why each State chooses its own marking method.",
        "Explain ITI import marking and when an additional unique mark is needed.",
        "Compare how long records must be kept under the ITI (30 and 20 years), "
        "the Firearms Protocol (10 years) and the PoA (as long as possible).",
        "Apply MOSAIC 05.30 good practice: when to mark, which component to mark "
        "(the frame or receiver) and what the marking should contain.",
        "Distinguish the politically binding ITI and PoA from the legally binding "
        "Firearms Protocol, and note that the ITI does not cover ammunition.",
        "Describe the Firearms Protocol rules on marking weapons moved from "
        "government stocks to civilian use, and on deactivation.",
    ],
    "mosaic": ["05.30", "05.55"],
    "provisions": [
        "ITI-SCOPE",
        "ITI-4a",
        "ITI-4b",
        "ITI-7",
        "ITI-8a",
        "ITI-8b",
        "ITI-IV",
        "ITI-36",
        "POA-II-MARK",
        "POA-II-8",
        "POA-II-9",
        "POA-II-10",
        "POA-II-DESTROY",
        "FP-7",
        "FP-8",
        "FP-8-1c",
        "FP-9",
        "ATT-2-1",
        "SDG-16.4.2",
        "RES76232-PP-TECH",
        "RES76232-4",
        "RES76232-13",
        "RES76232-32",
        "RES76232-34",
    ],
    "prerequisites": [],
    "requires_sequence": False,
    "modules": [
        # ------------------------------------------------------------------
        # Module 1
        # ------------------------------------------------------------------
        {
            "slug": "marking-foundations",
            "title": "Instruments and definitions",
            "summary": (
                "The international instruments that set the rules on marking and "
                "record-keeping, and what counts as a small arm or a light weapon."
            ),
            "lessons": [
                {
                    "slug": "marking-international-framework",
                    "title": "The international framework for marking and records",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-SCOPE",
                        "POA-II-8",
                        "POA-II-9",
                        "FP-8",
                        "ATT-2-1",
                        "RES76232-4",
                        "RES76232-34",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Marking and record-keeping are a foundation of "
                            "small arms control. When a weapon carries a clear "
                            "and unique mark, and the State keeps a record of "
                            "that mark, "
                            "officials can later find out where the weapon came "
                            "from. Several international instruments set out what "
                            "States have agreed to do. This lesson introduces "
                            "them.</p>"
                            "<h3>The Programme of Action (PoA)</h3>"
                            "<p>The Programme of Action to Prevent, Combat and "
                            "Eradicate the Illicit Trade in Small Arms and Light "
                            "Weapons in All Its Aspects was adopted by consensus on "
                            "21 July 2001, after a UN conference held in New York "
                            "from 9 to 20 July 2001 (PoA, A/CONF.192/15). It is not "
                            "legally binding (PoA). In its section II, States "
                            "commit to prevent the manufacture, stockpiling, "
                            "transfer and possession of unmarked or inadequately "
                            "marked weapons (PoA, section II, para. 8), and to keep "
                            "comprehensive and accurate records (PoA, section II, "
                            "para. 9).</p>"
                            "<h3>The International Tracing Instrument (ITI)</h3>"
                            "<p>The General Assembly adopted the ITI on 8 December "
                            "2005 (ITI, A/60/88). It is politically, not legally, "
                            "binding, and it applies to all UN Member States (ITI, "
                            "nature and scope). It sets detailed standards on "
                            "marking (ITI, section III), on record-keeping (ITI, "
                            "section IV) and on cooperation in tracing. The ITI "
                            "does not apply to ammunition (ITI, nature and "
                            "scope).</p>"
                            "<h3>The Firearms Protocol</h3>"
                            "<p>The Firearms Protocol was adopted on 31 May 2001 by "
                            "General Assembly resolution 55/255 as the third "
                            "protocol to UNTOC, and it entered into force on 3 July "
                            "2005 (Firearms Protocol, A/RES/55/255). It was the "
                            "first legally binding global instrument on small arms "
                            "(Firearms Protocol). It requires marking at "
                            "manufacture, on import and on transfer from government "
                            "stocks to permanent civilian use (Firearms Protocol, "
                            "art. 8).</p>"
                            "<h3>The Arms Trade Treaty and resolution 76/232</h3>"
                            "<p>The Arms Trade Treaty (ATT) includes small arms and "
                            "light weapons as the eighth category of arms in its "
                            "scope (ATT, art. 2(1)). In resolution 76/232, the "
                            "General Assembly calls upon all States to implement "
                            "the ITI, including by reporting on their national "
                            "marking practices (A/RES/76/232, para. 4). The same "
                            "resolution asks the Secretariat to present "
                            "arrangements for a dedicated fellowship training "
                            "programme on small arms and light weapons, "
                            "particularly for developing countries (A/RES/76/232, "
                            "para. 34).</p>",
                        ),
                        ("glossary_term", {"term": "marking"}),
                        ("glossary_term", {"term": "record-keeping"}),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Political and legal commitments",
                                "body": "<p>The PoA and the ITI are political "
                                "commitments, and the ITI applies to all UN Member "
                                "States (ITI, nature and scope). The Firearms "
                                "Protocol is legally binding on the States that "
                                "are parties to it (Firearms Protocol). A State "
                                "that has joined the Protocol and also follows "
                                "the ITI needs national rules that meet "
                                "both.</p>",
                            },
                        ),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-4",
                                "text": "including in their national reports the "
                                "name and contact information of the national "
                                "points of contact and information on national "
                                "marking practices used to indicate country of "
                                "manufacture and/or country of import, as "
                                "applicable",
                                "citation": "General Assembly resolution 76/232, "
                                "para. 4",
                            },
                        ),
                        (
                            "rich_text",
                            "<p>The instruments work together. The PoA sets broad "
                            "political commitments. The ITI turns the commitments "
                            "on marking, record-keeping and tracing into more "
                            "precise standards. The Firearms Protocol creates legal "
                            "obligations for its States parties. The next lessons "
                            "look at each standard in detail.</p>",
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Which of these instruments has your "
                                "country joined or committed to? Which national "
                                "authority is responsible for marking and "
                                "record-keeping, and does your last national "
                                "report describe your marking practices?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "marking-what-is-salw",
                    "title": "What counts as a small arm or a light weapon?",
                    "estimated_minutes": 25,
                    "sources": ["ITI-4a", "ITI-4b", "ITI-SCOPE", "SDG-16.4.2"],
                    "body": [
                        (
                            "rich_text",
                            "<p>Before a State can mark and record weapons, it "
                            "must know which weapons are covered. The ITI gives "
                            "broad definitions of small arms and of light weapons "
                            "(ITI, para. 4).</p>"
                            "<h3>Small arms</h3>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "ITI-4a",
                                "text": "'Small arms' are, broadly speaking, "
                                "weapons designed for individual use.",
                                "citation": "International Tracing Instrument, "
                                "para. 4(a)",
                            },
                        ),
                        (
                            "rich_text",
                            "<p>The ITI gives these examples of small arms (ITI, "
                            "para. 4(a)):</p>"
                            "<ul><li>revolvers and self-loading pistols;</li>"
                            "<li>rifles and carbines;</li>"
                            "<li>sub-machine guns;</li>"
                            "<li>assault rifles;</li>"
                            "<li>light machine guns.</li></ul>"
                            "<h3>Light weapons</h3>",
                        ),
                        ("glossary_term", {"term": "small arms"}),
                        (
                            "quotation",
                            {
                                "provision": "ITI-4b",
                                "text": "broadly speaking, weapons designed for "
                                "use by two or three persons serving as a crew, "
                                "although some may be carried and used by a "
                                "single person",
                                "citation": "International Tracing Instrument, "
                                "para. 4(b)",
                            },
                        ),
                        ("glossary_term", {"term": "light weapons"}),
                        (
                            "rich_text",
                            "<p>The ITI follows closely a list of typical light "
                            "weapons made in 1997 by a UN Panel of Governmental "
                            "Experts (A/52/298, para. 26):</p>"
                            "<ul><li>heavy machine guns;</li>"
                            "<li>hand-held under-barrel and mounted grenade "
                            "launchers;</li>"
                            "<li>portable anti-aircraft guns;</li>"
                            "<li>portable anti-tank guns and recoilless rifles;</li>"
                            "<li>portable launchers of anti-tank missile and rocket "
                            "systems;</li>"
                            "<li>portable launchers of anti-aircraft missile "
                            "systems;</li>"
                            "<li>mortars of calibres less than 100 mm.</li></ul>"
                            "<h3>The general definition and antique weapons</h3>"
                            "<p>The definition used for Sustainable Development "
                            "Goal indicator 16.4.2 mirrors the ITI (SDG indicator "
                            "16.4.2 metadata). It describes small arms and light "
                            "weapons as any portable lethal weapon that expels or "
                            "launches a shot, bullet or projectile by the action of "
                            "an explosive, or that is designed to do so, or that "
                            "may readily be converted to do so (SDG indicator "
                            "16.4.2 metadata). Antique weapons and their replicas "
                            "are excluded. National law defines what is an "
                            "antique, but antiques never include weapons made "
                            "after 1899 (SDG indicator 16.4.2 metadata).</p>",
                        ),
                        ("glossary_term", {"term": "antique weapons"}),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "Ammunition is outside the ITI",
                                "body": "<p>The ITI does not apply to ammunition. "
                                "The working group that negotiated it recommended "
                                "that ammunition for small arms and light weapons "
                                "be dealt with in a separate UN process (ITI, "
                                "nature and scope). Do not assume that the ITI "
                                "rules on marking and records cover cartridges or "
                                "other ammunition.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Sort the weapons",
                                "body": "<p>Decide whether each item is a small "
                                "arm or a light weapon, and say which definition "
                                "you used: a self-loading pistol; a heavy machine "
                                "gun; an assault rifle; a mortar with a calibre "
                                "under 100 mm; a portable launcher of an "
                                "anti-tank missile system.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "How does your national law define "
                                "small arms, light weapons and antique weapons? "
                                "Is there a cut-off year for antiques, and is it "
                                "consistent with the rule that antiques never "
                                "include weapons made after 1899?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 1 assessment: instruments and definitions",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "Broadly speaking, the ITI describes small arms as "
                        "weapons designed for:",
                        "options": [
                            {
                                "text": "Individual use",
                                "correct": True,
                                "feedback": "Correct. This is the ITI definition.",
                            },
                            {
                                "text": "Use by a crew of two or three persons",
                                "correct": False,
                                "feedback": "This describes light weapons.",
                            },
                            {
                                "text": "Use only by armed forces",
                                "correct": False,
                                "feedback": "The definition is about who is "
                                "meant to use the weapon, not which service.",
                            },
                            {
                                "text": "Use only with explosive projectiles",
                                "correct": False,
                                "feedback": "This is not part of the definition.",
                            },
                        ],
                        "explanation": "The ITI defines small arms, broadly "
                        "speaking, as weapons designed for individual use (ITI, "
                        "para. 4(a)).",
                        "source": "ITI-4a",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "Which of these are typical light weapons in the "
                        "list that the ITI closely follows? Select all that apply.",
                        "options": [
                            {
                                "text": "Heavy machine guns",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Mortars of calibres less than 100 mm",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Portable anti-tank guns and recoilless rifles",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Revolvers and self-loading pistols",
                                "correct": False,
                                "feedback": "These are examples of small arms.",
                            },
                            {
                                "text": "Assault rifles",
                                "correct": False,
                                "feedback": "These are examples of small arms.",
                            },
                        ],
                        "explanation": "Light weapons are, broadly, designed for "
                        "use by a crew of two or three (ITI, para. 4(b)). The "
                        "typical examples come from the 1997 list of the UN Panel "
                        "of Governmental Experts (A/52/298, para. 26); revolvers, "
                        "pistols and assault rifles are small arms (ITI, para. "
                        "4(a)).",
                        "source": "ITI-4b",
                    },
                    {
                        "type": "numeric",
                        "stem": "Antique weapons are excluded from the general "
                        "definition of small arms and light weapons. After which "
                        "year of manufacture can a weapon never count as an "
                        "antique?",
                        "answer": 1899,
                        "tolerance": 0,
                        "explanation": "National law defines antiques, but in no "
                        "case do they include weapons manufactured after 1899 (SDG "
                        "indicator 16.4.2 metadata, which mirrors the ITI).",
                        "source": "SDG-16.4.2",
                    },
                    {
                        "type": "true_false",
                        "stem": "The ITI applies to small arms and light weapons "
                        "ammunition.",
                        "answer": False,
                        "explanation": "The ITI does not apply to ammunition; "
                        "ammunition was to be dealt with in a separate UN process "
                        "(ITI, nature and scope).",
                        "source": "ITI-SCOPE",
                    },
                    {
                        "type": "true_false",
                        "stem": "The ITI is politically binding and applies to all "
                        "UN Member States.",
                        "answer": True,
                        "explanation": "The ITI is politically, not legally, "
                        "binding, and unlike the Firearms Protocol it applies to "
                        "all UN Member States (ITI, nature and scope).",
                        "source": "ITI-SCOPE",
                    },
                    {
                        "type": "short_text",
                        "stem": "Resolution 76/232 asks States to report on "
                        "national marking practices used to indicate the country "
                        "of manufacture and/or the country of ... (one word).",
                        "accepted": ["import", "importation"],
                        "explanation": "States are called upon to include in their "
                        "national reports information on marking practices that "
                        "indicate the country of manufacture and/or country of "
                        "import (A/RES/76/232, para. 4).",
                        "source": "RES76232-4",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 2
        # ------------------------------------------------------------------
        {
            "slug": "marking-principles",
            "title": "Marking weapons: what, where and when",
            "summary": (
                "The ITI standards for marking at manufacture and on import, the "
                "Firearms Protocol rule for weapons leaving government stocks, and "
                "the good practice in MOSAIC 05.30."
            ),
            "lessons": [
                {
                    "slug": "marking-at-manufacture",
                    "title": "Marking at manufacture: the ITI standard",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-7",
                        "ITI-8a",
                        "POA-II-MARK",
                        "POA-II-8",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>The first mark a weapon receives is applied "
                            "when it is made. This lesson explains what "
                            "the ITI asks for at manufacture, and which qualities "
                            "every required mark must have.</p>"
                            "<h3>Who chooses the method?</h3>"
                            "<p>Each State chooses its own marking method: this is "
                            "a national prerogative (ITI, para. 7). The ITI does "
                            "not require one technique. It sets the result that "
                            "any method must reach.</p>"
                            "<h3>Qualities of a mark</h3>"
                            "<p>Whatever the method, the required marks must be "
                            "(ITI, para. 7):</p>"
                            "<ul><li>on an exposed surface;</li>"
                            "<li>conspicuous without technical aids or tools;</li>"
                            "<li>easily recognizable;</li>"
                            "<li>readable;</li>"
                            "<li>durable; and</li>"
                            "<li>as far as technically possible, recoverable.</li>"
                            "</ul>",
                        ),
                        ("glossary_term", {"term": "marking"}),
                        (
                            "rich_text",
                            "<h3>What the mark must show</h3>"
                            "<p>At manufacture, States choose one of two options "
                            "(ITI, para. 8(a)):</p>"
                            "<ol><li>a unique marking that gives the name of the "
                            "manufacturer, the country of manufacture and the "
                            "serial number; or</li>"
                            "<li>an alternative unique, user-friendly marking, "
                            "made of simple symbols together with a numeric and/or "
                            "alphanumeric code, that allows all States to identify "
                            "the country of manufacture readily.</li></ol>"
                            "<p>States should also encourage the marking of "
                            "the year of manufacture, the weapon type or model, "
                            "and the calibre (ITI, para. 8(a)). These details are "
                            "encouraged, not required.</p>",
                        ),
                        ("glossary_term", {"term": "unique marking"}),
                        ("glossary_term", {"term": "serial number"}),
                        (
                            "rich_text",
                            "<p>Why these three elements? The country of "
                            "manufacture tells an official which State to ask. "
                            "The manufacturer's name tells that State whose "
                            "records to check. The serial number points to one "
                            "single weapon in those records. The alternative code "
                            "in para. 8(a) must still allow all States to identify "
                            "the country of manufacture readily (ITI, para. "
                            "8(a)).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Required and encouraged content",
                                "body": "<p><strong>Required:</strong> "
                                "manufacturer, country of manufacture and serial "
                                "number, or an equivalent unique code. "
                                "<strong>Encouraged:</strong> year of manufacture, "
                                "type or model, and calibre (ITI, para. "
                                "8(a)).</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>The Programme of Action</h3>"
                            "<p>The PoA asks licensed manufacturers to apply a "
                            "reliable marking on each small arm and light weapon "
                            "during production (PoA, section II). States also "
                            "commit to prevent the manufacture, stockpiling, "
                            "transfer and possession of weapons that are unmarked "
                            "or inadequately marked (PoA, section II, para. 8). A "
                            "weapon without a proper mark is therefore itself a "
                            "warning sign.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check a marking",
                                "body": "<p>A newly made rifle shows only a "
                                "serial number, stamped under the grip where it "
                                "cannot be seen without taking the weapon apart. "
                                "List every way in which this marking falls short "
                                "of ITI paras. 7 and 8(a).</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Which marking method and which option "
                                "of ITI para. 8(a) does your country use for "
                                "weapons made on its territory? Are the year, "
                                "model and calibre also marked?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "marking-import-and-state-stocks",
                    "title": "Marking on import and on transfer from State stocks",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-8b",
                        "FP-8",
                        "FP-8-1c",
                        "POA-II-10",
                        "MOSAIC:05.30",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>A weapon may cross several borders and change "
                            "hands many times during its life. The mark applied at "
                            "manufacture tells officials where the weapon was "
                            "made, but not where it entered the country where it "
                            "is now found. Marks added on import, and when a "
                            "weapon leaves government stocks, fill this gap.</p>"
                            "<h3>Import marking under the ITI</h3>"
                            "<p>To the extent possible, States require a simple "
                            "marking on each imported weapon that identifies the "
                            "country of import and, where possible, the year of "
                            "import (ITI, para. 8(b)). This allows the authorities "
                            "of the importing country to trace the weapon (ITI, "
                            "para. 8(b)). If the weapon does not already carry a "
                            "unique marking, one must also be applied (ITI, para. "
                            "8(b)). The ITI notes that import marking is already "
                            "required for States parties to the Firearms Protocol "
                            "(ITI, para. 8(b)).</p>",
                        ),
                        ("glossary_term", {"term": "import marking"}),
                        (
                            "rich_text",
                            "<h3>Good practice for import marks</h3>"
                            "<p>MOSAIC 05.30 adds practical advice (MOSAIC "
                            "05.30):</p>"
                            "<ul><li>an adequately marked weapon receives the "
                            "country and year of import;</li>"
                            "<li>an inadequately marked weapon also receives a "
                            "unique serial number;</li>"
                            "<li>the import mark goes on the frame or receiver, "
                            "next to the existing marks but clearly distinct from "
                            "them.</li></ul>"
                            "<h3>Weapons leaving government stocks</h3>"
                            "<p>The Firearms Protocol requires marking at "
                            "manufacture, on import, and on transfer from "
                            "government stocks to permanent civilian use "
                            "(Firearms Protocol, art. 8). In the last case, an "
                            "appropriate unique mark is required (Firearms "
                            "Protocol, art. 8(1)(c)). MOSAIC 05.30 also lists "
                            "transfer from government stocks to permanent civilian "
                            "use as a time of marking (MOSAIC 05.30).</p>"
                            "<p>Under the PoA, States take responsibility for all "
                            "small arms and light weapons held and issued by the "
                            "State, with effective measures for tracing them (PoA, "
                            "section II, para. 10). The ITI's own wording on "
                            "marking weapons held by the State has not been "
                            "confirmed, so this lesson does not teach it.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Three layers of marks",
                                "body": "<p>A weapon can carry a manufacture mark "
                                "(ITI, para. 8(a)), an import mark (ITI, para. "
                                "8(b)) and, for Firearms Protocol States parties, "
                                "a mark applied when it moves from government "
                                "stocks to permanent civilian use (Firearms "
                                "Protocol, art. 8(1)(c)). Each layer adds a link "
                                "in the weapon's history.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Plan an import mark",
                                "body": "<p>Your country imports a shipment of "
                                "pistols. Half carry a full manufacture mark; the "
                                "other half show only a model name. Using ITI "
                                "para. 8(b) and MOSAIC 05.30, describe the marks "
                                "each group should receive and where they should "
                                "be placed.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Does your country mark imported "
                                "weapons with the country and year of import? "
                                "What happens when surplus weapons from the "
                                "armed forces or police are sold or given to "
                                "civilians?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "marking-good-practice",
                    "title": "Good practice in MOSAIC 05.30 and new weapon designs",
                    "estimated_minutes": 25,
                    "sources": [
                        "MOSAIC:05.30",
                        "RES76232-PP-TECH",
                        "RES76232-13",
                        "RES76232-32",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>MOSAIC (the Modular Small-arms-control "
                            "Implementation Compendium) is a set of voluntary, "
                            "practical guidance notes that turn the PoA, the ITI, "
                            "the Firearms Protocol and the ATT into practice "
                            "(MOSAIC). Module 05.30 covers marking and "
                            "record-keeping (MOSAIC 05.30).</p>"
                            "<h3>When to mark</h3>"
                            "<p>MOSAIC 05.30 lists five times of marking (MOSAIC "
                            "05.30):</p>"
                            "<ol><li>at manufacture;</li>"
                            "<li>at import;</li>"
                            "<li>on transfer from government stocks to permanent "
                            "civilian use;</li>"
                            "<li>on permanent confiscation by the State;</li>"
                            "<li>on deactivation.</li></ol>"
                            "<h3>Where to mark</h3>"
                            "<p>Marking the frame or receiver is required; it is "
                            "the primary reference point for identifying the "
                            "weapon (MOSAIC 05.30). Marking other pressure-bearing "
                            "parts is recommended: the barrel, bolt, cylinder, "
                            "slide and breech block (MOSAIC 05.30).</p>",
                        ),
                        ("glossary_term", {"term": "frame or receiver"}),
                        ("glossary_term", {"term": "pressure-bearing parts"}),
                        (
                            "rich_text",
                            "<h3>What to mark</h3>"
                            "<p>The recommended content at manufacture is (MOSAIC "
                            "05.30):</p>"
                            "<ul><li>the country of manufacture, as a two-letter "
                            "ISO code;</li>"
                            "<li>the manufacturer's name or code;</li>"
                            "<li>the year of manufacture;</li>"
                            "<li>the type or model code;</li>"
                            "<li>the serial number;</li>"
                            "<li>the calibre.</li></ul>"
                            "<p>For ammunition, MOSAIC 05.30 recommends marking "
                            "the smallest packaging unit (MOSAIC 05.30). Remember "
                            "that this is MOSAIC guidance; the ITI itself does not "
                            "cover ammunition (ITI, nature and scope).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "The frame or receiver comes first",
                                "body": "<p>The frame or receiver must always be "
                                "marked and is the primary reference point. "
                                "Marking other pressure-bearing parts, such as "
                                "the barrel or the slide, is recommended (MOSAIC "
                                "05.30).</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>New designs: polymer and modular weapons</h3>"
                            "<p>The General Assembly has highlighted new "
                            "challenges and opportunities for marking, "
                            "record-keeping and tracing that result from "
                            "developments in manufacturing, technology and design "
                            "(A/RES/76/232, preamble). It encourages States to "
                            "take these developments, in particular polymer and "
                            "modular weapons, into account when implementing the "
                            "PoA and the ITI (A/RES/76/232, para. 13).</p>",
                        ),
                        (
                            "quotation",
                            {
                                "provision": "RES76232-32",
                                "text": "to develop a good practice document on "
                                "marking practices for modular and polymer weapons "
                                "taking into account the views of all Member "
                                "States and the role of manufacturers",
                                "citation": "General Assembly resolution 76/232, "
                                "para. 32",
                            },
                        ),
                        ("glossary_term", {"term": "polymer and modular weapons"}),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Write a marking plan",
                                "body": "<p>A factory in your country starts "
                                "making a new rifle model. Using MOSAIC 05.30, "
                                "list the information that should be marked, on "
                                "which component it must go, and which other "
                                "parts should also be marked. Then list the later "
                                "events in the rifle's life that would call for a "
                                "new mark.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Which of the five times of marking in "
                                "MOSAIC 05.30 are already part of your national "
                                "practice, and which are missing? How does your "
                                "country mark weapons with a polymer frame or "
                                "with modular parts?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 2 assessment: marking weapons",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "Under ITI para. 8(a), a unique marking applied at "
                        "manufacture must at minimum show:",
                        "options": [
                            {
                                "text": "Year of manufacture, calibre and model",
                                "correct": False,
                                "feedback": "These details are encouraged, not "
                                "required.",
                            },
                            {
                                "text": "Name of the manufacturer, country of "
                                "manufacture and serial number",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Importer, year of import and serial number",
                                "correct": False,
                                "feedback": "Import details belong to the import "
                                "marking in para. 8(b).",
                            },
                            {
                                "text": "Owner's name, licence number and serial "
                                "number",
                                "correct": False,
                                "feedback": "Owner and licence data are not part "
                                "of the marking.",
                            },
                        ],
                        "explanation": "ITI para. 8(a) requires the manufacturer, "
                        "the country of manufacture and the serial number, or an "
                        "equivalent alternative unique code (ITI, para. 8(a)).",
                        "source": "ITI-8a",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Which details does the ITI encourage, but not "
                        "require, at manufacture?",
                        "options": [
                            {
                                "text": "The serial number only",
                                "correct": False,
                                "feedback": "The serial number is required.",
                            },
                            {
                                "text": "Year of manufacture, weapon type or model, "
                                "and calibre",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Country of import",
                                "correct": False,
                                "feedback": "This belongs to import marking.",
                            },
                            {
                                "text": "Proof-house marks",
                                "correct": False,
                                "feedback": "Para. 8(a) does not mention them.",
                            },
                        ],
                        "explanation": "Para. 8(a) asks States to encourage "
                        "marking of the year of manufacture, type or model, and "
                        "calibre (ITI, para. 8(a)).",
                        "source": "ITI-8a",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "ITI para. 7 says required marks must be on an "
                        "exposed surface. Which other qualities does it list? "
                        "Select all that apply.",
                        "options": [
                            {
                                "text": "Conspicuous without technical aids or tools",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Easily recognizable, readable and durable",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "As far as technically possible, recoverable",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Readable only under magnification",
                                "correct": False,
                                "feedback": "Marks must be visible without "
                                "technical aids.",
                            },
                            {
                                "text": "Hidden, to prevent tampering",
                                "correct": False,
                                "feedback": "Marks go on an exposed surface.",
                            },
                        ],
                        "explanation": "These are the qualities set out in ITI "
                        "para. 7 (ITI, para. 7).",
                        "source": "ITI-7",
                    },
                    {
                        "type": "true_false",
                        "stem": "Under the ITI, the choice of marking method is a "
                        "national prerogative.",
                        "answer": True,
                        "explanation": "Each State chooses its method, but the "
                        "marks must meet the qualities in para. 7 (ITI, para. 7).",
                        "source": "ITI-7",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Under the ITI, an import marking should identify:",
                        "options": [
                            {
                                "text": "The country of import and, where "
                                "possible, the year of import",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The importer's tax number",
                                "correct": False,
                                "feedback": "Not part of the import marking.",
                            },
                            {
                                "text": "The identity of the end-user",
                                "correct": False,
                                "feedback": "Not part of the import marking.",
                            },
                            {
                                "text": "The port of entry",
                                "correct": False,
                                "feedback": "Not part of the import marking.",
                            },
                        ],
                        "explanation": "ITI para. 8(b) asks for the country of "
                        "import and, where possible, the year of import; a unique "
                        "mark is also required if the weapon lacks one (ITI, para. "
                        "8(b)).",
                        "source": "ITI-8b",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Under MOSAIC 05.30, which component must be marked "
                        "and serves as the primary reference point?",
                        "options": [
                            {
                                "text": "The barrel",
                                "correct": False,
                                "feedback": "Marking the barrel is recommended, "
                                "not the primary reference point.",
                            },
                            {
                                "text": "The magazine",
                                "correct": False,
                                "feedback": "The magazine is not the reference point.",
                            },
                            {
                                "text": "The frame or receiver",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The stock",
                                "correct": False,
                                "feedback": "The stock is not the reference point.",
                            },
                        ],
                        "explanation": "The frame or receiver must be marked; "
                        "marking pressure-bearing parts is recommended (MOSAIC "
                        "05.30).",
                        "source": "MOSAIC:05.30",
                    },
                    {
                        "type": "single_choice",
                        "stem": "Which of these is NOT a time of marking listed in "
                        "MOSAIC 05.30?",
                        "options": [
                            {
                                "text": "Manufacture",
                                "correct": False,
                                "feedback": "Manufacture is a listed time.",
                            },
                            {
                                "text": "Permanent confiscation by the State",
                                "correct": False,
                                "feedback": "Permanent confiscation is a listed time.",
                            },
                            {
                                "text": "Deactivation",
                                "correct": False,
                                "feedback": "Deactivation is a listed time.",
                            },
                            {
                                "text": "Each annual inventory check",
                                "correct": True,
                                "feedback": "Correct: inventory checks are not a "
                                "time of marking.",
                            },
                        ],
                        "explanation": "The listed times are manufacture, import, "
                        "transfer from government stocks to permanent civilian "
                        "use, permanent confiscation and deactivation (MOSAIC "
                        "05.30).",
                        "source": "MOSAIC:05.30",
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Module 3
        # ------------------------------------------------------------------
        {
            "slug": "marking-records",
            "title": "Record-keeping and the later life of a weapon",
            "summary": (
                "What records States keep and for how long, and how deactivation, "
                "confiscation and national reporting fit into marking and "
                "record-keeping."
            ),
            "lessons": [
                {
                    "slug": "marking-record-keeping-standards",
                    "title": "What to record and for how long",
                    "estimated_minutes": 25,
                    "sources": [
                        "ITI-IV",
                        "POA-II-9",
                        "POA-II-10",
                        "FP-7",
                        "MOSAIC:05.30",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>A mark on a weapon is only useful if it can be "
                            "matched to a record. Records link the mark to the "
                            "manufacturer, to each transfer and to each holder. "
                            "Without records, a trace cannot go further than "
                            "the mark itself.</p>"
                            "<h3>The ITI</h3>"
                            "<p>States keep accurate and comprehensive records of "
                            "all marked small arms and light weapons in their "
                            "territory (ITI, section IV). The ITI sets minimum "
                            "retention periods (ITI, section IV):</p>"
                            "<ul><li>manufacturing records: at least 30 "
                            "years;</li>"
                            "<li>all other records, including import and export "
                            "records: at least 20 years.</li></ul>",
                        ),
                        ("glossary_term", {"term": "record-keeping"}),
                        ("glossary_term", {"term": "retention period"}),
                        (
                            "rich_text",
                            "<h3>The Programme of Action</h3>"
                            "<p>The PoA asks States to keep comprehensive and "
                            "accurate records for as long as possible on the "
                            "manufacture, holding and transfer of small arms and "
                            "light weapons (PoA, section II, para. 9). The records "
                            "must be organized so that information can be "
                            "retrieved promptly (PoA, section II, para. 9).</p>"
                            "<h3>The Firearms Protocol</h3>"
                            "<p>States parties keep records for at least 10 years "
                            "(Firearms Protocol, art. 7). The records include the "
                            "markings and the details of international "
                            "transactions (Firearms Protocol, art. 7):</p>"
                            "<ul><li>the dates of issue and expiry of licences;"
                            "</li>"
                            "<li>the exporting, importing and transit countries;"
                            "</li>"
                            "<li>the final recipient;</li>"
                            "<li>the description and quantity of the items.</li>"
                            "</ul>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "Retention periods compared",
                                "body": "<ul><li>ITI: manufacturing records at "
                                "least 30 years; other records at least 20 years "
                                "(ITI, section IV).</li>"
                                "<li>Firearms Protocol: at least 10 years "
                                "(Firearms Protocol, art. 7).</li>"
                                "<li>PoA: for as long as possible (PoA, section "
                                "II, para. 9).</li></ul>"
                                "<p>A State that wants to meet all three "
                                "standards needs the longest of these "
                                "periods.</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>What the record should contain</h3>"
                            "<p>MOSAIC 05.30 recommends that records contain "
                            "(MOSAIC 05.30):</p>"
                            "<ul><li>the country of manufacture;</li>"
                            "<li>the manufacturer;</li>"
                            "<li>the serial number;</li>"
                            "<li>the year of manufacture;</li>"
                            "<li>the type or model;</li>"
                            "<li>the calibre;</li>"
                            "<li>the location of the marks on the weapon.</li>"
                            "</ul>",
                        ),
                        (
                            "rich_text",
                            "<p>Records matter for weapons held by the State as "
                            "well. Under the PoA, States take responsibility for "
                            "all small arms and light weapons held and issued by "
                            "the State, with effective measures for tracing them "
                            "(PoA, section II, para. 10).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Check the archive",
                                "body": "<p>A weapon made 25 years ago is "
                                "recovered. Under the ITI minimum periods, should "
                                "the manufacturing record still exist? Should an "
                                "export record from 22 years ago still exist? "
                                "Explain your answers with ITI section IV.</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Who holds manufacturing, import, "
                                "export and State inventory records in your "
                                "country? For how long are they kept, and could "
                                "an official retrieve one promptly?"
                            },
                        ),
                    ],
                },
                {
                    "slug": "marking-deactivation-and-reporting",
                    "title": "Deactivation, confiscation and national reporting",
                    "estimated_minutes": 25,
                    "sources": [
                        "FP-9",
                        "MOSAIC:05.30",
                        "MOSAIC:05.55",
                        "POA-II-DESTROY",
                        "RES76232-4",
                        "ITI-36",
                    ],
                    "body": [
                        (
                            "rich_text",
                            "<p>Marking and record-keeping do not end when a weapon "
                            "leaves service. A weapon may be deactivated, "
                            "confiscated or destroyed, and each of these events "
                            "should be visible on the weapon or in the records.</p>"
                            "<h3>Deactivation</h3>"
                            "<p>The Firearms Protocol sets general principles of "
                            "deactivation (Firearms Protocol, art. 9):</p>"
                            "<ul><li>all essential parts are made permanently "
                            "inoperable and impossible to remove, replace or "
                            "modify for reactivation;</li>"
                            "<li>a competent authority verifies the "
                            "deactivation;</li>"
                            "<li>a certificate is issued, or a clearly visible "
                            "mark is applied to the firearm.</li></ul>"
                            "<p>MOSAIC 05.30 lists deactivation as one of the "
                            "times of marking (MOSAIC 05.30), and MOSAIC has a "
                            "separate module on permanent deactivation (MOSAIC "
                            "05.55). It has not been confirmed whether the ITI "
                            "itself contains rules on deactivation, so none are "
                            "attributed to it here.</p>",
                        ),
                        ("glossary_term", {"term": "deactivation"}),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "A weak deactivation is a risk",
                                "body": "<p>If essential parts can be removed, "
                                "replaced or modified, the weapon can be brought "
                                "back into use. This is why the Firearms Protocol "
                                "requires permanent inoperability and "
                                "verification by a competent authority (Firearms "
                                "Protocol, art. 9).</p>",
                            },
                        ),
                        (
                            "rich_text",
                            "<h3>Confiscation and destruction</h3>"
                            "<p>MOSAIC 05.30 lists permanent confiscation by the "
                            "State as a time of marking (MOSAIC 05.30). Under the "
                            "PoA, States destroy confiscated, seized or collected "
                            "weapons, unless another form of disposal or use has "
                            "been officially authorized and the weapons have been "
                            "marked and registered (PoA, section II).</p>"
                            "<h3>National reporting</h3>"
                            "<p>States report every two years on their "
                            "implementation of the ITI, and this report may be "
                            "part of their PoA report (ITI, para. 36). The General "
                            "Assembly calls upon States to include in their "
                            "national reports information on the marking "
                            "practices they use to indicate the country of "
                            "manufacture and/or import, and the contact details of "
                            "their national points of contact (A/RES/76/232, para. "
                            "4).</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "key_point",
                                "title": "The whole life of a weapon",
                                "body": "<p>Manufacture, import, transfer from "
                                "government stocks to civilian use, permanent "
                                "confiscation and deactivation are all times of "
                                "marking (MOSAIC 05.30). Each should leave a mark "
                                "on the weapon and an entry in the records.</p>",
                            },
                        ),
                        (
                            "callout",
                            {
                                "kind": "exercise",
                                "title": "Draft a report entry",
                                "body": "<p>Write three or four sentences for your "
                                "country's next national report that describe how "
                                "the country of manufacture and the country of "
                                "import are shown on weapons (A/RES/76/232, para. "
                                "4).</p>",
                            },
                        ),
                        (
                            "reflection",
                            {
                                "prompt": "Which authority in your country "
                                "verifies deactivation, and are deactivated or "
                                "confiscated weapons marked and recorded? What "
                                "does your national report say about marking "
                                "practices?"
                            },
                        ),
                    ],
                },
            ],
            "quiz": {
                "title": "Module 3 assessment: record-keeping and deactivation",
                "pass_mark": 70,
                "questions": [
                    {
                        "type": "single_choice",
                        "stem": "The ITI minimum retention period for manufacturing "
                        "records is:",
                        "options": [
                            {
                                "text": "10 years",
                                "correct": False,
                                "feedback": "This is the Firearms Protocol minimum.",
                            },
                            {
                                "text": "20 years",
                                "correct": False,
                                "feedback": "This is the ITI minimum for other "
                                "records.",
                            },
                            {
                                "text": "30 years",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Indefinitely",
                                "correct": False,
                                "feedback": "The ITI sets a minimum period.",
                            },
                        ],
                        "explanation": "Manufacturing records are kept for at "
                        "least 30 years (ITI, section IV).",
                        "source": "ITI-IV",
                    },
                    {
                        "type": "numeric",
                        "stem": "Under the ITI, for at least how many years must "
                        "records other than manufacturing records, including "
                        "import and export records, be kept?",
                        "answer": 20,
                        "tolerance": 0,
                        "explanation": "All other records, including import and "
                        "export records, are kept for at least 20 years (ITI, "
                        "section IV).",
                        "source": "ITI-IV",
                    },
                    {
                        "type": "single_choice",
                        "stem": "The Firearms Protocol (art. 7) requires records to "
                        "be kept for at least:",
                        "options": [
                            {
                                "text": "10 years",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "15 years",
                                "correct": False,
                                "feedback": "Incorrect.",
                            },
                            {
                                "text": "20 years",
                                "correct": False,
                                "feedback": "This is the ITI minimum for "
                                "non-manufacturing records.",
                            },
                            {
                                "text": "30 years",
                                "correct": False,
                                "feedback": "This is the ITI minimum for "
                                "manufacturing records.",
                            },
                        ],
                        "explanation": "Article 7 sets a minimum of 10 years "
                        "(Firearms Protocol, art. 7).",
                        "source": "FP-7",
                    },
                    {
                        "type": "matching",
                        "stem": "Match each record-keeping rule to its retention "
                        "period.",
                        "pairs": [
                            ["ITI, manufacturing records", "At least 30 years"],
                            [
                                "ITI, other records including import and export",
                                "At least 20 years",
                            ],
                            ["Firearms Protocol, art. 7", "At least 10 years"],
                            ["PoA, section II, para. 9", "For as long as possible"],
                        ],
                        "explanation": "ITI: 30 and 20 years (ITI, section IV); "
                        "Firearms Protocol: 10 years (Firearms Protocol, art. 7); "
                        "PoA: as long as possible (PoA, section II, para. 9).",
                        "source": "ITI-IV",
                    },
                    {
                        "type": "single_choice",
                        "stem": "The PoA (section II, para. 9) asks States to keep "
                        "records on manufacture, holding and transfer:",
                        "options": [
                            {
                                "text": "For 5 years",
                                "correct": False,
                                "feedback": "The PoA sets no fixed period.",
                            },
                            {
                                "text": "Until the weapon is exported",
                                "correct": False,
                                "feedback": "Export does not end the duty.",
                            },
                            {
                                "text": "For as long as possible, organized so "
                                "that information can be retrieved promptly",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "Only for military weapons",
                                "correct": False,
                                "feedback": "The commitment is not limited to "
                                "military weapons.",
                            },
                        ],
                        "explanation": "PoA section II, para. 9 asks for "
                        "comprehensive, accurate records kept for as long as "
                        "possible (PoA, section II, para. 9).",
                        "source": "POA-II-9",
                    },
                    {
                        "type": "multiple_response",
                        "stem": "Which are general principles of deactivation in "
                        "the Firearms Protocol (art. 9)? Select all that apply.",
                        "options": [
                            {
                                "text": "All essential parts are made permanently "
                                "inoperable and impossible to remove, replace or "
                                "modify for reactivation",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "A competent authority verifies the "
                                "deactivation",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "A certificate is issued or a clearly "
                                "visible mark is applied",
                                "correct": True,
                                "feedback": "Correct.",
                            },
                            {
                                "text": "The owner certifies the deactivation "
                                "personally",
                                "correct": False,
                                "feedback": "Verification is by a competent authority.",
                            },
                        ],
                        "explanation": "These three principles are set out in "
                        "article 9 (Firearms Protocol, art. 9).",
                        "source": "FP-9",
                    },
                ],
            },
        },
    ],
}
