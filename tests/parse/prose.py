"""Short paragraphs of argument prose in several languages, for reader tests that need a text's
body around what they test (one copy for every test module of the reader)."""

PROSE = {
    "en": "The workers of the region have been on strike for three weeks against the new wage "
    "rules, and the government has answered them with arrests and with bans on every meeting.",
    "es": "Los trabajadores de la región llevan tres semanas en huelga contra las nuevas normas "
    "salariales, y el gobierno les ha respondido con detenciones y prohibiendo las reuniones.",
    "de": "Die Arbeiterinnen und Arbeiter der Region streiken seit drei Wochen gegen die neuen "
    "Lohnregeln, und die Regierung antwortet mit Verhaftungen und dem Verbot jeder Versammlung.",
    "fr": "Les travailleurs de la région sont en grève depuis trois semaines contre les nouvelles "
    "règles salariales, et le gouvernement leur répond par des arrestations et des interdictions.",
    "it": "I lavoratori della regione sono in sciopero da tre settimane contro le nuove regole "
    "salariali, e il governo risponde con arresti e con il divieto di ogni assemblea pubblica.",
    "pt": "Os trabalhadores da região estão em greve há três semanas contra as novas regras "
    "salariais, e o governo respondeu com prisões e com a proibição de qualquer reunião pública.",
    "sv": "Arbetarna i regionen har strejkat i tre veckor mot de nya lönereglerna, och regeringen "
    "har svarat med gripanden och med förbud mot alla möten och demonstrationer i hela landet.",
    "el": "Οι εργαζόμενοι της περιοχής απεργούν εδώ και τρεις εβδομάδες ενάντια στους νέους "
    "κανόνες για τους μισθούς, και η κυβέρνηση απαντά με συλλήψεις και απαγορεύσεις συναθροίσεων.",
    "ru": "Рабочие региона бастуют уже три недели против новых правил оплаты труда, а "
    "правительство отвечает им арестами и запретом любых собраний и митингов по всей стране.",
    "tr": "Bölgedeki işçiler yeni ücret kurallarına karşı üç haftadır grevde ve hükümet onlara "
    "gözaltılarla ve bütün toplantıları yasaklayarak cevap veriyor, sendikalar da baskı altında.",
    "nl": "De arbeiders in de regio staken al drie weken tegen de nieuwe loonregels, en de "
    "regering antwoordt met arrestaties en met een verbod op elke bijeenkomst in het hele land.",
    "hu": "A régió munkásai három hete sztrájkolnak az új bérszabályok ellen, a kormány pedig "
    "letartóztatásokkal és minden gyűlés betiltásával válaszol nekik.",
    "lt": "Regiono darbuotojai jau tris savaites streikuoja prieš naujas darbo užmokesčio "
    "taisykles, o vyriausybė jiems atsako areštais ir visų susirinkimų draudimais.",
    "fa": "کارگران منطقه سه هفته است که علیه قوانین جدید دستمزد در اعتصاب هستند و دولت با "
    "بازداشت و ممنوعیت هر گونه گردهمایی به آنها پاسخ می‌دهد.",
    "ar": "يضرب عمال المنطقة منذ ثلاثة أسابيع ضد قواعد الأجور الجديدة، وترد الحكومة عليهم "
    "بالاعتقالات وبمنع كل اجتماع في البلاد كلها، ونحن نقف إلى جانبهم في نضالهم العادل.",
    "ne": "क्षेत्रका मजदुरहरू नयाँ ज्याला नियमविरुद्ध तीन हप्तादेखि हडतालमा छन्, र सरकारले उनीहरूलाई "
    "पक्राउ र हरेक भेलामा प्रतिबन्ध लगाएर जवाफ दिएको छ। हामी सबै मजदुरहरूलाई एकजुट हुन आह्वान गर्दछौं।",
}
