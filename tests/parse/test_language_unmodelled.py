"""Languages the detector has no model of (lingua lacks them, or they are left out of its
languages) are known by marks of their own, before lingua is asked: letters their neighbours do
not write and their common words (``languages.yaml``, ``unmodelled``); a neighbour the detector
has keeps its own answer."""

from __future__ import annotations

import pytest

from kzld.parse import read_bytes
from kzld.parse.language import detect

#: A made-up paragraph in each language the detector has no model of, keyed by its case name
#: (the tag, and the script or variety where a language is written in two), with the tag it is
#: read as. Each was read as a neighbour before its marks were listed (in the comment).
UNMODELLED = {
    # Luxembourgish (was read as 'de')
    "lb": (
        "lb",
        "D'Gewerkschaften an d'Parteien hunn haut eng gemeinsam Erklärung ënnerschriwwen. Si "
        "fuerderen vun der Regierung, datt d'Léin vun alle Salariéen nach dëst Joer erhéicht "
        "ginn. Mir wäerten net ophalen, bis eis Fuerderungen erfëllt sinn, an dat gëtt och an "
        "Zukunft esou.",
    ),
    # Tajik (was read as 'bg')
    "tg": (
        "tg",
        "Имрӯз се ҳизби сиёсӣ дар пойтахт изҳороти муштарак имзо карданд. Онҳо аз ҳукумат талаб"
        " намуданд, ки ҳуқуқҳои коргаронро ҳифз кунад ва музди меҳнатро зиёд намояд. Ин изҳорот"
        " барои ҳамаи шаҳрвандон кушода мебошад.",
    ),
    # Uzbek in Cyrillic (was read as 'bg')
    "uz-cyrl": (
        "uz",
        "Бугун учта сиёсий партия қўшма баёнот имзолади. Улар ҳукуматдан ишчиларнинг "
        "ҳуқуқларини ҳимоя қилишни ва иш ҳақини оширишни талаб қилди. Ушбу баёнот барча "
        "фуқаролар учун очиқ бўлиб, партиялар ўз ишини давом эттиради.",
    ),
    # Uzbek in the Latin alphabet (was read as 'az')
    "uz-latn": (
        "uz",
        "Bugun uchta siyosiy partiya qo‘shma bayonot imzoladi. Ular hukumatdan ishchilarning "
        "huquqlarini himoya qilishni va ish haqini oshirishni talab qildi. Ushbu bayonot barcha"
        " fuqarolar uchun ochiq bo‘lib, partiyalar o‘z ishini davom ettiradi.",
    ),
    # Tatar (was read as 'kk')
    "tt": (
        "tt",
        "Бүген өч сәяси партия уртак белдерүгә кул куйды. Алар хөкүмәттән эшчеләрнең хокукларын"
        " яклауны һәм хезмәт хакын арттыруны таләп иттеләр. Җыелышта күп кеше катнашты. Бу "
        "белдерү барлык кешеләр өчен дә ачык.",
    ),
    # Bashkir (was read as 'kk')
    "ba": (
        "ba",
        "Бөгөн өс сәйәси партия уртаҡ белдереүгә ҡул ҡуйҙы. Улар хөкүмәттән эшселәрҙең "
        "хоҡуҡтарын яҡлауҙы һәм эш хаҡын арттырыуҙы талап иттеләр. Был белдереү бөтә кешеләр "
        "өсөн дә асыҡ.",
    ),
    # Pashto (was read as 'ur')
    "ps": (
        "ps",
        "نن ورځ درې سیاسي ګوندونو یوه ګډه اعلامیه لاسلیک کړه. دوی له حکومت څخه وغوښتل چې د "
        "کارګرانو حقونه خوندي کړي او معاشونه زیات کړي. دا اعلامیه د ټولو خلکو لپاره ده.",
    ),
    # Sorani Kurdish (was read as 'fa')
    "ku-ckb": (
        "ku",
        "ئەمڕۆ سێ پارتی سیاسی ڕاگەیاندنێکی هاوبەشیان واژۆ کرد. ئەوان داوا لە حکومەت دەکەن کە "
        "مافەکانی کرێکاران بپارێزێت و مووچەکان زیاد بکات. ئەم ڕاگەیاندنە بۆ هەموو خەڵک "
        "ئاشکرایە.",
    ),
    # Kurmanji Kurdish (was read as 'fr')
    "ku-kmr": (
        "ku",
        "Îro sê partiyên siyasî daxuyaniyeke hevbeş îmze kirin. Ew ji hikûmetê dixwazin ku "
        "mafên karkeran biparêze û mûçeyan zêde bike. Ev daxuyanî ji bo hemû gel jî vekirî ye, "
        "û em ê li ser vê yekê bidomînin.",
    ),
    # Uyghur (was read as 'ar')
    "ug": (
        "ug",
        "بۈگۈن ئۈچ سىياسىي پارتىيە ئورتاق باياناتقا ئىمزا قويدى. ئۇلار ھۆكۈمەتتىن ئىشچىلارنىڭ "
        "ھوقۇقلىرىنى قوغداشنى ۋە ئىش ھەققىنى ئاشۇرۇشنى تەلەپ قىلدى. بۇ بايانات بارلىق خەلق "
        "ئۈچۈن ئوچۇق.",
    ),
    # Sindhi (was read as 'fa')
    "sd": (
        "sd",
        "اڄ ٽن سياسي پارٽين گڏيل بيان تي صحيح ڪئي. انهن حڪومت کان مطالبو ڪيو ته مزدورن جا حق "
        "محفوظ ڪيا وڃن ۽ پگهارون وڌايون وڃن. هي بيان سڀني ماڻهن لاءِ کليل آهي.",
    ),
    # Yoruba (was read as 'ca')
    "yo": (
        "yo",
        "Lónìí, àwọn ẹgbẹ́ òṣèlú mẹ́ta fọwọ́ sí ìkéde àpapọ̀ kan. Wọ́n ní kí ìjọba dáàbò bo "
        "ẹ̀tọ́ àwọn òṣìṣẹ́, kí ó sì fi kún owó oṣù wọn. Ìkéde yìí wà fún gbogbo ará ìlú.",
    ),
    # Igbo (was read as 'sw')
    "ig": (
        "ig",
        "Taa, otu nzukọ ndọrọ ndọrọ ọchịchị atọ bịanyere aka n'otu nkwupụta. Ha rịọrọ gọọmentị "
        "ka o chebe ikike ndị ọrụ ma bulie ụgwọ ọnwa ha. Nkwupụta a bụ maka ndị niile nọ "
        "n'obodo.",
    ),
    # Malagasy (was read as 'sw')
    "mg": (
        "mg",
        "Androany dia nanao sonia fanambarana iraisana ny antoko politika telo. Nangataka "
        "tamin'ny fanjakana izy ireo mba hiaro ny zon'ny mpiasa sy hampiakatra ny karaman'izy "
        "ireo. Ity fanambarana ity dia misokatra ho an'ny olom-pirenena rehetra.",
    ),
    # Quechua (was read as 'so')
    "qu": (
        "qu",
        "Kunan p'unchaw kimsa partidokuna huk willakuyta qillqarqanku. Paykunaqa gobiernomanta "
        "mañakunku llamk'aqkunap hayñinkunata amachanankupaq, qullqinkutapas yapanankupaq. Kay "
        "willakuyqa llapan runakunapaqmi.",
    ),
    # Occitan (was read as 'ca')
    "oc": (
        "oc",
        "Uèi, tres partits politics an signat una declaracion comuna. Demandan al govèrn de "
        "protegir los dreches dels trabalhadors e d'aumentar los salaris. Aquesta declaracion "
        "es dobèrta a totes los ciutadans, e aquò es una causa importanta per nòstra region.",
    ),
    # Breton (was read as 'lt')
    "br": (
        "br",
        "Hiziv eo bet sinet un diskleriadur boutin gant tri strollad politikel. Goulenn a reont"
        " digant ar gouarnamant gwareziñ gwirioù al labourerien ha kreskiñ ar goproù. An "
        "diskleriadur-mañ a zo digor d'an holl dud, hag emañ ar strolladoù o c'hortoz ur "
        "respont.",
    ),
    # Scottish Gaelic (was read as 'ga')
    "gd": (
        "gd",
        "An-diugh chuir trì pàrtaidhean poilitigeach an ainm ri aithris choitcheann. Tha iad ag"
        " iarraidh air an riaghaltas còraichean an luchd-obrach a dhìon agus an tuarastal "
        "àrdachadh. Tha an aithris seo fosgailte do gach neach anns an dùthaich.",
    ),
    # Faroese (was read as 'is')
    "fo": (
        "fo",
        "Í dag hava trý politisk flokkar undirskrivað eina felags yvirlýsing. Teir krevja, at "
        "landsstýrið verjir rættindini hjá arbeiðsfólki og hækkar lønirnar. Flokkarnir vilja "
        "ikki bíða, og teir fara eisini at skipa fundir fyri øllum fólki.",
    ),
    # Hausa by its common words alone, without its hooked letters (was read as 'id')
    "ha": (
        "ha",
        "Taron ya gudana a babban birnin jihar jiya, inda wakilai daga kowane yanki na kasar "
        "suka halarta, musamman matasa da mata.",
    ),
    # West Frisian (was read as 'nl')
    "fy": (
        "fy",
        "Hjoed hawwe trije politike partijen in mienskiplike ferklearring ûndertekene. Se "
        "freegje it regear om de rjochten fan de arbeiders te beskermjen en de leanen te "
        "ferheegjen. Dizze ferklearring is iepen foar alle ynwenners fan de provinsje.",
    ),
}

