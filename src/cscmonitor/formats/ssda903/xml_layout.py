"""The SSDA903 XML layout: where each canonical table sits in the ``<EXPSSDA903>`` file.

DfE accepts the return as one XML file as well as the CSV set. DfE's XML schema was not
available to cscmonitor; this layout follows the community tools that handle 903 XML
(data-to-insight's csc-validator-be-903: its XML reader, its fake_903.xml fixture and the
generator that wrote it):

    <EXPSSDA903>
      <CHILD>
        <HEADER>
          <CHILDID/> <UPN/> <SEX/> <DOB/> <ETHNIC/> <UASC/> <DUC/>
          <AREVIEW><REVIEW/><REVIEW_CODE/></AREVIEW>*
          <MOTHER/> <MC_DOB/>
          <DATE_INT/> <DATE_MATCH/> <FOSTER_CARE/> <NB_ADOPTR/> <SEX_ADOPTR/> <LS_ADOPTR/>
          <AD_PLACED><DATE_PLACED/><DATE_PLACED_CEASED/><REASON_PLACED_CEASED/></AD_PLACED>*
          <PERMANENCE><PREV_PERM/><LA_PERM/><DATE_PERM/></PERMANENCE>?
          <AMISSING><MISSING/><MIS_START/><MIS_END/></AMISSING>*
          <IN_TOUCH/> <ACTIV/> <ACCOM/>
          <OC2><SDQ_SCORE/> ... <INTERVENTION_OFFERED/></OC2>?
        </HEADER>
        <EPISODE><DECOM/> <RNE/> <LS/> <CIN/> <PL/> <PL_POST/> <HOME_POST/> <URN/>
                 <PLACE_PROVIDER/> <DEC/> <REC/> <REASON_PLACE_CHANGE/></EPISODE>*
      </CHILD>*
    </EXPSSDA903>

Element names are the CSV column names except ``CHILDID`` (CHILD) and ``PL`` (PLACE). A child
is a UASC when ``UASC`` is 1 (``DUC`` gives the date it ceased). The adoption (AD1) and care
leaver (OC3) fields sit directly in HEADER; CHILD, DOB (and SEX for UASC) of every table come
from HEADER. The order of HEADER's elements follows the fixture as far as it goes (it has no
adoption, permanence, missing or care leaver data); the rest follows DfE's table order.
The social worker episodes (2023/24 on) and deprivation of liberty orders (2026/27 on) have no
place in any XML layout found, so this layout does not carry them.
"""

from __future__ import annotations

from cscmonitor.model import Table
from cscmonitor.model.returns import ssda903 as spec

ROOT = "EXPSSDA903"
CHILD = "CHILD"
HEADER = "HEADER"
EPISODE = "EPISODE"
UASC_FLAG = "UASC"
UASC_YES = "1"
UASC_NO = "0"

TAGS = {"CHILD": "CHILDID", "PLACE": "PL"}
"""Canonical column -> XML element, where they differ."""

FROM_HEADER = ("CHILD", "DOB", "SEX")
"""Columns every other table takes from the child's HEADER."""

HEADER_FIRST = ("CHILD", "UPN", "SEX", "DOB", "ETHNIC")
HEADER_LATER = ("MOTHER", "MC_DOB")

CONTAINERS: dict[str, Table] = {
    "AREVIEW": spec.REVIEWS,
    "AD_PLACED": spec.PLACED_FOR_ADOPTION,
    "PERMANENCE": spec.PREVIOUS_PERMANENCE,
    "AMISSING": spec.MISSING,
    "OC2": spec.OC2,
}
"""Elements inside HEADER that each hold one row of a table."""

SINGLE = frozenset({"PERMANENCE", "OC2"})
"""Containers a child has at most once."""

LEAF_TABLES = (spec.AD1, spec.OC3)
"""Tables whose fields sit directly in HEADER (one row per child at most)."""

EPISODE_ORDER = ("DECOM", "RNE", "LS", "CIN", "PLACE", "PL_POST", "HOME_POST", "URN",
                 "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE")

NOT_CARRIED = (spec.SOCIAL_WORKER, spec.DOL)

CARRIED = (spec.HEADER, spec.EPISODES, spec.UASC, *CONTAINERS.values(), *LEAF_TABLES)


def tag(column: str) -> str:
    return TAGS.get(column, column)


def own_columns(table: Table) -> list[str]:
    """The columns a table carries itself, rather than taking from HEADER."""
    return [c for c in table.column_names if c not in FROM_HEADER]
