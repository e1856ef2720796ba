"""Short forms of names in scripts written without spaces: Chinese, Japanese and Korean shorten
a name by keeping some of its letters in order, its last letter among them. A new
organisation's short form goes by the key of the one longer name of the corpus it is made of;
a name the longer one holds whole, a name that only leaves out a type word, a short form of
two names and names of two countries stay apart. A short form of a name taken for an authority
entry without doubt is that entry. A short name written alone that contracts one entry's name,
a character of each of its words but for one run at most, is that entry, when no other entry
has a name it contracts."""

from __future__ import annotations

from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.defined import UNSPACED_NAME, Definition, Definitions
from kzld.resolve.orgs.names import contracts
from tests.resolve.resolving import corpus_keys, key_of

#: A made-up Chinese name ("Zeta Peace Building National Council") and its short form, which
#: keeps a letter of each of its first words and the last word whole.
ZETA_COUNCIL = "泽塔和平建设国民会议"
ZETA_COUNCIL_SHORT = "泽和会议"
ZETA_COUNCIL_KEY = "x-zeta-heping-jiansheguominhuiyi"


def names(*written: str) -> list[tuple[str, str | None]]:
    return [(name, None) for name in written]


def test_a_short_form_goes_by_the_key_of_its_long_name_in_either_order() -> None:
    forward, resolver = corpus_keys(Authority(()), names(ZETA_COUNCIL, ZETA_COUNCIL_SHORT))
    backward, _ = corpus_keys(Authority(()), names(ZETA_COUNCIL_SHORT, ZETA_COUNCIL))
    assert forward == backward == [ZETA_COUNCIL_KEY] * 2
    assert [o.key for o in resolver.organisations()] == [ZETA_COUNCIL_KEY]


def test_without_its_long_name_a_short_form_is_keyed_by_its_spelling() -> None:
    keys, _ = corpus_keys(Authority(()), names(ZETA_COUNCIL_SHORT))
    assert keys == ["x-ze-he-huiyi"]


def test_a_korean_name_less_its_own_words_is_the_same_organisation() -> None:
    # "Zeta Joint Declaration South Committee" and "Zeta South Committee" (made up): only own
    # words are left out, every type word is kept
    keys, _ = corpus_keys(Authority(()), names("제타공동선언 남측위원회", "제타 남측위원회"))
    assert keys == ["x-jetagongdongseoneon-namcheug-wiwonhoe"] * 2


def test_a_name_less_a_type_word_is_another_organisation() -> None:
    # the Zeta Women Peasants' League and the Zeta Peasants' League (made up)
    keys, _ = corpus_keys(Authority(()), names("泽塔女性农民总联盟", "泽塔农民总联盟"))
    assert keys == ["x-zeta-nuxing-nongmin-zonglianmeng", "x-zeta-nongmin-zonglianmeng"]


def test_a_name_held_whole_by_a_longer_one_is_not_its_short_form() -> None:
    # "Xinghai Zeta Federation" may be a branch of the Zeta Federation: two organisations
    keys, _ = corpus_keys(Authority(()), names("星海泽塔联合会", "泽塔联合会"))
    assert keys == ["x-xinghaizeta-lianhehui", "x-zeta-lianhehui"]


def test_a_short_form_of_two_long_names_is_neither() -> None:
    keys, _ = corpus_keys(
        Authority(()), names(ZETA_COUNCIL, "泽塔和平建设青年会议", ZETA_COUNCIL_SHORT)
    )
    assert keys == [ZETA_COUNCIL_KEY, "x-zeta-heping-jianshe-qingnian-huiyi", "x-ze-he-huiyi"]


def test_short_and_long_names_of_two_countries_stay_apart() -> None:
    long = Definition(UNSPACED_NAME + ZETA_COUNCIL, ZETA_COUNCIL_KEY, "XA", ())
    short = Definition(UNSPACED_NAME + ZETA_COUNCIL_SHORT, "x-ze-he-huiyi", "XB", ())
    assert Definitions((long, short)).key(short.key) == short.key
    assert (
        Definitions((long, Definition(short.abbreviation, short.key, None, ()))).key(short.key)
        == long.key
    )


def test_a_short_form_is_no_abbreviation() -> None:
    long = Definition(UNSPACED_NAME + ZETA_COUNCIL, ZETA_COUNCIL_KEY, None, ())
    assert Definitions((long,)).meaning(ZETA_COUNCIL) is None
    assert Definitions((long,)).meaning(long.abbreviation) is None


