"""SSDA903: the children looked after return, one canonical table per file of DfE's CSV set.

Fields, types and "can be blank" come from the DfE specification as transcribed in
``SSDA903_schema_2017.yml`` and its yearly diffs; code lists are in ``codelists/ssda903.yml``.
Every table carries the child's local identifier ``CHILD``; most repeat ``DOB`` because DfE's
files do, which lets validation cross-check one table against another.
"""

from __future__ import annotations

from cscmonitor.model.schema import Column, ColumnType, ReturnSpec, Table

RETURN_NAME = "ssda903"
FIRST_YEAR = 2017
"""The earliest collection year (2016/17) whose specification the code lists describe.

Returns from then on can be read; years before it would be checked against rules cscmonitor
does not know, so readers refuse them.
"""

_C = ColumnType


def _col(name: str, kind: ColumnType, description: str, *, mandatory: bool = False,
         codes: str | None = None) -> Column:
    return Column(name, kind, description, mandatory=mandatory,
                  codelist=f"{RETURN_NAME}.{codes}" if codes else None)


def _child() -> Column:
    return _col("CHILD", _C.STRING, "The local authority's identifier for the child.",
                mandatory=True)


def _dob() -> Column:
    return _col("DOB", _C.DATE, "The child's date of birth.", mandatory=True)


def _table(entity: str, title: str, description: str, key: tuple[str, ...],
           columns: tuple[Column, ...], valid_from: int | None = None,
           aliases: dict[str, tuple[str, ...]] | None = None) -> Table:
    # CHILDID is the XML tag for CHILD; exports that flatten the XML carry it as a header.
    known = {"CHILD": ("CHILDID",), **(aliases or {})}
    return Table(f"{RETURN_NAME}_{entity}", RETURN_NAME, title, description, key, columns,
                 child_id="CHILD", valid_from=valid_from, aliases=known)


HEADER = _table(
    "header", "Child header",
    "One row per child in the return: the child's characteristics.",
    ("CHILD",),
    (
        _child(),
        _col("SEX", _C.CODE, "The child's sex.", mandatory=True, codes="sex"),
        _dob(),
        _col("ETHNIC", _C.CODE, "The child's ethnic group.", mandatory=True, codes="ethnic"),
        _col("UPN", _C.STRING, "Unique pupil number, or a UN1-UN5 code saying why it is not "
             "known.", mandatory=True),
        _col("MOTHER", _C.CODE, "Whether the child is a mother (1) or not (0).",
             codes="yes_no"),
        _col("MC_DOB", _C.DATE, "Date of birth of the mother's child, if the child is a "
             "mother."),
    ),
)

EPISODES = _table(
    "episodes", "Episodes of care",
    "One row per episode of care: a spell with one legal status, placement and carer. A new "
    "episode starts whenever any of them changes.",
    ("CHILD", "DECOM"),
    (
        _child(),
        _col("DECOM", _C.DATE, "Date the episode of care started.", mandatory=True),
        _col("RNE", _C.CODE, "Reason a new episode started.", mandatory=True,
             codes="reason_new_episode"),
        _col("LS", _C.CODE, "Legal status during the episode.", mandatory=True,
             codes="legal_status"),
        _col("CIN", _C.CODE, "The child's main category of need.", mandatory=True,
             codes="category_of_need"),
        _col("PLACE", _C.CODE, "Placement type.", mandatory=True, codes="placement_type"),
        _col("PLACE_PROVIDER", _C.CODE, "Who provides the placement.",
             codes="placement_provider"),
        _col("DEC", _C.DATE, "Date the episode ceased; blank while it is open."),
        _col("REC", _C.CODE, "Reason the episode ceased.", codes="reason_episode_ceased"),
        _col("REASON_PLACE_CHANGE", _C.CODE, "Reason the placement changed, when the episode "
             "ended in a change of placement.", codes="reason_place_change"),
        _col("HOME_POST", _C.STRING, "Postcode of the child's home when the placement "
             "started."),
        _col("PL_POST", _C.STRING, "Postcode of the placement."),
        _col("URN", _C.STRING, "Ofsted unique reference number of the placement provider, or "
             "XXXXXXX when it has none."),
    ),
    aliases={"PLACE": ("PL",)},  # PL is the XML tag for PLACE.
)

