"""Signers a news report names through the persons who sign for them: a role, the organisation
(in its case, as the text writes it) and the person, in the order each language writes them.
Organisation and person names are made up ("Xandia", "Zetland")."""

from __future__ import annotations

import pytest

from .prose import PROSE
from .reading import outside_of, read_text


@pytest.mark.parametrize(
    ("lead", "signers"),
    [
        # Polish: role, organisation in the genitive, person glued to it
        ("Porozumienie zawarli: przewodniczący Xandyjskiej Partii Pracy Jan Kowalski, lider "
         "Zetlandii 2050 Anna Nowak i prezes YSL Adam Wiśniewski oraz Ewa Lis.",
         ["Xandyjskiej Partii Pracy", "Zetlandii 2050", "YSL"]),
        # Indonesian: role, organisation, a comma, then the person (perhaps one name)
        ("Ketua Umum Partai Xandia (PX), Budiman membeberkan kesepakatan yang lahir dari "
         "pembicaraan antara dirinya, Ketua Umum Partai Zetland, Sari Dewi; dan Ketua Umum YKB, "
         "Agus Santoso.",
         ["Partai Xandia (PX)", "Partai Zetland", "YKB"]),
        # Azerbaijani: the organisation in the genitive, then the role, then the person
        ("Xandiya Partiyasının rəhbəri Əli Vəliyev və Zetland Birliyinin sədri Aynur Qasımova "
         "memoranduma imza atıblar.",
         ["Xandiya Partiyasının", "Zetland Birliyinin"]),
        # Bulgarian: the person, a word for "for", the organisation in quotation marks
        ("Подписи под споразумението сложиха Иван Петров за \"Ксандия, напред\", Мария "
         "Иванова за \"Зетландско движение\".",
         ["Ксандия, напред", "Зетландско движение"]),
        # English: role first, the person glued after the organisation
        ("Chairman of the X Party of Britain John Smith and general secretary of the Zetland "
         "Workers Union Mary Jones signed the joint statement on Monday.",
         ["X Party of Britain", "Zetland Workers Union"]),
        # Macedonian: the role said once for all, each organisation after the same "на" (of),
        # one in sentence case, each person after a comma
        ("Заедничката изјава ја потпишаа вчера лидерот на Партијата Ксандија, Иван Петровски, "
         "на Зетланд Напред, Марко Марковски, на Ипсиландско движење, Ана Јованоска, и на Сојуз "
         "за Зетланд, Петар Илиевски.",
         ["Партијата Ксандија", "Зетланд Напред", "Ипсиландско движење", "Сојуз за Зетланд"]),
        # English: "the leader of X, Person, of Y, Person"
        ("The declaration was signed by the leader of the Xandia Party, Jane Roe, of the Zetland "
         "Union, John Doe, and of the Workers' Party of Zetland, Ann Poe.",
         ["Xandia Party", "Zetland Union", "Workers' Party of Zetland"]),
    ],
)  # fmt: skip
def test_organisations_named_through_the_persons_who_sign(lead: str, signers: list[str]) -> None:
    found = outside_of(read_text(f"Title\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"))
    assert found == signers


@pytest.mark.parametrize(
    "lead",
    [
        # one person with a role is the one who speaks, not the signers
        "Według rzecznika, przewodniczący Xandyjskiej Partii Pracy Jan Kowalski podpisał list "
        "do premiera.",
        "On Monday the chairman of the X Party of Britain John Smith signed a letter to the "
        "prime minister.",
        # the sentence tells of no statement and no signing
        "Chairman of the X Party of Britain John Smith and general secretary of the Zetland "
        "Workers Union Mary Jones walked together through the town on Monday.",
    ],
)
def test_no_signers_through_one_person_or_without_a_statement(lead: str) -> None:
    text = f"Title\n\n{PROSE['en']}\n\n{lead} {PROSE['en']}\n\n{PROSE['en']}\n"
    assert outside_of(read_text(text)) == []
