"""Entity names match leftmost-longest, acronyms in capitals only, typos one edit away."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kronik.checks.claims.entities import find, matcher
from kronik.checks.pack import load
from kronik.checks.text import damerau1, name_key, stem

MATCHER = matcher(load())


def ids(text: str) -> list[tuple[str, str, bool]]:
    return [(text[s:e], t.id, typo) for s, e, t, typo in find(text, MATCHER)]


def test_a_former_name_wins_over_a_shorter_name_inside_it() -> None:
    text = "dipasarkan lewat Tmall (sebelumnya Taobao Mall) milik Alibaba Group."
    found = find(text, MATCHER)
    assert [(text[s:e], t.id, t.former) for s, e, t, _ in found] == [
        ("Tmall", "tmall", False),
        ("Taobao Mall", "tmall", True),
        ("Alibaba Group", "alibaba-group", False),
    ]


def test_near_miss_spelling_resolves_and_is_marked() -> None:
    assert ids("platfom layanan Tmal yang dimiliki") == [("Tmal", "tmall", True)]


def test_acronyms_match_only_in_capitals() -> None:
    assert ids("data BPS menunjukkan") == [("BPS", "bps", False)]
    assert ids("kata bps itu") == []


def test_names_match_across_case_hyphens_and_curly_apostrophes() -> None:
    assert [i for _, i, _ in ids("acara ELEVEN ELEVEN dan Singles’ Day")] == [
        "singles-day",
        "singles-day",
    ]


def test_words_that_contain_a_name_do_not_match() -> None:
    assert ids("Alibabanya") == []
    assert ids("Tmallnya") == []


@given(st.text(max_size=300))
def test_matches_stay_inside_the_text_and_do_not_overlap(text: str) -> None:
    found = find(text, MATCHER)
    position = 0
    for start, end, _, _ in found:
        assert 0 <= start < end <= len(text)
        assert start >= position
        position = end


def test_damerau_one_edit() -> None:
    assert damerau1("tmal", "tmall") and damerau1("tmlal", "tmall") and damerau1("tmakl", "tmall")
    assert not damerau1("tmall", "tmall") and not damerau1("tm", "tmall")


def test_old_and_new_spellings_share_a_name_key() -> None:
    assert name_key("Soelistyo") == name_key("Sulistyo")
    assert name_key("Soegeng Rahardjo") == name_key("Sugeng Rahardjo")


def test_stems_meet_across_affixes() -> None:
    assert stem("penjualan") == stem("dijual") == "jual"
    assert stem("memasarkan") == stem("dipasarkan") == "pasar"
    assert stem("pertemuan") == stem("bertemu") == "temu"
    assert stem("digital") == "digital"
    assert stem("Triawan") == "triawan"  # names are not stemmed


@given(st.text(max_size=200))
def test_normalize_keeps_one_character_for_one(text: str) -> None:
    from kronik.checks.claims.entities import normalize

    folded = normalize(text)
    assert len(folded) == len(text)
    assert normalize("İstanbul IMF-WB") == "İstanbul imf wb"[0] + "stanbul imf wb"
