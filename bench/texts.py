"""The text bank of the benchmark generator: real sentences in each language, in parallel.

Every paragraph exists in all six languages (en, de, es, fr, ru, nl), so that a document with
two language versions says the same thing twice, as the real statements do. Each paragraph
carries the keys (from ``authority/events.yaml``) of the events it speaks of. Headings, datelines,
"as of" phrases and "n more" phrases are per language as well. This is benchmark data, not kzld
code: names of places, events and organisations are fine here.
"""

from __future__ import annotations

__all__ = [
    "ALSO",
    "AS_OF",
    "BOILERPLATE_NAV",
    "BREADCRUMBS",
    "CITIES",
    "CUE_SENTENCES",
    "GARBLED",
    "HEADINGS",
    "INLINE_LEADS",
    "INLINE_SENTENCES",
    "LANGUAGES",
    "MONTHS",
    "MORE",
    "ON_BEHALF",
    "PARAGRAPHS",
    "RELATED",
    "SECOND_HEADINGS",
    "SHARE_FOOTER",
    "STATED_TOTALS",
    "TITLES",
    "TITLES_OF",
    "UPDATE_STAMPS",
    "format_date",
]

LANGUAGES = ("en", "de", "es", "fr", "ru", "nl")

UNREST = "january-2022-unrest-in-kazakhstan"
CSTO = "csto-intervention-in-kazakhstan-2022"
ZHANAOZEN = "zhanaozen-massacre-2011"
BAN = "ban-of-the-communist-party-of-kazakhstan-2015"

