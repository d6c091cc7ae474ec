from cscmonitor.rules.rule import Rule, Severity

EXEMPT_PLACEMENTS = ("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1")
"""Placements with no Ofsted-registered provider: with parents, in employment, residential
schools, temporary placements and other placements."""


def urn_missing(exempt: tuple[str, ...]) -> str:
    """Episodes ending after 31 March 2015 (or open), other than ``exempt`` placements,
    placements outside England and short breaks, without a URN."""
    codes = ", ".join(f"'{code}'" for code in exempt)
    return f"""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE e.URN IS NULL
          AND (e.PLACE IS NULL OR e.PLACE NOT IN ({codes}))
          AND (g.PL_LA IS NULL OR g.PL_LA NOT IN ('WAL', 'SCO', 'NIR', 'NUK'))
          AND (e.DEC IS NULL OR e.DEC > DATE '2015-03-31')
          AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
    """


RULE = Rule(
    code="218",
    message="Ofsted Unique reference number (URN) is required.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("URN", "PLACE", "PL_LA", "PL_POST", "LS"),
    sql=urn_missing(EXEMPT_PLACEMENTS),
    note="Placements outside England are those whose derived LA of placement is WAL, SCO, NIR "
         "or NUK; a placement with no LA of placement (blank or unknown postcode) still needs "
         "a URN. DfE's date condition (DEC after 31/03/2015 or blank) is kept as written; the "
         "community validator uses the start of the collection year instead. Short breaks (LS V3, "
         "V4) are left out: rule 214 requires their URN to be blank, and DfE's rules cannot "
         "ask for both (the community validator flags them).",
)
