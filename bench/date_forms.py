"""Audit of the reader's dates in every language it tells apart, written from CLDR's patterns.

For each language of ``kzld.parse.language.LANGUAGES`` that CLDR has, two days (14 March 2021,
whose day cannot be a month; 5 November 2019, whose can) are written in the language's full,
long and medium patterns and its short numeric one (the year in four digits), through Babel,
and each is read back as a made-up text would give it: a dateline under the title after a
place, a date alone under the title, a dateline closing the text. Ranges of days and of months
(``format_interval``) are read as datelines under the title and closing the text, where no date
is expected. The made-up text's prose is English, or the language's own where its month names
collide with another language's (Croatian, Polish, Czech, Azerbaijani: such a name is read in
the text's language). Prints, per language, how many readings are wrong and which, and the
totals; ``--json`` writes every reading.

Then the page's forms around a date, by position (:data:`PLACED`, in each language of
:data:`POSITIONS`: a site's update clock, a by-line, a source line, a stamp, a signing date
inside the lead), each read as a made-up page with the headline above it; ``--placed`` reads
these alone.

``--patterns`` reads instead, in each language a text of the development corpus is written in
(its gold records' ``languages``), more of the forms sites write (:data:`PATTERNS`: abbreviated
and genitive months, a weekday's name or abbreviation before the date, the month first) and
CLDR's skeletons with a weekday (``yMMMEd``, ``yMMMMEEEEd``), in the same three positions.

In Arabic the forms are written in the regional locales whose month names differ too
(:data:`REGIONAL`), and in some languages forms pages print that CLDR's patterns leave out
(:data:`PRINTED`: a day's ordinal marker, a year of the Buddhist era, Chinese numerals).

``--collisions`` lists instead every name CLDR gives (through Babel: every language the reader
supports, wide and abbreviated, format and stand-alone, so the genitive forms too) that is a
month in one language and another month, or a weekday, in another, with what the reader does
with it.

    PYTHONPATH=$PWD/src python3 bench/date_forms.py [--json | --placed | --patterns | --collisions]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, localedata
from babel.dates import format_date, format_interval, format_skeleton
from lingua import Language

from kzld.errors import InputError
from kzld.parse import read_bytes
from kzld.parse.calendars import LOCALES, more_locales, name_key, names_of, shared_months
from kzld.parse.language import LANGUAGES

DAYS = (date(2021, 3, 14), date(2019, 11, 5))
PROSE = (
    "The workers of the region have been on strike for three weeks against the new wage "
    "rules, and the government has answered them with arrests and with bans on every meeting."
)
#: Made-up prose in the languages whose month names collide with another language's or are
#: read only in a text of their language (Welsh, Irish, Tagalog abbreviations), and in Thai,
#: whose texts alone write a year of the Buddhist era in digits.
OWN_PROSE = {
    "hr": "Radnici regije već tri tjedna štrajkaju protiv novih pravila o plaćama, a vlada im "
    "odgovara uhićenjima i zabranom svakog skupa.",
    "pl": "Robotnicy regionu strajkują od trzech tygodni przeciwko nowym zasadom płac, a rząd "
    "odpowiada im aresztowaniami i zakazem wszelkich zgromadzeń.",
    "cs": "Dělníci regionu stávkují už tři týdny proti novým mzdovým pravidlům a vláda jim "
    "odpovídá zatýkáním a zákazem všech shromáždění.",
    "cy": "Mae gweithwyr y rhanbarth wedi bod ar streic ers tair wythnos yn erbyn y rheolau "
    "cyflog newydd, ac mae'r llywodraeth wedi ateb gydag arestiadau a gwaharddiadau ar bob "
    "cyfarfod.",
    "ga": "Tá oibrithe an réigiúin ar stailc le trí seachtaine in aghaidh na rialacha pá nua, "
    "agus d'fhreagair an rialtas iad le gabhálacha agus le cosc ar gach cruinniú.",
    "tl": "Tatlong linggo nang nagwewelga ang mga manggagawa ng rehiyon laban sa mga bagong "
    "patakaran sa sahod, at sinagot sila ng pamahalaan ng mga pag-aresto at pagbabawal sa "
    "bawat pulong.",
    "th": "คนงานในภูมิภาคนี้นัดหยุดงานมาสามสัปดาห์แล้ว เพื่อต่อต้านกฎค่าจ้างใหม่ "
    "และรัฐบาลตอบโต้ด้วยการจับกุม และการห้ามการชุมนุมทุกครั้ง ผู้นำสหภาพแรงงานกล่าวว่า "
    "พวกเขาจะไม่ยอมแพ้",
    "az": "Bölgənin işçiləri üç həftədir yeni maaş qaydalarına qarşı tətil edirlər və hökumət "
    "onlara həbslərlə və bütün yığıncaqların qadağan edilməsi ilə cavab verir.",
}
#: CLDR's code for a language the detector names by another one.
CLDR = {"tl": "fil"}

#: Made-up news prose, a headline, a lead sentence telling of a signing on 14 March 2021, a
#: by-line's word ("By"), a site's update clock's label ("Last updated"), a publication stamp's
#: label ("Published") and a made-up person's name, in each language the position audit reads
#: (the other dates' forms are CLDR's, through Babel).
POSITIONS: dict[str, dict[str, str]] = {
    "en": {
        "headline": "Unions sign a memorandum on wages",
        "prose": "The workers of the region have been on strike for three weeks against the new "
        "wage rules. The government has answered them with arrests and bans on meetings.",
        "lead": "On 14 March 2021, the three unions signed a joint memorandum on wages.",
        "by": "By",
        "updated": "Last updated",
        "person": "Jane Roe",
        "published": "Published",
    },
    "fr": {
        "headline": "Les syndicats signent un mémorandum",
        "prose": "Les travailleurs de la région sont en grève depuis trois semaines contre les "
        "nouvelles règles salariales. Le gouvernement leur répond par des arrestations.",
        "lead": "Le 14 mars 2021, les trois syndicats ont signé un mémorandum commun sur les "
        "salaires.",
        "by": "Par",
        "updated": "Dernière mise à jour",
        "person": "Jeanne Roux",
        "published": "Publié le",
    },
    "es": {
        "headline": "Los sindicatos firman un memorando",
        "prose": "Los trabajadores de la región llevan tres semanas en huelga contra las nuevas "
        "normas salariales. El gobierno les ha respondido con detenciones.",
        "lead": "El 14 de marzo de 2021, los tres sindicatos firmaron un memorando conjunto "
        "sobre los salarios.",
        "by": "Por",
        "updated": "Última actualización",
        "person": "Juana Ruiz",
        "published": "Publicado el",
    },
    "de": {
        "headline": "Gewerkschaften unterzeichnen ein Memorandum",
        "prose": "Die Beschäftigten der Region streiken seit drei Wochen gegen die neuen "
        "Lohnregeln. Die Regierung antwortet ihnen mit Festnahmen und Versammlungsverboten.",
        "lead": "Am 14. März 2021 unterzeichneten die drei Gewerkschaften ein gemeinsames "
        "Memorandum.",
        "by": "Von",
        "updated": "Zuletzt aktualisiert",
        "person": "Jana Roth",
        "published": "Veröffentlicht am",
    },
    "it": {
        "headline": "I sindacati firmano un memorandum",
        "prose": "I lavoratori della regione sono in sciopero da tre settimane contro le nuove "
        "regole salariali. Il governo ha risposto con arresti e divieti di riunione.",
        "lead": "Il 14 marzo 2021 i tre sindacati hanno firmato un memorandum comune sui salari.",
        "by": "Di",
        "updated": "Ultimo aggiornamento",
        "person": "Giovanna Rossi",
        "published": "Pubblicato il",
    },
    "pt": {
        "headline": "Os sindicatos assinam um memorando",
        "prose": "Os trabalhadores da região estão em greve há três semanas contra as novas "
        "regras salariais. O governo respondeu-lhes com detenções e proibições de reuniões.",
        "lead": "Em 14 de março de 2021, os três sindicatos assinaram um memorando conjunto "
        "sobre os salários.",
        "by": "Por",
        "updated": "Última atualização",
        "person": "Joana Rocha",
        "published": "Publicado em",
    },
    "ru": {
        "headline": "Профсоюзы подписали меморандум",
        "prose": "Рабочие региона уже три недели бастуют против новых правил оплаты труда. "
        "Правительство отвечает им арестами и запретами собраний.",
        "lead": "14 марта 2021 года три профсоюза подписали совместный меморандум о заработной "
        "плате.",
        "by": "Автор:",
        "updated": "Последнее обновление",
        "person": "Иван Зедов",
        "published": "Опубликовано",
    },
    "uk": {
        "headline": "Профспілки підписали меморандум",
        "prose": "Робітники регіону вже три тижні страйкують проти нових правил оплати праці. "
        "Уряд відповідає їм арештами та заборонами зібрань.",
        "lead": "14 березня 2021 року три профспілки підписали спільний меморандум щодо "
        "заробітної плати.",
        "by": "Автор:",
        "updated": "Останнє оновлення",
        "person": "Іван Зеденко",
        "published": "Опубліковано",
    },
    "pl": {
        "headline": "Związki podpisały memorandum",
        "prose": "Robotnicy regionu strajkują od trzech tygodni przeciwko nowym zasadom płac. "
        "Rząd odpowiada im aresztowaniami i zakazami zgromadzeń.",
        "lead": "14 marca 2021 roku trzy związki zawodowe podpisały wspólne memorandum w "
        "sprawie płac.",
        "by": "Autor:",
        "updated": "Ostatnia aktualizacja",
        "person": "Janina Zedowska",
        "published": "Opublikowano",
    },
    "cs": {
        "headline": "Odbory podepsaly memorandum",
        "prose": "Dělníci regionu stávkují už tři týdny proti novým mzdovým pravidlům. Vláda "
        "jim odpovídá zatýkáním a zákazy shromáždění.",
        "lead": "Dne 14. března 2021 podepsaly tři odbory společné memorandum o mzdách.",
        "by": "Autor:",
        "updated": "Poslední aktualizace",
        "person": "Jana Zedová",
        "published": "Publikováno",
    },
    "tr": {
        "headline": "Sendikalar mutabakat imzaladı",
        "prose": "Bölgenin işçileri üç haftadır yeni ücret kurallarına karşı grevde. Hükümet "
        "onlara gözaltılar ve toplantı yasaklarıyla yanıt veriyor.",
        "lead": "Üç sendika 14 Mart 2021 tarihinde ücretler konusunda ortak bir mutabakat "
        "imzaladı.",
        "by": "Yazan:",
        "updated": "Son güncelleme",
        "person": "Ayşe Zed",
        "published": "Yayınlanma tarihi:",
    },
    "el": {
        "headline": "Τα συνδικάτα υπέγραψαν μνημόνιο",
        "prose": "Οι εργαζόμενοι της περιοχής απεργούν εδώ και τρεις εβδομάδες ενάντια στους "
        "νέους μισθολογικούς κανόνες. Η κυβέρνηση απαντά με συλλήψεις.",
        "lead": "Στις 14 Μαρτίου 2021 τα τρία συνδικάτα υπέγραψαν κοινό μνημόνιο για τους μισθούς.",
        "by": "Του",
        "updated": "Τελευταία ενημέρωση",
        "person": "Γιάννη Ζέντου",
        "published": "Δημοσιεύθηκε",
    },
    "ar": {
        "headline": "النقابات توقع مذكرة مشتركة",
        "prose": "يضرب عمال المنطقة منذ ثلاثة أسابيع ضد قواعد الأجور الجديدة. وتردّ الحكومة "
        "عليهم بالاعتقالات وبمنع الاجتماعات.",
        "lead": "وقّعت النقابات الثلاث في 14 مارس 2021 مذكرة مشتركة بشأن الأجور.",
        "by": "بقلم",
        "updated": "آخر تحديث",
        "person": "سامي زيد",
        "published": "نشر في",
    },
    "fa": {
        "headline": "سندیکاها تفاهم‌نامه امضا کردند",
        "prose": "کارگران منطقه سه هفته است که علیه قواعد جدید دستمزد در اعتصاب هستند. دولت "
        "با بازداشت و ممنوعیت گردهمایی‌ها به آنان پاسخ می‌دهد.",
        "lead": "سه سندیکا در ۱۴ مارس ۲۰۲۱ یک تفاهم‌نامه مشترک درباره دستمزدها امضا کردند.",
        "by": "نویسنده:",
        "updated": "آخرین به‌روزرسانی",
        "person": "سارا زند",
        "published": "تاریخ انتشار:",
    },
    "sr": {
        "headline": "Синдикати потписали меморандум",
        "prose": "Радници региона већ три недеље штрајкују против нових правила о платама. "
        "Влада им одговара хапшењима и забранама окупљања.",
        "lead": "Три синдиката су 14. марта 2021. потписала заједнички меморандум о платама.",
        "by": "Аутор:",
        "updated": "Последње ажурирање",
        "person": "Јована Зедић",
        "published": "Објављено",
    },
    "hu": {
        "headline": "Memorandumot írtak alá a szakszervezetek",
        "prose": "A régió munkásai három hete sztrájkolnak az új bérszabályok ellen. A kormány "
        "letartóztatásokkal és a gyűlések tilalmával válaszol.",
        "lead": "A három szakszervezet 2021. március 14-én közös memorandumot írt alá a bérekről.",
        "by": "Szerző:",
        "updated": "Utolsó frissítés",
        "person": "Zed Anna",
        "published": "Megjelent:",
    },
    "id": {
        "headline": "Serikat pekerja menandatangani memorandum",
        "prose": "Para pekerja di wilayah itu telah mogok selama tiga minggu menentang aturan "
        "upah yang baru. Pemerintah menjawab mereka dengan penangkapan.",
        "lead": "Pada 14 Maret 2021, tiga serikat pekerja menandatangani memorandum bersama "
        "tentang upah.",
        "by": "Oleh",
        "updated": "Terakhir diperbarui",
        "person": "Sari Zed",
        "published": "Diterbitkan",
    },
    "vi": {
        "headline": "Các công đoàn ký bản ghi nhớ",
        "prose": "Công nhân trong vùng đã đình công ba tuần để phản đối các quy định tiền lương "
        "mới. Chính phủ đáp lại họ bằng những vụ bắt giữ.",
        "lead": "Ngày 14 tháng 3 năm 2021, ba công đoàn đã ký một bản ghi nhớ chung về tiền lương.",
        "by": "Tác giả:",
        "updated": "Cập nhật lần cuối",
        "person": "Nguyễn Văn Zed",
        "published": "Ngày đăng:",
    },
    "nl": {
        "headline": "Vakbonden ondertekenen memorandum",
        "prose": "De arbeiders in de regio staken al drie weken tegen de nieuwe loonregels. De "
        "regering antwoordt met arrestaties en een verbod op bijeenkomsten.",
        "lead": "Op 14 maart 2021 ondertekenden de drie vakbonden een gezamenlijk memorandum "
        "over lonen.",
        "by": "Door",
        "updated": "Laatst bijgewerkt",
        "person": "Jana de Zed",
        "published": "Gepubliceerd op",
    },
    "sv": {
        "headline": "Facken undertecknar memorandum",
        "prose": "Arbetarna i regionen har strejkat i tre veckor mot de nya lönereglerna. "
        "Regeringen svarar med gripanden och mötesförbud.",
        "lead": "Den 14 mars 2021 undertecknade de tre fackförbunden ett gemensamt memorandum "
        "om löner.",
        "by": "Av",
        "updated": "Senast uppdaterad",
        "person": "Jana Zedberg",
        "published": "Publicerad",
    },
    "bg": {
        "headline": "Синдикатите подписаха меморандум",
        "prose": "Работниците в региона стачкуват от три седмици срещу новите правила за "
        "заплатите. Правителството им отговаря с арести и забрани на събрания.",
        "lead": "На 14 март 2021 г. трите синдиката подписаха общ меморандум за заплатите.",
        "by": "Автор:",
        "updated": "Последна актуализация",
        "person": "Яна Зедова",
        "published": "Публикувано",
    },
}

#: The page's forms around a date, by position (sixteenth session): each a made-up page in the
#: language (its headline, the form, then its prose) and what a reader must find, as (created,
#: published): "D" the day of the form (14 March 2021), "E" the day after it, None no date. An
#: item's update clock under its headline (a date line with a site's label and a clock time) is
#: the page's stamp, as ``bench/devcorpus/README.md`` says of a date line alone under the
#: headline (and fold A's gold of an "Actualizado: ..." clock there); it is never the
#: statement's date; written out with no clock, the label may date a list ("Stand: ..."), and
#: no date is expected. A by-line's or a source line's date under the headline is the page's; a
#: signing date inside the lead is the statement's.
PLACED: tuple[tuple[str, str, str, tuple[str | None, str | None]], ...] = (
    ("update clock", "{updated}: {numeric} 13:07", "", (None, "D")),
    ("update clock, written", "{updated}: {long}", "", (None, None)),
    ("update clock over a closing dateline", "{updated}: {next} 13:07", "Zedtown, {long}",
     ("D", "E")),
    ("by-line |", "{by} {person} | {long}", "", (None, "D")),
    ("by-line ,", "{by} {person}, {long}", "", (None, "D")),
    ("by-line, clock", "{by} {person} {numeric} 10:15", "", (None, "D")),
    ("source line", "Zedpost {numeric} | {person}", "", (None, "D")),
    ("published, then updated", "{published} {numeric} 10:15 | {updated}: {next} 11:00", "",
     (None, "D")),
    ("source's abbreviation", "ZTV {numeric}", "", (None, "D")),
    ("stamp", "{numeric} 10:15", "", (None, "D")),
    ("signing in the lead", "{lead} {prose}", "", ("D", None)),
    ("place and date opening the lead, an abbreviation after them",
     "Zedtown, {long} (XUF) – {prose}", "", ("D", None)),
    ("signing in the lead, a stamp above", "{next} 10:15\n\n{lead} {prose}", "", ("D", "E")),
)  # fmt: skip


def _code(name: str) -> str:
    code = getattr(Language, name).iso_code_639_1.name.lower()
    return CLDR.get(code, code)


def _dates(text: str) -> tuple[date | None, date | None]:
    try:
        document = read_bytes("statement.txt", text.encode("utf-8"))
    except InputError:
        return None, None
    return (document.created.date if document.created else None), document.published


def _forms(locale: str, day: date) -> dict[str, str]:
    forms = {width: format_date(day, width, locale=locale) for width in ("full", "long", "medium")}
    short = Locale.parse(locale).date_formats["short"].pattern
    forms["numeric"] = format_date(
        day, short.replace("yyyy", "y").replace("yy", "y"), locale=locale
    )
    return forms


def _ranges(locale: str, day: date) -> dict[str, str]:
    after = day + timedelta(days=1)
    return {
        "days": format_interval(day, after, "yMMMd", locale=locale),
        "days_wide": format_interval(day, after, "yMMMMd", locale=locale),
        "months": format_interval(day - timedelta(days=16), day, "yMMMMd", locale=locale),
    }


def _language(locale: str) -> list[dict[str, Any]]:
    readings = []
    prose = OWN_PROSE.get(locale, PROSE)
    for day in DAYS:
        for width, form in _forms(locale, day).items():
            top = _dates(f"Title\n\nZedtown, {form}\n\n{prose}\n\n{prose}\n")[0]
            alone = _dates(f"Title\n\n{form}\n\n{prose}\n\n{prose}\n")
            end = _dates(f"Title\n\n{prose}\n\n{prose}\n\nZedtown, {form}\n")[0]
            for where, got, right in (
                ("under the title", top, top == day),
                ("alone", alone[0] or alone[1], day in alone),
                ("closing", end, end == day),
            ):
                readings.append(
                    {"form": width, "text": form, "where": where, "read": str(got), "right": right}
                )
    for kind, form in _ranges(locale, DAYS[0]).items():
        for where, text in (
            ("under the title", f"Title\n\nZedtown, {form}\n\n{prose}\n\n{prose}\n"),
            ("closing", f"Title\n\n{prose}\n\n{prose}\n\nZedtown, {form}\n"),
        ):
            got = _dates(text)[0]
            readings.append(
                {"form": "range " + kind, "text": form, "where": where, "read": str(got),
                 "right": got is None}
            )  # fmt: skip
    return readings


#: The forms :func:`patterned` writes in each language (Babel's patterns: "MMMM" is the month's
#: format (genitive) name, "LLLL" its stand-alone one, "EEE" a weekday's abbreviation), and the
#: CLDR skeletons it writes in each language's own order.
PATTERNS = (
    "d MMMM y", "d MMM y", "d LLLL y", "EEEE, d MMMM y", "EEEE d MMMM y", "EEE, d MMM y",
    "EEE, d MMMM y", "MMMM d, y", "EEEE, MMMM d, y", "d. MMMM y", "dd.MM.y", "dd/MM/y",
)  # fmt: skip
SKELETONS = ("yMMMd", "yMMMMd", "yMMMEd", "yMMMMEEEEd")
#: The development corpus's texts' languages (gold ``languages``) -> CLDR's locale.
CORPUS_LOCALES = {"tl": "fil", "no": "nb"}
#: The regional locales whose month names differ from their language's (Arabic as written in
#: the Levant and Iraq, in Morocco, in Algeria and Tunisia, in Mauritania): :func:`patterned`
#: writes the language's forms in each of them too.
REGIONAL = {"ar": ("ar_SY", "ar_MA", "ar_DZ", "ar_MR")}


def _buddhist(day: date) -> str:
    """A numeric date with the year of Thailand's Buddhist era (543 years before the
    Gregorian one): "14/03/2564"."""
    return f"{day.day:02d}/{day.month:02d}/{day.year + 543}"


#: Chinese numerals as dates write them in characters, digit by digit in the year and as
#: numbers in the month and day ("二〇二一年三月十四日").
_HAN_DIGITS = "〇一二三四五六七八九"


def _han_number(number: int) -> str:
    tens, units = divmod(number, 10)
    written = ("" if tens < 2 else _HAN_DIGITS[tens]) + ("十" if tens else "")
    return written + (_HAN_DIGITS[units] if units else "")


def _han(day: date) -> str:
    """A date written in Chinese numerals: "二〇二一年三月十四日"."""
    year = "".join(_HAN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_han_number(day.month)}月{_han_number(day.day)}日"


#: Forms pages print that CLDR's patterns leave out, per corpus language: Babel patterns (a
#: day's ordinal marker quoted: Malay "14hb Mac 2021", of "hari bulan", Irish "14ú Márta 2021",
#: Tagalog "ika-14 ng Marso 2021", Uzbek "14-mart 2021-yil") or a function of the day (a year of
#: Thailand's Buddhist era in a numeric date, a date in Chinese numerals).
PRINTED: dict[str, tuple[Any, ...]] = {
    "ms": ("d'hb' MMMM y", "d'hb' MMM y"),
    "ga": ("d'ú' MMMM y",),
    "tl": ("'ika-'d 'ng' MMMM y", "d 'ng' MMMM y"),
    "uz": ("d-MMMM y'-yil'", "y'-yil' d-MMMM"),
    "th": (_buddhist,),
    "zh": (_han,),
    "ja": (_han,),
}


def _corpus_languages() -> list[str]:
    found: set[str] = set()
    for gold in sorted((Path(__file__).parent / "devcorpus" / "tune").glob("*.gold.yaml")):
        found.update(str(code) for code in yaml.safe_load(gold.read_text("utf-8"))["languages"])
    known = set(localedata.locale_identifiers())
    return [c for c in sorted(found) if CORPUS_LOCALES.get(c, c) in known]


def patterned(code: str) -> list[dict[str, Any]]:
    """The readings of :data:`PATTERNS` and :data:`SKELETONS` in the corpus language ``code``:
    each form of :data:`DAYS` after a place under the title, alone under it, and closing."""
    locale = CORPUS_LOCALES.get(code, code)
    prose = OWN_PROSE.get(code, PROSE)
    readings = []
    for day in DAYS:
        forms = {p: format_date(day, p, locale=locale) for p in PATTERNS}
        forms.update({s: format_skeleton(s, day, locale=locale) for s in SKELETONS})
        for regional in REGIONAL.get(code, ()):
            forms.update(
                {f"{p} {regional}": format_date(day, p, locale=regional) for p in PATTERNS}
            )
        for printed in PRINTED.get(code, ()):
            if callable(printed):
                forms[printed.__name__.strip("_")] = printed(day)
            else:
                forms[printed] = format_date(day, printed, locale=locale)
        for text, form in {f: p for p, f in forms.items()}.items():  # each written form once
            top = _dates(f"Title\n\nZedtown, {text}\n\n{prose}\n\n{prose}\n")[0]
            alone = _dates(f"Title\n\n{text}\n\n{prose}\n\n{prose}\n")
            end = _dates(f"Title\n\n{prose}\n\n{prose}\n\nZedtown, {text}\n")[0]
            for where, got, right in (
                ("under the title", top, top == day),
                ("alone", alone[0] or alone[1], day in alone),
                ("closing", end, end == day),
            ):
                readings.append(
                    {"form": form, "text": text, "where": where, "read": str(got), "right": right}
                )
    return readings


def placed(code: str) -> list[dict[str, Any]]:
    """The readings of :data:`PLACED` in the language ``code`` (of :data:`POSITIONS`)."""
    day = DAYS[0]
    after = day + timedelta(days=1)
    numeric = _forms(code, day)["numeric"]
    words = {**POSITIONS[code], "long": format_date(day, "long", locale=code), "numeric": numeric}
    words["next"] = _forms(code, after)["numeric"]
    readings = []
    for form, top, closing, expected in PLACED:
        under = top.format(**words)
        text = f"{words['headline']}\n\n{under}\n\n{words['prose']}\n\n{words['prose']}\n"
        got = _dates(text + (f"\n{closing.format(**words)}\n" if closing else ""))
        right = tuple({"D": day, "E": after}.get(e) if e else None for e in expected)
        readings.append(
            {"form": form, "text": under, "where": "under the headline",
             "read": f"{got[0]} / {got[1]}", "right": got == right}
        )  # fmt: skip
    return readings


def collisions() -> list[tuple[str, dict[str, list[str]], str]]:
    """Every folded name of three letters or more that CLDR gives as a month in one language of
    the reader and as another month or a weekday in another: (name, meaning -> languages, what
    the reader does with it)."""
    meanings: dict[str, dict[str, set[str]]] = {}
    for locale in (*LOCALES, *more_locales()):
        for kind in ("months", "days"):
            names = getattr(Locale.parse(locale), kind)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for number, name in names[context][width].items():
                        meaning = f"month {number}" if kind == "months" else f"weekday {number}"
                        by_meaning = meanings.setdefault(name_key(name), {})
                        by_meaning.setdefault(meaning, set()).add(locale.split("_")[0])
    months, _ = names_of("months")
    shared = shared_months()
    found = []
    for key, by_meaning in sorted(meanings.items()):
        monthly = [m for m in by_meaning if m.startswith("month")]
        if len(key) < 3 or not monthly or len(by_meaning) < 2:
            continue
        if key in shared:
            done = "read in the text's language"
        elif key in months:
            done = f"read as month {months[key]} (the languages that read it agree)"
        else:
            done = "not read as a month (a name of no language the reader reads months in)"
        if len(monthly) == 1 and key in months:
            done = "a weekday before or after a date, a month inside it"
        found.append((key, {m: sorted(v) for m, v in sorted(by_meaning.items())}, done))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="write every reading as JSON")
    parser.add_argument("--collisions", action="store_true", help="list the colliding names")
    parser.add_argument("--placed", action="store_true", help="only the forms by position")
    parser.add_argument("--patterns", action="store_true", help="more forms, corpus languages")
    args = parser.parse_args()
    if args.patterns:
        return _print({code: patterned(code) for code in _corpus_languages()}, args.json)
    if args.collisions:
        for key, by_meaning, done in collisions():
            meant = "; ".join(f"{m}: {', '.join(v)}" for m, v in by_meaning.items())
            print(f"{key} | {meant} | {done}")
        return 0
    by_place = {code: placed(code) for code in POSITIONS}
    if args.placed:
        return _print(by_place, args.json)
    known = set(localedata.locale_identifiers())
    found = {code: _language(code) for code in map(_code, LANGUAGES) if code in known}
    if args.json:
        json.dump({"cldr": found, "placed": by_place}, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    _print(found, False)
    print("\nBy position:")
    return _print(by_place, False)


def _print(found: dict[str, list[dict[str, Any]]], as_json: bool) -> int:
    if as_json:
        json.dump(found, sys.stdout, ensure_ascii=False, indent=1)
        return 0
    totals = [0, 0, 0, 0]
    for code, readings in found.items():
        single = [r for r in readings if not r["form"].startswith("range")]
        ranges = [r for r in readings if r["form"].startswith("range")]
        wrong = [r for r in single if not r["right"]]
        wrong_ranges = [r for r in ranges if not r["right"]]
        counts = [len(single), len(wrong), len(ranges), len(wrong_ranges)]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"{code}: {counts[1]} of {counts[0]} wrong, ranges {counts[3]} of {counts[2]}")
        for r in wrong:
            print(f"    {r['form']} {r['where']}: {r['text']!r} -> {r['read']}")
    print(f"all: {totals[1]} of {totals[0]} wrong, ranges {totals[3]} of {totals[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