#: (events spoken of, {language: paragraph}).
PARAGRAPHS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (
        (UNREST,),
        {
            "en": "At the beginning of January 2022, mass protests spread across Kazakhstan after "
            "the price of liquefied gas doubled. Oil, gas and steel workers went on strike, "
            "blocked roads and organised rallies in many cities. The protests soon turned against "
            "the government and the corrupt ruling elite.",
            "de": "Anfang Januar 2022 breiteten sich in ganz Kasachstan Massenproteste aus, "
            "nachdem sich der Preis für Flüssiggas verdoppelt hatte. Arbeiterinnen und Arbeiter "
            "der Öl-, Gas- und Stahlindustrie traten in den Streik, blockierten Straßen und "
            "organisierten Kundgebungen in vielen Städten. Die Proteste richteten sich bald gegen "
            "die Regierung und die korrupte herrschende Elite.",
            "es": "A principios de enero de 2022 se extendieron por todo Kazajistán protestas "
            "masivas después de que se duplicara el precio del gas licuado. Los trabajadores del "
            "petróleo, del gas y del acero se declararon en huelga, bloquearon carreteras y "
            "organizaron concentraciones en muchas ciudades. Las protestas pronto se dirigieron "
            "contra el gobierno y la élite corrupta en el poder.",
            "fr": "Début janvier 2022, des manifestations de masse se sont étendues à tout le "
            "Kazakhstan après le doublement du prix du gaz liquéfié. Les travailleurs du pétrole, "
            "du gaz et de l'acier se sont mis en grève, ont bloqué les routes et organisé des "
            "rassemblements dans de nombreuses villes. Les protestations se sont vite tournées "
            "contre le gouvernement et l'élite dirigeante corrompue.",
            "ru": "В начале января 2022 года по всему Казахстану прокатились массовые протесты "
            "после того, как цена на сжиженный газ выросла вдвое. Рабочие нефтяной, газовой и "
            "металлургической промышленности объявили забастовку, перекрыли дороги и провели "
            "митинги во многих городах. Вскоре протесты обратились против правительства и "
            "коррумпированной правящей верхушки.",
            "nl": "Begin januari 2022 verspreidden massale protesten zich over heel Kazachstan "
            "nadat de prijs van vloeibaar gas was verdubbeld. Arbeiders in de olie-, gas- en "
            "staalindustrie gingen in staking, blokkeerden wegen en organiseerden bijeenkomsten "
            "in veel steden. De protesten keerden zich al snel tegen de regering en de corrupte "
            "heersende elite.",
        },
    ),
    (
        (CSTO,),
        {
            "en": "Troops of the Collective Security Treaty Organization (CSTO), led by Russian "
            "soldiers, arrived in the country at the request of the president. We condemn this "
            "military intervention, which serves to protect the power of capital and not the "
            "interests of the people. The foreign troops must leave Kazakhstan at once.",
            "de": "Truppen der Organisation des Vertrags über kollektive Sicherheit (OVKS) unter "
            "Führung russischer Soldaten trafen auf Ersuchen des Präsidenten im Land ein. Wir "
            "verurteilen diese militärische Intervention, die der Macht des Kapitals dient und "
            "nicht den Interessen des Volkes. Die ausländischen Truppen müssen Kasachstan sofort "
            "verlassen.",
            "es": "Tropas de la Organización del Tratado de Seguridad Colectiva (OTSC), dirigidas "
            "por soldados rusos, llegaron al país a petición del presidente. Condenamos esta "
            "intervención militar, que sirve para proteger el poder del capital y no los "
            "intereses del pueblo. Las tropas extranjeras deben abandonar Kazajistán de inmediato.",
            "fr": "Des troupes de l'Organisation du traité de sécurité collective (OTSC), menées "
            "par des soldats russes, sont arrivées dans le pays à la demande du président. Nous "
            "condamnons cette intervention militaire, qui sert à protéger le pouvoir du capital "
            "et non les intérêts du peuple. Les troupes étrangères doivent quitter le Kazakhstan "
            "immédiatement.",
            "ru": "Войска Организации Договора о коллективной безопасности (ОДКБ) во главе с "
            "российскими военными прибыли в страну по просьбе президента. Мы осуждаем эту военную "
            "интервенцию, которая служит защите власти капитала, а не интересам народа. "
            "Иностранные войска должны немедленно покинуть Казахстан.",
            "nl": "Troepen van de Collectieve Veiligheidsverdragsorganisatie (CVVO), geleid door "
            "Russische soldaten, kwamen op verzoek van de president het land binnen. Wij "
            "veroordelen deze militaire interventie, die de macht van het kapitaal beschermt en "
            "niet de belangen van het volk. De buitenlandse troepen moeten Kazachstan onmiddellijk "
            "verlaten.",
        },
    ),
    (
        (ZHANAOZEN,),
        {
            "en": "In December 2011 the police opened fire on striking oil workers in Zhanaozen "
            "and killed at least sixteen of them. Those responsible for the massacre have never "
            "been brought to justice. The memory of Zhanaozen lives on in the struggles of the "
            "working class today.",
            "de": "Im Dezember 2011 eröffnete die Polizei in Schanaosen das Feuer auf streikende "
            "Ölarbeiter und tötete mindestens sechzehn von ihnen. Die Verantwortlichen für das "
            "Massaker wurden nie zur Rechenschaft gezogen. Die Erinnerung an Schanaosen lebt in "
            "den Kämpfen der Arbeiterklasse bis heute fort.",
            "es": "En diciembre de 2011 la policía abrió fuego contra los trabajadores petroleros "
            "en huelga en Zhanaozen y mató al menos a dieciséis de ellos. Los responsables de la "
            "masacre nunca han sido llevados ante la justicia. La memoria de Zhanaozen sigue viva "
            "en las luchas de la clase obrera de hoy.",
            "fr": "En décembre 2011, la police a ouvert le feu sur les ouvriers du pétrole en "
            "grève à Zhanaozen et en a tué au moins seize. Les responsables du massacre n'ont "
            "jamais été traduits en justice. La mémoire de Zhanaozen reste vivante dans les "
            "luttes de la classe ouvrière d'aujourd'hui.",
            "ru": "В декабре 2011 года полиция открыла огонь по бастующим нефтяникам в Жанаозене "
            "и убила по меньшей мере шестнадцать человек. Виновные в этой бойне так и не "
            "понесли наказания. Память о Жанаозене живёт в сегодняшней борьбе рабочего класса.",
            "nl": "In december 2011 opende de politie in Zhanaozen het vuur op stakende "
            "oliearbeiders en doodde er ten minste zestien. De verantwoordelijken voor het "
            "bloedbad zijn nooit berecht. De herinnering aan Zhanaozen leeft voort in de strijd "
            "van de arbeidersklasse van vandaag.",
        },
    ),
    (
        (BAN,),
        {
            "en": "In 2015 a court banned the Communist Party of Kazakhstan on purely formal "
            "grounds. Since then every independent party, trade union and newspaper has faced "
            "persecution. We demand that the ban be lifted and that the rights of the working "
            "people be restored.",
            "de": "Im Jahr 2015 verbot ein Gericht die Kommunistische Partei Kasachstans aus rein "
            "formalen Gründen. Seitdem wird jede unabhängige Partei, Gewerkschaft und Zeitung "
            "verfolgt. Wir fordern die Aufhebung des Verbots und die Wiederherstellung der Rechte "
            "der arbeitenden Menschen.",
            "es": "En 2015 un tribunal prohibió el Partido Comunista de Kazajistán por motivos "
            "puramente formales. Desde entonces, todo partido, sindicato y periódico independiente "
            "sufre persecución. Exigimos que se levante la prohibición y que se restablezcan los "
            "derechos del pueblo trabajador.",
            "fr": "En 2015, un tribunal a interdit le Parti communiste du Kazakhstan pour des "
            "raisons purement formelles. Depuis, tout parti, syndicat et journal indépendant est "
            "persécuté. Nous exigeons la levée de l'interdiction et le rétablissement des droits "
            "des travailleurs.",
            "ru": "В 2015 году суд запретил Коммунистическую партию Казахстана по чисто "
            "формальным причинам. С тех пор преследованиям подвергается каждая независимая "
            "партия, каждый профсоюз и каждая газета. Мы требуем отменить запрет и восстановить "
            "права трудящихся.",
            "nl": "In 2015 verbood een rechtbank de Communistische Partij van Kazachstan om "
            "zuiver formele redenen. Sindsdien wordt elke onafhankelijke partij, vakbond en krant "
            "vervolgd. Wij eisen dat het verbod wordt opgeheven en dat de rechten van het "
            "werkende volk worden hersteld.",
        },
    ),
    (
        (),
        {
            "en": "We express our full solidarity with the working people and with all those who "
            "have been arrested for taking part in the protests. Political prisoners must be "
            "released without delay. The right to strike, to organise and to demonstrate must be "
            "guaranteed.",
            "de": "Wir erklären unsere volle Solidarität mit den arbeitenden Menschen und mit "
            "allen, die wegen ihrer Teilnahme an den Protesten verhaftet wurden. Die politischen "
            "Gefangenen müssen unverzüglich freigelassen werden. Das Recht zu streiken, sich zu "
            "organisieren und zu demonstrieren muss garantiert werden.",
            "es": "Expresamos nuestra plena solidaridad con el pueblo trabajador y con todas las "
            "personas detenidas por participar en las protestas. Los presos políticos deben ser "
            "liberados sin demora. Hay que garantizar el derecho de huelga, de organización y de "
            "manifestación.",
            "fr": "Nous exprimons notre pleine solidarité avec les travailleurs et avec toutes "
            "celles et ceux qui ont été arrêtés pour avoir participé aux manifestations. Les "
            "prisonniers politiques doivent être libérés sans délai. Le droit de grève, "
            "d'organisation et de manifestation doit être garanti.",
            "ru": "Мы выражаем полную солидарность с трудящимися и со всеми, кто был арестован за "
            "участие в протестах. Политические заключённые должны быть немедленно освобождены. "
            "Право на забастовку, на объединение и на демонстрации должно быть гарантировано.",
            "nl": "Wij betuigen onze volledige solidariteit met het werkende volk en met iedereen "
            "die is gearresteerd omdat hij aan de protesten deelnam. Politieke gevangenen moeten "
            "onverwijld worden vrijgelaten. Het recht om te staken, zich te organiseren en te "
            "demonstreren moet worden gegarandeerd.",
        },
    ),
    (
        (),
        {
            "en": "These events show once again the need for strong parties of the working "
            "class, with close ties to the workers in every factory and every mine. Only the "
            "organised struggle of the workers can open the way to real change. Long live "
            "international solidarity!",
            "de": "Diese Ereignisse zeigen erneut, wie notwendig starke Parteien der "
            "Arbeiterklasse sind, die eng mit den Beschäftigten in jedem Betrieb und in jeder "
            "Grube verbunden sind. Nur der organisierte Kampf der Arbeiter kann den Weg zu echten "
            "Veränderungen öffnen. Es lebe die internationale Solidarität!",
            "es": "Estos acontecimientos muestran una vez más la necesidad de partidos fuertes de "
            "la clase obrera, estrechamente unidos a los trabajadores de cada fábrica y de cada "
            "mina. Solo la lucha organizada de los trabajadores puede abrir el camino hacia un "
            "cambio real. ¡Viva la solidaridad internacional!",
            "fr": "Ces événements montrent une fois de plus la nécessité de partis forts de la "
            "classe ouvrière, étroitement liés aux travailleurs de chaque usine et de chaque "
            "mine. Seule la lutte organisée des travailleurs peut ouvrir la voie à un véritable "
            "changement. Vive la solidarité internationale !",
            "ru": "Эти события ещё раз показывают необходимость сильных партий рабочего класса, "
            "тесно связанных с рабочими каждого завода и каждой шахты. Только организованная "
            "борьба трудящихся может открыть путь к настоящим переменам. Да здравствует "
            "международная солидарность!",
            "nl": "Deze gebeurtenissen tonen opnieuw de noodzaak aan van sterke partijen van de "
            "arbeidersklasse, met nauwe banden met de arbeiders in elke fabriek en elke mijn. "
            "Alleen de georganiseerde strijd van de arbeiders kan de weg openen naar echte "
            "verandering. Leve de internationale solidariteit!",
        },
    ),
    (
        (),
        {
            "en": "Multinational monopolies control a large part of the mining and oil industry "
            "of the country. Wages and pensions remain low, while the prices of fuel and food "
            "keep rising. Many young people see no future and are forced to look for work abroad.",
            "de": "Multinationale Monopole kontrollieren einen großen Teil des Bergbaus und der "
            "Ölindustrie des Landes. Löhne und Renten bleiben niedrig, während die Preise für "
            "Treibstoff und Lebensmittel weiter steigen. Viele junge Menschen sehen keine Zukunft "
            "und müssen im Ausland nach Arbeit suchen.",
            "es": "Los monopolios multinacionales controlan gran parte de la minería y de la "
            "industria petrolera del país. Los salarios y las pensiones siguen siendo bajos, "
            "mientras los precios del combustible y de los alimentos no dejan de subir. Muchos "
            "jóvenes no ven ningún futuro y se ven obligados a buscar trabajo en el extranjero.",
            "fr": "Les monopoles multinationaux contrôlent une grande partie de l'industrie "
            "minière et pétrolière du pays. Les salaires et les retraites restent bas, tandis que "
            "les prix du carburant et de la nourriture ne cessent d'augmenter. Beaucoup de jeunes "
            "ne voient aucun avenir et sont contraints de chercher du travail à l'étranger.",
            "ru": "Транснациональные монополии контролируют значительную часть горнодобывающей и "
            "нефтяной промышленности страны. Зарплаты и пенсии остаются низкими, а цены на "
            "топливо и продукты питания продолжают расти. Многие молодые люди не видят будущего "
            "и вынуждены искать работу за границей.",
            "nl": "Multinationale monopolies beheersen een groot deel van de mijnbouw en de "
            "olie-industrie van het land. Lonen en pensioenen blijven laag, terwijl de prijzen "
            "van brandstof en voedsel blijven stijgen. Veel jongeren zien geen toekomst en zijn "
            "gedwongen in het buitenland werk te zoeken.",
        },
    ),
    (
        (),
        {
            "en": "The parties that sign this statement call on the workers of all countries to "
            "show their solidarity in practice. We will organise meetings, collect donations and "
            "inform the public about the real situation. The struggle of the people cannot be "
            "stopped by repression.",
            "de": "Die Parteien, die diese Erklärung unterzeichnen, rufen die Arbeiter aller "
            "Länder auf, ihre Solidarität praktisch zu zeigen. Wir werden Versammlungen "
            "organisieren, Spenden sammeln und die Öffentlichkeit über die wirkliche Lage "
            "informieren. Der Kampf des Volkes lässt sich durch Unterdrückung nicht aufhalten.",
            "es": "Los partidos que firman esta declaración llaman a los trabajadores de todos "
            "los países a mostrar su solidaridad en la práctica. Organizaremos reuniones, "
            "recogeremos donaciones e informaremos a la opinión pública sobre la situación real. "
            "La lucha del pueblo no puede ser detenida por la represión.",
            "fr": "Les partis qui signent cette déclaration appellent les travailleurs de tous "
            "les pays à manifester concrètement leur solidarité. Nous organiserons des réunions, "
            "collecterons des dons et informerons le public de la situation réelle. La lutte du "
            "peuple ne peut pas être arrêtée par la répression.",
            "ru": "Партии, подписавшие это заявление, призывают трудящихся всех стран проявить "
            "солидарность на деле. Мы будем проводить собрания, собирать пожертвования и "
            "рассказывать людям о реальном положении дел. Борьбу народа невозможно остановить "
            "репрессиями.",
            "nl": "De partijen die deze verklaring ondertekenen, roepen de arbeiders van alle "
            "landen op hun solidariteit in de praktijk te tonen. Wij zullen bijeenkomsten "
            "organiseren, giften inzamelen en het publiek informeren over de werkelijke situatie. "
            "De strijd van het volk kan niet door repressie worden gestopt.",
        },
    ),
)

