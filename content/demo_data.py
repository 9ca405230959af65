"""Reference library for the demo curriculum.

Instruments, the provisions the demo lessons cite, the MOSAIC modules and a
glossary. Every entry uses only facts from the curriculum fact brief and from
the text of General Assembly resolution 76/232. Keys follow the pattern
"<ABBREVIATION>-<compact reference>", for example "ITI-8a" or "POA-II-9".
"""

INSTRUMENTS = [
    {
        "key": "POA",
        "title": (
            "Programme of Action to Prevent, Combat and Eradicate the Illicit Trade "
            "in Small Arms and Light Weapons in All Its Aspects"
        ),
        "short_title": "Programme of Action",
        "abbreviation": "PoA",
        "kind": "political",
        "adopted": "2001-07-21",
        "symbol": "A/CONF.192/15",
        "summary": (
            "Adopted by consensus, without a vote, on 21 July 2001 at the United "
            "Nations conference held in New York from 9 to 20 July 2001. It is not "
            "legally binding. Section II sets out national commitments on "
            "legislation, marking, record-keeping, stockpiles, export controls, "
            "brokering and destruction."
        ),
    },
    {
        "key": "ITI",
        "title": (
            "International Instrument to Enable States to Identify and Trace, in a "
            "Timely and Reliable Manner, Illicit Small Arms and Light Weapons"
        ),
        "short_title": "International Tracing Instrument",
        "abbreviation": "ITI",
        "kind": "political",
        "adopted": "2005-12-08",
        "symbol": "A/60/88",
        "summary": (
            "Adopted by the General Assembly on 8 December 2005. It is politically, "
            "not legally, binding and applies to all UN Member States. It sets "
            "standards for marking, record-keeping and cooperation in tracing, and "
            "it does not apply to ammunition."
        ),
    },
    {
        "key": "FP",
        "title": "Firearms Protocol (third protocol to UNTOC)",
        "short_title": "Firearms Protocol",
        "abbreviation": "FP",
        "kind": "legally_binding",
        "adopted": "2001-05-31",
        "symbol": "A/RES/55/255",
        "summary": (
            "Adopted on 31 May 2001 by General Assembly resolution 55/255 as the "
            "third protocol to UNTOC, and in force since 3 July 2005. It was the "
            "first legally binding global instrument on small arms. Its provisions "
            "cover criminal offences, licensing and authorization, and marking and "
            "tracing."
        ),
    },
    {
        "key": "ATT",
        "title": "Arms Trade Treaty",
        "short_title": "Arms Trade Treaty",
        "abbreviation": "ATT",
        "kind": "legally_binding",
        "adopted": "2013-04-02",
        "symbol": "",
        "summary": (
            "Adopted by the General Assembly on 2 April 2013, opened for signature "
            "on 3 June 2013 and in force since 24 December 2014. Small arms and "
            "light weapons are the eighth category in its scope, added to the seven "
            "categories of the UN Register of Conventional Arms."
        ),
    },
    {
        "key": "RES76232",
        "title": "The illicit trade in small arms and light weapons in all its aspects",
        "short_title": "General Assembly resolution 76/232",
        "abbreviation": "A/RES/76/232",
        "kind": "resolution",
        "adopted": "2021-12-24",
        "symbol": "A/RES/76/232",
        "summary": (
            "Adopted by the General Assembly on 24 December 2021. It calls for full "
            "implementation of the PoA and the ITI, stresses the participation of "
            "women, and addresses polymer and modular weapons. In paragraph 34 it "
            "asks the Secretariat to present arrangements for a dedicated "
            "fellowship training programme on small arms and light weapons."
        ),
    },
    {
        "key": "RES76233",
        "title": "General Assembly resolution 76/233",
        "short_title": "General Assembly resolution 76/233",
        "abbreviation": "A/RES/76/233",
        "kind": "resolution",
        "adopted": "2021-12-24",
        "symbol": "A/RES/76/233",
        "summary": (
            "Set up the open-ended working group that drafted the Global Framework "
            "for Through-life Conventional Ammunition Management. It recalls the "
            "recommendation to deal with small arms and light weapons ammunition in "
            "a separate UN process."
        ),
    },
    {
        "key": "RES7755",
        "title": "Women, disarmament, non-proliferation and arms control",
        "short_title": "General Assembly resolution 77/55",
        "abbreviation": "A/RES/77/55",
        "kind": "resolution",
        "adopted": "",
        "symbol": "A/RES/77/55",
        "summary": (
            "Recalls Security Council resolutions 2106, 2117, 2122 and 2220 on "
            "women's full, equal and effective participation in fighting the "
            "illicit transfer of small arms. It stresses that women are not only "
            "victims but are essential to preventing armed violence."
        ),
    },
    {
        "key": "UNSC2117",
        "title": "Security Council resolution 2117 (2013)",
        "short_title": "Security Council resolution 2117",
        "abbreviation": "SCR 2117",
        "kind": "resolution",
        "adopted": "2013-09-26",
        "symbol": "",
        "summary": (
            "Adopted on 26 September 2013 by 14 votes to none, with one abstention "
            "(Russia). It was the Council's first resolution on small arms. It notes "
            "the disproportionate impact of gun violence on violence against women "
            "and girls, and calls for women's full and meaningful participation."
        ),
    },
    {
        "key": "UNSC2220",
        "title": "Security Council resolution 2220 (2015)",
        "short_title": "Security Council resolution 2220",
        "abbreviation": "SCR 2220",
        "kind": "resolution",
        "adopted": "2015-05-22",
        "symbol": "",
        "summary": (
            "Adopted on 22 May 2015 by 9 votes to none, with 6 abstentions. It "
            "encourages States to better understand how small arms affect women and "
            "children, including by collecting sex-disaggregated data."
        ),
    },
    {
        "key": "UNSC2242",
        "title": "Security Council resolution 2242 (2015)",
        "short_title": "Security Council resolution 2242",
        "abbreviation": "SCR 2242",
        "kind": "resolution",
        "adopted": "2015-10-13",
        "symbol": "",
        "summary": (
            "A Women, Peace and Security resolution adopted unanimously on "
            "13 October 2015. Whether it contains a paragraph specific to small "
            "arms and light weapons has not been confirmed, so it is not presented "
            "here as a small arms resolution."
        ),
    },
    {
        "key": "UNSC2106",
        "title": "Security Council resolution 2106",
        "short_title": "Security Council resolution 2106",
        "abbreviation": "SCR 2106",
        "kind": "resolution",
        "adopted": "",
        "symbol": "",
        "summary": (
            "One of the Security Council resolutions that General Assembly "
            "resolution 77/55 recalls as calling for women's full, equal and "
            "effective participation in fighting the illicit transfer of small "
            "arms and light weapons."
        ),
    },
    {
        "key": "UNSC2122",
        "title": "Security Council resolution 2122",
        "short_title": "Security Council resolution 2122",
        "abbreviation": "SCR 2122",
        "kind": "resolution",
        "adopted": "",
        "symbol": "",
        "summary": (
            "One of the Security Council resolutions that General Assembly "
            "resolution 77/55 recalls as calling for women's full, equal and "
            "effective participation in fighting the illicit transfer of small "
            "arms and light weapons."
        ),
    },
    {
        "key": "SDG",
        "title": "2030 Agenda for Sustainable Development",
        "short_title": "2030 Agenda (Sustainable Development Goals)",
        "abbreviation": "SDG",
        "kind": "resolution",
        "adopted": "",
        "symbol": "A/RES/70/1",
        "summary": (
            "Target 16.4 asks for a significant reduction of illicit financial and "
            "arms flows by 2030. Indicator 16.4.2 measures the share of seized, "
            "found or surrendered arms whose illicit origin or context has been "
            "traced or established; UNODC and UNODA are its custodian agencies."
        ),
    },
    {
        "key": "REVCON3",
        "title": (
            "Outcome document of the third United Nations Conference to Review "
            "Progress Made in the Implementation of the Programme of Action"
        ),
        "short_title": "Third Review Conference outcome (2018)",
        "abbreviation": "RevCon3",
        "kind": "political",
        "adopted": "",
        "symbol": "A/CONF.192/2018/RC/3",
        "summary": (
            "Outcome of the third Review Conference, held in New York from 18 to "
            "29 June 2018. It acknowledged the proposal for a dedicated fellowship "
            "training programme on small arms and light weapons, and States agreed "
            "to use national points of contact to strengthen information exchange."
        ),
    },
    {
        "key": "REVCON4",
        "title": (
            "Outcome document of the fourth Conference to Review Progress Made in "
            "the Implementation of the Programme of Action"
        ),
        "short_title": "Fourth Review Conference outcome (2024)",
        "abbreviation": "RevCon4",
        "kind": "political",
        "adopted": "",
        "symbol": "A/CONF.192/2024/RC/CRP.1/Rev.3",
        "summary": (
            "Adopted by consensus at the fourth Review Conference in New York in "
            "June 2024. It set up an open-ended technical expert group on new "
            "developments in manufacturing, technology and design, and includes "
            "commitments on international cooperation and gender-responsive "
            "policies. The next Review Conference is planned for 2030."
        ),
    },
    {
        "key": "GFA",
        "title": "Global Framework for Through-life Conventional Ammunition Management",
        "short_title": "Global Framework on ammunition",
        "abbreviation": "GFA",
        "kind": "political",
        "adopted": "",
        "symbol": "A/78/111",
        "summary": (
            "Adopted by UN Member States in 2023; its text is in the annex of "
            "A/78/111. It contains 15 objectives and 85 measures and covers all "
            "conventional ammunition from manufacture to disposal. Objective 11 "
            "covers the marking and tracing of ammunition."
        ),
    },
    {
        "key": "IATG",
        "title": "International Ammunition Technical Guidelines",
        "short_title": "International Ammunition Technical Guidelines",
        "abbreviation": "IATG",
        "kind": "political",
        "adopted": "",
        "symbol": "",
        "summary": (
            "Voluntary technical guidelines in 12 volumes, developed in 2011 after "
            "the General Assembly asked for them in resolution 63/61. They take a "
            "whole-of-life approach to ammunition, and UN SaferGuard is their "
            "knowledge-management platform."
        ),
    },
]


