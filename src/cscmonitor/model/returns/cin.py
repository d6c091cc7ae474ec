"""The children in need (CIN) census: the canonical tables of its XML return.

Field names are the XML element names. A child's nested records (CIN episodes, assessments,
plans, section 47 enquiries, child protection plans, pre-proceedings) have no identifier of their
own in the XML, so each gets an ordinal within its parent, named as the community CIN validator
names them (CINdetailsID, AssessmentID, CPPID ...), and carries its parents' keys. The ordinals
are positions in the file: the first CINdetails of a child is 1, its second 2, and so on.
Mandatory columns follow the XSD: minOccurs=1 within the parent element.
"""

from __future__ import annotations

from cscmonitor.model.schema import Column, ColumnType, ReturnSpec, Table

S, C, D = ColumnType.STRING, ColumnType.CODE, ColumnType.DATE
N, B = ColumnType.INTEGER, ColumnType.BOOLEAN

PRE_PROCEEDINGS_FROM = 2027
"""First collection year (2026/27) with the pre-proceedings and FGDM module."""


def _code(name: str, codelist: str, description: str, mandatory: bool = False,
          valid_from: int | None = None) -> Column:
    return Column(name, C, description, mandatory=mandatory, codelist=f"cin.{codelist}",
                  valid_from=valid_from)


_CHILD = Column("LAchildID", S, "The local authority's identifier of the child, copied from "
                "the child's record.")
_EPISODE = Column("CINdetailsID", N, "Position of the CIN episode (CINdetails) within the child, "
                  "from 1, in file order.")


HEADER = Table(
    name="cin_header",
    return_name="cin",
    title="Return header",
    description="The return's header: collection details and the source local authority "
    "(Header/CollectionDetails and Header/Source); one row per return.",
    key=(),
    columns=(
        _code("Collection", "collection", "Name of the collection; always CIN."),
        Column("Year", N, "Collection year as stated in the file: the year of the reference "
               "date, i.e. the end year (2025 for 2024/25)."),
        Column("ReferenceDate", D, "Census reference date: 31 March of the collection's end "
               "year."),
        _code("SourceLevel", "source_level", "Level of the source; L for a local authority."),
        Column("LEA", S, "Three-digit (old) local authority code of the authority making the "
               "return.", mandatory=True),
        Column("SoftwareCode", S, "Name of the software that produced the file."),
        Column("Release", S, "Release of the software that produced the file."),
        Column("SerialNo", S, "Serial number of the return, at least three digits."),
        Column("DateTime", ColumnType.DATETIME, "When the file was produced."),
    ),
)

CHILD = Table(
    name="cin_child",
    return_name="cin",
    title="Children",
    description="One row per child in the return: identifiers (ChildIdentifiers) and "
    "ethnicity (ChildCharacteristics).",
    key=("LAchildID",),
    child_id="LAchildID",
    columns=(
        Column("LAchildID", S, "The local authority's own identifier of the child, stable "
               "across years.", mandatory=True),
        Column("UPN", S, "Unique pupil number: a letter, 11 digits, then a digit or letter."),
        Column("FormerUPN", S, "A previous unique pupil number of the child, same shape as "
               "UPN."),
        _code("UPNunknown", "upn_unknown", "Why the child has no UPN."),
        Column("PersonBirthDate", D, "Date of birth (blank for an unborn child)."),
        Column("ExpectedPersonBirthDate", D, "Expected date of birth of an unborn child."),
        _code("Sex", "sex", "Sex of the child, stored exactly as the return codes it: from "
              "2024/25 the Sex element (M male, F female, U unknown); up to 2023/24 the "
              "GenderCurrent element (1 male, 2 female, 0 not recorded or unborn, 9 "
              "indeterminate). Older codes are not converted, because 0 and 9 have no exact "
              "M/F/U equivalent; the year of the return says which scheme applies.",
              mandatory=True),
        Column("PersonDeathDate", D, "Date of death, if the child has died."),
        _code("Ethnicity", "ethnicity", "Ethnic group of the child.", mandatory=True),
    ),
)