#: genre -> {language: title}.
TITLES: dict[str, dict[str, str]] = {
    "joint-statement": {
        "en": "Joint statement of communist and workers' parties on the situation in Kazakhstan",
        "de": "Gemeinsame Erklärung kommunistischer und Arbeiterparteien zur Lage in Kasachstan",
        "es": "Declaración conjunta de partidos comunistas y obreros sobre la situación en "
        "Kazajistán",
        "fr": "Déclaration commune de partis communistes et ouvriers sur la situation au "
        "Kazakhstan",
        "ru": "Совместное заявление коммунистических и рабочих партий о положении в Казахстане",
        "nl": "Gezamenlijke verklaring van communistische en arbeiderspartijen over de situatie "
        "in Kazachstan",
    },
    "resolution": {
        "en": "Resolution: Solidarity with the workers and popular masses in Kazakhstan!",
        "de": "Resolution: Solidarität mit den Arbeitern und Volksmassen in Kasachstan!",
        "es": "Resolución: ¡Solidaridad con los trabajadores y las masas populares de Kazajistán!",
        "fr": "Résolution : Solidarité avec les travailleurs et les masses populaires du "
        "Kazakhstan !",
        "ru": "Резолюция: солидарность с рабочими и народными массами Казахстана!",
        "nl": "Resolutie: solidariteit met de arbeiders en de volksmassa's in Kazachstan!",
    },
    "motion": {
        "en": "Solidarity motion on the ban of the Communist Party of Kazakhstan",
        "de": "Solidaritätsantrag zum Verbot der Kommunistischen Partei Kasachstans",
        "es": "Moción de solidaridad contra la prohibición del Partido Comunista de Kazajistán",
        "fr": "Motion de solidarité contre l'interdiction du Parti communiste du Kazakhstan",
        "ru": "Обращение солидарности в связи с запретом Коммунистической партии Казахстана",
        "nl": "Solidariteitsmotie over het verbod op de Communistische Partij van Kazachstan",
    },
    "declaration": {
        "en": "Declaration: Stop the repression, free the prisoners!",
        "de": "Erklärung: Stoppt die Repression, lasst die Inhaftierten frei!",
        "es": "Declaración: ¡Alto a la represión, libertad para los presos!",
        "fr": "Déclaration : Halte à la répression, libérez les prisonniers !",
        "ru": "Заявление: прекратить репрессии, освободить заключённых!",
        "nl": "Verklaring: stop de repressie, laat de gevangenen vrij!",
    },
}