#: A made-up paragraph in each of the detector's languages that neighbours one of them.
NEIGHBOURS = {
    "de": (
        "Die Gewerkschaften und die Parteien haben heute eine gemeinsame Erklärung "
        "unterschrieben. Sie fordern von der Regierung, dass die Löhne aller Beschäftigten noch"
        " in diesem Jahr erhöht werden."
    ),
    "nl": (
        "De vakbonden en de partijen hebben vandaag een gezamenlijke verklaring ondertekend. "
        "Zij eisen van de regering dat de lonen van alle werknemers dit jaar nog worden "
        "verhoogd."
    ),
    "fr": (
        "Les syndicats et les partis ont signé aujourd'hui une déclaration commune. Ils "
        "demandent au gouvernement d'augmenter les salaires de tous les travailleurs dès cette "
        "année, et même d'aller plus loin."
    ),
    "es": (
        "Los sindicatos y los partidos firmaron esta mañana un texto común. Piden al gobierno "
        "que defienda a quienes trabajan en el campo y que suba los sueldos este mismo año."
    ),
    "ca": (
        "Avui tres partits polítics han signat una declaració conjunta. Demanen al govern que "
        "protegeixi els drets dels treballadors i que apugi els salaris. Aquesta declaració és "
        "oberta a tota la ciutadania."
    ),
    "it": (
        "I sindacati e i partiti hanno firmato oggi una dichiarazione congiunta. Chiedono al "
        "governo di tutelare i diritti dei lavoratori e di aumentare i salari già quest'anno."
    ),
    "pt": (
        "Os sindicatos e os partidos assinaram esta manhã um texto comum. Pedem ao governo "
        "que defenda quem trabalha no campo e que aumente os salários ainda este ano."
    ),
    "tr": (
        "Üç parti bu sabah birlikte bir bildiri imzaladı. Hükümetten işçilerin haklarını "
        "korumasını ve ücretleri artırmasını talep ettiler. Bu açıklama bütün vatandaşlara "
        "açıktır."
    ),
    "az": (
        "Bu gün üç siyasi partiya birgə bəyanat imzalayıb. Onlar hökumətdən işçilərin "
        "hüquqlarını qorumağı və maaşları artırmağı tələb ediblər. Bu bəyanat bütün vətəndaşlar"
        " üçün açıqdır."
    ),
    "ru": (
        "Три партии утром подписали общее обращение. Они потребовали от "
        "правительства защитить права рабочих и повысить их заработную плату. Это заявление "
        "открыто для всех граждан."
    ),
    "bg": (
        "Днес три политически партии подписаха съвместна декларация. Те поискаха от "
        "правителството да защити правата на работниците и да увеличи заплатите им. Аз смятам, "
        "че тази декларация е отворена за всички граждани."
    ),
    "kk": (
        "Бүгін Алматыда бірнеше партиялар және қоғамдық қозғалыстар бірігу туралы декларацияға "
        "қол қойды. Бірақ олар сайлауға дейін бір тізіммен шығатынын айтты."
    ),
    "mn": (
        "Өнөөдөр гурван улс төрийн нам хамтарсан мэдэгдэлд гарын үсэг зурлаа. Тэд засгийн "
        "газраас ажилчдын эрхийг хамгаалж, цалинг нэмэгдүүлэхийг шаардсан. Энэ мэдэгдэл бүх "
        "иргэдэд нээлттэй байна."
    ),
    "fa": (
        "امروز سه حزب سیاسی بیانیه مشترکی را امضا کردند. آنها از دولت خواستند که از حقوق "
        "کارگران حمایت کند و دستمزدها را افزایش دهد. این بیانیه برای همه شهروندان است."
    ),
    "ur": (
        "آج تین سیاسی جماعتوں نے ایک مشترکہ اعلامیہ پر دستخط کیے۔ انہوں نے حکومت سے مطالبہ کیا "
        "کہ مزدوروں کے حقوق کا تحفظ کیا جائے اور تنخواہوں میں اضافہ کیا جائے۔"
    ),
    "ar": (
        "وقعت ثلاثة أحزاب سياسية اليوم على بيان مشترك. وطالبت الحكومة بحماية حقوق العمال وزيادة"
        " أجورهم. وهذا البيان مفتوح لجميع المواطنين في البلاد."
    ),
    "is": (
        "Í dag hafa þrír stjórnmálaflokkar undirritað sameiginlega yfirlýsingu. Þeir krefjast "
        "þess að ríkisstjórnin verji réttindi launafólks og hækki launin. Þessi yfirlýsing er "
        "opin öllum landsmönnum."
    ),
    "ga": (
        "Iarrann na ceardchumainn ar an rialtas an dréachtdlí nua fostaíochta a tharraingt siar"
        " láithreach, agus leanfaidh siad ar aghaidh le hagóidí ar fud na tíre go léir."
    ),
    "cy": (
        "Heddiw mae tair plaid wleidyddol wedi llofnodi datganiad ar y cyd. Maen nhw'n galw ar "
        "y llywodraeth i amddiffyn hawliau gweithwyr ac i godi eu cyflogau. Mae'r datganiad hwn"
        " yn agored i bawb yn y wlad."
    ),
    "sw": (
        "Leo vyama vitatu vya siasa vimetia saini tamko la pamoja. Vimeitaka serikali kulinda "
        "haki za wafanyakazi na kuongeza mishahara yao. Tamko hili liko wazi kwa wananchi wote."
    ),
    "id": (
        "Hari ini tiga partai politik menandatangani pernyataan bersama. Mereka meminta "
        "pemerintah melindungi hak-hak pekerja dan menaikkan upah mereka. Pernyataan ini "
        "terbuka untuk semua warga."
    ),
    "vi": (
        "Hôm nay ba đảng chính trị đã ký một tuyên bố chung. Họ yêu cầu chính phủ bảo vệ quyền "
        "lợi của người lao động và tăng lương cho họ. Tuyên bố này mở cho mọi công dân."
    ),
    "sv": (
        "I dag har tre politiska partier undertecknat ett gemensamt uttalande. De kräver att "
        "regeringen skyddar arbetarnas rättigheter och höjer lönerna. Uttalandet är öppet för "
        "alla medborgare och mat och dryck serveras."
    ),
    "da": (
        "I dag har tre politiske partier underskrevet en fælles erklæring. De kræver, at "
        "regeringen beskytter arbejdernes rettigheder og hæver lønningerne. Erklæringen er åben"
        " for alle borgere."
    ),
    "pl": (
        "Dziś trzy partie polityczne podpisały wspólną deklarację. Domagają się od rządu "
        "ochrony praw pracowników i podniesienia płac, bo wy wszyscy na to zasługujecie."
    ),
    "en": (
        "Today three political parties signed a joint statement. They call on the government to"
        " protect the rights of workers and to raise their wages. The statement is open to all "
        "citizens."
    ),
    "af": (
        "Vandag het drie politieke partye 'n gesamentlike verklaring onderteken. Hulle vra die "
        "regering om die regte van werkers te beskerm en hul lone te verhoog. Die verklaring is"
        " oop vir alle burgers."
    ),
    "sq": (
        "Sot tre parti politike nënshkruan një deklaratë të përbashkët. Ata i kërkojnë qeverisë"
        " të mbrojë të drejtat e punëtorëve dhe të rrisë pagat e tyre. Kjo deklaratë është e "
        "hapur për të gjithë qytetarët."
    ),
    "so": (
        "Maanta saddex xisbi siyaasadeed ayaa saxiixay bayaan wadajir ah. Waxay dowladda ka "
        "dalbadeen inay ilaaliso xuquuqda shaqaalaha oo ay kordhiso mushaharka. Bayaankan waxaa"
        " loogu talagalay dhammaan muwaadiniinta."
    ),
    "zu": (
        "Namuhla amaqembu amathathu ezepolitiki asayine isitatimende esihlanganyelwe. Acele "
        "uhulumeni ukuthi avikele amalungelo abasebenzi futhi akhuphule amaholo abo. Lesi "
        "sitatimende sivulelekile kubo bonke abantu bakithi."
    ),
    "xh": (
        "Namhlanje amaqela amathathu ezopolitiko atyikitye ingxelo edibeneyo. Acele urhulumente"
        " ukuba akhusele amalungelo abasebenzi kwaye anyuse imivuzo yabo. Le ngxelo ivulelekile"
        " kubo bonke abantu."
    ),
    "tl": (
        "Ngayong araw, tatlong partidong pampulitika ang lumagda sa isang magkasanib na "
        "pahayag. Hiniling nila sa pamahalaan na protektahan ang karapatan ng mga manggagawa at"
        " itaas ang kanilang sahod. Bukas ang pahayag na ito sa lahat ng mamamayan."
    ),
    "eu": (
        "Gaur hiru alderdi politikok adierazpen bateratu bat sinatu dute. Gobernuari eskatu "
        "diote langileen eskubideak babesteko eta soldatak igotzeko. Adierazpen hau herritar "
        "guztientzat dago irekita."
    ),
}


