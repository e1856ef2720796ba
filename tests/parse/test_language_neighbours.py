"""Close neighbours that trigrams confuse are told apart by facts about each language (letters
one of them alone writes, word forms of its standard), and a text's lines are read together."""

from __future__ import annotations

import re

import pytest

from kzld.parse import read_bytes
from kzld.parse.language import detect, detect_all

#: One paragraph in each language, written for these tests; the same news in each where the
#: languages are neighbours, so that only the language differs.
PROSE = {
    # Serbian (ekavian), Croatian and Bosnian (ijekavian, each with its own vocabulary)
    "sr": "Predsednici opozicionih stranaka potpisali su danas zajednički zahtev za poštene "
    "izbore. Posle sastanka su izjavili da će saradnja biti nastavljena i da niko ne sme da "
    "ostane po strani dok se ne ispune uslovi.",
    "hr": "Predsjednici oporbenih stranaka potpisali su danas zajednički zahtjev za poštene "
    "izbore. Nakon sastanka izjavili su da će se suradnja nastaviti tijekom cijele godine te "
    "da nitko ne smije ostati po strani dok se ne ispune uvjeti.",
    "bs": "Predsjednici opozicionih stranaka potpisali su danas zajednički zahtjev za poštene "
    "izbore. Nakon sastanka su izjavili da će saradnja biti nastavljena tokom cijele godine i "
    "da niko ne smije ostati po strani dok se ne ispune uslovi.",
    "gl": "As organizacións sindicais esixen que o goberno retire xa a nova lei laboral, porque "
    "non protexe os dereitos de quen traballa e tamén ameaza as pensións.",
    "pt": "As organizações sindicais exigem que o governo retire já a nova lei laboral, porque "
    "não protege os direitos de quem trabalha e também ameaça as pensões.",
    "es": "Las organizaciones sindicales exigen que el gobierno retire ya la nueva ley laboral, "
    "porque no protege los derechos de quien trabaja y también amenaza las pensiones.",
    "hi": "मजदूर संगठनों ने सरकार से कहा है कि नए श्रम कानून वापस लिए जाएं, और उन्होंने देश भर में "
    "विरोध प्रदर्शन करने का फैसला किया है।",
    "mr": "कामगार संघटनांनी सरकारकडे नवीन कामगार कायदे मागे घेण्याची मागणी केली आहे आणि त्यांनी "
    "राज्यभर आंदोलन करण्याचा निर्णय घेतला आहे.",
    "ne": "मजदुर संगठनहरूले सरकारसँग नयाँ श्रम कानून फिर्ता लिन माग गरेका छन् र उनीहरूले देशभर "
    "विरोध प्रदर्शन गर्ने निर्णय पनि गरेका छन्।",
    "az": "Həmkarlar ittifaqları hökumətdən yeni əmək qanununu dərhal geri götürməyi tələb edir "
    "və ölkə üzrə etiraz aksiyaları keçirməyə hazırlaşırlar.",
    "tr": "Sendikalar hükümetten yeni iş yasasını derhal geri çekmesini talep ediyor ve ülke "
    "genelinde protesto eylemleri düzenlemeye hazırlanıyor.",
    "ur": "مزدور تنظیموں نے حکومت سے مطالبہ کیا ہے کہ نیا لیبر قانون فوری طور پر واپس لیا جائے اور "
    "انہوں نے ملک بھر میں احتجاج کا اعلان کیا ہے۔",
    "fa": "سندیکاهای کارگری از دولت خواستند که قانون کار جدید را فوراً پس بگیرد و در سراسر کشور "
    "اعتراض خواهند کرد.",
    "nn": "Fagforeiningane krev at regjeringa trekkjer tilbake det nye lovforslaget, og dei seier "
    "at dei ikkje vil godta at arbeidsfolk mistar rettane sine.",
    "no": "Fagforeningene krever at regjeringen trekker tilbake det nye lovforslaget, og de sier "
    "at de ikke vil godta at arbeidsfolk mister rettighetene sine.",
    "mk": "Синдикатите бараат од владата веднаш да го повлече новиот закон за работни односи, а "
    "протестите ќе продолжат во сите градови.",
    "bg": "Синдикатите настояват правителството незабавно да оттегли новия закон за труда, а "
    "протестите ще продължат във всички градове.",
    "be": "Прафсаюзы патрабуюць ад урада неадкладна адклікаць новы закон аб працы, і пратэсты "
    "будуць працягвацца ва ўсіх гарадах краіны.",
    "ru": "Профсоюзы требуют от правительства немедленно отозвать новый закон о труде, и "
    "протесты будут продолжаться во всех городах страны.",
    "uk": "Профспілки вимагають від уряду негайно відкликати новий закон про працю, і протести "
    "триватимуть у всіх містах країни.",
    # Kyrgyz, which the detector lacks, and Kazakh
    "ky": "Профсоюздар өкмөттөн эмгек жөнүндө жаңы мыйзамды токтоосуз кайтарып алууну талап "
    "кылышат жана бардык шаарларда нааразычылык уланат.",
    "kk": "Кәсіподақтар үкіметтен еңбек туралы жаңа заңды дереу қайтарып алуды талап етеді және "
    "барлық қалаларда наразылық жалғасады.",
    "af": "Die vakbonde eis dat die regering die nuwe arbeidswet onmiddellik terugtrek, want dit "
    "beskerm nie die regte van werkers nie en hulle sal betoog.",
    "nl": "De vakbonden eisen dat de regering de nieuwe arbeidswet onmiddellijk intrekt, want die "
    "beschermt de rechten van werknemers niet en zij zullen betogen.",
}

