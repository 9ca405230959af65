"""French and Arabic translations of the marking and record-keeping track.

Block sequences mirror the English lessons in courses/demo_data/marking.py.
Quotation blocks are rendered as key-point callouts that paraphrase the
provision in the target language, with the same citation.
"""

TRANSLATIONS = {
    "fr": {
        "marking-and-record-keeping": {
            "title": "Marquage et tenue de registres",
            "summary": (
                "Comment les États marquent les armes légères et de petit calibre "
                "(ALPC) et tiennent des registres à leur sujet, afin que chaque "
                "arme puisse être identifiée et son histoire retrouvée. Ce "
                "parcours porte sur l'Instrument international de traçage, le "
                "Programme d'action, le Protocole sur les armes à feu et les "
                "bonnes pratiques du module MOSAIC 05.30."
            ),
            "objectives": [
                (
                    "Donner les définitions générales des armes légères (small "
                    "arms) et des armes de petit calibre (light weapons) figurant "
                    "dans l'Instrument international de traçage (ITI), avec des "
                    "exemples de chaque catégorie, et expliquer la règle selon "
                    "laquelle les armes anciennes n'incluent jamais des armes "
                    "fabriquées après 1899."
                ),
                (
                    "Énumérer les informations minimales d'un marquage à la "
                    "fabrication selon l'ITI, ainsi que les informations "
                    "supplémentaires que l'ITI encourage."
                ),
                (
                    "Décrire les qualités matérielles que doivent présenter les "
                    "marques prévues par l'ITI (par. 7) et expliquer pourquoi "
                    "chaque État choisit sa propre méthode de marquage."
                ),
                (
                    "Expliquer le marquage à l'importation prévu par l'ITI et les "
                    "cas où une marque unique supplémentaire est nécessaire."
                ),
                (
                    "Comparer les durées de conservation des registres selon l'ITI "
                    "(30 et 20 ans), le Protocole sur les armes à feu (10 ans) et "
                    "le Programme d'action (aussi longtemps que possible)."
                ),
                (
                    "Appliquer les bonnes pratiques du module MOSAIC 05.30 : quand "
                    "marquer, quel composant marquer (la carcasse ou la boîte de "
                    "culasse) et ce que le marquage doit contenir."
                ),
                (
                    "Distinguer l'ITI et le Programme d'action, politiquement "
                    "contraignants, du Protocole sur les armes à feu, "
                    "juridiquement contraignant, et noter que l'ITI ne couvre pas "
                    "les munitions."
                ),
                (
                    "Décrire les règles du Protocole sur les armes à feu relatives "
                    "au marquage des armes transférées des stocks de l'État vers "
                    "un usage civil, ainsi qu'à la neutralisation."
                ),
            ],
            "modules": {
                "marking-foundations": {
                    "title": "Instruments et définitions",
                    "summary": (
                        "Les instruments internationaux qui fixent les règles du "
                        "marquage et de la tenue de registres, et ce qui constitue "
                        "une arme légère ou une arme de petit calibre."
                    ),
                    "lessons": {
                        "marking-international-framework": {
                            "title": (
                                "Le cadre international du marquage et des registres"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Le marquage et la tenue de registres "
                                        "sont l'un des fondements du contrôle des "
                                        "armes légères et de petit calibre (ALPC). "
                                        "Lorsqu'une arme porte une marque claire "
                                        "et unique, et que l'État conserve une "
                                        "trace de cette marque dans ses registres, "
                                        "les autorités peuvent découvrir plus tard "
                                        "d'où vient l'arme. Plusieurs instruments "
                                        "internationaux fixent ce que les États "
                                        "ont accepté de faire. Cette leçon les "
                                        "présente.</p><h3>Le Programme "
                                        "d'action</h3><p>Le Programme d'action des "
                                        "Nations Unies sur le commerce illicite "
                                        "des ALPC sous tous ses aspects (le "
                                        "Programme d'action) a été adopté par "
                                        "consensus le 21 juillet 2001, à l'issue "
                                        "d'une conférence des Nations Unies tenue "
                                        "à New York du 9 au 20 juillet 2001 "
                                        "(Programme d'action, A/CONF.192/15). Il "
                                        "n'est pas juridiquement contraignant "
                                        "(Programme d'action). Dans sa section II, "
                                        "les États s'engagent à empêcher la "
                                        "fabrication, le stockage, le transfert et "
                                        "la détention d'armes non marquées ou "
                                        "insuffisamment marquées (Programme "
                                        "d'action, section II, par. 8), et à tenir "
                                        "des registres complets et exacts "
                                        "(Programme d'action, section II, par. "
                                        "9).</p><h3>L'Instrument international de "
                                        "traçage (ITI)</h3><p>L'Assemblée générale "
                                        "a adopté l'Instrument international de "
                                        "traçage le 8 décembre 2005 (ITI, "
                                        "A/60/88). Il est politiquement, et non "
                                        "juridiquement, contraignant, et il "
                                        "s'applique à tous les États Membres de "
                                        "l'ONU (ITI, nature et champ "
                                        "d'application). Il fixe des normes "
                                        "précises sur le marquage (ITI, section "
                                        "III), sur la tenue de registres (ITI, "
                                        "section IV) et sur la coopération en "
                                        "matière de traçage. L'ITI ne s'applique "
                                        "pas aux munitions (ITI, nature et champ "
                                        "d'application).</p><h3>Le Protocole sur "
                                        "les armes à feu</h3><p>Le Protocole sur "
                                        "les armes à feu a été adopté le 31 mai "
                                        "2001 par la résolution 55/255 de "
                                        "l'Assemblée générale, en tant que "
                                        "troisième protocole se rapportant à "
                                        "l'UNTOC, et il est entré en vigueur le 3 "
                                        "juillet 2005 (Protocole sur les armes à "
                                        "feu, A/RES/55/255). Il a été le premier "
                                        "instrument mondial juridiquement "
                                        "contraignant sur les armes légères "
                                        "(Protocole sur les armes à feu). Il exige "
                                        "un marquage à la fabrication, à "
                                        "l'importation et lors du transfert des "
                                        "stocks de l'État vers un usage civil "
                                        "permanent (Protocole sur les armes à feu, "
                                        "art. 8).</p><h3>Le Traité sur le commerce "
                                        "des armes et la résolution 76/232</h3>"
                                        "<p>Le Traité sur le commerce des armes "
                                        "(TCA) inclut les ALPC comme huitième "
                                        "catégorie d'armes relevant de son champ "
                                        "d'application (TCA, art. 2, par. 1). Dans "
                                        "sa résolution 76/232, l'Assemblée "
                                        "générale demande à tous les États de "
                                        "mettre en œuvre l'ITI, notamment en "
                                        "rendant compte de leurs pratiques "
                                        "nationales de marquage (A/RES/76/232, "
                                        "par. 4). La même résolution prie le "
                                        "Secrétariat de présenter des modalités "
                                        "pour un programme de bourses de formation "
                                        "consacré aux ALPC, en particulier pour "
                                        "les pays en développement (A/RES/76/232, "
                                        "par. 34).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "marking",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "record-keeping",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "Engagements politiques et obligations "
                                            "juridiques"
                                        ),
                                        "body": (
                                            "<p>Le Programme d'action et l'ITI "
                                            "sont des engagements politiques, et "
                                            "l'ITI s'applique à tous les États "
                                            "Membres de l'ONU (ITI, nature et "
                                            "champ d'application). Le Protocole "
                                            "sur les armes à feu est juridiquement "
                                            "contraignant pour les États qui y "
                                            "sont parties (Protocole sur les armes "
                                            "à feu). Un État partie au Protocole "
                                            "qui applique aussi l'ITI a besoin de "
                                            "règles nationales conformes aux "
                                            "deux.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "Ce que demande la résolution 76/232"
                                        ),
                                        "body": (
                                            "<p>L'Assemblée générale demande aux "
                                            "États d'indiquer dans leurs rapports "
                                            "nationaux le nom et les coordonnées "
                                            "de leurs points de contact nationaux, "
                                            "ainsi que des informations sur les "
                                            "pratiques nationales de marquage "
                                            "utilisées pour indiquer le pays de "
                                            "fabrication et/ou le pays "
                                            "d'importation, selon le cas "
                                            "(A/RES/76/232, par. 4).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>Ces instruments se complètent. Le "
                                        "Programme d'action fixe de grands "
                                        "engagements politiques. L'ITI transforme "
                                        "les engagements relatifs au marquage, à "
                                        "la tenue de registres et au traçage en "
                                        "normes plus précises. Le Protocole sur "
                                        "les armes à feu crée des obligations "
                                        "juridiques pour ses États parties. Les "
                                        "leçons suivantes examinent chaque norme "
                                        "en détail.</p>"
                                    ),
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "À quels instruments votre pays a-t-il "
                                            "adhéré ou souscrit ? Quelle autorité "
                                            "nationale est chargée du marquage et "
                                            "de la tenue de registres, et votre "
                                            "dernier rapport national décrit-il "
                                            "vos pratiques de marquage ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-what-is-salw": {
                            "title": (
                                "Qu'est-ce qu'une arme légère ou une arme de petit "
                                "calibre ?"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Avant de marquer et d'enregistrer des "
                                        "armes, un État doit savoir quelles armes "
                                        "sont visées. L'ITI donne des définitions "
                                        "générales des armes légères (small arms) "
                                        "et des armes de petit calibre (light "
                                        "weapons) (ITI, par. 4).</p><h3>Les armes "
                                        "légères</h3>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "Définition des armes légères",
                                        "body": (
                                            "<p>Selon l'ITI, les armes légères "
                                            "sont, de manière générale, des armes "
                                            "conçues pour un usage individuel "
                                            "(ITI, par. 4 a)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>L'ITI donne les exemples suivants "
                                        "d'armes légères (ITI, par. 4 a)) :</p>"
                                        "<ul><li>les revolvers et les pistolets à "
                                        "chargement automatique ;</li><li>les "
                                        "fusils et les carabines ;</li><li>les "
                                        "mitraillettes ;</li><li>les fusils "
                                        "d'assaut ;</li><li>les mitrailleuses "
                                        "légères.</li></ul><h3>Les armes de petit "
                                        "calibre</h3>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "small arms",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "Définition des armes de petit calibre"
                                        ),
                                        "body": (
                                            "<p>Selon l'ITI, les armes de petit "
                                            "calibre sont, de manière générale, "
                                            "des armes conçues pour être utilisées "
                                            "par deux ou trois personnes formant "
                                            "une équipe, même si certaines peuvent "
                                            "être transportées et utilisées par "
                                            "une seule personne (ITI, par. 4 "
                                            "b)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "light weapons",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>L'ITI suit de près une liste d'armes "
                                        "de petit calibre types établie en 1997 "
                                        "par un groupe d'experts gouvernementaux "
                                        "des Nations Unies (A/52/298, par. 26) "
                                        ":</p><ul><li>les mitrailleuses lourdes "
                                        ";</li><li>les lance-grenades tenus à la "
                                        "main, montés sous le canon ou sur affût "
                                        ";</li><li>les canons antiaériens "
                                        "portatifs ;</li><li>les canons antichars "
                                        "portatifs et les fusils sans recul ;</li>"
                                        "<li>les lanceurs portatifs de systèmes de "
                                        "missiles et de roquettes antichars ;</li>"
                                        "<li>les lanceurs portatifs de systèmes de "
                                        "missiles antiaériens ;</li><li>les "
                                        "mortiers d'un calibre inférieur à 100 "
                                        "mm.</li></ul><h3>La définition générale "
                                        "et les armes anciennes</h3><p>La "
                                        "définition utilisée pour l'indicateur "
                                        "16.4.2 des objectifs de développement "
                                        "durable (ODD) reprend celle de l'ITI "
                                        "(métadonnées de l'indicateur 16.4.2 des "
                                        "ODD). Elle décrit les ALPC comme toute "
                                        "arme portative et létale qui propulse ou "
                                        "lance un plomb, une balle ou un "
                                        "projectile par l'action d'un explosif, ou "
                                        "qui est conçue pour le faire, ou qui peut "
                                        "être aisément transformée à cette fin "
                                        "(métadonnées de l'indicateur 16.4.2 des "
                                        "ODD). Les armes anciennes et leurs "
                                        "répliques en sont exclues. Le droit "
                                        "national définit ce qu'est une arme "
                                        "ancienne, mais les armes anciennes "
                                        "n'incluent en aucun cas des armes "
                                        "fabriquées après 1899 (métadonnées de "
                                        "l'indicateur 16.4.2 des ODD).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "antique weapons",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": (
                                            "Les munitions ne relèvent pas de l'ITI"
                                        ),
                                        "body": (
                                            "<p>L'ITI ne s'applique pas aux "
                                            "munitions. Le groupe de travail qui "
                                            "l'a négocié a recommandé que les "
                                            "munitions des ALPC soient traitées "
                                            "dans le cadre d'un processus distinct "
                                            "des Nations Unies (ITI, nature et "
                                            "champ d'application). Ne supposez pas "
                                            "que les règles de l'ITI sur le "
                                            "marquage et les registres couvrent "
                                            "les cartouches ou d'autres "
                                            "munitions.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Classer les armes",
                                        "body": (
                                            "<p>Indiquez si chaque élément est une "
                                            "arme légère ou une arme de petit "
                                            "calibre, et précisez la définition "
                                            "utilisée : un pistolet à chargement "
                                            "automatique ; une mitrailleuse lourde "
                                            "; un fusil d'assaut ; un mortier d'un "
                                            "calibre inférieur à 100 mm ; un "
                                            "lanceur portatif de système de "
                                            "missiles antichars.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Comment votre droit national "
                                            "définit-il les armes légères, les "
                                            "armes de petit calibre et les armes "
                                            "anciennes ? Fixe-t-il une année "
                                            "limite pour les armes anciennes, et "
                                            "celle-ci respecte-t-elle la règle "
                                            "selon laquelle les armes anciennes "
                                            "n'incluent jamais des armes "
                                            "fabriquées après 1899 ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                "marking-principles": {
                    "title": "Marquer les armes : quoi, où et quand",
                    "summary": (
                        "Les normes de l'ITI sur le marquage à la fabrication et à "
                        "l'importation, la règle du Protocole sur les armes à feu "
                        "pour les armes qui quittent les stocks de l'État, et les "
                        "bonnes pratiques du module MOSAIC 05.30."
                    ),
                    "lessons": {
                        "marking-at-manufacture": {
                            "title": (
                                "Le marquage à la fabrication : la norme de l'ITI"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Une arme reçoit sa première marque "
                                        "lors de sa fabrication. Cette leçon "
                                        "explique ce que l'ITI demande au moment "
                                        "de la fabrication et quelles qualités "
                                        "toute marque obligatoire doit "
                                        "présenter.</p><h3>Qui choisit la méthode "
                                        "?</h3><p>Chaque État choisit sa propre "
                                        "méthode de marquage : c'est une "
                                        "prérogative nationale (ITI, par. 7). "
                                        "L'ITI n'impose pas de technique "
                                        "particulière. Il fixe le résultat que "
                                        "toute méthode doit atteindre.</p>"
                                        "<h3>Qualités d'une marque</h3><p>Quelle "
                                        "que soit la méthode, les marques "
                                        "obligatoires doivent être (ITI, par. 7) "
                                        ":</p><ul><li>apposées sur une surface "
                                        "exposée ;</li><li>visibles sans aide ni "
                                        "outil technique ;</li><li>facilement "
                                        "reconnaissables ;</li><li>lisibles ;</li>"
                                        "<li>durables ;</li><li>et, dans la mesure "
                                        "où cela est techniquement possible, "
                                        "récupérables.</li></ul>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "marking",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Ce que la marque doit indiquer</h3>"
                                        "<p>À la fabrication, les États "
                                        "choisissent l'une de deux options (ITI, "
                                        "par. 8 a)) :</p><ol><li>un marquage "
                                        "unique indiquant le nom du fabricant, le "
                                        "pays de fabrication et le numéro de série "
                                        "; ou</li><li>un autre marquage unique et "
                                        "facile à utiliser, composé de symboles "
                                        "simples et d'un code numérique et/ou "
                                        "alphanumérique, qui permet à tous les "
                                        "États d'identifier facilement le pays de "
                                        "fabrication.</li></ol><p>Les États "
                                        "doivent aussi encourager le marquage de "
                                        "l'année de fabrication, du type ou modèle "
                                        "de l'arme et du calibre (ITI, par. 8 a)). "
                                        "Ces informations sont encouragées, mais "
                                        "non obligatoires.</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "unique marking",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "serial number",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>Pourquoi ces trois éléments ? Le pays "
                                        "de fabrication indique à l'agent quel "
                                        "État interroger. Le nom du fabricant "
                                        "indique à cet État quels registres "
                                        "consulter. Le numéro de série désigne une "
                                        "seule arme dans ces registres. Le code de "
                                        "remplacement prévu au paragraphe 8 a) "
                                        "doit, lui aussi, permettre à tous les "
                                        "États d'identifier facilement le pays de "
                                        "fabrication (ITI, par. 8 a)).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "Contenu obligatoire et contenu encouragé"
                                        ),
                                        "body": (
                                            "<p><strong>Obligatoire :</strong> "
                                            "fabricant, pays de fabrication et "
                                            "numéro de série, ou un code unique "
                                            "équivalent. <strong>Encouragé "
                                            ":</strong> année de fabrication, type "
                                            "ou modèle, et calibre (ITI, par. 8 "
                                            "a)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Le Programme d'action</h3><p>Le "
                                        "Programme d'action demande aux fabricants "
                                        "agréés d'apposer un marquage fiable sur "
                                        "chaque arme légère et de petit calibre au "
                                        "cours de la production (Programme "
                                        "d'action, section II). Les États "
                                        "s'engagent aussi à empêcher la "
                                        "fabrication, le stockage, le transfert et "
                                        "la détention d'armes non marquées ou "
                                        "insuffisamment marquées (Programme "
                                        "d'action, section II, par. 8). Une arme "
                                        "sans marque adéquate est donc, en "
                                        "elle-même, un signal d'alerte.</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Vérifier un marquage",
                                        "body": (
                                            "<p>Un fusil neuf ne porte qu'un "
                                            "numéro de série, frappé sous la "
                                            "poignée, à un endroit invisible sans "
                                            "démonter l'arme. Énumérez tous les "
                                            "points sur lesquels ce marquage ne "
                                            "respecte pas les paragraphes 7 et 8 "
                                            "a) de l'ITI.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Quelle méthode de marquage et quelle "
                                            "option du paragraphe 8 a) de l'ITI "
                                            "votre pays utilise-t-il pour les "
                                            "armes fabriquées sur son territoire ? "
                                            "L'année, le modèle et le calibre "
                                            "sont-ils également marqués ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-import-and-state-stocks": {
                            "title": (
                                "Le marquage à l'importation et lors du transfert "
                                "des stocks de l'État"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Au cours de sa vie, une arme peut "
                                        "franchir plusieurs frontières et changer "
                                        "souvent de mains. La marque apposée à la "
                                        "fabrication indique aux autorités où "
                                        "l'arme a été fabriquée, mais pas par où "
                                        "elle est entrée dans le pays où elle se "
                                        "trouve aujourd'hui. Les marques ajoutées "
                                        "à l'importation, et lorsqu'une arme "
                                        "quitte les stocks de l'État, comblent "
                                        "cette lacune.</p><h3>Le marquage à "
                                        "l'importation selon l'ITI</h3><p>Dans la "
                                        "mesure du possible, les États exigent un "
                                        "marquage simple sur chaque arme importée, "
                                        "qui identifie le pays d'importation et, "
                                        "si possible, l'année d'importation (ITI, "
                                        "par. 8 b)). Ce marquage permet aux "
                                        "autorités du pays importateur de tracer "
                                        "l'arme (ITI, par. 8 b)). Si l'arme ne "
                                        "porte pas déjà de marquage unique, il "
                                        "faut aussi en apposer un (ITI, par. 8 "
                                        "b)). L'ITI rappelle que le marquage à "
                                        "l'importation est déjà obligatoire pour "
                                        "les États parties au Protocole sur les "
                                        "armes à feu (ITI, par. 8 b)).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "import marking",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Bonnes pratiques pour les marques "
                                        "d'importation</h3><p>Le module MOSAIC "
                                        "05.30 ajoute des conseils pratiques "
                                        "(MOSAIC 05.30) :</p><ul><li>une arme "
                                        "correctement marquée reçoit le pays et "
                                        "l'année d'importation ;</li><li>une arme "
                                        "insuffisamment marquée reçoit aussi un "
                                        "numéro de série unique ;</li><li>la "
                                        "marque d'importation est apposée sur la "
                                        "carcasse ou la boîte de culasse, à côté "
                                        "des marques existantes mais clairement "
                                        "distincte de celles-ci.</li></ul><h3>Les "
                                        "armes qui quittent les stocks de "
                                        "l'État</h3><p>Le Protocole sur les armes "
                                        "à feu exige un marquage à la fabrication, "
                                        "à l'importation et lors du transfert des "
                                        "stocks de l'État vers un usage civil "
                                        "permanent (Protocole sur les armes à feu, "
                                        "art. 8). Dans ce dernier cas, une marque "
                                        "unique appropriée est exigée (Protocole "
                                        "sur les armes à feu, art. 8, par. 1 c)). "
                                        "Le module MOSAIC 05.30 cite lui aussi le "
                                        "transfert des stocks de l'État vers un "
                                        "usage civil permanent parmi les moments "
                                        "du marquage (MOSAIC 05.30).</p><p>Selon "
                                        "le Programme d'action, les États assument "
                                        "la responsabilité de toutes les ALPC "
                                        "détenues et délivrées par l'État et "
                                        "prennent des mesures efficaces pour en "
                                        "assurer le traçage (Programme d'action, "
                                        "section II, par. 10). Le libellé propre "
                                        "de l'ITI sur le marquage des armes "
                                        "détenues par l'État n'a pas été confirmé "
                                        "; cette leçon ne l'enseigne donc pas.</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "Trois niveaux de marques",
                                        "body": (
                                            "<p>Une arme peut porter une marque de "
                                            "fabrication (ITI, par. 8 a)), une "
                                            "marque d'importation (ITI, par. 8 b)) "
                                            "et, pour les États parties au "
                                            "Protocole sur les armes à feu, une "
                                            "marque apposée lorsqu'elle passe des "
                                            "stocks de l'État à un usage civil "
                                            "permanent (Protocole sur les armes à "
                                            "feu, art. 8, par. 1 c)). Chaque "
                                            "niveau ajoute un maillon à l'histoire "
                                            "de l'arme.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Prévoir une marque d'importation",
                                        "body": (
                                            "<p>Votre pays importe un lot de "
                                            "pistolets. La moitié porte un "
                                            "marquage de fabrication complet ; "
                                            "l'autre moitié ne porte que le nom du "
                                            "modèle. En vous appuyant sur le "
                                            "paragraphe 8 b) de l'ITI et sur le "
                                            "module MOSAIC 05.30, décrivez les "
                                            "marques que chaque groupe doit "
                                            "recevoir et l'endroit où elles "
                                            "doivent être apposées.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Votre pays marque-t-il les armes "
                                            "importées en indiquant le pays et "
                                            "l'année d'importation ? Que se "
                                            "passe-t-il lorsque des armes "
                                            "excédentaires des forces armées ou de "
                                            "la police sont vendues ou cédées à "
                                            "des civils ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-good-practice": {
                            "title": (
                                "Les bonnes pratiques du module MOSAIC 05.30 et "
                                "les nouvelles conceptions d'armes"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>MOSAIC (Modular Small-arms-control "
                                        "Implementation Compendium) est un "
                                        "ensemble de notes d'orientation pratiques "
                                        "et facultatives qui traduisent dans les "
                                        "faits le Programme d'action, l'ITI, le "
                                        "Protocole sur les armes à feu et le TCA "
                                        "(MOSAIC). Le module 05.30 porte sur le "
                                        "marquage et la tenue de registres (MOSAIC "
                                        "05.30).</p><h3>Quand marquer</h3><p>Le "
                                        "module MOSAIC 05.30 énumère cinq moments "
                                        "du marquage (MOSAIC 05.30) :</p><ol><li>à "
                                        "la fabrication ;</li><li>à l'importation "
                                        ";</li><li>lors du transfert des stocks de "
                                        "l'État vers un usage civil permanent "
                                        ";</li><li>lors de la confiscation "
                                        "définitive par l'État ;</li><li>lors de "
                                        "la neutralisation.</li></ol><h3>Où "
                                        "marquer</h3><p>Le marquage de la carcasse "
                                        "ou de la boîte de culasse est obligatoire "
                                        "; c'est le principal point de référence "
                                        "pour identifier l'arme (MOSAIC 05.30). Il "
                                        "est recommandé de marquer aussi d'autres "
                                        "pièces soumises à la pression : le canon, "
                                        "la culasse mobile, le barillet, la "
                                        "glissière et le bloc de culasse (MOSAIC "
                                        "05.30).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "frame or receiver",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "pressure-bearing parts",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Quoi marquer</h3><p>Le contenu "
                                        "recommandé à la fabrication est le "
                                        "suivant (MOSAIC 05.30) :</p><ul><li>le "
                                        "pays de fabrication, sous la forme d'un "
                                        "code ISO à deux lettres ;</li><li>le nom "
                                        "ou le code du fabricant ;</li><li>l'année "
                                        "de fabrication ;</li><li>le code du type "
                                        "ou du modèle ;</li><li>le numéro de série "
                                        ";</li><li>le calibre.</li></ul><p>Pour "
                                        "les munitions, le module MOSAIC 05.30 "
                                        "recommande de marquer la plus petite "
                                        "unité d'emballage (MOSAIC 05.30). "
                                        "Rappelez-vous qu'il s'agit d'une "
                                        "orientation de MOSAIC : l'ITI lui-même ne "
                                        "couvre pas les munitions (ITI, nature et "
                                        "champ d'application).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "La carcasse ou la boîte de culasse d'abord"
                                        ),
                                        "body": (
                                            "<p>La carcasse ou la boîte de culasse "
                                            "doit toujours être marquée et "
                                            "constitue le principal point de "
                                            "référence. Il est recommandé de "
                                            "marquer aussi d'autres pièces "
                                            "soumises à la pression, comme le "
                                            "canon ou la glissière (MOSAIC "
                                            "05.30).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Nouvelles conceptions : armes en "
                                        "polymère et armes modulaires</h3>"
                                        "<p>L'Assemblée générale a souligné les "
                                        "nouveaux défis et les nouvelles "
                                        "possibilités que les progrès de la "
                                        "fabrication, de la technologie et de la "
                                        "conception des armes créent pour le "
                                        "marquage, la tenue de registres et le "
                                        "traçage (A/RES/76/232, préambule). Elle "
                                        "encourage les États à tenir compte de ces "
                                        "progrès, en particulier des armes en "
                                        "polymère et des armes modulaires, dans la "
                                        "mise en œuvre du Programme d'action et de "
                                        "l'ITI (A/RES/76/232, par. 13).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "Un document de bonnes pratiques",
                                        "body": (
                                            "<p>L'Assemblée générale demande au "
                                            "Secrétariat d'élaborer un document de "
                                            "bonnes pratiques sur le marquage des "
                                            "armes modulaires et des armes en "
                                            "polymère, en tenant compte des vues "
                                            "de tous les États Membres et du rôle "
                                            "des fabricants (A/RES/76/232, par. "
                                            "32).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "polymer and modular weapons",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Rédiger un plan de marquage",
                                        "body": (
                                            "<p>Une usine de votre pays commence à "
                                            "fabriquer un nouveau modèle de fusil. "
                                            "En vous appuyant sur le module MOSAIC "
                                            "05.30, énumérez les informations à "
                                            "marquer, le composant sur lequel "
                                            "elles doivent figurer et les autres "
                                            "pièces à marquer également. Énumérez "
                                            "ensuite les événements ultérieurs de "
                                            "la vie de ce fusil qui exigeraient "
                                            "une nouvelle marque.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Parmi les cinq moments du marquage "
                                            "prévus par le module MOSAIC 05.30, "
                                            "lesquels font déjà partie de la "
                                            "pratique de votre pays, et lesquels "
                                            "manquent ? Comment votre pays "
                                            "marque-t-il les armes à carcasse en "
                                            "polymère ou à pièces modulaires ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                "marking-records": {
                    "title": ("La tenue de registres et la suite de la vie d'une arme"),
                    "summary": (
                        "Quels registres les États tiennent et pendant combien de "
                        "temps, et comment la neutralisation, la confiscation et "
                        "les rapports nationaux s'inscrivent dans le marquage et "
                        "la tenue de registres."
                    ),
                    "lessons": {
                        "marking-record-keeping-standards": {
                            "title": "Quoi enregistrer et pendant combien de temps",
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Une marque sur une arme n'est utile "
                                        "que si elle peut être rapprochée d'un "
                                        "registre. Les registres relient la marque "
                                        "au fabricant, à chaque transfert et à "
                                        "chaque détenteur. Sans registres, un "
                                        "traçage ne peut pas aller au-delà de la "
                                        "marque elle-même.</p><h3>L'ITI</h3><p>Les "
                                        "États tiennent des registres exacts et "
                                        "complets de toutes les ALPC marquées se "
                                        "trouvant sur leur territoire (ITI, "
                                        "section IV). L'ITI fixe des durées "
                                        "minimales de conservation (ITI, section "
                                        "IV) :</p><ul><li>registres de fabrication "
                                        ": au moins 30 ans ;</li><li>tous les "
                                        "autres registres, y compris ceux des "
                                        "importations et des exportations : au "
                                        "moins 20 ans.</li></ul>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "record-keeping",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "retention period",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Le Programme d'action</h3><p>Le "
                                        "Programme d'action demande aux États de "
                                        "tenir, aussi longtemps que possible, des "
                                        "registres complets et exacts sur la "
                                        "fabrication, la détention et le transfert "
                                        "des ALPC (Programme d'action, section II, "
                                        "par. 9). Les registres doivent être "
                                        "organisés de façon à permettre de "
                                        "retrouver rapidement les informations "
                                        "(Programme d'action, section II, par. "
                                        "9).</p><h3>Le Protocole sur les armes à "
                                        "feu</h3><p>Les États parties conservent "
                                        "les informations pendant au moins 10 ans "
                                        "(Protocole sur les armes à feu, art. 7). "
                                        "Ces informations comprennent les marques "
                                        "et le détail des transactions "
                                        "internationales (Protocole sur les armes "
                                        "à feu, art. 7) :</p><ul><li>les dates de "
                                        "délivrance et d'expiration des licences "
                                        ";</li><li>les pays d'exportation, "
                                        "d'importation et de transit ;</li><li>le "
                                        "destinataire final ;</li><li>la "
                                        "description et la quantité des "
                                        "articles.</li></ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "Comparaison des durées de conservation"
                                        ),
                                        "body": (
                                            "<ul><li>ITI : registres de "
                                            "fabrication, au moins 30 ans ; autres "
                                            "registres, au moins 20 ans (ITI, "
                                            "section IV).</li><li>Protocole sur "
                                            "les armes à feu : au moins 10 ans "
                                            "(Protocole sur les armes à feu, art. "
                                            "7).</li><li>Programme d'action : "
                                            "aussi longtemps que possible "
                                            "(Programme d'action, section II, par. "
                                            "9).</li></ul><p>Un État qui veut "
                                            "respecter les trois normes doit "
                                            "appliquer la plus longue de ces "
                                            "durées.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Ce que le registre doit contenir</h3>"
                                        "<p>Le module MOSAIC 05.30 recommande que "
                                        "les registres indiquent (MOSAIC 05.30) "
                                        ":</p><ul><li>le pays de fabrication ;</li>"
                                        "<li>le fabricant ;</li><li>le numéro de "
                                        "série ;</li><li>l'année de fabrication "
                                        ";</li><li>le type ou le modèle ;</li>"
                                        "<li>le calibre ;</li><li>l'emplacement "
                                        "des marques sur l'arme.</li></ul>"
                                    ),
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>Les registres sont tout aussi "
                                        "importants pour les armes détenues par "
                                        "l'État. Selon le Programme d'action, les "
                                        "États assument la responsabilité de "
                                        "toutes les ALPC détenues et délivrées par "
                                        "l'État et prennent des mesures efficaces "
                                        "pour en assurer le traçage (Programme "
                                        "d'action, section II, par. 10).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Vérifier les archives",
                                        "body": (
                                            "<p>Une arme fabriquée il y a 25 ans "
                                            "est récupérée. Selon les durées "
                                            "minimales de l'ITI, le registre de "
                                            "fabrication devrait-il encore exister "
                                            "? Un registre d'exportation datant de "
                                            "22 ans devrait-il encore exister ? "
                                            "Justifiez vos réponses à l'aide de la "
                                            "section IV de l'ITI.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Qui détient, dans votre pays, les "
                                            "registres de fabrication, "
                                            "d'importation, d'exportation et "
                                            "d'inventaire de l'État ? Pendant "
                                            "combien de temps sont-ils conservés, "
                                            "et un agent pourrait-il en retrouver "
                                            "un rapidement ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-deactivation-and-reporting": {
                            "title": (
                                "Neutralisation, confiscation et rapports nationaux"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>Le marquage et la tenue de registres "
                                        "ne s'arrêtent pas lorsqu'une arme est "
                                        "retirée du service. Une arme peut être "
                                        "neutralisée, confisquée ou détruite, et "
                                        "chacun de ces événements devrait être "
                                        "visible sur l'arme ou dans les "
                                        "registres.</p><h3>La neutralisation</h3>"
                                        "<p>Le Protocole sur les armes à feu fixe "
                                        "des principes généraux de neutralisation "
                                        "(Protocole sur les armes à feu, art. 9) "
                                        ":</p><ul><li>toutes les pièces "
                                        "essentielles sont rendues définitivement "
                                        "inutilisables et impossibles à enlever, "
                                        "remplacer ou modifier en vue d'une "
                                        "réactivation ;</li><li>une autorité "
                                        "compétente vérifie la neutralisation "
                                        ";</li><li>un certificat est délivré, ou "
                                        "une marque clairement visible est apposée "
                                        "sur l'arme à feu.</li></ul><p>Le module "
                                        "MOSAIC 05.30 cite la neutralisation parmi "
                                        "les moments du marquage (MOSAIC 05.30), "
                                        "et MOSAIC comporte un module distinct sur "
                                        "la neutralisation définitive (MOSAIC "
                                        "05.55). Il n'a pas été confirmé que l'ITI "
                                        "lui-même contienne des règles sur la "
                                        "neutralisation ; aucune ne lui est donc "
                                        "attribuée ici.</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "deactivation",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": (
                                            "Une neutralisation insuffisante est "
                                            "un risque"
                                        ),
                                        "body": (
                                            "<p>Si des pièces essentielles peuvent "
                                            "être enlevées, remplacées ou "
                                            "modifiées, l'arme peut être remise en "
                                            "état de fonctionner. C'est pourquoi "
                                            "le Protocole sur les armes à feu "
                                            "exige une mise hors d'usage "
                                            "définitive et une vérification par "
                                            "une autorité compétente (Protocole "
                                            "sur les armes à feu, art. 9).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>Confiscation et destruction</h3><p>Le "
                                        "module MOSAIC 05.30 cite la confiscation "
                                        "définitive par l'État parmi les moments "
                                        "du marquage (MOSAIC 05.30). Selon le "
                                        "Programme d'action, les États détruisent "
                                        "les armes confisquées, saisies ou "
                                        "collectées, sauf si une autre forme "
                                        "d'élimination ou d'utilisation a été "
                                        "officiellement autorisée et si les armes "
                                        "ont été marquées et enregistrées "
                                        "(Programme d'action, section II).</p>"
                                        "<h3>Rapports nationaux</h3><p>Tous les "
                                        "deux ans, les États rendent compte de "
                                        "leur mise en œuvre de l'ITI, et ce "
                                        "rapport peut faire partie de leur rapport "
                                        "sur le Programme d'action (ITI, par. 36). "
                                        "L'Assemblée générale demande aux États "
                                        "d'inclure dans leurs rapports nationaux "
                                        "des informations sur les pratiques de "
                                        "marquage qu'ils utilisent pour indiquer "
                                        "le pays de fabrication et/ou "
                                        "d'importation, ainsi que les coordonnées "
                                        "de leurs points de contact nationaux "
                                        "(A/RES/76/232, par. 4).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "Toute la vie d'une arme",
                                        "body": (
                                            "<p>La fabrication, l'importation, le "
                                            "transfert des stocks de l'État vers "
                                            "un usage civil, la confiscation "
                                            "définitive et la neutralisation sont "
                                            "tous des moments du marquage (MOSAIC "
                                            "05.30). Chacun devrait laisser une "
                                            "marque sur l'arme et une inscription "
                                            "dans les registres.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "Rédiger une entrée de rapport",
                                        "body": (
                                            "<p>Rédigez trois ou quatre phrases "
                                            "pour le prochain rapport national de "
                                            "votre pays, décrivant comment le pays "
                                            "de fabrication et le pays "
                                            "d'importation sont indiqués sur les "
                                            "armes (A/RES/76/232, par. 4).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "Quelle autorité vérifie la "
                                            "neutralisation dans votre pays, et "
                                            "les armes neutralisées ou confisquées "
                                            "sont-elles marquées et enregistrées ? "
                                            "Que dit votre rapport national sur "
                                            "les pratiques de marquage ?"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
            },
        },
    },
    "ar": {
        "marking-and-record-keeping": {
            "title": "الوسم وحفظ السجلات",
            "summary": (
                "كيف تَسِم الدول الأسلحة الصغيرة والأسلحة الخفيفة وتحفظ سجلات بها، "
                "حتى يمكن التعرف على كل سلاح ومعرفة تاريخه. ويتناول هذا المسار "
                "الصك الدولي للتعقب وبرنامج العمل وبروتوكول الأسلحة النارية "
                "والممارسات الجيدة الواردة في الوحدة 05.30 من MOSAIC."
            ),
            "objectives": [
                (
                    "عرض التعريفين العامين للأسلحة الصغيرة والأسلحة الخفيفة "
                    "الواردين في الصك الدولي للتعقب، مع أمثلة على كل منهما، وشرح "
                    "القاعدة التي تقضي بألا تشمل الأسلحة العتيقة أبدًا الأسلحة "
                    "المصنوعة بعد عام 1899."
                ),
                (
                    "بيان الحد الأدنى من المعلومات المطلوبة في الوسم عند الصنع "
                    "وفقًا للصك الدولي للتعقب، والمعلومات الإضافية التي يشجع عليها "
                    "الصك."
                ),
                (
                    "وصف الخصائص المادية التي يجب أن تتوافر في العلامات وفقًا للصك "
                    "الدولي للتعقب (الفقرة 7)، وشرح سبب اختيار كل دولة لطريقة "
                    "الوسم الخاصة بها."
                ),
                (
                    "شرح الوسم عند الاستيراد وفقًا للصك الدولي للتعقب، والحالات "
                    "التي تستلزم وضع علامة فريدة إضافية."
                ),
                (
                    "المقارنة بين مدد حفظ السجلات في الصك الدولي للتعقب (30 سنة "
                    "و20 سنة) وبروتوكول الأسلحة النارية (10 سنوات) وبرنامج العمل "
                    "(أطول مدة ممكنة)."
                ),
                (
                    "تطبيق الممارسات الجيدة الواردة في الوحدة 05.30 من MOSAIC: متى "
                    "يكون الوسم، وأي جزء يوسم (الهيكل أو المستقبِل)، وما ينبغي أن "
                    "يتضمنه الوسم."
                ),
                (
                    "التمييز بين الصك الدولي للتعقب وبرنامج العمل، وهما ملزمان "
                    "سياسيًا، وبروتوكول الأسلحة النارية الملزم قانونًا، مع ملاحظة "
                    "أن الصك الدولي للتعقب لا يشمل الذخيرة."
                ),
                (
                    "وصف قواعد بروتوكول الأسلحة النارية بشأن وسم الأسلحة المنقولة "
                    "من مخزونات الحكومة إلى الاستخدام المدني، وبشأن التعطيل."
                ),
            ],
            "modules": {
                "marking-foundations": {
                    "title": "الصكوك والتعاريف",
                    "summary": (
                        "الصكوك الدولية التي تضع قواعد الوسم وحفظ السجلات، وما "
                        "يُعد من الأسلحة الصغيرة أو الأسلحة الخفيفة."
                    ),
                    "lessons": {
                        "marking-international-framework": {
                            "title": "الإطار الدولي للوسم وحفظ السجلات",
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>يُعد الوسم وحفظ السجلات من أسس مراقبة "
                                        "الأسلحة الصغيرة والأسلحة الخفيفة. فعندما "
                                        "يحمل السلاح علامة واضحة وفريدة، وتحتفظ "
                                        "الدولة بسجل لهذه العلامة، يستطيع "
                                        "المسؤولون لاحقًا معرفة مصدر السلاح. وتحدد "
                                        "عدة صكوك دولية ما اتفقت الدول على القيام "
                                        "به، ويعرّف هذا الدرس بهذه الصكوك.</p>"
                                        "<h3>برنامج العمل</h3><p>اعتُمد برنامج عمل "
                                        "الأمم المتحدة المتعلق بالاتجار غير "
                                        "المشروع بالأسلحة الصغيرة والأسلحة الخفيفة "
                                        "من جميع جوانبه (برنامج العمل) بتوافق "
                                        "الآراء في 21 تموز/يوليه 2001، في ختام "
                                        "مؤتمر للأمم المتحدة عُقد في نيويورك في "
                                        "الفترة من 9 إلى 20 تموز/يوليه 2001 "
                                        "(برنامج العمل، A/CONF.192/15). وهو غير "
                                        "ملزم قانونًا (برنامج العمل). وفي الفرع "
                                        "الثاني منه، تلتزم الدول بمنع صنع الأسلحة "
                                        "غير الموسومة أو الموسومة وسمًا غير كافٍ، "
                                        "ومنع تخزينها ونقلها وحيازتها (برنامج "
                                        "العمل، الفرع الثاني، الفقرة 8)، وبحفظ "
                                        "سجلات شاملة ودقيقة (برنامج العمل، الفرع "
                                        "الثاني، الفقرة 9).</p><h3>الصك الدولي "
                                        "للتعقب</h3><p>اعتمدت الجمعية العامة الصك "
                                        "الدولي للتعقب في 8 كانون الأول/ديسمبر "
                                        "2005 (الصك الدولي للتعقب، A/60/88). وهو "
                                        "ملزم سياسيًا لا قانونيًا، وينطبق على جميع "
                                        "الدول الأعضاء في الأمم المتحدة (الصك "
                                        "الدولي للتعقب، الطبيعة ونطاق التطبيق). "
                                        "ويضع الصك معايير مفصلة بشأن الوسم (الصك "
                                        "الدولي للتعقب، الفرع الثالث) وحفظ السجلات "
                                        "(الصك الدولي للتعقب، الفرع الرابع) "
                                        "والتعاون في مجال التعقب. ولا ينطبق الصك "
                                        "على الذخيرة (الصك الدولي للتعقب، الطبيعة "
                                        "ونطاق التطبيق).</p><h3>بروتوكول الأسلحة "
                                        "النارية</h3><p>اعتُمد بروتوكول الأسلحة "
                                        "النارية في 31 أيار/مايو 2001 بموجب قرار "
                                        "الجمعية العامة 55/255، بوصفه البروتوكول "
                                        "الثالث الملحق باتفاقية UNTOC، ودخل حيز "
                                        "النفاذ في 3 تموز/يوليه 2005 (بروتوكول "
                                        "الأسلحة النارية، A/RES/55/255). وكان أول "
                                        "صك عالمي ملزم قانونًا بشأن الأسلحة "
                                        "الصغيرة (بروتوكول الأسلحة النارية). "
                                        "ويشترط البروتوكول الوسم عند الصنع وعند "
                                        "الاستيراد وعند النقل من مخزونات الحكومة "
                                        "إلى الاستخدام المدني الدائم (بروتوكول "
                                        "الأسلحة النارية، المادة 8).</p><h3>معاهدة "
                                        "تجارة الأسلحة والقرار 76/232</h3><p>تُدرج "
                                        "معاهدة تجارة الأسلحة الأسلحةَ الصغيرة "
                                        "والأسلحة الخفيفة بوصفها الفئة الثامنة من "
                                        "الأسلحة المشمولة بنطاقها (معاهدة تجارة "
                                        "الأسلحة، المادة 2 (1)). وفي القرار "
                                        "76/232، تهيب الجمعية العامة بجميع الدول "
                                        "أن تنفذ الصك الدولي للتعقب، بطرق منها "
                                        "الإبلاغ عن ممارساتها الوطنية في مجال "
                                        "الوسم (A/RES/76/232، الفقرة 4). ويطلب "
                                        "القرار نفسه إلى الأمانة العامة أن تقدم "
                                        "ترتيبات لبرنامج تدريبي مخصص للزمالات في "
                                        "مجال الأسلحة الصغيرة والأسلحة الخفيفة، "
                                        "ولا سيما لصالح البلدان النامية "
                                        "(A/RES/76/232، الفقرة 34).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "marking",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "record-keeping",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "الالتزامات السياسية والالتزامات القانونية"
                                        ),
                                        "body": (
                                            "<p>برنامج العمل والصك الدولي للتعقب "
                                            "التزامان سياسيان، وينطبق الصك على "
                                            "جميع الدول الأعضاء في الأمم المتحدة "
                                            "(الصك الدولي للتعقب، الطبيعة ونطاق "
                                            "التطبيق). أما بروتوكول الأسلحة "
                                            "النارية فهو ملزم قانونًا للدول "
                                            "الأطراف فيه (بروتوكول الأسلحة "
                                            "النارية). والدولة الطرف في البروتوكول "
                                            "التي تطبق الصك أيضًا تحتاج إلى قواعد "
                                            "وطنية تستوفي متطلبات الاثنين معًا.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "ما يطلبه القرار 76/232",
                                        "body": (
                                            "<p>تطلب الجمعية العامة إلى الدول أن "
                                            "تدرج في تقاريرها الوطنية أسماء جهات "
                                            "الاتصال الوطنية وبيانات الاتصال بها، "
                                            "ومعلومات عن الممارسات الوطنية في مجال "
                                            "الوسم المستخدمة للإشارة إلى بلد الصنع "
                                            "و/أو بلد الاستيراد، حسب الاقتضاء "
                                            "(A/RES/76/232، الفقرة 4).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>تعمل هذه الصكوك معًا. فبرنامج العمل "
                                        "يضع التزامات سياسية عامة، والصك الدولي "
                                        "للتعقب يحوّل الالتزامات المتعلقة بالوسم "
                                        "وحفظ السجلات والتعقب إلى معايير أدق، "
                                        "وبروتوكول الأسلحة النارية ينشئ التزامات "
                                        "قانونية على الدول الأطراف فيه. وتتناول "
                                        "الدروس التالية كل معيار بالتفصيل.</p>"
                                    ),
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "ما الصكوك التي انضم إليها بلدك أو "
                                            "التزم بها من بين هذه الصكوك؟ وما "
                                            "السلطة الوطنية المسؤولة عن الوسم وحفظ "
                                            "السجلات؟ وهل يصف آخر تقرير وطني قدمه "
                                            "بلدك ممارساته في مجال الوسم؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-what-is-salw": {
                            "title": (
                                "ما الذي يُعد من الأسلحة الصغيرة أو الأسلحة الخفيفة؟"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>قبل أن تَسِم الدولة الأسلحة وتسجلها، "
                                        "يجب أن تعرف الأسلحة المشمولة. ويقدم الصك "
                                        "الدولي للتعقب تعريفين عامين للأسلحة "
                                        "الصغيرة والأسلحة الخفيفة (الصك الدولي "
                                        "للتعقب، الفقرة 4).</p><h3>الأسلحة "
                                        "الصغيرة</h3>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "تعريف الأسلحة الصغيرة",
                                        "body": (
                                            "<p>وفقًا للصك الدولي للتعقب، الأسلحة "
                                            "الصغيرة هي، بوجه عام، أسلحة مصممة "
                                            "للاستخدام الفردي (الصك الدولي للتعقب، "
                                            "الفقرة 4 (أ)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>ويورد الصك الأمثلة التالية على الأسلحة "
                                        "الصغيرة (الصك الدولي للتعقب، الفقرة 4 "
                                        "(أ)):</p><ul><li>المسدسات الدوارة "
                                        "والمسدسات ذاتية التعبئة؛</li><li>البنادق "
                                        "والبنادق القصيرة (القربينات)؛</li>"
                                        "<li>الرشاشات القصيرة؛</li><li>البنادق "
                                        "الهجومية؛</li><li>الرشاشات الخفيفة.</li>"
                                        "</ul><h3>الأسلحة الخفيفة</h3>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "small arms",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "تعريف الأسلحة الخفيفة",
                                        "body": (
                                            "<p>وفقًا للصك الدولي للتعقب، الأسلحة "
                                            "الخفيفة هي، بوجه عام، أسلحة مصممة "
                                            "ليستخدمها شخصان أو ثلاثة أشخاص يعملون "
                                            "كطاقم، وإن كان بعضها يمكن أن يحمله "
                                            "ويستخدمه شخص واحد (الصك الدولي "
                                            "للتعقب، الفقرة 4 (ب)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "light weapons",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>ويتبع الصك عن كثب قائمة بالأسلحة "
                                        "الخفيفة النموذجية وضعها في عام 1997 فريق "
                                        "من الخبراء الحكوميين تابع للأمم المتحدة "
                                        "(A/52/298، الفقرة 26):</p>"
                                        "<ul><li>الرشاشات الثقيلة؛</li><li>قاذفات "
                                        "القنابل المحمولة باليد أو المثبتة تحت "
                                        "السبطانة أو المركّبة؛</li><li>المدافع "
                                        "المحمولة المضادة للطائرات؛</li>"
                                        "<li>المدافع المحمولة المضادة للدبابات "
                                        "والبنادق عديمة الارتداد؛</li><li>القاذفات "
                                        "المحمولة لمنظومات القذائف والصواريخ "
                                        "المضادة للدبابات؛</li><li>القاذفات "
                                        "المحمولة لمنظومات القذائف المضادة "
                                        "للطائرات؛</li><li>مدافع الهاون التي يقل "
                                        "عيارها عن 100 ملم.</li></ul><h3>التعريف "
                                        "العام والأسلحة العتيقة</h3><p>التعريف "
                                        "المستخدم للمؤشر 16.4.2 من مؤشرات أهداف "
                                        "التنمية المستدامة يطابق تعريف الصك الدولي "
                                        "للتعقب (البيانات الوصفية للمؤشر 16.4.2). "
                                        "وهو يصف الأسلحة الصغيرة والأسلحة الخفيفة "
                                        "بأنها أي سلاح فتاك محمول يطلق أو يقذف "
                                        "طلقة أو رصاصة أو مقذوفًا بفعل مادة "
                                        "متفجرة، أو صُمم لذلك، أو يمكن تحويله "
                                        "بسهولة لذلك (البيانات الوصفية للمؤشر "
                                        "16.4.2). وتُستثنى الأسلحة العتيقة ونسخها "
                                        "المقلدة. ويحدد القانون الوطني ما يُعد "
                                        "سلاحًا عتيقًا، غير أن الأسلحة العتيقة لا "
                                        "تشمل بأي حال من الأحوال الأسلحة المصنوعة "
                                        "بعد عام 1899 (البيانات الوصفية للمؤشر "
                                        "16.4.2).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "antique weapons",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": (
                                            "الذخيرة خارج نطاق الصك الدولي للتعقب"
                                        ),
                                        "body": (
                                            "<p>لا ينطبق الصك الدولي للتعقب على "
                                            "الذخيرة. وقد أوصى الفريق العامل الذي "
                                            "تفاوض بشأنه بمعالجة ذخيرة الأسلحة "
                                            "الصغيرة والأسلحة الخفيفة في عملية "
                                            "مستقلة للأمم المتحدة (الصك الدولي "
                                            "للتعقب، الطبيعة ونطاق التطبيق). فلا "
                                            "تفترض أن قواعد الصك المتعلقة بالوسم "
                                            "والسجلات تشمل الخراطيش أو غيرها من "
                                            "الذخيرة.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "تصنيف الأسلحة",
                                        "body": (
                                            "<p>حدِّد ما إذا كان كل مما يلي من "
                                            "الأسلحة الصغيرة أو من الأسلحة "
                                            "الخفيفة، واذكر التعريف الذي استندت "
                                            "إليه: مسدس ذاتي التعبئة؛ رشاش ثقيل؛ "
                                            "بندقية هجومية؛ مدفع هاون يقل عياره عن "
                                            "100 ملم؛ قاذفة محمولة لمنظومة قذائف "
                                            "مضادة للدبابات.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "كيف يعرّف القانون الوطني في بلدك "
                                            "الأسلحة الصغيرة والأسلحة الخفيفة "
                                            "والأسلحة العتيقة؟ وهل يحدد سنة فاصلة "
                                            "للأسلحة العتيقة، وهل تتفق هذه السنة "
                                            "مع القاعدة التي تقضي بألا تشمل "
                                            "الأسلحة العتيقة أبدًا الأسلحة "
                                            "المصنوعة بعد عام 1899؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                "marking-principles": {
                    "title": "وسم الأسلحة: ماذا وأين ومتى",
                    "summary": (
                        "معايير الصك الدولي للتعقب بشأن الوسم عند الصنع وعند "
                        "الاستيراد، وقاعدة بروتوكول الأسلحة النارية بشأن الأسلحة "
                        "التي تخرج من مخزونات الحكومة، والممارسات الجيدة الواردة "
                        "في الوحدة 05.30 من MOSAIC."
                    ),
                    "lessons": {
                        "marking-at-manufacture": {
                            "title": "الوسم عند الصنع: معيار الصك الدولي للتعقب",
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>يتلقى السلاح أول علامة له عند صنعه. "
                                        "ويشرح هذا الدرس ما يطلبه الصك الدولي "
                                        "للتعقب عند الصنع، والخصائص التي يجب أن "
                                        "تتوافر في كل علامة مطلوبة.</p><h3>من "
                                        "يختار الطريقة؟</h3><p>تختار كل دولة طريقة "
                                        "الوسم الخاصة بها، فهذا من صلاحياتها "
                                        "الوطنية (الصك الدولي للتعقب، الفقرة 7). "
                                        "ولا يفرض الصك تقنية بعينها، بل يحدد "
                                        "النتيجة التي يجب أن تحققها أي طريقة.</p>"
                                        "<h3>خصائص العلامة</h3><p>أيًا كانت "
                                        "الطريقة، يجب أن تكون العلامات المطلوبة "
                                        "(الصك الدولي للتعقب، الفقرة 7):</p>"
                                        "<ul><li>على سطح ظاهر؛</li><li>واضحة "
                                        "للعيان دون الحاجة إلى وسائل أو أدوات "
                                        "تقنية؛</li><li>سهلة التمييز؛</li>"
                                        "<li>مقروءة؛</li><li>دائمة؛</li><li>وقابلة "
                                        "للاستعادة، قدر الإمكان من الناحية "
                                        "التقنية.</li></ul>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "marking",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>ما يجب أن تبيّنه العلامة</h3><p>عند "
                                        "الصنع، تختار الدول أحد خيارين (الصك "
                                        "الدولي للتعقب، الفقرة 8 (أ)):</p>"
                                        "<ol><li>وسم فريد يبيّن اسم الصانع وبلد "
                                        "الصنع والرقم التسلسلي؛ أو</li><li>وسم "
                                        "فريد بديل سهل الاستعمال، يتألف من رموز "
                                        "بسيطة مع رمز رقمي و/أو أبجدي رقمي، يتيح "
                                        "لجميع الدول التعرف بسهولة على بلد "
                                        "الصنع.</li></ol><p>وينبغي للدول أيضًا أن "
                                        "تشجع وسم سنة الصنع ونوع السلاح أو طرازه "
                                        "وعياره (الصك الدولي للتعقب، الفقرة 8 "
                                        "(أ)). وهذه التفاصيل مشجَّع عليها، وليست "
                                        "إلزامية.</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "unique marking",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "serial number",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>لماذا هذه العناصر الثلاثة؟ بلد الصنع "
                                        "يبيّن للمسؤول الدولة التي ينبغي أن "
                                        "يسألها، واسم الصانع يبيّن لتلك الدولة "
                                        "السجلات التي ينبغي أن تفحصها، والرقم "
                                        "التسلسلي يشير إلى سلاح واحد بعينه في تلك "
                                        "السجلات. ويجب أن يتيح الرمز البديل "
                                        "المذكور في الفقرة 8 (أ) هو أيضًا لجميع "
                                        "الدول التعرف بسهولة على بلد الصنع (الصك "
                                        "الدولي للتعقب، الفقرة 8 (أ)).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": (
                                            "المحتوى الإلزامي والمحتوى المشجَّع عليه"
                                        ),
                                        "body": (
                                            "<p><strong>إلزامي:</strong> الصانع "
                                            "وبلد الصنع والرقم التسلسلي، أو رمز "
                                            "فريد معادل. <strong>مشجَّع "
                                            "عليه:</strong> سنة الصنع والنوع أو "
                                            "الطراز والعيار (الصك الدولي للتعقب، "
                                            "الفقرة 8 (أ)).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>برنامج العمل</h3><p>يطلب برنامج العمل "
                                        "من الصانعين المرخَّص لهم وضع وسم موثوق "
                                        "على كل سلاح من الأسلحة الصغيرة والأسلحة "
                                        "الخفيفة أثناء الإنتاج (برنامج العمل، "
                                        "الفرع الثاني). وتلتزم الدول أيضًا بمنع "
                                        "صنع الأسلحة غير الموسومة أو الموسومة "
                                        "وسمًا غير كافٍ، ومنع تخزينها ونقلها "
                                        "وحيازتها (برنامج العمل، الفرع الثاني، "
                                        "الفقرة 8). ولذلك فإن السلاح الذي لا يحمل "
                                        "علامة سليمة هو في حد ذاته إشارة إنذار.</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "فحص الوسم",
                                        "body": (
                                            "<p>بندقية صُنعت حديثًا لا تحمل سوى "
                                            "رقم تسلسلي مطبوع تحت المقبض، في موضع "
                                            "لا يمكن رؤيته دون تفكيك السلاح. اذكر "
                                            "كل أوجه القصور في هذا الوسم مقارنةً "
                                            "بالفقرتين 7 و8 (أ) من الصك الدولي "
                                            "للتعقب.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "ما طريقة الوسم التي يستخدمها بلدك، "
                                            "وأي خيار من خياري الفقرة 8 (أ) من "
                                            "الصك الدولي للتعقب يطبقه على الأسلحة "
                                            "المصنوعة في أراضيه؟ وهل توسم أيضًا "
                                            "سنة الصنع والطراز والعيار؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-import-and-state-stocks": {
                            "title": (
                                "الوسم عند الاستيراد وعند النقل من مخزونات الدولة"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>قد يعبر السلاح عدة حدود وينتقل من يد "
                                        "إلى أخرى مرات كثيرة خلال عمره. والعلامة "
                                        "الموضوعة عند الصنع تبيّن للمسؤولين مكان "
                                        "صنع السلاح، لكنها لا تبيّن من أين دخل "
                                        "البلد الذي يوجد فيه الآن. والعلامات التي "
                                        "تضاف عند الاستيراد، وعند خروج السلاح من "
                                        "مخزونات الحكومة، تسد هذه الثغرة.</p>"
                                        "<h3>الوسم عند الاستيراد وفقًا للصك الدولي "
                                        "للتعقب</h3><p>تشترط الدول، قدر الإمكان، "
                                        "وضع وسم بسيط على كل سلاح مستورد يبيّن بلد "
                                        "الاستيراد، وسنة الاستيراد إن أمكن (الصك "
                                        "الدولي للتعقب، الفقرة 8 (ب)). ويتيح ذلك "
                                        "لسلطات البلد المستورد تعقب السلاح (الصك "
                                        "الدولي للتعقب، الفقرة 8 (ب)). وإذا لم يكن "
                                        "السلاح يحمل وسمًا فريدًا، وجب وضع وسم "
                                        "فريد عليه أيضًا (الصك الدولي للتعقب، "
                                        "الفقرة 8 (ب)). ويشير الصك إلى أن الوسم "
                                        "عند الاستيراد مطلوب بالفعل من الدول "
                                        "الأطراف في بروتوكول الأسلحة النارية (الصك "
                                        "الدولي للتعقب، الفقرة 8 (ب)).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "import marking",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>الممارسات الجيدة لعلامات "
                                        "الاستيراد</h3><p>تضيف الوحدة 05.30 من "
                                        "MOSAIC نصائح عملية (MOSAIC 05.30):</p>"
                                        "<ul><li>السلاح الموسوم وسمًا كافيًا يتلقى "
                                        "علامة ببلد الاستيراد وسنته؛</li>"
                                        "<li>السلاح الموسوم وسمًا غير كافٍ يتلقى "
                                        "أيضًا رقمًا تسلسليًا فريدًا؛</li><li>توضع "
                                        "علامة الاستيراد على الهيكل أو المستقبِل "
                                        "(frame or receiver)، بجوار العلامات "
                                        "الموجودة ولكن بشكل يميزها عنها بوضوح.</li>"
                                        "</ul><h3>الأسلحة التي تخرج من مخزونات "
                                        "الحكومة</h3><p>يشترط بروتوكول الأسلحة "
                                        "النارية الوسم عند الصنع وعند الاستيراد "
                                        "وعند النقل من مخزونات الحكومة إلى "
                                        "الاستخدام المدني الدائم (بروتوكول الأسلحة "
                                        "النارية، المادة 8). وفي الحالة الأخيرة، "
                                        "يلزم وضع علامة فريدة مناسبة (بروتوكول "
                                        "الأسلحة النارية، المادة 8 (1) (ج)). وتذكر "
                                        "الوحدة 05.30 من MOSAIC هي أيضًا النقل من "
                                        "مخزونات الحكومة إلى الاستخدام المدني "
                                        "الدائم ضمن أوقات الوسم (MOSAIC 05.30).</p>"
                                        "<p>وبموجب برنامج العمل، تتحمل الدول "
                                        "المسؤولية عن جميع الأسلحة الصغيرة "
                                        "والأسلحة الخفيفة التي تحوزها الدولة "
                                        "وتصرفها، مع اتخاذ تدابير فعالة لتعقبها "
                                        "(برنامج العمل، الفرع الثاني، الفقرة 10). "
                                        "ولم يتأكد النص الذي يستخدمه الصك الدولي "
                                        "للتعقب نفسه بشأن وسم الأسلحة التي تحوزها "
                                        "الدولة، ولذلك لا يتناوله هذا الدرس.</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "ثلاث طبقات من العلامات",
                                        "body": (
                                            "<p>يمكن أن يحمل السلاح علامة صنع "
                                            "(الصك الدولي للتعقب، الفقرة 8 (أ))، "
                                            "وعلامة استيراد (الصك الدولي للتعقب، "
                                            "الفقرة 8 (ب))، وبالنسبة للدول الأطراف "
                                            "في بروتوكول الأسلحة النارية، علامة "
                                            "توضع عند نقله من مخزونات الحكومة إلى "
                                            "الاستخدام المدني الدائم (بروتوكول "
                                            "الأسلحة النارية، المادة 8 (1) (ج)). "
                                            "وكل طبقة تضيف حلقة إلى تاريخ "
                                            "السلاح.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "التخطيط لعلامة استيراد",
                                        "body": (
                                            "<p>يستورد بلدك شحنة من المسدسات. "
                                            "نصفها يحمل وسم صنع كاملًا، والنصف "
                                            "الآخر لا يحمل سوى اسم الطراز. "
                                            "استنادًا إلى الفقرة 8 (ب) من الصك "
                                            "الدولي للتعقب والوحدة 05.30 من "
                                            "MOSAIC، صِف العلامات التي ينبغي أن "
                                            "تتلقاها كل مجموعة والموضع الذي ينبغي "
                                            "أن توضع فيه.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "هل يَسِم بلدك الأسلحة المستوردة ببلد "
                                            "الاستيراد وسنته؟ وماذا يحدث عندما "
                                            "تُباع أسلحة فائضة من القوات المسلحة "
                                            "أو الشرطة للمدنيين أو تُمنح لهم؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-good-practice": {
                            "title": (
                                "الممارسات الجيدة في الوحدة 05.30 من MOSAIC "
                                "وتصاميم الأسلحة الجديدة"
                            ),
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>MOSAIC (Modular Small-arms-control "
                                        "Implementation Compendium، أي الخلاصة "
                                        "النموذجية لتنفيذ مراقبة الأسلحة الصغيرة) "
                                        "مجموعة من المذكرات التوجيهية العملية "
                                        "والطوعية التي تحوّل برنامج العمل والصك "
                                        "الدولي للتعقب وبروتوكول الأسلحة النارية "
                                        "ومعاهدة تجارة الأسلحة إلى ممارسة فعلية "
                                        "(MOSAIC). وتتناول الوحدة 05.30 الوسم وحفظ "
                                        "السجلات (MOSAIC 05.30).</p><h3>متى يكون "
                                        "الوسم</h3><p>تذكر الوحدة 05.30 من MOSAIC "
                                        "خمسة أوقات للوسم (MOSAIC 05.30):</p>"
                                        "<ol><li>عند الصنع؛</li><li>عند "
                                        "الاستيراد؛</li><li>عند النقل من مخزونات "
                                        "الحكومة إلى الاستخدام المدني الدائم؛</li>"
                                        "<li>عند المصادرة النهائية من قِبل "
                                        "الدولة؛</li><li>عند التعطيل.</li>"
                                        "</ol><h3>أين يكون الوسم</h3><p>وسم الهيكل "
                                        "أو المستقبِل إلزامي، فهو نقطة المرجع "
                                        "الرئيسية للتعرف على السلاح (MOSAIC "
                                        "05.30). ويوصى بوسم الأجزاء الأخرى الحاملة "
                                        "للضغط: السبطانة والترباس والأسطوانة "
                                        "والمنزلق وكتلة المغلاق (MOSAIC 05.30).</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "frame or receiver",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "pressure-bearing parts",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>ماذا يوسم</h3><p>المحتوى الموصى به "
                                        "عند الصنع هو (MOSAIC 05.30):</p>"
                                        "<ul><li>بلد الصنع، في شكل رمز ISO من "
                                        "حرفين؛</li><li>اسم الصانع أو رمزه؛</li>"
                                        "<li>سنة الصنع؛</li><li>رمز النوع أو "
                                        "الطراز؛</li><li>الرقم التسلسلي؛</li>"
                                        "<li>العيار.</li></ul><p>وبالنسبة للذخيرة، "
                                        "توصي الوحدة 05.30 من MOSAIC بوسم أصغر "
                                        "وحدة تعبئة (MOSAIC 05.30). وتذكّر أن هذا "
                                        "توجيه من MOSAIC، فالصك الدولي للتعقب نفسه "
                                        "لا يشمل الذخيرة (الصك الدولي للتعقب، "
                                        "الطبيعة ونطاق التطبيق).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "الهيكل أو المستقبِل أولًا",
                                        "body": (
                                            "<p>يجب دائمًا وسم الهيكل أو "
                                            "المستقبِل، وهو نقطة المرجع الرئيسية. "
                                            "ويوصى بوسم الأجزاء الأخرى الحاملة "
                                            "للضغط، مثل السبطانة أو المنزلق "
                                            "(MOSAIC 05.30).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>التصاميم الجديدة: الأسلحة البوليمرية "
                                        "والأسلحة النمطية</h3><p>أبرزت الجمعية "
                                        "العامة التحديات والفرص الجديدة التي تنشأ "
                                        "في مجالات الوسم وحفظ السجلات والتعقب "
                                        "نتيجة التطورات في صنع الأسلحة "
                                        "وتكنولوجيتها وتصميمها (A/RES/76/232، "
                                        "الديباجة). وهي تشجع الدول على مراعاة هذه "
                                        "التطورات، ولا سيما الأسلحة البوليمرية "
                                        "والأسلحة النمطية، عند تنفيذ برنامج العمل "
                                        "والصك الدولي للتعقب (A/RES/76/232، الفقرة "
                                        "13).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "وثيقة للممارسات الجيدة",
                                        "body": (
                                            "<p>تهيب الجمعية العامة بالأمانة "
                                            "العامة أن تعد وثيقة بشأن الممارسات "
                                            "الجيدة في وسم الأسلحة النمطية "
                                            "والأسلحة البوليمرية، مع مراعاة آراء "
                                            "جميع الدول الأعضاء ودور الصانعين "
                                            "(A/RES/76/232، الفقرة 32).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "polymer and modular weapons",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "إعداد خطة للوسم",
                                        "body": (
                                            "<p>بدأ مصنع في بلدك صنع طراز جديد من "
                                            "البنادق. استنادًا إلى الوحدة 05.30 من "
                                            "MOSAIC، اذكر المعلومات التي ينبغي "
                                            "وسمها، والجزء الذي يجب أن توضع عليه، "
                                            "والأجزاء الأخرى التي ينبغي وسمها "
                                            "أيضًا. ثم اذكر الأحداث اللاحقة في عمر "
                                            "هذه البندقية التي تستدعي وضع علامة "
                                            "جديدة.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "أي أوقات الوسم الخمسة الواردة في "
                                            "الوحدة 05.30 من MOSAIC تدخل بالفعل في "
                                            "الممارسة الوطنية لبلدك، وأيها غائب؟ "
                                            "وكيف يَسِم بلدك الأسلحة ذات الهياكل "
                                            "البوليمرية أو الأجزاء النمطية؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
                "marking-records": {
                    "title": "حفظ السجلات والمراحل اللاحقة من عمر السلاح",
                    "summary": (
                        "السجلات التي تحفظها الدول ومدة حفظها، وكيف يندرج التعطيل "
                        "والمصادرة والتقارير الوطنية في إطار الوسم وحفظ السجلات."
                    ),
                    "lessons": {
                        "marking-record-keeping-standards": {
                            "title": "ماذا يُسجَّل وإلى متى",
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>لا تكون العلامة على السلاح مفيدة إلا "
                                        "إذا أمكن مطابقتها مع سجل. فالسجلات تربط "
                                        "العلامة بالصانع وبكل عملية نقل وبكل حائز. "
                                        "وبدون سجلات، لا يمكن للتعقب أن يتجاوز "
                                        "العلامة نفسها.</p><h3>الصك الدولي "
                                        "للتعقب</h3><p>تحفظ الدول سجلات دقيقة "
                                        "وشاملة لجميع الأسلحة الصغيرة والأسلحة "
                                        "الخفيفة الموسومة الموجودة في أراضيها "
                                        "(الصك الدولي للتعقب، الفرع الرابع). ويحدد "
                                        "الصك مددًا دنيا لحفظ السجلات (الصك الدولي "
                                        "للتعقب، الفرع الرابع):</p><ul><li>سجلات "
                                        "الصنع: 30 سنة على الأقل؛</li><li>جميع "
                                        "السجلات الأخرى، بما فيها سجلات الاستيراد "
                                        "والتصدير: 20 سنة على الأقل.</li></ul>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "record-keeping",
                                    },
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "retention period",
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>برنامج العمل</h3><p>يطلب برنامج العمل "
                                        "من الدول أن تحفظ سجلات شاملة ودقيقة، "
                                        "لأطول مدة ممكنة، عن صنع الأسلحة الصغيرة "
                                        "والأسلحة الخفيفة وحيازتها ونقلها (برنامج "
                                        "العمل، الفرع الثاني، الفقرة 9). ويجب "
                                        "تنظيم السجلات بحيث يمكن استرجاع المعلومات "
                                        "بسرعة (برنامج العمل، الفرع الثاني، الفقرة "
                                        "9).</p><h3>بروتوكول الأسلحة النارية</h3>"
                                        "<p>تحفظ الدول الأطراف المعلومات مدة لا "
                                        "تقل عن 10 سنوات (بروتوكول الأسلحة "
                                        "النارية، المادة 7). وتشمل هذه المعلومات "
                                        "العلامات وتفاصيل المعاملات الدولية "
                                        "(بروتوكول الأسلحة النارية، المادة 7):</p>"
                                        "<ul><li>تاريخ إصدار الرخص وتاريخ انتهاء "
                                        "صلاحيتها؛</li><li>بلدان التصدير "
                                        "والاستيراد والعبور؛</li><li>المتلقي "
                                        "النهائي؛</li><li>وصف الأصناف وكميتها.</li>"
                                        "</ul>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "مقارنة مدد الحفظ",
                                        "body": (
                                            "<ul><li>الصك الدولي للتعقب: سجلات "
                                            "الصنع 30 سنة على الأقل، والسجلات "
                                            "الأخرى 20 سنة على الأقل (الصك الدولي "
                                            "للتعقب، الفرع الرابع).</li>"
                                            "<li>بروتوكول الأسلحة النارية: 10 "
                                            "سنوات على الأقل (بروتوكول الأسلحة "
                                            "النارية، المادة 7).</li><li>برنامج "
                                            "العمل: أطول مدة ممكنة (برنامج العمل، "
                                            "الفرع الثاني، الفقرة 9).</li>"
                                            "</ul><p>والدولة التي تريد استيفاء "
                                            "المعايير الثلاثة تحتاج إلى تطبيق أطول "
                                            "هذه المدد.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>ما ينبغي أن يتضمنه السجل</h3><p>توصي "
                                        "الوحدة 05.30 من MOSAIC بأن تتضمن السجلات "
                                        "(MOSAIC 05.30):</p><ul><li>بلد الصنع؛</li>"
                                        "<li>الصانع؛</li><li>الرقم التسلسلي؛</li>"
                                        "<li>سنة الصنع؛</li><li>النوع أو "
                                        "الطراز؛</li><li>العيار؛</li><li>موضع "
                                        "العلامات على السلاح.</li></ul>"
                                    ),
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<p>والسجلات مهمة أيضًا للأسلحة التي "
                                        "تحوزها الدولة. فبموجب برنامج العمل، تتحمل "
                                        "الدول المسؤولية عن جميع الأسلحة الصغيرة "
                                        "والأسلحة الخفيفة التي تحوزها الدولة "
                                        "وتصرفها، مع اتخاذ تدابير فعالة لتعقبها "
                                        "(برنامج العمل، الفرع الثاني، الفقرة "
                                        "10).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "فحص الأرشيف",
                                        "body": (
                                            "<p>استُعيد سلاح صُنع قبل 25 سنة. "
                                            "وفقًا للمدد الدنيا في الصك الدولي "
                                            "للتعقب، هل ينبغي أن يكون سجل صنعه لا "
                                            "يزال موجودًا؟ وهل ينبغي أن يكون سجل "
                                            "تصدير يعود إلى 22 سنة مضت لا يزال "
                                            "موجودًا؟ علّل إجابتيك استنادًا إلى "
                                            "الفرع الرابع من الصك.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "من يحفظ في بلدك سجلات الصنع "
                                            "والاستيراد والتصدير وسجلات جرد "
                                            "مخزونات الدولة؟ وما مدة حفظها؟ وهل "
                                            "يستطيع المسؤول استرجاع سجل منها بسرعة؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                        "marking-deactivation-and-reporting": {
                            "title": "التعطيل والمصادرة والتقارير الوطنية",
                            "body": [
                                (
                                    "rich_text",
                                    (
                                        "<p>لا ينتهي الوسم وحفظ السجلات عندما يخرج "
                                        "السلاح من الخدمة. فقد يُعطَّل السلاح أو "
                                        "يُصادَر أو يُدمَّر، وينبغي أن يظهر كل حدث "
                                        "من هذه الأحداث على السلاح أو في "
                                        "السجلات.</p><h3>التعطيل</h3><p>يحدد "
                                        "بروتوكول الأسلحة النارية مبادئ عامة "
                                        "للتعطيل (بروتوكول الأسلحة النارية، المادة "
                                        "9):</p><ul><li>تُجعل جميع الأجزاء "
                                        "الأساسية غير صالحة للعمل بصفة دائمة، "
                                        "ويتعذر نزعها أو استبدالها أو تعديلها على "
                                        "نحو يسمح بإعادة تشغيل السلاح؛</li>"
                                        "<li>تتحقق سلطة مختصة من التعطيل؛</li>"
                                        "<li>تُصدر شهادة، أو توضع على السلاح "
                                        "الناري علامة ظاهرة بوضوح.</li>"
                                        "</ul><p>وتذكر الوحدة 05.30 من MOSAIC "
                                        "التعطيل ضمن أوقات الوسم (MOSAIC 05.30)، "
                                        "ولدى MOSAIC وحدة مستقلة بشأن التعطيل "
                                        "الدائم (MOSAIC 05.55). ولم يتأكد ما إذا "
                                        "كان الصك الدولي للتعقب نفسه يتضمن قواعد "
                                        "بشأن التعطيل، ولذلك لا تُنسب إليه هنا أي "
                                        "قواعد من هذا القبيل.</p>"
                                    ),
                                ),
                                (
                                    "glossary_term",
                                    {
                                        "term": "deactivation",
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "warning",
                                        "title": "التعطيل الضعيف خطر",
                                        "body": (
                                            "<p>إذا أمكن نزع الأجزاء الأساسية أو "
                                            "استبدالها أو تعديلها، يمكن إعادة "
                                            "السلاح إلى الاستخدام. ولهذا يشترط "
                                            "بروتوكول الأسلحة النارية أن يكون عدم "
                                            "الصلاحية للعمل دائمًا وأن تتحقق منه "
                                            "سلطة مختصة (بروتوكول الأسلحة النارية، "
                                            "المادة 9).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "rich_text",
                                    (
                                        "<h3>المصادرة والتدمير</h3><p>تذكر الوحدة "
                                        "05.30 من MOSAIC المصادرة النهائية من قِبل "
                                        "الدولة ضمن أوقات الوسم (MOSAIC 05.30). "
                                        "وبموجب برنامج العمل، تدمّر الدول الأسلحة "
                                        "المصادرة أو المضبوطة أو المجمّعة، ما لم "
                                        "يؤذن رسميًا بشكل آخر من أشكال التصرف فيها "
                                        "أو استخدامها وتكن الأسلحة قد وُسمت وسُجلت "
                                        "(برنامج العمل، الفرع الثاني).</p>"
                                        "<h3>التقارير الوطنية</h3><p>تقدم الدول كل "
                                        "سنتين تقارير عن تنفيذها للصك الدولي "
                                        "للتعقب، ويجوز أن يكون هذا التقرير جزءًا "
                                        "من تقريرها عن برنامج العمل (الصك الدولي "
                                        "للتعقب، الفقرة 36). وتهيب الجمعية العامة "
                                        "بالدول أن تدرج في تقاريرها الوطنية "
                                        "معلومات عن ممارسات الوسم التي تستخدمها "
                                        "للإشارة إلى بلد الصنع و/أو بلد الاستيراد، "
                                        "وبيانات الاتصال بجهات الاتصال الوطنية "
                                        "التابعة لها (A/RES/76/232، الفقرة 4).</p>"
                                    ),
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "key_point",
                                        "title": "عمر السلاح بأكمله",
                                        "body": (
                                            "<p>الصنع والاستيراد والنقل من مخزونات "
                                            "الحكومة إلى الاستخدام المدني "
                                            "والمصادرة النهائية والتعطيل كلها "
                                            "أوقات للوسم (MOSAIC 05.30). وينبغي أن "
                                            "يترك كل منها علامة على السلاح وقيدًا "
                                            "في السجلات.</p>"
                                        ),
                                    },
                                ),
                                (
                                    "callout",
                                    {
                                        "kind": "exercise",
                                        "title": "صياغة فقرة للتقرير",
                                        "body": (
                                            "<p>اكتب ثلاث جمل أو أربعًا للتقرير "
                                            "الوطني المقبل لبلدك تصف كيف يُبيَّن "
                                            "بلد الصنع وبلد الاستيراد على الأسلحة "
                                            "(A/RES/76/232، الفقرة 4).</p>"
                                        ),
                                    },
                                ),
                                (
                                    "reflection",
                                    {
                                        "prompt": (
                                            "ما السلطة التي تتحقق من التعطيل في "
                                            "بلدك؟ وهل توسم الأسلحة المعطلة أو "
                                            "المصادرة وتُسجَّل؟ وماذا يقول تقريرك "
                                            "الوطني عن ممارسات الوسم؟"
                                        ),
                                    },
                                ),
                            ],
                        },
                    },
                },
            },
        },
    },
}