UASC = _table(
    "uasc", "Unaccompanied asylum-seeking children",
    "One row per child who was an unaccompanied asylum-seeking child at any time, with the "
    "date that status ceased.",
    ("CHILD",),
    (
        _child(),
        _col("SEX", _C.CODE, "The child's sex.", mandatory=True, codes="sex"),
        _dob(),
        _col("DUC", _C.DATE, "Date the child ceased to be an unaccompanied asylum-seeking "
             "child."),
    ),
)

REVIEWS = _table(
    "reviews", "Looked after reviews",
    "One row per statutory review of the child's care plan, with how the child took part.",
    ("CHILD", "REVIEW"),
    (
        _child(),
        _dob(),
        _col("REVIEW", _C.DATE, "Date of the review.", mandatory=True),
        _col("REVIEW_CODE", _C.CODE, "How the child participated in the review.",
             mandatory=True, codes="review_code"),
    ),
)

OC2 = _table(
    "oc2", "Outcomes for children looked after 12 months",
    "One row per child looked after continuously for at least 12 months at 31 March: "
    "health, offending and substance misuse outcomes.",
    ("CHILD",),
    (
        _child(),
        _dob(),
        _col("SDQ_SCORE", _C.INTEGER, "Strengths and difficulties questionnaire total score, "
             "0 to 40."),
        _col("SDQ_REASON", _C.CODE, "Why no SDQ score was recorded.", codes="sdq_reason"),
        _col("CONVICTED", _C.CODE, "Whether the child was convicted or given a youth caution "
             "during the year.", codes="yes_no"),
        _col("HEALTH_CHECK", _C.CODE, "Whether health surveillance checks were up to date.",
             codes="yes_no"),
        _col("IMMUNISATIONS", _C.CODE, "Whether immunisations were up to date.",
             codes="yes_no"),
        _col("TEETH_CHECK", _C.CODE, "Whether the child's teeth were checked by a dentist.",
             codes="yes_no"),
        _col("HEALTH_ASSESSMENT", _C.CODE, "Whether the annual health assessment was done.",
             codes="yes_no"),
        _col("SUBSTANCE_MISUSE", _C.CODE, "Whether the child was identified as having a "
             "substance misuse problem.", codes="yes_no"),
        _col("INTERVENTION_RECEIVED", _C.CODE, "Whether the child received an intervention "
             "for substance misuse.", codes="yes_no"),
        _col("INTERVENTION_OFFERED", _C.CODE, "Whether the child was offered, but refused, an "
             "intervention for substance misuse.", codes="yes_no"),
    ),
)

OC3 = _table(
    "oc3", "Care leavers",
    "One row per care leaver aged 17 to 21 in the year: contact, activity and accommodation "
    "around their birthday.",
    ("CHILD",),
    (
        _child(),
        _dob(),
        _col("IN_TOUCH", _C.CODE, "Whether the local authority was in touch with the young "
             "person.", mandatory=True, codes="in_touch"),
        _col("ACTIV", _C.CODE, "The young person's main activity.", mandatory=True,
             codes="activity"),
        _col("ACCOM", _C.CODE, "The young person's accommodation and whether it is suitable.",
             mandatory=True, codes="accommodation"),
    ),
)

AD1 = _table(
    "ad1", "Adoptions",
    "One row per child adopted during the year: the adoption's milestones and the adopters.",
    ("CHILD",),
    (
        _child(),
        _dob(),
        _col("DATE_INT", _C.DATE, "Date of the decision that the child should be placed for "
             "adoption.", mandatory=True),
        _col("DATE_MATCH", _C.DATE, "Date the child was matched with the prospective "
             "adopter(s).", mandatory=True),
        _col("FOSTER_CARE", _C.CODE, "Whether the child was adopted by their foster carer(s).",
             mandatory=True, codes="yes_no"),
        _col("NB_ADOPTR", _C.INTEGER, "Number of adopters (1 or 2).", mandatory=True),
        _col("SEX_ADOPTR", _C.CODE, "Sex of the adopter(s) at the date of adoption.",
             mandatory=True, codes="sex_of_adopters"),
        _col("LS_ADOPTR", _C.CODE, "Legal status of the adopter(s).", mandatory=True,
             codes="legal_status_of_adopters"),
    ),
)