def versions(paragraph: str) -> tuple[str, ...]:
    text = "Title\n\n" + paragraph + "\n\n" + paragraph + "\n"
    return read_bytes("statement.txt", text.encode("utf-8")).languages


@pytest.mark.parametrize("case", sorted(UNMODELLED))
def test_a_language_without_a_model_is_known_by_its_marks(case: str) -> None:
    language, paragraph = UNMODELLED[case]
    assert detect(paragraph) == language
    assert versions(paragraph) == (language,)


@pytest.mark.parametrize("language", sorted(NEIGHBOURS))
def test_a_neighbour_the_detector_has_keeps_its_answer(language: str) -> None:
    assert detect(NEIGHBOURS[language]) == language
    assert versions(NEIGHBOURS[language]) == (language,)


@pytest.mark.parametrize(
    ("case", "other"), [("tg", "uz-cyrl"), ("uz-cyrl", "tg"), ("ku-ckb", "ug"), ("ug", "ku-ckb")]
)
def test_of_two_languages_sharing_a_letter_the_larger_share_of_marks_decides(
    case: str, other: str
) -> None:
    # Tajik and Uzbek both write ҳ, Sorani and Uyghur both write ە and ۆ: each paragraph has
    # marks of both, and is the language whose marks are the more of its words
    language, paragraph = UNMODELLED[case]
    assert detect(paragraph) == language != UNMODELLED[other][0]