#: A Serbo-Croatian paragraph with no word that one standard alone writes.
UNMARKED = (
    "Lideri stranaka potpisali su danas zajednički dokument o izborima i dogovorili da zajedno "
    "nastupe na izborima u jesen."
)


def versions(*paragraphs: str) -> tuple[str, ...]:
    text = "Naslov\n\n" + "\n\n".join(paragraphs) + "\n"
    return read_bytes("statement.txt", text.encode("utf-8")).languages


@pytest.mark.parametrize("language", sorted(PROSE))
def test_each_neighbour_is_its_own_language(language: str) -> None:
    assert versions(PROSE[language], PROSE[language]) == (language,)


def test_serbian_in_cyrillic_is_serbian() -> None:
    line = (
        "Председници опозиционих странака потписали су данас заједнички захтев за поштене "
        "изборе и договорили сарадњу, а ђаци и студенти ће им се придружити."
    )
    assert detect(line) == "sr"


def test_without_evidence_serbo_croatian_is_the_macrolanguage() -> None:
    # lingua's trigrams take the three for one another: no guess, a tag wrong for none of them
    assert detect(UNMARKED) == "sh"


def test_a_croatian_months_name_is_croatian() -> None:
    # "studeni" (November) in the genitive: Serbian and Bosnian write "novembar"
    line = UNMARKED.replace("u jesen", "krajem studenoga")
    assert detect(line) == "hr"


@pytest.mark.parametrize("language", ["sr", "hr", "bs"])
def test_a_line_without_evidence_takes_the_texts(language: str) -> None:
    assert detect_all([PROSE[language], UNMARKED]) == [language, language]
    assert versions(PROSE[language], UNMARKED, PROSE[language]) == (language,)


def test_a_line_with_evidence_of_its_own_keeps_it() -> None:
    # a Galician paragraph in a Spanish text is Galician, and the Spanish ones stay Spanish
    answers = detect_all([PROSE["es"], PROSE["gl"], PROSE["es"]])
    assert answers == ["es", "gl", "es"]


def test_a_letter_is_evidence_not_a_gate() -> None:
    # a Turkish sentence naming an Azerbaijani family (one ə) stays Turkish
    line = (
        "Sendikalar, Əliyev ailesi için düzenlenen toplantıda hükümet ile birlikte yeni "
        "talepleri açıkladı."
    )
    assert detect(line) == "tr"
    assert detect(PROSE["az"]) == "az"