#: A made-up party whose names in Chinese, Japanese and Korean the authority lists ("Zeta
#: People's Revolutionary Party"), each with a short form that keeps some of its letters.
ZETA_PARTY = AuthorityEntry(
    key="zeta-peoples-revolutionary-party",
    name="Zeta People's Revolutionary Party",
    forms=("泽塔人民革命党", "ゼタ人民革命党", "제타인민혁명당"),
    country="LA",
    kinds=("party",),
)
ZETA_PARTY_SHORT = [
    ("泽塔人民革命党", "泽塔人革党"),
    ("ゼタ人民革命党", "ゼタ人革党"),
    ("제타인민혁명당", "제타인혁당"),
]


def test_a_short_form_of_a_name_taken_for_an_entry_is_that_entry() -> None:
    for name, short in ZETA_PARTY_SHORT:
        forward, _ = corpus_keys(Authority((ZETA_PARTY,)), names(name, short))
        backward, _ = corpus_keys(Authority((ZETA_PARTY,)), names(short, name))
        assert forward == backward == [ZETA_PARTY.key] * 2, short
        # without the long name in the corpus, nothing says what it is short for
        alone, _ = corpus_keys(Authority((ZETA_PARTY,)), names(short))
        assert alone[0].startswith("x-"), short


def test_an_entrys_name_defines_no_short_form_of_another_country() -> None:
    name, short = ZETA_PARTY_SHORT[0]
    keys, _ = corpus_keys(Authority((ZETA_PARTY,)), names(name, f"{short} (Japan)"))
    assert keys[0] == ZETA_PARTY.key
    assert keys[1].startswith("x-")


#: A made-up front ("Zeta Civil Rights Front") whose Chinese and Korean names the authority
#: lists, and a made-up Korean confederation ("Zeta Trade Unions' Confederation").
ZETA_FRONT = AuthorityEntry(
    key="zeta-civil-rights-front",
    name="Zeta Civil Rights Front",
    names=(),
    forms=("泽塔民权阵线",),
    country="HK",
    kinds=("coordination",),
)
ZETA_UNIONS = AuthorityEntry(
    key="zeta-trade-unions-confederation",
    name="Zeta Trade Unions' Confederation",
    forms=("제타노동조합총연맹",),
    country="KR",
    kinds=("trade-union",),
)


def test_a_short_name_alone_that_contracts_an_entrys_name_is_that_entry() -> None:
    authority = Authority((ZETA_FRONT, ZETA_UNIONS))
    # a character of each word, in simplified or traditional characters (read alike)
    assert key_of(authority, "泽阵", "zh") == ZETA_FRONT.key
    assert key_of(authority, "澤陣", "zh") == ZETA_FRONT.key
    # one run of characters side by side, and one character alone
    assert key_of(authority, "제타노총", "ko") == ZETA_UNIONS.key


def test_a_short_name_of_two_whole_words_of_a_name_contracts_nothing() -> None:
    # "Zeta Women Peasants' Association Federation" (made up): "제타연합" keeps "제타" and
    # "연합" whole, which say only what kind of body it is
    assert contracts("제타여총", "제타여성농민회총연합")
    assert not contracts("제타여성", "제타여성농민회총연합")  # held whole: it may be a branch
    assert not contracts("제타연합", "제타여성농민회총연합")
    peasants = AuthorityEntry("zeta-peasants", "Zeta Peasants", forms=("제타여성농민회총연합",))
    assert key_of(Authority((peasants,)), "제타연합", "ko").startswith("x-")


def test_a_short_name_that_contracts_two_entries_names_is_neither() -> None:
    camp = AuthorityEntry(
        "zeta-democratic-camp", "Zeta Democratic Camp", forms=("泽塔民主阵营",), country="HK"
    )
    assert contracts("泽阵", "泽塔民主阵营")
    assert key_of(Authority((ZETA_FRONT, camp)), "泽阵", "zh").startswith("x-")


def test_a_contraction_keeps_at_most_half_of_a_name_and_its_first_character() -> None:
    assert not contracts("泽塔民阵", "泽塔民权阵线")  # four of six characters
    assert not contracts("塔阵", "泽塔民权阵线")  # two characters from inside the name
    assert not contracts("Zeta", "泽塔民权阵线")
