"""The States a fellow or an applicant may serve, named as the United Nations names them.

The 193 Member States of the United Nations and the two non-member observer
States (the Holy See and the State of Palestine), by ISO 3166-1 alpha-2 code,
with their short names in the six official languages.

Sources: United Nations, "Member States" (https://www.un.org/en/about-us/member-states
and its versions in the other five languages); the United Nations Terminology
Database, UNTERM (https://unterm.un.org), "country names"; and the United
Nations Statistics Division, "Standard country or area codes for statistical
use (M49)" (https://unstats.un.org/unsd/methodology/m49/overview/), whose
country names follow UNTERM in the six languages. The names are the short
names used in United Nations documents ("Republic of Korea", "Iran (Islamic
Republic of)", "Türkiye", "Netherlands (Kingdom of the)"); apostrophes are
written as the ASCII apostrophe.

Territories and other areas (Bouvet Island, Puerto Rico, Hong Kong, ...) are
not States and are not here. The last column is the pinyin of the Chinese
name, without tones, used to sort the Chinese list.
"""

from __future__ import annotations

import unicodedata

LANGUAGES = ("ar", "zh-hans", "en", "fr", "ru", "es")
OBSERVER_STATES = frozenset({"VA", "PS"})

# code | Arabic | Chinese | English | French | Russian | Spanish | pinyin
_TABLE = """
AF|أفغانستان|阿富汗|Afghanistan|Afghanistan|Афганистан|Afganistán|afuhan
AL|ألبانيا|阿尔巴尼亚|Albania|Albanie|Албания|Albania|aerbaniya
DZ|الجزائر|阿尔及利亚|Algeria|Algérie|Алжир|Argelia|aerjiliya
AD|أندورا|安道尔|Andorra|Andorre|Андорра|Andorra|andaoer
AO|أنغولا|安哥拉|Angola|Angola|Ангола|Angola|angela
AG|أنتيغوا وبربودا|安提瓜和巴布达|Antigua and Barbuda|Antigua-et-Barbuda|Антигуа и Барбуда|Antigua y Barbuda|antiguahebabuda
AR|الأرجنتين|阿根廷|Argentina|Argentine|Аргентина|Argentina|agenting
AM|أرمينيا|亚美尼亚|Armenia|Arménie|Армения|Armenia|yameiniya
AU|أستراليا|澳大利亚|Australia|Australie|Австралия|Australia|aodaliya
AT|النمسا|奥地利|Austria|Autriche|Австрия|Austria|aodili
AZ|أذربيجان|阿塞拜疆|Azerbaijan|Azerbaïdjan|Азербайджан|Azerbaiyán|asaibaijiang
BS|جزر البهاما|巴哈马|Bahamas|Bahamas|Багамские Острова|Bahamas|bahama
BH|البحرين|巴林|Bahrain|Bahreïn|Бахрейн|Bahrein|balin
BD|بنغلاديش|孟加拉国|Bangladesh|Bangladesh|Бангладеш|Bangladesh|mengjialaguo
BB|بربادوس|巴巴多斯|Barbados|Barbade|Барбадос|Barbados|babaduosi
BY|بيلاروس|白俄罗斯|Belarus|Bélarus|Беларусь|Belarús|baieluosi
BE|بلجيكا|比利时|Belgium|Belgique|Бельгия|Bélgica|bilishi
BZ|بليز|伯利兹|Belize|Belize|Белиз|Belice|bolizi
BJ|بنن|贝宁|Benin|Bénin|Бенин|Benin|beining
BT|بوتان|不丹|Bhutan|Bhoutan|Бутан|Bhután|budan
BO|بوليفيا (دولة - المتعددة القوميات)|多民族玻利维亚国|Bolivia (Plurinational State of)|Bolivie (État plurinational de)|Боливия (Многонациональное Государство)|Bolivia (Estado Plurinacional de)|duominzuboliweiyaguo
BA|البوسنة والهرسك|波斯尼亚和黑塞哥维那|Bosnia and Herzegovina|Bosnie-Herzégovine|Босния и Герцеговина|Bosnia y Herzegovina|bosiniyaheiheisaigeweina
BW|بوتسوانا|博茨瓦纳|Botswana|Botswana|Ботсвана|Botswana|bociwana
BR|البرازيل|巴西|Brazil|Brésil|Бразилия|Brasil|baxi
BN|بروني دار السلام|文莱达鲁萨兰国|Brunei Darussalam|Brunéi Darussalam|Бруней-Даруссалам|Brunei Darussalam|wenlaidalusalanguo
BG|بلغاريا|保加利亚|Bulgaria|Bulgarie|Болгария|Bulgaria|baojialiya
BF|بوركينا فاسو|布基纳法索|Burkina Faso|Burkina Faso|Буркина-Фасо|Burkina Faso|bujinafasuo
BI|بوروندي|布隆迪|Burundi|Burundi|Бурунди|Burundi|bulongdi
CV|كابو فيردي|佛得角|Cabo Verde|Cabo Verde|Кабо-Верде|Cabo Verde|fodejiao
KH|كمبوديا|柬埔寨|Cambodia|Cambodge|Камбоджа|Camboya|jianpuzhai
CM|الكاميرون|喀麦隆|Cameroon|Cameroun|Камерун|Camerún|kamailong
CA|كندا|加拿大|Canada|Canada|Канада|Canadá|jianada
CF|جمهورية أفريقيا الوسطى|中非共和国|Central African Republic|République centrafricaine|Центральноафриканская Республика|República Centroafricana|zhongfeigongheguo
TD|تشاد|乍得|Chad|Tchad|Чад|Chad|zhade
CL|شيلي|智利|Chile|Chili|Чили|Chile|zhili
CN|الصين|中国|China|Chine|Китай|China|zhongguo
CO|كولومبيا|哥伦比亚|Colombia|Colombie|Колумбия|Colombia|gelunbiya
KM|جزر القمر|科摩罗|Comoros|Comores|Коморские Острова|Comoras|kemoluo
CG|الكونغو|刚果|Congo|Congo|Конго|Congo|gangguo
CR|كوستاريكا|哥斯达黎加|Costa Rica|Costa Rica|Коста-Рика|Costa Rica|gesidalijia
CI|كوت ديفوار|科特迪瓦|Côte d'Ivoire|Côte d'Ivoire|Кот-д'Ивуар|Côte d'Ivoire|ketediwa
HR|كرواتيا|克罗地亚|Croatia|Croatie|Хорватия|Croacia|keluodiya
CU|كوبا|古巴|Cuba|Cuba|Куба|Cuba|guba
CY|قبرص|塞浦路斯|Cyprus|Chypre|Кипр|Chipre|saipulusi
CZ|تشيكيا|捷克|Czechia|Tchéquie|Чехия|Chequia|jieke
KP|جمهورية كوريا الشعبية الديمقراطية|朝鲜民主主义人民共和国|Democratic People's Republic of Korea|République populaire démocratique de Corée|Корейская Народно-Демократическая Республика|República Popular Democrática de Corea|chaoxianminzhuzhuyirenmingongheguo
CD|جمهورية الكونغو الديمقراطية|刚果民主共和国|Democratic Republic of the Congo|République démocratique du Congo|Демократическая Республика Конго|República Democrática del Congo|gangguominzhugongheguo
DK|الدانمرك|丹麦|Denmark|Danemark|Дания|Dinamarca|danmai
DJ|جيبوتي|吉布提|Djibouti|Djibouti|Джибути|Djibouti|jibuti
DM|دومينيكا|多米尼克|Dominica|Dominique|Доминика|Dominica|duominike
DO|الجمهورية الدومينيكية|多米尼加|Dominican Republic|République dominicaine|Доминиканская Республика|República Dominicana|duominijia
EC|إكوادور|厄瓜多尔|Ecuador|Équateur|Эквадор|Ecuador|eguaduoer
EG|مصر|埃及|Egypt|Égypte|Египет|Egipto|aiji
SV|السلفادور|萨尔瓦多|El Salvador|El Salvador|Сальвадор|El Salvador|saerwaduo
GQ|غينيا الاستوائية|赤道几内亚|Equatorial Guinea|Guinée équatoriale|Экваториальная Гвинея|Guinea Ecuatorial|chidaojineiya
ER|إريتريا|厄立特里亚|Eritrea|Érythrée|Эритрея|Eritrea|elitelia
EE|إستونيا|爱沙尼亚|Estonia|Estonie|Эстония|Estonia|aishaniya
SZ|إسواتيني|斯威士兰|Eswatini|Eswatini|Эсватини|Eswatini|siweishilan
ET|إثيوبيا|埃塞俄比亚|Ethiopia|Éthiopie|Эфиопия|Etiopía|aisaiebiya
FJ|فيجي|斐济|Fiji|Fidji|Фиджи|Fiji|feiji
FI|فنلندا|芬兰|Finland|Finlande|Финляндия|Finlandia|fenlan
FR|فرنسا|法国|France|France|Франция|Francia|faguo
GA|غابون|加蓬|Gabon|Gabon|Габон|Gabón|jiapeng
GM|غامبيا|冈比亚|Gambia|Gambie|Гамбия|Gambia|gangbiya
GE|جورجيا|格鲁吉亚|Georgia|Géorgie|Грузия|Georgia|gelujiya
DE|ألمانيا|德国|Germany|Allemagne|Германия|Alemania|deguo
GH|غانا|加纳|Ghana|Ghana|Гана|Ghana|jiana
GR|اليونان|希腊|Greece|Grèce|Греция|Grecia|xila
GD|غرينادا|格林纳达|Grenada|Grenade|Гренада|Granada|gelinnada
GT|غواتيمالا|危地马拉|Guatemala|Guatemala|Гватемала|Guatemala|weidimala
GN|غينيا|几内亚|Guinea|Guinée|Гвинея|Guinea|jineiya
GW|غينيا - بيساو|几内亚比绍|Guinea-Bissau|Guinée-Bissau|Гвинея-Бисау|Guinea-Bissau|jineiyabishao
GY|غيانا|圭亚那|Guyana|Guyana|Гайана|Guyana|guiyana
HT|هايتي|海地|Haiti|Haïti|Гаити|Haití|haidi
VA|الكرسي الرسولي|教廷|Holy See|Saint-Siège|Святой Престол|Santa Sede|jiaoting
HN|هندوراس|洪都拉斯|Honduras|Honduras|Гондурас|Honduras|hongdulasi
HU|هنغاريا|匈牙利|Hungary|Hongrie|Венгрия|Hungría|xiongyali
IS|آيسلندا|冰岛|Iceland|Islande|Исландия|Islandia|bingdao
IN|الهند|印度|India|Inde|Индия|India|yindu
ID|إندونيسيا|印度尼西亚|Indonesia|Indonésie|Индонезия|Indonesia|yindunixiya
IR|إيران (جمهورية - الإسلامية)|伊朗伊斯兰共和国|Iran (Islamic Republic of)|Iran (République islamique d')|Иран (Исламская Республика)|Irán (República Islámica del)|yilangyisilangongheguo
IQ|العراق|伊拉克|Iraq|Iraq|Ирак|Iraq|yilake
IE|آيرلندا|爱尔兰|Ireland|Irlande|Ирландия|Irlanda|aierlan
IL|إسرائيل|以色列|Israel|Israël|Израиль|Israel|yiselie
IT|إيطاليا|意大利|Italy|Italie|Италия|Italia|yidali
JM|جامايكا|牙买加|Jamaica|Jamaïque|Ямайка|Jamaica|yamaijia
JP|اليابان|日本|Japan|Japon|Япония|Japón|riben
JO|الأردن|约旦|Jordan|Jordanie|Иордания|Jordania|yuedan
KZ|كازاخستان|哈萨克斯坦|Kazakhstan|Kazakhstan|Казахстан|Kazajstán|hasakesitan
KE|كينيا|肯尼亚|Kenya|Kenya|Кения|Kenya|kenniya
KI|كيريباس|基里巴斯|Kiribati|Kiribati|Кирибати|Kiribati|jilibasi
KW|الكويت|科威特|Kuwait|Koweït|Кувейт|Kuwait|keweite
KG|قيرغيزستان|吉尔吉斯斯坦|Kyrgyzstan|Kirghizistan|Кыргызстан|Kirguistán|jierjisisitan
LA|جمهورية لاو الديمقراطية الشعبية|老挝人民民主共和国|Lao People's Democratic Republic|République démocratique populaire lao|Лаосская Народно-Демократическая Республика|República Democrática Popular Lao|laoworenminminzhugongheguo
LV|لاتفيا|拉脱维亚|Latvia|Lettonie|Латвия|Letonia|latuoweiya
LB|لبنان|黎巴嫩|Lebanon|Liban|Ливан|Líbano|libanen
LS|ليسوتو|莱索托|Lesotho|Lesotho|Лесото|Lesotho|laisuotuo
LR|ليبريا|利比里亚|Liberia|Libéria|Либерия|Liberia|libiliya
LY|ليبيا|利比亚|Libya|Libye|Ливия|Libia|libiya
LI|ليختنشتاين|列支敦士登|Liechtenstein|Liechtenstein|Лихтенштейн|Liechtenstein|liezhidunshideng
LT|ليتوانيا|立陶宛|Lithuania|Lituanie|Литва|Lituania|litaowan
LU|لكسمبرغ|卢森堡|Luxembourg|Luxembourg|Люксембург|Luxemburgo|lusenbao
MG|مدغشقر|马达加斯加|Madagascar|Madagascar|Мадагаскар|Madagascar|madajiasijia
MW|ملاوي|马拉维|Malawi|Malawi|Малави|Malawi|malawei
MY|ماليزيا|马来西亚|Malaysia|Malaisie|Малайзия|Malasia|malaixiya
MV|ملديف|马尔代夫|Maldives|Maldives|Мальдивские Острова|Maldivas|maerdaifu
ML|مالي|马里|Mali|Mali|Мали|Malí|mali
MT|مالطة|马耳他|Malta|Malte|Мальта|Malta|maerta
MH|جزر مارشال|马绍尔群岛|Marshall Islands|Îles Marshall|Маршалловы Острова|Islas Marshall|mashaoerqundao
MR|موريتانيا|毛里塔尼亚|Mauritania|Mauritanie|Мавритания|Mauritania|maolitaniya
MU|موريشيوس|毛里求斯|Mauritius|Maurice|Маврикий|Mauricio|maoliqiusi
MX|المكسيك|墨西哥|Mexico|Mexique|Мексика|México|moxige
FM|ميكرونيزيا (ولايات - الموحدة)|密克罗尼西亚联邦|Micronesia (Federated States of)|Micronésie (États fédérés de)|Микронезия (Федеративные Штаты)|Micronesia (Estados Federados de)|mikeluonixiyalianbang
MC|موناكو|摩纳哥|Monaco|Monaco|Монако|Mónaco|monage
MN|منغوليا|蒙古|Mongolia|Mongolie|Монголия|Mongolia|menggu
ME|الجبل الأسود|黑山|Montenegro|Monténégro|Черногория|Montenegro|heishan
MA|المغرب|摩洛哥|Morocco|Maroc|Марокко|Marruecos|moluoge
MZ|موزامبيق|莫桑比克|Mozambique|Mozambique|Мозамбик|Mozambique|mosangbike
MM|ميانمار|缅甸|Myanmar|Myanmar|Мьянма|Myanmar|miandian
NA|ناميبيا|纳米比亚|Namibia|Namibie|Намибия|Namibia|namibiya
NR|ناورو|瑙鲁|Nauru|Nauru|Науру|Nauru|naolu
NP|نيبال|尼泊尔|Nepal|Népal|Непал|Nepal|niboer
NL|هولندا (مملكة)|荷兰王国|Netherlands (Kingdom of the)|Pays-Bas (Royaume des)|Нидерланды (Королевство)|Países Bajos (Reino de los)|helanwangguo
NZ|نيوزيلندا|新西兰|New Zealand|Nouvelle-Zélande|Новая Зеландия|Nueva Zelandia|xinxilan
NI|نيكاراغوا|尼加拉瓜|Nicaragua|Nicaragua|Никарагуа|Nicaragua|nijialagua
NE|النيجر|尼日尔|Niger|Niger|Нигер|Níger|nirier
NG|نيجيريا|尼日利亚|Nigeria|Nigéria|Нигерия|Nigeria|niriliya
MK|مقدونيا الشمالية|北马其顿|North Macedonia|Macédoine du Nord|Северная Македония|Macedonia del Norte|beimaqidun
NO|النرويج|挪威|Norway|Norvège|Норвегия|Noruega|nuowei
OM|عمان|阿曼|Oman|Oman|Оман|Omán|aman
PK|باكستان|巴基斯坦|Pakistan|Pakistan|Пакистан|Pakistán|bajisitan
PW|بالاو|帕劳|Palau|Palaos|Палау|Palau|palao
PA|بنما|巴拿马|Panama|Panama|Панама|Panamá|banama
PG|بابوا غينيا الجديدة|巴布亚新几内亚|Papua New Guinea|Papouasie-Nouvelle-Guinée|Папуа-Новая Гвинея|Papua Nueva Guinea|babuyaxinjineiya
PY|باراغواي|巴拉圭|Paraguay|Paraguay|Парагвай|Paraguay|balagui
PE|بيرو|秘鲁|Peru|Pérou|Перу|Perú|bilu
PH|الفلبين|菲律宾|Philippines|Philippines|Филиппины|Filipinas|feilübin
PL|بولندا|波兰|Poland|Pologne|Польша|Polonia|bolan
PT|البرتغال|葡萄牙|Portugal|Portugal|Португалия|Portugal|putaoya
QA|قطر|卡塔尔|Qatar|Qatar|Катар|Qatar|kataer
KR|جمهورية كوريا|大韩民国|Republic of Korea|République de Corée|Республика Корея|República de Corea|dahanminguo
MD|جمهورية مولدوفا|摩尔多瓦共和国|Republic of Moldova|République de Moldova|Республика Молдова|República de Moldova|moerduowagongheguo
RO|رومانيا|罗马尼亚|Romania|Roumanie|Румыния|Rumania|luomaniya
RU|الاتحاد الروسي|俄罗斯联邦|Russian Federation|Fédération de Russie|Российская Федерация|Federación de Rusia|eluosilianbang
RW|رواندا|卢旺达|Rwanda|Rwanda|Руанда|Rwanda|luwangda
KN|سانت كيتس ونيفس|圣基茨和尼维斯|Saint Kitts and Nevis|Saint-Kitts-et-Nevis|Сент-Китс и Невис|Saint Kitts y Nevis|shengjiciheniweisi
LC|سانت لوسيا|圣卢西亚|Saint Lucia|Sainte-Lucie|Сент-Люсия|Santa Lucía|shengluxiya
VC|سانت فنسنت وجزر غرينادين|圣文森特和格林纳丁斯|Saint Vincent and the Grenadines|Saint-Vincent-et-les Grenadines|Сент-Винсент и Гренадины|San Vicente y las Granadinas|shengwensentehegelinnadingsi
WS|ساموا|萨摩亚|Samoa|Samoa|Самоа|Samoa|samoya
SM|سان مارينو|圣马力诺|San Marino|Saint-Marin|Сан-Марино|San Marino|shengmalinuo
ST|سان تومي وبرينسيبي|圣多美和普林西比|Sao Tome and Principe|Sao Tomé-et-Principe|Сан-Томе и Принсипи|Santo Tomé y Príncipe|shengduomeihepulinxibi
SA|المملكة العربية السعودية|沙特阿拉伯|Saudi Arabia|Arabie saoudite|Саудовская Аравия|Arabia Saudita|shatealabo
SN|السنغال|塞内加尔|Senegal|Sénégal|Сенегал|Senegal|saineijiaer
RS|صربيا|塞尔维亚|Serbia|Serbie|Сербия|Serbia|saierweiya
SC|سيشيل|塞舌尔|Seychelles|Seychelles|Сейшельские Острова|Seychelles|saisheer
SL|سيراليون|塞拉利昂|Sierra Leone|Sierra Leone|Сьерра-Леоне|Sierra Leona|sailaliang
SG|سنغافورة|新加坡|Singapore|Singapour|Сингапур|Singapur|xinjiapo
SK|سلوفاكيا|斯洛伐克|Slovakia|Slovaquie|Словакия|Eslovaquia|siluofake
SI|سلوفينيا|斯洛文尼亚|Slovenia|Slovénie|Словения|Eslovenia|siluowenniya
SB|جزر سليمان|所罗门群岛|Solomon Islands|Îles Salomon|Соломоновы Острова|Islas Salomón|suoluomenqundao
SO|الصومال|索马里|Somalia|Somalie|Сомали|Somalia|suomali
ZA|جنوب أفريقيا|南非|South Africa|Afrique du Sud|Южная Африка|Sudáfrica|nanfei
SS|جنوب السودان|南苏丹|South Sudan|Soudan du Sud|Южный Судан|Sudán del Sur|nansudan
ES|إسبانيا|西班牙|Spain|Espagne|Испания|España|xibanya
LK|سري لانكا|斯里兰卡|Sri Lanka|Sri Lanka|Шри-Ланка|Sri Lanka|sililanka
PS|دولة فلسطين|巴勒斯坦国|State of Palestine|État de Palestine|Государство Палестина|Estado de Palestina|balesitanguo
SD|السودان|苏丹|Sudan|Soudan|Судан|Sudán|sudan
SR|سورينام|苏里南|Suriname|Suriname|Суринам|Suriname|sulinan
SE|السويد|瑞典|Sweden|Suède|Швеция|Suecia|ruidian
CH|سويسرا|瑞士|Switzerland|Suisse|Швейцария|Suiza|ruishi
SY|الجمهورية العربية السورية|阿拉伯叙利亚共和国|Syrian Arab Republic|République arabe syrienne|Сирийская Арабская Республика|República Árabe Siria|alaboxuliyagongheguo
TJ|طاجيكستان|塔吉克斯坦|Tajikistan|Tadjikistan|Таджикистан|Tayikistán|tajikesitan
TH|تايلند|泰国|Thailand|Thaïlande|Таиланд|Tailandia|taiguo
TL|تيمور - ليشتي|东帝汶|Timor-Leste|Timor-Leste|Тимор-Лешти|Timor-Leste|dongdiwen
TG|توغو|多哥|Togo|Togo|Того|Togo|duoge
TO|تونغا|汤加|Tonga|Tonga|Тонга|Tonga|tangjia
TT|ترينيداد وتوباغو|特立尼达和多巴哥|Trinidad and Tobago|Trinité-et-Tobago|Тринидад и Тобаго|Trinidad y Tabago|telinidaheduobage
TN|تونس|突尼斯|Tunisia|Tunisie|Тунис|Túnez|tunisi
TR|تركيا|土耳其|Türkiye|Türkiye|Турция|Türkiye|tuerqi
TM|تركمانستان|土库曼斯坦|Turkmenistan|Turkménistan|Туркменистан|Turkmenistán|tukumansitan
TV|توفالو|图瓦卢|Tuvalu|Tuvalu|Тувалу|Tuvalu|tuwalu
UG|أوغندا|乌干达|Uganda|Ouganda|Уганда|Uganda|wuganda
UA|أوكرانيا|乌克兰|Ukraine|Ukraine|Украина|Ucrania|wukelan
AE|الإمارات العربية المتحدة|阿拉伯联合酋长国|United Arab Emirates|Émirats arabes unis|Объединенные Арабские Эмираты|Emiratos Árabes Unidos|alabolianheqiuzhangguo
GB|المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية|大不列颠及北爱尔兰联合王国|United Kingdom of Great Britain and Northern Ireland|Royaume-Uni de Grande-Bretagne et d'Irlande du Nord|Соединенное Королевство Великобритании и Северной Ирландии|Reino Unido de Gran Bretaña e Irlanda del Norte|dabuliedianjibeiaierlanlianhewangguo
TZ|جمهورية تنزانيا المتحدة|坦桑尼亚联合共和国|United Republic of Tanzania|République-Unie de Tanzanie|Объединенная Республика Танзания|República Unida de Tanzanía|tansangniyalianhegongheguo
US|الولايات المتحدة الأمريكية|美利坚合众国|United States of America|États-Unis d'Amérique|Соединенные Штаты Америки|Estados Unidos de América|meilijianhezhongguo
UY|أوروغواي|乌拉圭|Uruguay|Uruguay|Уругвай|Uruguay|wulagui
UZ|أوزبكستان|乌兹别克斯坦|Uzbekistan|Ouzbékistan|Узбекистан|Uzbekistán|wuzibiekesitan
VU|فانواتو|瓦努阿图|Vanuatu|Vanuatu|Вануату|Vanuatu|wanuatu
VE|فنزويلا (جمهورية - البوليفارية)|委内瑞拉玻利瓦尔共和国|Venezuela (Bolivarian Republic of)|Venezuela (République bolivarienne du)|Венесуэла (Боливарианская Республика)|Venezuela (República Bolivariana de)|weineiruilaboliwaergongheguo
VN|فييت نام|越南|Viet Nam|Viet Nam|Вьетнам|Viet Nam|yuenan
YE|اليمن|也门|Yemen|Yémen|Йемен|Yemen|yemen
ZM|زامبيا|赞比亚|Zambia|Zambie|Замбия|Zambia|zanbiya
ZW|زمبابوي|津巴布韦|Zimbabwe|Zimbabwe|Зимбабве|Zimbabwe|jinbabuwei
"""