#: The heading of the first signatory section, per language.
HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Signatories",
        "The statement is signed by the following Parties:",
        "Participant Parties",
        "Signed by:",
    ),
    "de": ("Die Erklärung wurde unterzeichnet von:", "Unterzeichner", "Unterzeichnende Parteien:"),
    "es": ("Firmantes", "Partidos firmantes:", "La declaración ha sido firmada por:"),
    "fr": ("Signataires", "Partis signataires :", "La déclaration est signée par :"),
    "ru": ("Подписали:", "Партии, подписавшие заявление:", "Подписавшие организации"),
    "nl": (
        "Partijen die de verklaring tot nu toe ondertekend hebben:",
        "Ondertekenaars",
        "De verklaring werd ondertekend door:",
    ),
}

#: The heading of a second signatory section, per language.
SECOND_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": ("Other Parties", "Other SolidNet Parties", "Further signatories"),
    "de": ("Weitere Unterzeichner:", "Andere Organisationen"),
    "es": ("Otros partidos firmantes:", "Otras organizaciones"),
    "fr": ("Autres signataires :", "Autres organisations"),
    "ru": ("Другие партии:", "Другие организации"),
    "nl": ("Andere partijen die de verklaring ondertekenen:", "Overige ondertekenaars"),
}

#: The lead-in of an inline (comma-separated) signatory list: the heading and the list on one line.
INLINE_LEADS: dict[str, str] = {
    "en": "Signed by:",
    "de": "Unterzeichnet von:",
    "es": "Firmado por:",
    "fr": "Signé par :",
    "ru": "Подписали:",
    "nl": "Ondertekend door:",
}