DISABILITY = Table(
    name="cin_disability",
    return_name="cin",
    title="Disabilities",
    description="One row per disability recorded for a child "
    "(ChildCharacteristics/Disabilities/Disability); NONE records that the child has none.",
    key=("LAchildID", "Disability"),
    child_id="LAchildID",
    columns=(_CHILD, _code("Disability", "disability", "A disability of the child.",
                           mandatory=True)),
)

EPISODE = Table(
    name="cin_episode",
    return_name="cin",
    title="CIN episodes",
    description="One row per CIN episode of a child (CINdetails): the referral, its source, "
    "the primary need, and the closure.",
    key=("LAchildID", "CINdetailsID"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("CINreferralDate", D, "Date of the referral that started the episode.",
               mandatory=True),
        _code("ReferralSource", "referral_source", "Who made the referral.", mandatory=True),
        _code("PrimaryNeedCode", "primary_need", "Main category of need identified at "
              "assessment."),
        Column("CINclosureDate", D, "Date the episode closed (blank while open)."),
        _code("ReasonForClosure", "reason_for_closure", "Why the episode closed."),
        Column("DateOfInitialCPC", D, "Date of the initial child protection conference held "
               "in the episode."),
        Column("ReferralNFA", B, "Whether the referral led to no further action.",
               mandatory=True),
    ),
)

ASSESSMENT = Table(
    name="cin_assessment",
    return_name="cin",
    title="Assessments",
    description="One row per assessment in a CIN episode (CINdetails/Assessments).",
    key=("LAchildID", "CINdetailsID", "AssessmentID"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("AssessmentID", N, "Position of the assessment within its episode, from 1."),
        Column("AssessmentActualStartDate", D, "Date the assessment actually started.",
               mandatory=True),
        Column("AssessmentInternalReviewDate", D, "Date of the assessment's internal "
               "review, where one was held."),
        Column("AssessmentAuthorisationDate", D, "Date the assessment was completed and "
               "authorised (blank while still open)."),
    ),
)

ASSESSMENT_FACTOR = Table(
    name="cin_assessment_factor",
    return_name="cin",
    title="Factors identified at assessment",
    description="One row per factor identified at the end of an assessment "
    "(Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors).",
    key=("LAchildID", "CINdetailsID", "AssessmentID", "AssessmentFactors"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("AssessmentID", N, "Position of the assessment within its episode, from 1."),
        _code("AssessmentFactors", "assessment_factor", "A factor identified at the end of "
              "the assessment.", mandatory=True),
    ),
)

PLAN = Table(
    name="cin_plan",
    return_name="cin",
    title="CIN plans",
    description="One row per child in need plan in a CIN episode (CINdetails/CINPlanDates).",
    key=("LAchildID", "CINdetailsID", "CINPlanID"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("CINPlanID", N, "Position of the CIN plan within its episode, from 1."),
        Column("CINPlanStartDate", D, "Date the CIN plan started.", mandatory=True),
        Column("CINPlanEndDate", D, "Date the CIN plan ended (blank while open)."),
    ),
)

SECTION47 = Table(
    name="cin_section47",
    return_name="cin",
    title="Section 47 enquiries",
    description="One row per section 47 enquiry in a CIN episode (CINdetails/Section47).",
    key=("LAchildID", "CINdetailsID", "Section47ID"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("Section47ID", N, "Position of the enquiry within its episode, from 1."),
        Column("S47ActualStartDate", D, "Date the section 47 enquiry started.",
               mandatory=True),
        Column("InitialCPCtarget", D, "Target date for the initial child protection "
               "conference (15 working days after the strategy discussion)."),
        Column("DateOfInitialCPC", D, "Date the initial child protection conference was "
               "held."),
        Column("ICPCnotRequired", B, "Whether the enquiry concluded that no initial child "
               "protection conference was needed.", mandatory=True),
    ),
)