#: Short made-up paragraphs of three sentences (the same news) in close neighbours (fifteenth
#: session): each read as a text of its first one, two and three sentences.
SHORT = {
    "sr": "Posle sastanka, opozicione stranke su potpisale zajedničku izjavu. Zahtevaju "
    "poštene izbore i oslobađanje uhapšenih. Sindikati podržavaju ovaj zahtev.",
    "hr": "Nakon sastanka oporbene stranke potpisale su zajedničku izjavu. Zahtijevaju "
    "poštene izbore i oslobađanje uhićenih. Sindikati podržavaju taj zahtjev.",
    "bs": "Nakon sastanka, opozicione stranke su potpisale zajedničku izjavu, saopćeno je. "
    "Zahtijevaju poštene izbore i oslobađanje uhapšenih. Sindikati podržavaju ovaj "
    "zahtjev.",
    "gl": "Os partidos da oposición asinaron hoxe unha declaración conxunta. Esixen eleccións "
    "limpas e a liberdade dos detidos. Os sindicatos tamén apoian a declaración.",
    "pt": "Os partidos da oposição assinaram hoje uma declaração conjunta. Exigem eleições "
    "limpas e a libertação dos detidos. Os sindicatos também apoiam a declaração.",
    "pl": "Partie opozycyjne podpisały dziś wspólne oświadczenie. Domagają się uczciwych "
    "wyborów i uwolnienia zatrzymanych. Związki zawodowe popierają to oświadczenie.",
    "be": "Partyi apazycyi siońnia padpisali supolnuju zajavu. Jany patrabujuć sumlennych "
    "vybaraŭ i vyzvaleńnia zatrymanych. Prafsajuzy padtrymlivajuć hetuju zajavu.",
    "ms": "Parti-parti pembangkang menandatangani satu kenyataan bersama hari ini. Mereka "
    "menuntut pilihan raya yang adil dan pembebasan mereka yang ditahan. Kesatuan "
    "sekerja menyokong kenyataan itu.",
    "id": "Partai-partai oposisi menandatangani pernyataan bersama hari ini. Mereka menuntut "
    "pemilihan umum yang jujur dan pembebasan orang-orang yang ditahan. Serikat pekerja "
    "mendukung pernyataan tersebut.",
    "cs": "Opoziční strany dnes podepsaly společné prohlášení. Požadují spravedlivé volby a "
    "propuštění zadržených. Odbory toto prohlášení podporují.",
    "sk": "Opozičné strany dnes podpísali spoločné vyhlásenie. Požadujú spravodlivé voľby a "
    "prepustenie zadržaných. Odbory toto vyhlásenie podporujú.",
    "sv": "Oppositionspartierna undertecknade i dag ett gemensamt uttalande. De kräver "
    "rättvisa val och att de gripna släpps fria. Fackförbunden stöder uttalandet.",
    "da": "Oppositionspartierne underskrev i dag en fælles erklæring. De kræver retfærdige "
    "valg og løsladelse af de anholdte. Fagforeningerne støtter erklæringen.",
    "no": "Opposisjonspartiene undertegnet i dag en felles erklæring. De krever rettferdige "
    "valg og løslatelse av de pågrepne. Fagforeningene støtter erklæringen.",
    "nn": "Opposisjonspartia skreiv i dag under ei felles fråsegn. Dei krev rettferdige val "
    "og at dei arresterte blir sleppte fri. Fagforeiningane støttar fråsegna.",
}