#: A heading that says the list is current at a date, per language.
AS_OF: dict[str, str] = {
    "en": "Signatories (as of {date}, further signatories possible):",
    "de": "Unterzeichner (Stand: {date}):",
    "es": "Firmantes (a {date}):",
    "fr": "Signataires (au {date}) :",
    "ru": "Подписали (по состоянию на {date}):",
    "nl": "Ondertekenaars (stand per {date}):",
}

#: The last line of a list that names only some signatories: "… (20 weitere)".
MORE: dict[str, str] = {
    "en": "… ({n} more)",
    "de": "… ({n} weitere)",
    "es": "… ({n} más)",
    "fr": "… ({n} autres)",
    "ru": "… (ещё {n})",
    "nl": "… ({n} andere)",
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}

#: Places of datelines, per language.
CITIES: dict[str, tuple[str, ...]] = {
    "en": ("Istanbul", "Athens", "London", "Brussels", "Lisbon"),
    "de": ("Berlin", "Wien", "Zürich", "Gelsenkirchen"),
    "es": ("Madrid", "Caracas", "Bogotá", "Montevideo"),
    "fr": ("Paris", "Bruxelles", "Lyon", "Tunis"),
    "ru": ("Москва", "Стамбул", "Киев", "Минск"),
    "nl": ("Amsterdam", "Utrecht", "Antwerpen", "Rotterdam"),
}


