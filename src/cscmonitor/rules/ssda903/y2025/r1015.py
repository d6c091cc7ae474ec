from cscmonitor.rules.rule import Rule, Severity

EXEMPT_PLACEMENTS = ("A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
"""Placements for adoption and with connected foster carers, where own provision may be out
of the authority."""


def own_provision_elsewhere(exempt: tuple[str, ...]) -> str:
    """Episodes provided by the authority itself (PR1), other than ``exempt`` placements and
    short breaks, placed anywhere but in the authority (or with no known LA of placement)."""
    codes = ", ".join(f"'{code}'" for code in exempt)
    return f"""
        SELECT e._row FROM ssda903_episodes e
        JOIN ssda903_episode_geography g ON g._row = e._row
        WHERE e.PLACE_PROVIDER = 'PR1'
          AND (e.PLACE IS NULL OR e.PLACE NOT IN ({codes}))
          AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4'))
          AND g.PL_LOCATION IS DISTINCT FROM 'IN'
    """


RULE = Rule(
    code="1015",
    message="Placement provider is own provision but child not placed in own LA.",
    severity=Severity.ERROR,
    tables=("ssda903_episodes", "ssda903_episode_geography"),
    fields=("PL_LA", "PL_POST", "PLACE_PROVIDER", "PLACE", "LS"),
    needs_authority=True,
    sql=own_provision_elsewhere(EXEMPT_PLACEMENTS),
    note="The LA of placement is the submitting authority exactly when the derived placement "
         "location is IN; a placement postcode that is blank or not found gives no LA of "
         "placement, which is not the own LA, so it is flagged too.",
)