def _parse(table: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    names: dict[str, dict[str, str]] = {}
    pinyin: dict[str, str] = {}
    for line in table.strip().splitlines():
        code, *columns, sort_key = line.split("|")
        names[code] = dict(zip(LANGUAGES, columns, strict=True))
        pinyin[code] = sort_key
    return names, pinyin


NAMES, _PINYIN = _parse(_TABLE)
STATES: frozenset[str] = frozenset(NAMES)
MEMBER_STATES: frozenset[str] = STATES - OBSERVER_STATES


def _language(language: str | None) -> str:
    """One of LANGUAGES for a Django language code (None: the active one)."""
    if language is None:
        from django.utils.translation import get_language

        language = get_language() or "en"
    language = language.lower().replace("_", "-")
    if language.startswith("zh"):
        return "zh-hans"
    language = language.split("-")[0]
    return language if language in LANGUAGES else "en"


def state_name(code: str, language: str | None = None) -> str:
    """The UN short name of a State in a language; "" for a code that is no State."""
    names = NAMES.get((code or "").upper())
    return names[_language(language)] if names else ""


def _collation_key(code: str, language: str) -> str:
    if language == "zh-hans":
        return _PINYIN[code]
    name = NAMES[code][language]
    if language == "ar" and name.startswith("ال"):
        # The article is not sorted on: الأردن is listed under أ.
        name = name[2:]
    decomposed = unicodedata.normalize("NFKD", name)
    # Accents, Arabic hamza and madda marks are ignored at the first level.
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def lazy_state_names() -> dict[str, object]:
    """Code -> name in the language active when the name is shown (for django-countries)."""
    from django.utils.functional import lazy

    lazy_name = lazy(state_name, str)
    return {code: lazy_name(code) for code in NAMES}


def state_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) of every State, in the alphabetical order of the language."""
    language = _language(language)
    codes = sorted(NAMES, key=lambda code: _collation_key(code, language))
    return [(code, NAMES[code][language]) for code in codes]