CPP = Table(
    name="cin_cpp",
    return_name="cin",
    title="Child protection plans",
    description="One row per child protection plan in a CIN episode "
    "(CINdetails/ChildProtectionPlans).",
    key=("LAchildID", "CINdetailsID", "CPPID"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("CPPID", N, "Position of the plan within its episode, from 1."),
        Column("CPPstartDate", D, "Date the child protection plan started.", mandatory=True),
        Column("CPPendDate", D, "Date the plan ended (blank while open)."),
        _code("InitialCategoryOfAbuse", "category_of_abuse", "Category of abuse when the plan "
              "started.", mandatory=True),
        _code("LatestCategoryOfAbuse", "category_of_abuse", "Latest category of abuse.",
              mandatory=True),
        Column("NumberOfPreviousCPP", N, "How many child protection plans the child had "
               "before this one.", mandatory=True),
    ),
)

CPP_REVIEW = Table(
    name="cin_cpp_review",
    return_name="cin",
    title="Child protection plan reviews",
    description="One row per review of a child protection plan "
    "(ChildProtectionPlans/Reviews/CPPreviewDate).",
    key=("LAchildID", "CINdetailsID", "CPPID", "CPPreviewDate"),
    child_id="LAchildID",
    columns=(
        _CHILD,
        _EPISODE,
        Column("CPPID", N, "Position of the reviewed plan within its episode, from 1."),
        Column("CPPreviewDate", D, "Date of the review conference.", mandatory=True),
    ),
)


def _pp(name: str, kind: ColumnType, description: str) -> Column:
    return Column(name, kind, description, valid_from=PRE_PROCEEDINGS_FROM)


PRE_PROCEEDINGS = Table(
    name="cin_preproceedings",
    return_name="cin",
    title="Pre-proceedings and family group decision making",
    description="One row per pre-proceedings and FGDM block (PreProceedingsandFGDM) in a CIN "
    "episode, collected from 2026/27. No 2026/27 XSD was available: the element names and "
    "their order come from a community sample file, the meanings and the outcome codes from "
    "the 2026/27 validation rules (9005-9015). Assumed: the block is the last child of "
    "CINdetails and may repeat; every field is optional; FGDMMeetingOffer and FGDMMeetingFac "
    "are 0/1 flags; ReviewMeetingsCount is a whole number.",
    key=("LAchildID", "CINdetailsID", "PreProceedingsID"),
    child_id="LAchildID",
    valid_from=PRE_PROCEEDINGS_FROM,
    columns=(
        _CHILD,
        _EPISODE,
        _pp("PreProceedingsID", N, "Position of the block within its episode, from 1."),
        _pp("PPStartDate", D, "Date of the legal planning meeting (or other forum) that "
            "decided to start pre-proceedings."),
        _pp("LBPSentDate", D, "Date the letter before proceedings was sent."),
        _pp("FGDMMeetingOffer", B, "Whether the letter before proceedings offered a family "
            "group decision making meeting."),
        _pp("FGDMMeetingFac", B, "Whether a family group decision making meeting was "
            "facilitated in the pre-proceedings period."),
        _pp("InitialPPMeetingDate", D, "Date of the first effective pre-proceedings meeting."),
        _pp("ReviewMeetingsCount", N, "Number of review meetings held after the initial "
            "pre-proceedings meeting."),
        _pp("StepDecisionDate", D, "Date of the decision to step up to care proceedings or "
            "step down."),
        Column("PPOutcome", C, "Outcome of pre-proceedings (code set CS131).",
               codelist="cin.pp_outcome", valid_from=PRE_PROCEEDINGS_FROM),
        _pp("CourtAppDate", D, "Date the court application to start care proceedings was "
            "submitted."),
        _pp("LetterInitCPDate", D, "Date the letter to initiate care proceedings was sent to "
            "the parents or guardians."),
    ),
)

RETURN = ReturnSpec(
    name="cin",
    title="Children in need census",
    description="DfE's annual child-level census of every child referred to children's social "
    "care between 1 April and 31 March, submitted as XML.",
    tables=(HEADER, CHILD, DISABILITY, EPISODE, ASSESSMENT, ASSESSMENT_FACTOR, PLAN, SECTION47,
            CPP, CPP_REVIEW, PRE_PROCEEDINGS),
    years=(2024, 2025, 2026, 2027),
)