PROVISIONS = [
    # --- International Tracing Instrument ---------------------------------
    {
        "key": "ITI-SCOPE",
        "instrument": "ITI",
        "reference": "nature and scope",
        "title": "Nature and scope of the instrument",
        "summary": (
            "The instrument is politically, not legally, binding and applies to all "
            "UN Member States. It does not apply to ammunition: the report of the "
            "working group that negotiated it (para. 27) recommended dealing with "
            "small arms and light weapons ammunition in a separate UN process."
        ),
    },
    {
        "key": "ITI-4a",
        "instrument": "ITI",
        "reference": "para. 4(a)",
        "title": "Definition of small arms",
        "summary": (
            "Small arms are, broadly speaking, weapons designed for individual use. "
            "Examples include revolvers and self-loading pistols, rifles and "
            "carbines, sub-machine guns, assault rifles and light machine guns."
        ),
    },
    {
        "key": "ITI-4b",
        "instrument": "ITI",
        "reference": "para. 4(b)",
        "title": "Definition of light weapons",
        "summary": (
            "Light weapons are, broadly speaking, weapons designed for use by two "
            "or three persons serving as a crew, although a single person may carry "
            "and use some of them."
        ),
    },
    {
        "key": "ITI-II",
        "instrument": "ITI",
        "reference": "section II (definition of tracing)",
        "title": "Definition of tracing",
        "summary": (
            "Tracing is the systematic tracking of illicit small arms and light "
            "weapons found or seized in a State, from manufacture or import, "
            "through the lines of supply, to the point where they became illicit."
        ),
    },
    {
        "key": "ITI-7",
        "instrument": "ITI",
        "reference": "para. 7",
        "title": "Marking method and qualities of marks",
        "summary": (
            "Each State chooses its own marking method. Required marks must be on an "
            "exposed surface, conspicuous without technical aids or tools, easily "
            "recognizable, readable, durable and, as far as technically possible, "
            "recoverable."
        ),
    },
    {
        "key": "ITI-8a",
        "instrument": "ITI",
        "reference": "para. 8(a)",
        "title": "Marking at manufacture",
        "summary": (
            "At manufacture, each weapon receives a unique marking with the name of "
            "the manufacturer, the country of manufacture and the serial number, or "
            "an alternative unique, user-friendly marking of simple symbols and a "
            "numeric and/or alphanumeric code that identifies the country of "
            "manufacture. States should also encourage marking of the year of "
            "manufacture, type or model, and calibre."
        ),
    },
    {
        "key": "ITI-8b",
        "instrument": "ITI",
        "reference": "para. 8(b)",
        "title": "Marking on import",
        "summary": (
            "To the extent possible, each imported weapon receives a simple marking "
            "that identifies the country of import and, where possible, the year of "
            "import. A unique marking is also required if the weapon does not "
            "already have one. Import marking is already required for States "
            "parties to the Firearms Protocol."
        ),
    },
    {
        "key": "ITI-IV",
        "instrument": "ITI",
        "reference": "section IV (record-keeping)",
        "title": "Record-keeping and retention periods",
        "summary": (
            "States keep accurate and comprehensive records of all marked small arms "
            "and light weapons in their territory. Manufacturing records are kept "
            "for at least 30 years, and all other records, including import and "
            "export records, for at least 20 years."
        ),
    },
    {
        "key": "ITI-COOP",
        "instrument": "ITI",
        "reference": "provisions on cooperation in tracing",
        "title": "Cooperation in tracing",
        "summary": (
            "States commit to being able to carry out traces and to answer tracing "
            "requests, and to respect any restrictions on the use of information "
            "they receive. INTERPOL describes the ITI as the instrument that names "
            "INTERPOL a key partner in tracing. The detailed rules on the content "
            "of requests and replies have not been confirmed."
        ),
    },
    {
        "key": "ITI-25",
        "instrument": "ITI",
        "reference": "section VI, para. 25",
        "title": "National points of contact",
        "summary": (
            "Each State designates one or more national points of contact to "
            "exchange information and to act as liaison on the implementation of "
            "the instrument."
        ),
    },
    {
        "key": "ITI-36",
        "instrument": "ITI",
        "reference": "para. 36",
        "title": "Biennial national reports",
        "summary": (
            "States report every two years to the Secretary-General on their "
            "implementation of the instrument. The report may be part of their "
            "national report on the Programme of Action."
        ),
    },
    {
        "key": "ITI-37",
        "instrument": "ITI",
        "reference": "para. 37",
        "title": "Biennial meetings of States",
        "summary": (
            "States meet every two years to consider implementation. The first ITI "
            "meeting was held within the Third Biennial Meeting of States, "
            "14 to 18 July 2008."
        ),
    },
    # --- Programme of Action ------------------------------------------------
    {
        "key": "POA-II-2",
        "instrument": "POA",
        "reference": "section II, para. 2",
        "title": "Laws and procedures on production and transfers",
        "summary": (
            "States put in place laws, regulations and administrative procedures to "
            "control the production of small arms and light weapons and their "
            "export, import, transit and retransfer."
        ),
    },
    {
        "key": "POA-II-3",
        "instrument": "POA",
        "reference": "section II, para. 3",
        "title": "Criminal offences",
        "summary": (
            "States make the illegal manufacture, possession, stockpiling and trade "
            "of small arms and light weapons criminal offences under national law."
        ),
    },
    {
        "key": "POA-II-4",
        "instrument": "POA",
        "reference": "section II, para. 4",
        "title": "National coordination bodies",
        "summary": (
            "States set up national coordination agencies or bodies for policy "
            "guidance, research and monitoring, covering areas such as manufacture, "
            "control, trafficking, brokering, trade, tracing, collection and "
            "destruction."
        ),
    },
    {
        "key": "POA-II-5",
        "instrument": "POA",
        "reference": "section II, para. 5",
        "title": "National point of contact",
        "summary": (
            "States establish or designate a national point of contact to act as "
            "liaison between States on matters relating to the implementation of "
            "the Programme of Action."
        ),
    },
    {
        "key": "POA-II-MARK",
        "instrument": "POA",
        "reference": "section II (paragraph number not confirmed)",
        "title": "Marking by licensed manufacturers",
        "summary": (
            "Licensed manufacturers apply a reliable marking on each small arm and "
            "light weapon during production."
        ),
    },
    {
        "key": "POA-II-8",
        "instrument": "POA",
        "reference": "section II, para. 8",
        "title": "Unmarked or inadequately marked weapons",
        "summary": (
            "States prevent the manufacture, stockpiling, transfer and possession "
            "of small arms and light weapons that are unmarked or inadequately "
            "marked."
        ),
    },
    {
        "key": "POA-II-9",
        "instrument": "POA",
        "reference": "section II, para. 9",
        "title": "Records for as long as possible",
        "summary": (
            "States keep comprehensive and accurate records, for as long as "
            "possible, on the manufacture, holding and transfer of small arms and "
            "light weapons, organized so that information can be retrieved "
            "promptly."
        ),
    },
    {
        "key": "POA-II-10",
        "instrument": "POA",
        "reference": "section II, para. 10",
        "title": "Responsibility for State-held weapons",
        "summary": (
            "States take responsibility for all small arms and light weapons held "
            "and issued by the State, with effective measures for tracing them."
        ),
    },
    {
        "key": "POA-II-11",
        "instrument": "POA",
        "reference": "section II, para. 11",
        "title": "Export assessment and diversion risk",
        "summary": (
            "States assess export applications under strict national rules, taking "
            "special account of the risk of diversion, and keep export and import "
            "licensing and transit measures."
        ),
    },
    {
        "key": "POA-II-14",
        "instrument": "POA",
        "reference": "section II, para. 14",
        "title": "Brokering",
        "summary": (
            "States develop adequate national legislation or administrative "
            "procedures on brokering in small arms and light weapons."
        ),
    },
    {
        "key": "POA-II-DESTROY",
        "instrument": "POA",
        "reference": "section II (paragraph number not confirmed)",
        "title": "Destruction of confiscated, seized or collected weapons",
        "summary": (
            "States destroy confiscated, seized or collected small arms and light "
            "weapons, unless another form of disposal or use has been officially "
            "authorized and the weapons have been marked and registered."
        ),
    },
    {
        "key": "POA-II-17",
        "instrument": "POA",
        "reference": "section II, para. 17",
        "title": "Standards for managing and securing stocks",
        "summary": (
            "Armed forces, police and other authorized holders set adequate and "
            "detailed standards and procedures for managing and securing their "
            "stocks: location, physical security, access control, inventory and "
            "accounting, staff training, weapons held or moved by operational "
            "units, and procedures and sanctions for theft or loss."
        ),
    },
    {
        "key": "POA-II-18",
        "instrument": "POA",
        "reference": "section II, para. 18",
        "title": "Review of stocks and disposal of surplus",
        "summary": (
            "States regularly review their stocks, clearly identify surplus, run "
            "programmes for its responsible disposal, preferably by destruction, "
            "and keep surplus safe until it is disposed of."
        ),
    },
    # --- Firearms Protocol --------------------------------------------------
    {
        "key": "FP-6-2",
        "instrument": "FP",
        "reference": "art. 6(2)",
        "title": "Presumption of destruction",
        "summary": (
            "Seized firearms are presumed to be destroyed. The article does not set "
            "a method of destruction."
        ),
    },
    {
        "key": "FP-7",
        "instrument": "FP",
        "reference": "art. 7",
        "title": "Record-keeping for at least 10 years",
        "summary": (
            "States parties keep records for at least 10 years, including the "
            "markings and details of international transactions: dates of issue "
            "and expiry of licences, exporting, importing and transit countries, "
            "the final recipient, and the description and quantity of the items."
        ),
    },
    {
        "key": "FP-8",
        "instrument": "FP",
        "reference": "art. 8",
        "title": "Marking of firearms",
        "summary": (
            "Firearms are marked at manufacture, on import, and when they are "
            "transferred from government stocks to permanent civilian use."
        ),
    },
    {
        "key": "FP-8-1c",
        "instrument": "FP",
        "reference": "art. 8(1)(c)",
        "title": "Marking on transfer from government stocks",
        "summary": (
            "An appropriate unique mark is required when a firearm is transferred "
            "from government stocks to permanent civilian use."
        ),
    },
    {
        "key": "FP-9",
        "instrument": "FP",
        "reference": "art. 9",
        "title": "General principles of deactivation",
        "summary": (
            "All essential parts of a deactivated firearm are made permanently "
            "inoperable and impossible to remove, replace or modify for "
            "reactivation. A competent authority verifies the deactivation, and a "
            "certificate is issued or a clearly visible mark is applied to the "
            "firearm."
        ),
    },
    {
        "key": "FP-11",
        "instrument": "FP",
        "reference": "art. 11",
        "title": "Security measures",
        "summary": (
            "States parties take measures to secure firearms, their parts and "
            "components and ammunition at the time of manufacture, import, export "
            "and transit."
        ),
    },
    # --- Arms Trade Treaty --------------------------------------------------
    {
        "key": "ATT-2-1",
        "instrument": "ATT",
        "reference": "art. 2(1)",
        "title": "Scope: eight categories of conventional arms",
        "summary": (
            "The treaty covers battle tanks, armoured combat vehicles, large-calibre "
            "artillery systems, combat aircraft, attack helicopters, warships, "
            "missiles and missile launchers, and small arms and light weapons."
        ),
    },
    {
        "key": "ATT-2-2",
        "instrument": "ATT",
        "reference": "art. 2(2)",
        "title": "Meaning of transfer",
        "summary": (
            "For the treaty, transfer means export, import, transit, trans-shipment "
            "and brokering."
        ),
    },
    {
        "key": "ATT-5-6",
        "instrument": "ATT",
        "reference": "art. 5(6)",
        "title": "National points of contact",
        "summary": (
            "The treaty provides for national points of contact in each State Party."
        ),
    },
    {
        "key": "ATT-13-3",
        "instrument": "ATT",
        "reference": "art. 13(3)",
        "title": "Annual reports on exports and imports",
        "summary": (
            "States Parties submit annual reports on their exports and imports, "
            "due by 31 May."
        ),
    },
    {
        "key": "ATT-22",
        "instrument": "ATT",
        "reference": "art. 22",
        "title": "Entry into force",
        "summary": (
            "The treaty entered into force 90 days after the fiftieth ratification, "
            "on 24 December 2014."
        ),
    },
    # --- Resolution 76/232 --------------------------------------------------
    {
        "key": "RES76232-PP-GENDER",
        "instrument": "RES76232",
        "reference": "preamble (participation of women)",
        "title": "Participation of women and gender mainstreaming",
        "summary": (
            "The General Assembly recognizes the need for stronger participation "
            "of women in decision-making and implementation under the PoA and the "
            "ITI, and reaffirms that States need to mainstream gender dimensions "
            "into their implementation efforts."
        ),
    },
    {
        "key": "RES76232-PP-TECH",
        "instrument": "RES76232",
        "reference": "preamble (developments in manufacturing, technology and design)",
        "title": "New challenges for marking, record-keeping and tracing",
        "summary": (
            "The General Assembly highlights new challenges and opportunities for "
            "effective marking, record-keeping and tracing that result from "
            "developments in the manufacturing, technology and design of small "
            "arms and light weapons, including polymer and modular weapons."
        ),
    },
    {
        "key": "RES76232-PP-MOSAIC",
        "instrument": "RES76232",
        "reference": "preamble (web-based tools)",
        "title": "MOSAIC as a tool to assess progress",
        "summary": (
            "The General Assembly notes that web-based tools of the Secretariat, "
            "including the Modular Small-arms-control Implementation Compendium, "
            "could be used to assess progress in implementing the PoA."
        ),
    },
    {
        "key": "RES76232-PP-FELLOWSHIP",
        "instrument": "RES76232",
        "reference": "preamble (fellowship proposal)",
        "title": "The fellowship proposal",
        "summary": (
            "The General Assembly reaffirms the third Review Conference's "
            "acknowledgement, welcomed by the Seventh Biennial Meeting of States, "
            "of the proposal for a dedicated fellowship training programme on small "
            "arms and light weapons, in particular for developing countries."
        ),
    },
    {
        "key": "RES76232-2",
        "instrument": "RES76232",
        "reference": "para. 2",
        "title": "National controls against diversion",
        "summary": (
            "The General Assembly recognizes the urgent need to keep and strengthen "
            "national controls to prevent the illicit trade, including diversion "
            "to illicit trade, illegal armed groups, terrorists and other "
            "unauthorized recipients."
        ),
    },
    {
        "key": "RES76232-3",
        "instrument": "RES76232",
        "reference": "para. 3",
        "title": "Management of government stockpiles",
        "summary": (
            "States are asked to redouble national efforts for the safe, secure, "
            "comprehensive and effective management of government stockpiles of "
            "small arms and light weapons, to prevent their diversion."
        ),
    },
    {
        "key": "RES76232-4",
        "instrument": "RES76232",
        "reference": "para. 4",
        "title": "Implementing the ITI through national reports",
        "summary": (
            "All States are called upon to implement the ITI, among other things by "
            "including in their national reports the name and contact details of "
            "their national points of contact and information on national marking "
            "practices for the country of manufacture and/or country of import."
        ),
    },
    {
        "key": "RES76232-11",
        "instrument": "RES76232",
        "reference": "para. 11",
        "title": "Link to Sustainable Development Goal 16",
        "summary": (
            "Full and effective implementation of the PoA and the ITI is important "
            "for reaching Goal 16 and target 16.4 of the 2030 Agenda."
        ),
    },
    {
        "key": "RES76232-12",
        "instrument": "RES76232",
        "reference": "para. 12",
        "title": "Equal, full and effective participation of women",
        "summary": (
            "The General Assembly emphasizes the need for the equal, full and "
            "effective participation of women in all decision-making and "
            "implementation processes relating to the PoA and the ITI."
        ),
    },
    {
        "key": "RES76232-13",
        "instrument": "RES76232",
        "reference": "para. 13",
        "title": "Polymer and modular weapons",
        "summary": (
            "States are encouraged to take recent developments in manufacturing, "
            "technology and design, in particular polymer and modular weapons, into "
            "account when implementing the PoA and the ITI, and to strengthen "
            "normative frameworks and cooperation between law enforcement agencies."
        ),
    },
    {
        "key": "RES76232-14",
        "instrument": "RES76232",
        "reference": "para. 14",
        "title": "International cooperation and assistance",
        "summary": (
            "International cooperation and assistance remain essential, including, "
            "as appropriate, improved funding, technology transfer and adequate "
            "training and support programmes, with strong national ownership."
        ),
    },
    {
        "key": "RES76232-21",
        "instrument": "RES76232",
        "reference": "para. 21",
        "title": "Cooperation with regional centres, WCO, INTERPOL and UNODC",
        "summary": (
            "States are encouraged to make full use of cooperation with the UN "
            "regional centres for peace and disarmament, the World Customs "
            "Organization, INTERPOL and the United Nations Office on Drugs and "
            "Crime."
        ),
    },
    {
        "key": "RES76232-23",
        "instrument": "RES76232",
        "reference": "para. 23",
        "title": "National reports",
        "summary": (
            "States are encouraged to submit voluntary national reports on the PoA; "
            "States will submit national reports on the ITI. The reporting template "
            "of the Office for Disarmament Affairs may be used, and reports are "
            "best synchronized with meetings."
        ),
    },
    {
        "key": "RES76232-32",
        "instrument": "RES76232",
        "reference": "para. 32",
        "title": "Good practice on marking modular and polymer weapons",
        "summary": (
            "The Secretariat is called upon to develop a good practice document on "
            "marking practices for modular and polymer weapons, taking into account "
            "the views of all Member States and the role of manufacturers."
        ),
    },
    {
        "key": "RES76232-34",
        "instrument": "RES76232",
        "reference": "para. 34",
        "title": "Dedicated fellowship training programme",
        "summary": (
            "The Secretariat is asked to present funding and administrative "
            "arrangements for a dedicated fellowship training programme on small "
            "arms and light weapons, to strengthen technical knowledge and "
            "expertise for implementing the PoA and the ITI, particularly in "
            "developing countries."
        ),
    },
    # --- Other instruments --------------------------------------------------
    {
        "key": "RES7755-PP",
        "instrument": "RES7755",
        "reference": "preamble",
        "title": "Women's participation in fighting illicit small arms transfers",
        "summary": (
            "Recalls Security Council resolutions 2106, 2117, 2122 and 2220 on "
            "women's full, equal and effective participation, and stresses that "
            "women are essential to preventing armed violence, not only its victims."
        ),
    },
    {
        "key": "UNSC2117-GEN",
        "instrument": "UNSC2117",
        "reference": "resolution 2117 (2013)",
        "title": "First Security Council resolution on small arms",
        "summary": (
            "Notes the disproportionate impact of gun violence on violence against "
            "women and girls, calls for women's full and meaningful participation "
            "in policymaking, planning and implementation, and asks those planning "
            "disarmament programmes to involve women."
        ),
    },
    {
        "key": "UNSC2220-GEN",
        "instrument": "UNSC2220",
        "reference": "resolution 2220 (2015)",
        "title": "Impact on women and children; sex-disaggregated data",
        "summary": (
            "Encourages States to better understand how small arms affect women and "
            "children, including by collecting sex-disaggregated data, and notes "
            "the risk of women becoming active players in illicit transfers."
        ),
    },
    {
        "key": "SDG-16.4",
        "instrument": "SDG",
        "reference": "target 16.4",
        "title": "Reduce illicit financial and arms flows",
        "summary": (
            "By 2030, significantly reduce illicit financial and arms flows, "
            "strengthen the recovery and return of stolen assets and combat all "
            "forms of organized crime."
        ),
    },
    {
        "key": "SDG-16.4.2",
        "instrument": "SDG",
        "reference": "indicator 16.4.2",
        "title": "Share of seized arms traced",
        "summary": (
            "Measures the proportion of seized, found or surrendered arms whose "
            "illicit origin or context has been traced or established by a "
            "competent authority. Its metadata also give a general definition of "
            "small arms and light weapons that excludes antiques, which in no case "
            "include weapons made after 1899."
        ),
    },
    {
        "key": "REVCON4-174-178",
        "instrument": "REVCON4",
        "reference": "paras. 174-178",
        "title": "Open-ended technical expert group",
        "summary": (
            "Sets up an open-ended technical expert group on developments in "
            "manufacturing, technology and design, including polymer frames, "
            "modular weapons and 3D printing. It meets in 2026 and 2028, during "
            "the ninth and tenth Biennial Meetings of States."
        ),
    },
    {
        "key": "GFA-11",
        "instrument": "GFA",
        "reference": "objective 11",
        "title": "Marking and tracing of ammunition",
        "summary": "Objective 11 of the Global Framework covers ammunition marking "
        "and tracing.",
    },
    {
        "key": "IATG-RRPL",
        "instrument": "IATG",
        "reference": "risk reduction process levels",
        "title": "Risk reduction process levels (RRPL)",
        "summary": (
            "The guidelines can be applied at basic, intermediate or advanced level "
            "(RRPL 1, 2 and 3). The basic aim is to manage stockpiles at RRPL 1 as a "
            "minimum and then improve step by step."
        ),
    },
]