def format_date(language: str, year: int, month: int, day: int) -> str:
    """A date as texts in ``language`` write it (``6. Januar 2022``, ``10 января 2022 года``)."""
    name = MONTHS[language][month - 1]
    if language == "de":
        return f"{day}. {name} {year}"
    if language == "es":
        return f"{day} de {name} de {year}"
    if language == "ru":
        return f"{day} {name} {year} года"
    return f"{day} {name} {year}"


#: A site's navigation line (boilerplate), per language.
BOILERPLATE_NAV: dict[str, str] = {
    "en": "Home | News | Statements | Contact",
    "de": "| Startseite | Impressum | Datenschutz",
    "es": "Inicio | Noticias | Declaraciones | Contacto",
    "fr": "Accueil | Actualités | Déclarations | Contact",
    "ru": "Главная | Новости | Заявления | Контакты",
    "nl": "Home | Nieuws | Verklaringen | Contact",
}

#: A related-articles block (boilerplate): its heading and its article titles, per language.
RELATED: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (
        "Related articles",
        (
            "The January uprising and the mass strikes in Kazakhstan",
            "Interview: a new socialist movement in Russia",
            "Oil workers on strike again in the west of the country",
        ),
    ),
    "de": (
        "Mehr dazu",
        (
            "Der Januar-Aufstand und die Massenstreiks in Kasachstan",
            "Interview: Eine neue sozialistische Bewegung in Russland",
            "Ölarbeiter im Westen des Landes erneut im Streik",
        ),
    ),
    "es": (
        "Artículos relacionados",
        (
            "La insurrección de enero y las huelgas masivas en Kazajistán",
            "Entrevista: un nuevo movimiento socialista en Rusia",
        ),
    ),
    "fr": (
        "À lire aussi",
        (
            "L'insurrection de janvier et les grèves de masse au Kazakhstan",
            "Entretien : un nouveau mouvement socialiste en Russie",
        ),
    ),
    "ru": (
        "Читайте также",
        (
            "Январское восстание и массовые забастовки в Казахстане",
            "Интервью: новое социалистическое движение в России",
        ),
    ),
    "nl": (
        "Lees ook",
        (
            "De januari-opstand en de massale stakingen in Kazachstan",
            "Interview: een nieuwe socialistische beweging in Rusland",
        ),
    ),
}


# ------------------------------------------------------------------ the classes of issue 18
# Layouts real statements use besides a list under a heading (bench/devcorpus/README.md names the
# classes). Written anew per language; the organisation names stay as the pool spells them.