#: A second news item in the same neighbours: a union announces a general strike.
SHORT2 = {
    "hr": "Sindikat je najavio opći štrajk za sljedeći tjedan. Radnici traže veće plaće i "
    "bolje uvjete rada. Vlada još nije odgovorila na njihove zahtjeve.",
    "sr": "Sindikat je najavio generalni štrajk za sledeću nedelju. Radnici traže veće plate "
    "i bolje uslove rada. Vlada još nije odgovorila na njihove zahteve.",
    "bs": "Sindikat je najavio generalni štrajk za narednu sedmicu. Radnici traže veće plate "
    "i bolje uslove rada. Vlada još nije odgovorila na njihove zahtjeve.",
    "gl": "O sindicato anunciou unha folga xeral para a próxima semana. Os traballadores "
    "reclaman salarios máis altos e mellores condicións de traballo. O goberno aínda "
    "non respondeu ás súas demandas.",
    "pt": "O sindicato anunciou uma greve geral para a próxima semana. Os trabalhadores "
    "exigem salários mais altos e melhores condições de trabalho. O governo ainda não "
    "respondeu às suas reivindicações.",
    "pl": "Związek zawodowy zapowiedział strajk generalny na przyszły tydzień. Pracownicy "
    "domagają się wyższych płac i lepszych warunków pracy. Rząd jeszcze nie "
    "odpowiedział na ich żądania.",
    "be": "Prafsajuz abviaściŭ ahulny strajk na nastupny tydzień. Rabotniki patrabujuć "
    "vyšejšych zarobkaŭ i lepšych umoŭ pracy. Urad jašče nie adkazaŭ na ich "
    "patrabavańni.",
    "ms": "Kesatuan sekerja mengumumkan mogok umum untuk minggu hadapan. Para pekerja "
    "menuntut gaji yang lebih tinggi dan keadaan kerja yang lebih baik. Kerajaan masih "
    "belum menjawab tuntutan mereka.",
    "id": "Serikat pekerja mengumumkan mogok umum untuk minggu depan. Para buruh menuntut "
    "upah yang lebih tinggi dan kondisi kerja yang lebih baik. Pemerintah belum "
    "menanggapi tuntutan mereka.",
    "cs": "Odbory vyhlásily na příští týden generální stávku. Zaměstnanci požadují vyšší mzdy "
    "a lepší pracovní podmínky. Vláda na jejich požadavky zatím nereagovala.",
    "sk": "Odbory vyhlásili na budúci týždeň generálny štrajk. Zamestnanci požadujú vyššie "
    "mzdy a lepšie pracovné podmienky. Vláda na ich požiadavky zatiaľ nereagovala.",
    "sv": "Facket har utlyst en generalstrejk nästa vecka. Arbetarna kräver högre löner och "
    "bättre arbetsvillkor. Regeringen har ännu inte svarat på deras krav.",
    "da": "Fagforeningen har varslet en generalstrejke i næste uge. Arbejderne kræver højere "
    "lønninger og bedre arbejdsforhold. Regeringen har endnu ikke svaret på deres krav.",
    "no": "Fagforeningen har varslet generalstreik neste uke. Arbeiderne krever høyere lønn "
    "og bedre arbeidsvilkår. Regjeringen har ennå ikke svart på kravene deres.",
    "nn": "Fagforeininga har varsla generalstreik neste veke. Arbeidarane krev høgare løn og "
    "betre arbeidsvilkår. Regjeringa har enno ikkje svart på krava deira.",
}
#: A third news item (sixteenth session) in the same neighbours, and in Ukrainian, Russian,
#: Persian, Arabic and Urdu: the workers' representatives met the minister.
SHORT3 = {
    "sr": "Predstavnici radnika sastali su se u utorak sa ministrom. Rekli su da su pregovori "
    "propali i najavili nove proteste. Sledeći sastanak još nije zakazan.",
    "hr": "Predstavnici radnika sastali su se u utorak s ministrom. Rekli su da su pregovori "
    "propali te najavili nove prosvjede. Sljedeći sastanak još nije dogovoren.",
    "bs": "Predstavnici radnika sastali su se u utorak sa ministrom. Kazali su da su pregovori "
    "propali i najavili nove proteste. Naredni sastanak još nije zakazan, a očekuje se "
    "uskoro.",
    "gl": "Os representantes dos traballadores reuníronse o martes co ministro. Dixeron que as "
    "negociacións fracasaron e anunciaron novas protestas. A próxima xuntanza aínda non ten "
    "data.",
    "pt": "Os representantes dos trabalhadores reuniram-se na terça-feira com o ministro. "
    "Disseram que as negociações fracassaram e anunciaram novos protestos. A próxima reunião "
    "ainda não tem data.",
    "pl": "Przedstawiciele pracowników spotkali się we wtorek z ministrem. Powiedzieli, że "
    "rozmowy zakończyły się fiaskiem, i zapowiedzieli nowe protesty. Termin kolejnego "
    "spotkania nie został jeszcze ustalony.",
    "be": "Pradstaŭniki rabotnikaŭ sustrelisia ŭ aŭtorak z ministram. Jany skazali, što "
    "pieramovy pravalilisia, i abviaścili novyja pratesty. Nastupnaja sustreča jašče nie "
    "pryznačanaja.",
    "ms": "Wakil pekerja bertemu dengan menteri pada hari Selasa. Mereka berkata rundingan "
    "telah gagal dan mengumumkan protes baharu. Mesyuarat seterusnya belum ditetapkan.",
    "id": "Perwakilan buruh bertemu dengan menteri pada hari Selasa. Mereka mengatakan "
    "perundingan telah gagal dan mengumumkan aksi protes baru. Pertemuan berikutnya belum "
    "dijadwalkan.",
    "cs": "Zástupci zaměstnanců se v úterý sešli s ministrem. Řekli, že jednání ztroskotala, a "
    "oznámili nové protesty. Další schůzka zatím nebyla stanovena.",
    "sk": "Zástupcovia zamestnancov sa v utorok stretli s ministrom. Povedali, že rokovania "
    "stroskotali, a oznámili nové protesty. Ďalšie stretnutie zatiaľ nebolo určené.",
    "sv": "Arbetarnas företrädare träffade ministern i tisdags. De sade att förhandlingarna har "
    "misslyckats och utlyste nya protester. Nästa möte är ännu inte bestämt.",
    "da": "Arbejdernes repræsentanter mødtes med ministeren tirsdag. De sagde, at "
    "forhandlingerne var brudt sammen, og varslede nye protester. Næste møde er endnu ikke "
    "fastsat.",
    "no": "Arbeidernes representanter møtte statsråden tirsdag. De sa at forhandlingene hadde "
    "brutt sammen, og varslet nye protester. Neste møte er ennå ikke fastsatt.",
    "nn": "Representantane for arbeidarane møtte statsråden tysdag. Dei sa at forhandlingane "
    "hadde gått i stå, og varsla nye protestar. Neste møte er enno ikkje fastsett.",
    "uk": "Представники працівників зустрілися з міністром у вівторок. Вони сказали, що "
    "переговори провалилися, і оголосили нові протести. Наступну зустріч ще не призначено.",
    "ru": "Представители работников встретились с министром во вторник. Они заявили, что "
    "переговоры провалились, и объявили новые протесты. Следующая встреча пока не назначена.",
    "fa": "نمایندگان کارگران روز سه‌شنبه با وزیر دیدار کردند. آنها گفتند که مذاکرات شکست "
    "خورده است و اعتراض‌های تازه‌ای اعلام کردند. زمان دیدار بعدی هنوز تعیین نشده است.",
    "ar": "التقى ممثلو العمال بالوزير يوم الثلاثاء. وقالوا إن المفاوضات فشلت وأعلنوا عن "
    "احتجاجات جديدة. ولم يحدد موعد الاجتماع المقبل بعد.",
    "ur": "مزدوروں کے نمائندوں نے منگل کو وزیر سے ملاقات کی۔ انہوں نے کہا کہ مذاکرات ناکام ہو "
    "گئے ہیں اور نئے احتجاج کا اعلان کیا۔ اگلی ملاقات کی تاریخ ابھی طے نہیں ہوئی۔",
}