MOSAIC_MODULES = [
    {
        "number": "02.10",
        "title": "SALW control in the context of preventing armed violence",
        "version": "",
        "date": "",
    },
    {
        "number": "02.20",
        "title": "SALW control in the context of Security Sector Reform",
        "version": "",
        "date": "",
    },
    {
        "number": "02.30",
        "title": (
            "SALW control in the context of Disarmament, Demobilization and "
            "Reintegration"
        ),
        "version": "",
        "date": "",
    },
    {
        "number": "03.10",
        "title": "National controls over the manufacture of SALW",
        "version": "",
        "date": "",
    },
    {
        "number": "03.20",
        "title": "National controls over the international transfer of SALW",
        "version": "",
        "date": "",
    },
    {
        "number": "03.21",
        "title": (
            "National controls over the end-user and end-use of internationally "
            "transferred SALW"
        ),
        "version": "",
        "date": "",
    },
    {
        "number": "03.30",
        "title": "National regulation of civilian access to SALW",
        "version": "",
        "date": "",
    },
    {
        "number": "03.40",
        "title": "National coordination mechanisms on SALW control",
        "version": "",
        "date": "",
    },
    {
        "number": "03.50",
        "title": "Criminal justice responses to the illicit proliferation of SALW",
        "version": "",
        "date": "",
    },
    {
        "number": "03.60",
        "title": "SALW control in the context of gun-free zones",
        "version": "",
        "date": "",
    },
    {
        "number": "04.10",
        "title": "Designing and implementing a National Action Plan",
        "version": "1.0",
        "date": "2016-04-22",
    },
    {
        "number": "04.30",
        "title": "Awareness-raising",
        "version": "1.0",
        "date": "2017-03-02",
    },
    {
        "number": "05.10",
        "title": "Conducting SALW surveys",
        "version": "1.0",
        "date": "2012-08-27",
    },
    {
        "number": "05.20",
        "title": "Stockpile management: Weapons",
        "version": "1.0",
        "date": "2012-08-27",
    },
    {
        "number": "05.30",
        "title": "Marking and recordkeeping",
        "version": "",
        "date": "",
    },
    {
        # The brief gives the version of ISACS 05.31; MOSAIC modules keep the
        # ISACS numbers and version dates.
        "number": "05.31",
        "title": "Tracing illicit SALW",
        "version": "1.0",
        "date": "2012-08-27",
    },
    {
        "number": "05.40",
        "title": "Collection of illicit and unwanted SALW",
        "version": "1.0",
        "date": "2012-08-27",
    },
    {
        "number": "05.50",
        "title": "Destruction: Weapons",
        "version": "1.0",
        "date": "2012-08-27",
    },
    {
        "number": "05.55",
        "title": "Permanent deactivation of SALW",
        "version": "",
        "date": "",
    },
    {
        "number": "05.60",
        "title": "Border controls and law enforcement cooperation",
        "version": "",
        "date": "",
    },
    {
        "number": "06.10",
        "title": "Women, men and the gendered nature of small arms and light weapons",
        "version": "1.0",
        "date": "2017-10-05",
    },
    {
        "number": "06.20",
        "title": "Children, adolescents, youth and small arms and light weapons",
        "version": "1.0",
        "date": "2018-04-25",
    },
]