#: A sentence (or paragraph end) that announces the list below it without a heading.
CUE_SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "We, the parties whose names follow, condemn the repression and stand with the working "
        "people:",
        "The organisations that endorse this appeal:",
    ),
    "de": (
        "Wir, die nachstehenden Parteien, verurteilen die Repression und stehen an der Seite "
        "der arbeitenden Menschen:",
        "Die Organisationen, die diesen Aufruf unterstützen:",
    ),
    "es": (
        "Nosotros, los partidos cuyos nombres siguen, condenamos la represión y apoyamos al "
        "pueblo trabajador:",
        "Las organizaciones que respaldan este llamamiento:",
    ),
    "fr": (
        "Nous, partis dont les noms suivent, condamnons la répression et soutenons les "
        "travailleurs :",
        "Les organisations qui soutiennent cet appel :",
    ),
    "ru": (
        "Мы, партии, названия которых следуют ниже, осуждаем репрессии и поддерживаем трудящихся:",
        "Организации, поддержавшие этот призыв:",
    ),
    "nl": (
        "Wij, de partijen waarvan de namen volgen, veroordelen de repressie en staan aan de "
        "zijde van het werkende volk:",
        "De organisaties die deze oproep steunen:",
    ),
}

#: A sentence stating how many signed, before the list of some of them ("{n}": the number).
STATED_TOTALS: dict[str, str] = {
    "en": "{n} communist and workers' parties have already signed the statement, among them:",
    "de": "{n} Parteien haben die Erklärung bereits unterzeichnet, darunter:",
    "es": "{n} partidos comunistas y obreros ya han firmado la declaración, entre ellos:",
    "fr": "{n} partis communistes et ouvriers ont déjà signé la déclaration, parmi lesquels :",
    "ru": "Число партий, подписавших заявление: {n}. Среди них:",
    "nl": "{n} communistische en arbeiderspartijen hebben de verklaring al ondertekend, waaronder:",
}

#: An update stamp in brackets that gives a list's as-of date ("{date}": dd/mm/yyyy or dd.mm.yyyy).
UPDATE_STAMPS: dict[str, str] = {
    "en": "[updated {date}]",
    "de": "(Stand: {date})",
    "es": "[actualizado el {date}]",
    "fr": "[mise à jour le {date}]",
    "ru": "[обновлено {date}]",
    "nl": "[bijgewerkt op {date}]",
}

#: The line that opens a second list.
ALSO: dict[str, str] = {
    "en": "Also the parties,",
    "de": "Außerdem die Parteien:",
    "es": "También los partidos:",
    "fr": "Ainsi que les partis :",
    "ru": "А также партии:",
    "nl": "Ook de partijen:",
}

#: A running sentence that names the signers inline ("{names}"), and the word before the last.
INLINE_SENTENCES: dict[str, tuple[str, str]] = {
    "en": ("The statement is endorsed by {names}.", "and"),
    "de": ("Die Erklärung wird unterstützt von {names}.", "und"),
    "es": ("La declaración cuenta con el apoyo de {names}.", "y"),
    "fr": ("La déclaration est soutenue par {names}.", "et"),
    "ru": ("Заявление поддержали {names}.", "и"),
    "nl": ("De verklaring wordt gesteund door {names}.", "en"),
}

#: A title that names the signers ("{names}").
TITLES_OF: dict[str, str] = {
    "en": "Joint statement of {names}",
    "de": "Gemeinsame Erklärung von {names}",
    "es": "Declaración conjunta de {names}",
    "fr": "Déclaration commune de {names}",
    "ru": "Совместное заявление: {names}",
    "nl": "Gezamenlijke verklaring van {names}",
}

#: "On behalf of" before a signer's name, one a line at the end of the text.
ON_BEHALF: dict[str, str] = {
    "en": "On behalf of {name}",
    "de": "Namens {name}",
    "es": "En nombre de {name}",
    "fr": "Au nom de {name}",
    "ru": "От имени {name}",
    "nl": "Namens {name}",
}

#: Breadcrumbs of a site (furniture).
BREADCRUMBS: dict[str, str] = {
    "en": "Home / Statements / International",
    "de": "Startseite / Politik / International",
    "es": "Inicio / Internacional / Declaraciones",
    "fr": "Accueil / International / Déclarations",
    "ru": "Главная / Международное / Заявления",
    "nl": "Home / Internationaal / Verklaringen",
}

#: A footer line of sharing links (furniture, the same in every language).
SHARE_FOOTER = "Print | Email | Facebook | Twitter | Telegram"

#: Ends of a page cut mid-list in another script (a garbled fragment, never a signatory).
GARBLED = ("Κομμουνιστικό Κόμ", "الحزب الشيوعي ال", "Коммунистическая па", "Türkiye Komünist P")