#: Readings left (paragraph set, language, sentences), each with its reason: one sentence with no
#: letter or word that one of the neighbours alone writes is read as lingua reads it (Belarusian
#: in the Latin alphabet as Polish; Indonesian with no word the Malay standard writes otherwise
#: as Malay), or as the macrolanguage (Nynorsk undecided from Bokmål: "no"; Bosnian with no
#: ijekavian or Bosnian word, Croatian or Serbian with no word of its own, only words the others
#: share: "sh"). One Galician sentence lingua reads as Tagalog is Galician by its words.
SHORT_LEFT = {
    (0, "be", 1): "pl",
    (0, "nn", 1): "no",
    (1, "bs", 1): "sh",
    (1, "bs", 2): "sh",
    (2, "bs", 1): "sh",
    (2, "bs", 2): "sh",
    (2, "bs", 3): "sh",
    (2, "hr", 1): "sh",
    (2, "id", 1): "ms",
    (2, "id", 2): "ms",
    (2, "sr", 1): "sh",
    (2, "sr", 2): "sh",
}
#: The three items.
ITEMS = (SHORT, SHORT2, SHORT3)


@pytest.mark.parametrize(
    ("item", "language", "sentences"),
    [
        (k, language, n)
        for k, paragraphs in enumerate(ITEMS)
        for language in sorted(paragraphs)
        for n in (1, 2, 3)
    ],
)
def test_a_short_paragraph_of_a_close_neighbour_is_its_language(
    item: int, language: str, sentences: int
) -> None:
    text = ITEMS[item][language]
    paragraph = " ".join(re.split(r"(?<=[.۔]) ", text)[:sentences])
    expected = SHORT_LEFT.get((item, language, sentences), language)
    assert versions(paragraph) == (expected,)