GLOSSARY = [
    {
        "term": "small arms",
        "definition": (
            "Broadly, weapons designed for use by one person, such as revolvers, "
            "self-loading pistols, rifles, carbines, sub-machine guns, assault "
            "rifles and light machine guns."
        ),
        "source": "ITI-4a",
    },
    {
        "term": "light weapons",
        "definition": (
            "Broadly, weapons designed for use by a crew of two or three people, "
            "although one person can carry and use some of them."
        ),
        "source": "ITI-4b",
    },
    {
        "term": "antique weapons",
        "definition": (
            "Old weapons and their replicas, which are left out of the general "
            "definition of small arms and light weapons. National law defines "
            "them, but they never include weapons made after 1899."
        ),
        "source": "SDG-16.4.2",
    },
    {
        "term": "marking",
        "definition": (
            "Putting identifying marks on a weapon so that it can be recognized and "
            "traced. Each State chooses its method, but the marks must be visible, "
            "readable and durable."
        ),
        "source": "ITI-7",
    },
    {
        "term": "unique marking",
        "definition": (
            "A marking that no other weapon carries. At manufacture it shows the "
            "manufacturer, the country of manufacture and the serial number, or an "
            "equivalent code that identifies the country of manufacture."
        ),
        "source": "ITI-8a",
    },
    {
        "term": "serial number",
        "definition": (
            "The number given to one individual weapon; part of the unique marking "
            "applied at manufacture."
        ),
        "source": "ITI-8a",
    },
    {
        "term": "import marking",
        "definition": (
            "A simple mark added when a weapon is imported. It shows the country of "
            "import and, where possible, the year of import."
        ),
        "source": "ITI-8b",
    },
    {
        "term": "frame or receiver",
        "definition": (
            "The main component of a weapon. It must be marked and is the primary "
            "reference point for identifying the weapon."
        ),
        "source": "MOSAIC:05.30",
    },
    {
        "term": "pressure-bearing parts",
        "definition": (
            "Parts such as the barrel, bolt, cylinder, slide and breech block. "
            "Marking them as well as the frame or receiver is recommended."
        ),
        "source": "MOSAIC:05.30",
    },
    {
        "term": "record-keeping",
        "definition": (
            "Keeping accurate and complete records of all marked weapons in a "
            "State's territory, so that a weapon's history can be found later."
        ),
        "source": "ITI-IV",
    },
    {
        "term": "retention period",
        "definition": (
            "How long records must be kept: under the ITI at least 30 years for "
            "manufacturing records and at least 20 years for other records."
        ),
        "source": "ITI-IV",
    },
    {
        "term": "deactivation",
        "definition": (
            "Making a firearm permanently unable to fire, so that its essential "
            "parts cannot be removed, replaced or changed to bring it back into "
            "use. A competent authority checks the work."
        ),
        "source": "FP-9",
    },
    {
        "term": "tracing",
        "definition": (
            "Following an illicit weapon, step by step, from its manufacture or "
            "import through the chain of supply to the point where it became "
            "illicit."
        ),
        "source": "ITI-II",
    },
    {
        "term": "tracing request",
        "definition": (
            "A request from one State to another for information that helps trace "
            "an illicit weapon. States commit to being able to answer such "
            "requests."
        ),
        "source": "ITI-COOP",
    },
    {
        "term": "point of diversion",
        "definition": (
            "The place and time at which a weapon left legal control and became "
            "illicit. Finding it is the aim of a trace."
        ),
        "source": "MOSAIC:05.31",
    },
    {
        "term": "last legal title-holder",
        "definition": (
            "The last person or body that held a weapon legally. A trace follows "
            "the weapon up to this holder."
        ),
        "source": "MOSAIC:05.31",
    },
    {
        "term": "essential identifiers",
        "definition": (
            "The details needed before a trace can start: make, model, calibre, "
            "serial number, and country of manufacture or last import."
        ),
        "source": "MOSAIC:05.31",
    },
    {
        "term": "diversion",
        "definition": (
            "The movement of weapons from legal holders or stocks to unauthorized "
            "end-users or to the illicit market."
        ),
        "source": "MOSAIC:05.20",
    },
    {
        "term": "national point of contact",
        "definition": (
            "An office or official that a State names to exchange information and "
            "to act as liaison with other States on implementing an instrument."
        ),
        "source": "ITI-25",
    },
    {
        "term": "stockpile",
        "definition": (
            "The stocks of weapons held by armed forces, police and other "
            "authorized holders, which must be managed and kept secure."
        ),
        "source": "POA-II-17",
    },
    {
        "term": "stockpile management (PSSM)",
        "definition": (
            "The standards and procedures for managing and physically securing "
            "stocks: location, security, access control, inventory and "
            "accounting, training, transport, and action on loss or theft."
        ),
        "source": "POA-II-17",
    },
    {
        "term": "surplus",
        "definition": (
            "Weapons in a stockpile that are more than what is needed. States "
            "identify surplus through regular review and dispose of it, preferably "
            "by destruction."
        ),
        "source": "POA-II-18",
    },
    {
        "term": "destruction",
        "definition": (
            "Disposing of weapons in a way that ensures they do not go (back) into "
            "illicit circulation; the preferred way to dispose of surplus."
        ),
        "source": "POA-II-18",
    },
    {
        "term": "transfer",
        "definition": (
            "Under the Arms Trade Treaty: export, import, transit, trans-shipment "
            "and brokering."
        ),
        "source": "ATT-2-2",
    },
    {
        "term": "gender mainstreaming",
        "definition": (
            "Taking into account the different situations and roles of women and "
            "men in every stage of small arms control work, from planning to "
            "evaluation."
        ),
        "source": "RES76232-PP-GENDER",
    },
    {
        "term": "sex-disaggregated data",
        "definition": (
            "Data shown separately for women and men, so that the different impact "
            "of small arms on each can be seen."
        ),
        "source": "UNSC2220-GEN",
    },
    {
        "term": "polymer and modular weapons",
        "definition": (
            "Recent developments in the manufacturing, technology and design of "
            "small arms and light weapons, which bring new challenges for marking, "
            "record-keeping and tracing."
        ),
        "source": "RES76232-13",
    },
]
