"""The Annex A template's drop-down options, and the canonical codes they stand for.

The template writes a code-like field as one of its drop-down options: a lettered option
("b) Female", "a) WBRI", "q) 6: Police", "a) U1: Foster placement - relatives - long term"),
a DfE code with its label ("E1: Placement order", "N1 - Abuse or neglect"), or plain words.
Workbooks also arrive with the bare code ("U1"), the bare label ("Physical abuse") or the common
export abbreviations (M/F, Y/N, the CIN census's NEG/PHY/... for categories of abuse).

``canonical_codes`` turns any of these into the canonical code of ``annex_a.yml`` before the
values are checked; anything it does not recognise is passed on exactly as written, so the
check reports it. ``render`` writes a code back as the template's option.
"""

from __future__ import annotations

import string
from enum import Enum
from functools import cache

import polars as pl

from cscmonitor.model import registry


class Style(Enum):
    """How the template writes the options of one list."""

    WORDS = "a) Male"
    LETTER_CODE = "a) WBRI"
    LETTER_CODE_LABEL = "q) 6: Police"
    CODE_LABEL = "E1: Placement order"
    CODE_DASH_LABEL = "N1 - Abuse or neglect"


STYLES: dict[str, Style] = {
    "annex_a.gender": Style.WORDS,
    "annex_a.ethnicity": Style.LETTER_CODE,
    "annex_a.yes_no": Style.WORDS,
    "annex_a.yes_no_unknown": Style.WORDS,
    "annex_a.source": Style.LETTER_CODE_LABEL,
    "annex_a.primary_need": Style.CODE_DASH_LABEL,
    "annex_a.reason_for_closure": Style.CODE_DASH_LABEL,
    "annex_a.case_status": Style.WORDS,
    "annex_a.category_of_abuse": Style.WORDS,
    "annex_a.legal_status": Style.CODE_LABEL,
    "annex_a.permanence_plan": Style.WORDS,
    "annex_a.reason_ceased": Style.LETTER_CODE_LABEL,
    "annex_a.placement_type": Style.LETTER_CODE_LABEL,
    "annex_a.placement_provider": Style.LETTER_CODE_LABEL,
    "annex_a.placement_location": Style.WORDS,
    "annex_a.eligibility": Style.WORDS,
    "annex_a.in_touch": Style.LETTER_CODE,
    "annex_a.accommodation": Style.CODE_LABEL,
    "annex_a.suitability": Style.WORDS,
    "annex_a.activity": Style.CODE_LABEL,
    "annex_a.reason_no_longer_adoption": Style.CODE_DASH_LABEL,
    "annex_a.adopter_leaving_reason": Style.CODE_DASH_LABEL,
}

SYNONYMS: dict[str, dict[str, str]] = {
    "annex_a.gender": {"M": "Male", "F": "Female"},
    "annex_a.yes_no": {"Y": "Yes", "N": "No"},
    "annex_a.yes_no_unknown": {"Y": "Yes", "N": "No"},
    "annex_a.category_of_abuse": {"NEG": "Neglect", "PHY": "Physical abuse",
                                  "SAB": "Sexual abuse", "EMO": "Emotional abuse",
                                  "MUL": "Multiple/not recommended"},
}
"""Export abbreviations, per list: what real workbooks write -> the canonical code."""

_LETTER = r"^[A-Za-z]{1,2}\d?\)\s*"
_HEAD = r"^(.+?)\s*(?::|\s-\s)"


def _letter(position: int) -> str:
    """a, b, ... z, aa, ab ...: the template's option letters."""
    letters = string.ascii_lowercase
    if position < len(letters):
        return letters[position]
    return letters[position // len(letters) - 1] + letters[position % len(letters)]


def _fold(text: str) -> str:
    """The comparison form of an option: dashes, quotes, spaces and case evened out."""
    text = text.replace("–", "-").replace("—", "-").replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).upper()


def _fold_expr(expr: pl.Expr) -> pl.Expr:
    return (expr.str.replace_all("[–—]", "-").str.replace_all("[’‘]", "'")
            .str.replace_all(r"\s+", " ").str.strip_chars().str.to_uppercase())


def _unlettered(codelist: str, code: str, label: str) -> str:
    style = STYLES[codelist]
    if style in (Style.WORDS, Style.LETTER_CODE):
        return code
    separator = " - " if style is Style.CODE_DASH_LABEL else ": "
    return f"{code}{separator}{label}"


@cache
def _options(codelist: str) -> dict[str, str]:
    options = {}
    for position, entry in enumerate(registry().codelist(codelist).codes):
        option = _unlettered(codelist, entry.code, entry.label)
        lettered = STYLES[codelist] not in (Style.CODE_LABEL, Style.CODE_DASH_LABEL)
        options[entry.code] = f"{_letter(position)}) {option}" if lettered else option
    return options


def render(codelist: str, code: str) -> str:
    """The template's option for ``code``; a code not in the list is written as it is."""
    return _options(codelist).get(code, code)


@cache
def _lookups(codelist: str) -> tuple[dict[str, str], dict[str, str]]:
    """(any accepted form -> code, code -> code), both keyed by folded text."""
    forms: dict[str, str] = {}
    codes: dict[str, str] = {}
    for entry in registry().codelist(codelist).codes:
        codes[_fold(entry.code)] = entry.code
        for form in (entry.code, entry.label, _unlettered(codelist, entry.code, entry.label),
                     f"{entry.code}: {entry.label}", f"{entry.code} - {entry.label}"):
            key = _fold(form)
            if forms.setdefault(key, entry.code) != entry.code:
                raise ValueError(f"{codelist}: {form!r} would stand for two codes")
    for written, code in SYNONYMS.get(codelist, {}).items():
        forms.setdefault(_fold(written), code)
    return forms, codes


def canonical_codes(expr: pl.Expr, codelist: str) -> pl.Expr:
    """The canonical code of each option in ``expr``, or the text as written if unknown.

    A DfE code in front of a label ("U1: ...", "N1 - ...") decides on its own, so a label
    worded differently from Ofsted's still counts; lists of plain words must match whole.
    """
    forms, codes = _lookups(codelist)
    unlettered = _fold_expr(expr.str.strip_chars().str.replace(_LETTER, ""))
    whole = unlettered.replace_strict(forms, default=None, return_dtype=pl.String)
    if STYLES[codelist] is Style.WORDS:
        return pl.coalesce(whole, expr)
    head = unlettered.str.extract(_HEAD, 1).replace_strict(codes, default=None,
                                                           return_dtype=pl.String)
    return pl.coalesce(whole, head, expr)
