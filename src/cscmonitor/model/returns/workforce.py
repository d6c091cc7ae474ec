"""The children's social work workforce census: its header, vacancies and one row per worker.

Field names are the XML element names of DfE's census schema (social_work_workforce_2022.xsd);
mandatory columns are the elements with minOccurs=1 within their parent.

The census is a snapshot at 30 September covering the year 1 October to 30 September, which is
not the April-to-March year the other returns use. cscmonitor files it under the collection year
(1 April to 31 March, named by its end year) that contains the census date: the census at
30 September 2024 (DfE's "2023 to 2024" census, ``<Year>2024</Year>`` in the file) is collection
year 2025, the 2024/25 year in which it was taken. ``census_date`` and ``census_year`` convert.

The 2022 schema is the only one available to the project; the censuses at 30 September 2022 to
2026 are read and written in its layout (collection years 2023 to 2027).
"""

from __future__ import annotations

from datetime import date

from cscmonitor.model.schema import Column, ColumnType, ReturnSpec, Table

S, C, D = ColumnType.STRING, ColumnType.CODE, ColumnType.DATE
INT, DEC = ColumnType.INTEGER, ColumnType.DECIMAL


def census_date(collection_year: int) -> date:
    """30 September inside collection year ``collection_year`` (2025 -> 30/09/2024)."""
    return date(collection_year - 1, 9, 30)


def census_year(collection_year: int) -> int:
    """The year DfE gives the census in ``<Year>``: that of its 30 September (2025 -> 2024)."""
    return collection_year - 1


def _code(name: str, codelist: str, description: str, mandatory: bool = False) -> Column:
    return Column(name, C, description, mandatory=mandatory, codelist=f"workforce.{codelist}")


HEADER = Table(
    name="workforce_header",
    return_name="workforce",
    title="Return header",
    description="The return's header: collection details and the source local authority "
    "(Header/CollectionDetails and Header/Source); one row per return.",
    key=(),
    columns=(
        _code("Collection", "collection", "Name of the collection; always CSWW."),
        Column("Year", INT, "Year of the census date as the file states it (2024 for the census "
               "at 30 September 2024, collection year 2025)."),
        Column("ReferenceDate", D, "Census date: 30 September."),
        _code("SourceLevel", "source_level", "Level of the source; L for a local authority."),
        Column("LEA", S, "Three-digit (old) local authority code of the authority making the "
               "return.", mandatory=True),
        Column("SoftwareCode", S, "Name of the software that produced the file."),
        Column("DateTime", ColumnType.DATETIME, "When the file was produced (UTC when the file "
               "gives a time zone)."),
    ),
)

VACANCY = Table(
    name="workforce_vacancy",
    return_name="workforce",
    title="Vacancies and agency workers",
    description="The authority-level counts at the census date (LALevelVacancies); one row per "
    "return.",
    key=(),
    columns=(
        Column("NumberOfVacancies", DEC, "Full-time equivalent vacancies for children and family "
               "social workers at 30 September.", mandatory=True),
        Column("NoAgencyFTE", DEC, "Full-time equivalent agency social workers at 30 September.",
               mandatory=True),
        Column("NoAgencyHeadcount", INT, "Headcount of agency social workers at 30 September.",
               mandatory=True),
    ),
)

