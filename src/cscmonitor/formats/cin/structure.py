"""The element tree of the CIN census XML, declared once for the reader and the writer.

It transcribes the XSD's sequences (element order, minOccurs/maxOccurs, patterns) for every
year cscmonitor reads, with each element's years of validity, and says where each value lands
in the canonical tables: an element with ``table`` starts a record of that table, a leaf with
``field`` fills that column of the enclosing record (or, with ``table`` too, is a record of its
own, like each Disability). ``key`` names the ordinal column numbered within the parent record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from cscmonitor.model import registry
from cscmonitor.model.returns.cin import PRE_PROCEEDINGS_FROM

UNBOUNDED = None


@dataclass(frozen=True)
class Node:
    """One element of the schema."""

    name: str
    children: tuple[Node, ...] = ()
    field: str | None = None
    table: str | None = None
    key: str | None = None
    min: int = 0
    max: int | None = 1
    pattern: re.Pattern[str] | None = None
    valid_from: int | None = None
    valid_to: int | None = None

    def in_year(self, year: int) -> bool:
        return ((self.valid_from is None or year >= self.valid_from)
                and (self.valid_to is None or year <= self.valid_to))

    @property
    def is_leaf(self) -> bool:
        return self.field is not None


def _leaves(*names: str) -> tuple[Node, ...]:
    return tuple(Node(n, field=n) for n in names)


def _rows(name: str, table: str) -> Node:
    """A repeated leaf whose every occurrence is a record (Disability, AssessmentFactors ...)."""
    return Node(name, field=name, table=table, min=1, max=UNBOUNDED)


_UPN = re.compile(r"[A-Za-z]\d{11}(\d|[A-Za-z])")
PATTERN_TEXT = {
    "UPN": "a letter, 11 digits, then a digit or a letter",
    "FormerUPN": "a letter, 11 digits, then a digit or a letter",
    "LEA": "a three-digit local authority code",
    "SerialNo": "three or more digits",
}

HEADER = Node("Header", table="cin_header", children=(
    Node("CollectionDetails", children=_leaves("Collection", "Year", "ReferenceDate")),
    # The XSD allows several Source elements; a return from one authority has exactly one,
    # and cin_header keeps one row.
    Node("Source", children=(
        Node("SourceLevel", field="SourceLevel"),
        Node("LEA", field="LEA", pattern=re.compile(r"\d{3}")),
        *_leaves("SoftwareCode", "Release"),
        Node("SerialNo", field="SerialNo", pattern=re.compile(r"\d{3}\d*")),
        Node("DateTime", field="DateTime"),
    )),
))

CHILD = Node("Child", table="cin_child", min=1, max=UNBOUNDED, children=(
    Node("ChildIdentifiers", min=1, children=(
        Node("LAchildID", field="LAchildID"),
        Node("UPN", field="UPN", pattern=_UPN),
        Node("FormerUPN", field="FormerUPN", pattern=_UPN),
        Node("UPNunknown", field="UPNunknown"),
        *_leaves("PersonBirthDate", "ExpectedPersonBirthDate"),
        Node("GenderCurrent", field="Sex", valid_to=2024),
        Node("Sex", field="Sex", valid_from=2025),
        Node("PersonDeathDate", field="PersonDeathDate"),
    )),
    Node("ChildCharacteristics", min=1, children=(
        Node("Ethnicity", field="Ethnicity"),
        Node("Disabilities", children=(_rows("Disability", "cin_disability"),)),
    )),
    Node("CINdetails", table="cin_episode", key="CINdetailsID", min=1, max=UNBOUNDED, children=(
        *_leaves("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate",
                 "ReasonForClosure", "DateOfInitialCPC"),
        Node("Assessments", table="cin_assessment", key="AssessmentID", max=UNBOUNDED,
             children=(
                 *_leaves("AssessmentActualStartDate", "AssessmentInternalReviewDate",
                          "AssessmentAuthorisationDate"),
                 Node("FactorsIdentifiedAtAssessment", children=(
                     _rows("AssessmentFactors", "cin_assessment_factor"),)),
             )),
        Node("CINPlanDates", table="cin_plan", key="CINPlanID", max=UNBOUNDED,
             children=_leaves("CINPlanStartDate", "CINPlanEndDate")),
        Node("Section47", table="cin_section47", key="Section47ID", max=UNBOUNDED,
             children=_leaves("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC",
                              "ICPCnotRequired")),
        Node("ReferralNFA", field="ReferralNFA"),
        Node("ChildProtectionPlans", table="cin_cpp", key="CPPID", max=UNBOUNDED, children=(
            *_leaves("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse",
                     "LatestCategoryOfAbuse", "NumberOfPreviousCPP"),
            Node("Reviews", children=(_rows("CPPreviewDate", "cin_cpp_review"),)),
        )),
        Node("PreProceedingsandFGDM", table="cin_preproceedings", key="PreProceedingsID",
             max=UNBOUNDED, valid_from=PRE_PROCEEDINGS_FROM,
             children=_leaves("PPStartDate", "LBPSentDate", "FGDMMeetingOffer",
                              "FGDMMeetingFac", "InitialPPMeetingDate", "ReviewMeetingsCount",
                              "StepDecisionDate", "PPOutcome", "CourtAppDate",
                              "LetterInitCPDate")),
    )),
))

MESSAGE = Node("Message", children=(
    HEADER,
    Node("Children", min=1, children=(CHILD,)),
))


def _walk(node: Node, table: str | None, path: tuple[str, ...],
          found: dict[str, dict[str, list[tuple[str, ...]]]]) -> None:
    if node.table is not None:
        table, path = node.table, ()
    if node.field is not None:
        assert table is not None
        found.setdefault(table, {}).setdefault(node.field, []).append(path)
    for child in node.children:
        _walk(child, table, (*path, child.name), found)


@cache
def field_paths() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """For each table and column, the element paths that hold it, relative to the record."""
    found: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    _walk(MESSAGE, None, (), found)
    for table, fields in found.items():
        known = registry().table(table).column_names
        unknown = [f for f in fields if f not in known]
        if unknown:
            raise ValueError(f"CIN structure fills unknown columns {unknown} of {table}")
    return found