PLACED_FOR_ADOPTION = _table(
    "placed_for_adoption", "Decisions to place for adoption",
    "One row per decision that the child should be placed for adoption, and its reversal if "
    "the plan changed.",
    ("CHILD", "DATE_PLACED"),
    (
        _child(),
        _dob(),
        _col("DATE_PLACED", _C.DATE, "Date of the decision that the child should be placed "
             "for adoption.", mandatory=True),
        _col("DATE_PLACED_CEASED", _C.DATE, "Date of the decision that the child should no "
             "longer be placed for adoption."),
        _col("REASON_PLACED_CEASED", _C.CODE, "Why the child should no longer be placed for "
             "adoption.", codes="reason_placed_ceased"),
    ),
)

PREVIOUS_PERMANENCE = _table(
    "previous_permanence", "Previous permanence",
    "One row per child who started to be looked after: whether they had previously left care "
    "through adoption, special guardianship or a residence/child arrangements order.",
    ("CHILD",),
    (
        _child(),
        _dob(),
        _col("PREV_PERM", _C.CODE, "The previous permanence option, if any.", mandatory=True,
             codes="previous_permanence"),
        _col("LA_PERM", _C.STRING, "Local authority code where the previous permanence order "
             "was made (or NIR, SCO, WAL, NUK, 999)."),
        _col("DATE_PERM", _C.DATE, "Date of the previous permanence order; DfE allows an "
             "estimated day or month."),
    ),
)

MISSING = _table(
    "missing", "Missing or away from placement",
    "One row per period the child was missing from care or away from their placement without "
    "authorisation.",
    ("CHILD", "MIS_START"),
    (
        _child(),
        _dob(),
        _col("MISSING", _C.CODE, "Whether the child was missing or away without "
             "authorisation.", mandatory=True, codes="missing_type"),
        _col("MIS_START", _C.DATE, "Date the period started.", mandatory=True),
        _col("MIS_END", _C.DATE, "Date the period ended; blank while it continues."),
    ),
)

SOCIAL_WORKER = _table(
    "social_worker", "Social worker episodes",
    "One row per period a social worker was allocated to the child, collected from 2023/24.",
    ("CHILD", "SW_DECOM"),
    (
        _child(),
        _dob(),
        _col("SW_ID", _C.STRING, "The social worker's identifier: their Social Work England "
             "registration number (SW...) or XX... for an unregistered worker.",
             mandatory=True),
        _col("SW_DECOM", _C.DATE, "Date the social worker episode started.", mandatory=True),
        _col("SW_DEC", _C.DATE, "Date the social worker episode ended; blank while open."),
        _col("SW_REASON", _C.CODE, "Why the child's social worker changed.",
             codes="social_worker_change_reason"),
    ),
    valid_from=2024,
)

DOL = _table(
    "dol", "Deprivation of liberty orders",
    "One row per deprivation of liberty order (DoLO) made for the child, collected from "
    "2026/27. Assumed layout: DfE's 2026/27 specification was not available; the columns "
    "(CHILD, DOB, DOLO_START, DOLO_END) are those named by DfE validation rules 700-710 and the "
    "community validator's DoLo file. DOLO_START is taken as required (rule 700 reports a "
    "missing or invalid start) and DOLO_END as blank while an order is open (rules 705, 707).",
    ("CHILD", "DOLO_START"),
    (
        _child(),
        _dob(),
        _col("DOLO_START", _C.DATE, "Date the deprivation of liberty order started.",
             mandatory=True),
        _col("DOLO_END", _C.DATE, "Date the deprivation of liberty order ended; blank while "
             "it is in force."),
    ),
    valid_from=2027,
)

RETURN = ReturnSpec(
    name=RETURN_NAME,
    title="Children looked after return (SSDA903)",
    description="The annual return on every child looked after by the local authority during "
    "the year (1 April to 31 March): their episodes of care, reviews, adoption, missing "
    "periods, outcomes and care leavers. Sent to DfE as a set of CSV files (or one XML file). "
    "Returns from 2016/17 on can be read; the years below are those written and validated.",
    tables=(HEADER, EPISODES, UASC, REVIEWS, OC2, OC3, AD1, PLACED_FOR_ADOPTION,
            PREVIOUS_PERMANENCE, MISSING, SOCIAL_WORKER, DOL),
    years=(2024, 2025, 2026, 2027),
)