def test_belarusian_in_the_latin_alphabet_is_told_from_polish_by_its_letters() -> None:
    # "ŭ", "č", "š", "ž" are no letters of Polish; Polish "ą", "ę", "ó", "ż" none of Łacinka
    assert detect(SHORT["be"]) == "be"
    assert detect(SHORT["pl"]) == "pl"
    names = "Partyja Xandyi (P.Novak), Ruch Zedlandyi (A.Kovač)"
    assert versions(SHORT["be"], names, SHORT["be"]) == ("be",)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # Indonesian "pejabat" (an official), "Mahkamah Konstitusi" (its court), "percuma saja"
        # (in vain): words Malay writes too, in other senses, are no evidence of Malay
        (
            "id",
            "Para pejabat daerah menolak putusan Mahkamah Konstitusi itu; percuma saja protes "
            "tanpa organisasi buruh yang kuat di kota ini.",
        ),
        (
            "ms",
            "Para pegawai kerajaan menolak keputusan mahkamah itu; kesatuan sekerja akan "
            "berhimpun di ibu kota minggu hadapan.",
        ),
    ],
)
def test_words_indonesian_and_malay_share_tell_neither(language: str, sentence: str) -> None:
    assert detect(sentence) == language


@pytest.mark.parametrize(
    "sentence",
    [
        # read by lingua as Slovak, and as Bosnian, when short: the u with a breve is Łacinka's
        "Pradstaŭniki rabotnikaŭ sustrelisia ŭ aŭtorak z ministram.",
        "Pradstaŭniki rabotnikaŭ sustrelisia ŭ aŭtorak z ministram. Jany skazali, što pieramovy "
        "pravalilisia, i abviaścili novyja pratesty.",
    ],
)
def test_lacinka_read_as_a_south_slavic_or_a_west_slavic_language_is_belarusian(
    sentence: str,
) -> None:
    assert detect(sentence) == "be"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("cs", "Zástupci zaměstnanců se v úterý sešli s ministrem a řekli, že jednání "
         "ztroskotala."),
        ("sk", "Zástupcovia zamestnancov sa v utorok stretli s ministrom a povedali, že rokovania "
         "stroskotali, a ďalšie stretnutie ešte nie je určené."),
    ],
)  # fmt: skip
def test_czech_and_slovak_keep_their_own_letters(language: str, sentence: str) -> None:
    assert detect(sentence) == language