WORKER = Table(
    name="workforce_worker",
    return_name="workforce",
    title="Social workers",
    description="One row per children and family social worker (CSWWWorker) employed or "
    "engaged at any time in the census year: in post at 30 September, starters and leavers, "
    "local authority employees and agency workers.",
    key=("SWENo",),
    columns=(
        _code("AgencyWorker", "agency_worker", "Whether the worker is an agency worker (1) or "
              "employed by the local authority (0).", mandatory=True),
        Column("SWENo", S, "The worker's Social Work England registration number: two letters "
               "and ten digits.", mandatory=True),
        Column("FTE", DEC, "Full-time equivalent of the worker's contract, 0 to 1."),
        Column("PersonBirthDate", D, "The worker's date of birth."),
        _code("GenderCurrent", "gender", "The worker's gender."),
        _code("Ethnicity", "ethnicity", "The worker's ethnicity."),
        Column("QualInst", S, "The institution that awarded the worker's social work "
               "qualification.", mandatory=True),
        _code("QualLevel", "qualification_level", "Level of the worker's social work "
              "qualification."),
        _code("StepUpGrad", "yes_no", "Whether the worker qualified through the Step Up to "
              "Social Work programme."),
        _code("OrgRole", "role", "The worker's role in the organisation."),
        Column("RoleStartDate", D, "The date the worker started in the role."),
        _code("StartOrigin", "start_origin", "Where a starter came from."),
        Column("RoleEndDate", D, "The date the worker left the role (leavers only)."),
        _code("LeaverDestination", "leaver_destination", "Where a leaver went."),
        _code("ReasonLeave", "reason_leave", "Why a leaver left."),
        Column("FTE30", DEC, "Full-time equivalent in post at 30 September, 0 to 1."),
        Column("Cases30", INT, "Number of cases the worker held at 30 September."),
        Column("WorkingDaysLost", DEC, "Working days lost to sickness absence in the census "
               "year."),
        Column("ContractWeeks", DEC, "Number of weeks the worker has worked for the authority on "
               "their current contract (agency workers)."),
        _code("FrontlineGrad", "yes_no", "Whether the worker qualified through the Frontline "
              "programme."),
        _code("Absat30Sept", "yes_no", "Whether the worker was absent at 30 September."),
        _code("ReasonAbsence", "absence_reason", "Why the worker was absent at 30 September."),
        _code("CFKSSstatus", "cfkss_status", "The worker's status against the children and "
              "family knowledge and skills statements."),
    ),
    aliases={
        "AgencyWorker": ("Agency Worker", "Agency", "Is Agency Worker"),
        "SWENo": ("SWE Number", "SWE No", "SWE Registration Number",
                  "Social Work England Number", "Social Work England Registration Number"),
        "FTE": ("Full Time Equivalent",),
        "PersonBirthDate": ("Date of Birth", "DOB", "Birth Date"),
        "GenderCurrent": ("Gender",),
        "QualInst": ("Qualification Institution", "Qualifying Institution"),
        "QualLevel": ("Qualification Level",),
        "StepUpGrad": ("Step Up Graduate", "Step Up to Social Work Graduate"),
        "OrgRole": ("Organisation Role", "Role"),
        "RoleStartDate": ("Role Start Date", "Start Date"),
        "StartOrigin": ("Start Origin", "Origin"),
        "RoleEndDate": ("Role End Date", "Leaving Date", "End Date"),
        "LeaverDestination": ("Leaver Destination", "Destination"),
        "ReasonLeave": ("Reason for Leaving", "Reason Left"),
        "FTE30": ("FTE at 30 September", "FTE at 30 Sept"),
        "Cases30": ("Cases at 30 September", "Cases Held at 30 September", "Caseload"),
        "WorkingDaysLost": ("Working Days Lost", "Days Lost", "Sickness Days"),
        "ContractWeeks": ("Contract Weeks", "Weeks Worked"),
        "FrontlineGrad": ("Frontline Graduate",),
        "Absat30Sept": ("Absent at 30 September", "Absent at 30 Sept"),
        "ReasonAbsence": ("Reason for Absence", "Absence Reason"),
        "CFKSSstatus": ("CFKSS Status", "KSS Status"),
    },
)

RETURN = ReturnSpec(
    name="workforce",
    title="Children's social work workforce census",
    description="DfE's annual census of the children and family social workers of each local "
    "authority, as at 30 September, with starters, leavers, absence and agency workers.",
    tables=(HEADER, VACANCY, WORKER),
    years=(2023, 2024, 2025, 2026, 2027),
)