#: A made-up Maltese paragraph, with its letters and as a site writes it without them.
MALTESE = (
    "Il-partiti tal-oppożizzjoni ffirmaw illum dikjarazzjoni konġunta dwar l-elezzjoni "
    "ġenerali. Huma jitolbu lill-gvern biex iħares id-drittijiet tal-ħaddiema kollha."
)
MALTESE_PLAIN = (
    "Il-partiti tal-opposizzjoni ffirmaw illum dikjarazzjoni kongunta dwar l-elezzjoni "
    "generali. Huma jitolbu lill-gvern biex ihares id-drittijiet tal-haddiema kollha."
)


@pytest.mark.parametrize("paragraph", [MALTESE, MALTESE_PLAIN])
def test_a_language_the_detector_lacks_is_known_by_its_own_marks(paragraph: str) -> None:
    # the detector has no Maltese: without its marks the paragraph is read as a neighbour
    assert detect(paragraph) == "mt"
    assert versions(paragraph, paragraph) == ("mt",)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # hyphened words, an "L-" and a "tax-" that are no Maltese article
        (
            "en",
            "The well-known in-house report on the L-shaped site was co-signed by the "
            "all-party group and the tax-payers' union last week.",
        ),
        # ż is Polish too
        (
            "pl",
            "Związki zawodowe żądają, aby rząd natychmiast wycofał nową ustawę o pracy, "
            "która narusza prawa każdego pracownika.",
        ),
        # "il" without a hyphen is the Italian article
        (
            "it",
            "Il comitato nazionale ha approvato il documento finale con il voto di tutti i "
            "delegati presenti.",
        ),
    ],
)
def test_another_languages_line_is_no_maltese(language: str, line: str) -> None:
    assert detect(line) == language


#: A made-up Hausa paragraph, with its hooked letters and as a site writes it without them.
HAUSA = (
    "Ƙungiyar ma'aikata ta ƙasa ta yi kira ga gwamnati da ta biya albashin ma'aikata cikin "
    "gaggawa. Shugaban ƙungiyar ya ce wannan yajin aiki zai ci gaba har sai gwamnatin ta cika "
    "alkawuran da ta ɗauka, domin ma'aikata sun daɗe suna jira."
)
HAUSA_PLAIN = HAUSA.replace("Ƙ", "K").replace("ƙ", "k").replace("ɗ", "d")
#: A made-up Kyrgyz paragraph, and the same said in Kazakh and in Russian.
KYRGYZ = (
    "Бүгүн Бишкекте бир нече партиялар жана коомдук кыймылдар биригүү жөнүндө декларацияга "
    "кол коюшту. Бирок алар шайлоого чейин азыр бир тизме менен чыга турганын айтышты."
)


@pytest.mark.parametrize(
    ("paragraph", "language"), [(HAUSA, "ha"), (HAUSA_PLAIN, "ha"), (KYRGYZ, "ky")]
)
def test_hausa_and_kyrgyz_are_known_by_their_own_words(paragraph: str, language: str) -> None:
    # the detector has neither: a Hausa paragraph was read as Swahili or Tsonga, a Kyrgyz one
    # beside Russian furniture as Russian
    assert detect(paragraph) == language
    assert versions(paragraph, paragraph) == (language,)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "sw",
            "Chama cha wafanyakazi kimeitaka serikali kulipa mishahara ya wafanyakazi haraka. "
            "Mwenyekiti wa chama alisema mgomo huu utaendelea hadi serikali itimize ahadi zake.",
        ),
        (
            "kk",
            "Бүгін Алматыда бірнеше партиялар және қоғамдық қозғалыстар бірігу туралы "
            "декларацияға қол қойды. Бірақ олар сайлауға дейін бір тізіммен шығатынын айтты.",
        ),
        (
            "ru",
            "Сегодня в Бишкеке несколько партий и общественных движений подписали декларацию "
            "об объединении. Однако они заявили, что пойдут на выборы единым списком.",
        ),
    ],
)
def test_a_neighbours_line_is_neither_hausa_nor_kyrgyz(language: str, line: str) -> None:
    assert detect(line) == language
