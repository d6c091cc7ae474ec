"""Ofsted Annex A: the child-level lists inspectors ask for under ILACS, one table per list.

Annex A is not a DfE census but Ofsted's request for information at an inspection of local
authority children's services: eleven lists (contacts, early help, referrals, assessments,
section 47 enquiries, children in need, child protection, children in care, care leavers,
adoption, adopters), each a worksheet with one row per child (or adopter) and event.

Column names are Ofsted's field names in snake_case, shortened where the template's wording is a
whole sentence (the description then quotes it). Each column's first alias is the header exactly
as Ofsted's template writes it; the Annex A writer uses it, and the reader also accepts the other
aliases, header variants seen in real workbooks. Mandatory columns are the fields the template
says cannot be blank.

Annex A has no collection year of its own. cscmonitor files a workbook under the collection year
(1 April to 31 March) that contains its as-at date; the reader says how it finds that date.
"""

from __future__ import annotations

from dataclasses import dataclass

from cscmonitor.model.schema import Column, ColumnType, ReturnSpec, Table

S, C, D = ColumnType.STRING, ColumnType.CODE, ColumnType.DATE
INT, DEC = ColumnType.INTEGER, ColumnType.DECIMAL

FIRST_YEAR = 2018
"""ILACS, and with it Annex A in this form, began in January 2018 (collection year 2017/18)."""


@dataclass(frozen=True)
class Field:
    """A column with the header Ofsted's template gives it and the variants real files use."""

    column: Column
    header: str
    variants: tuple[str, ...] = ()


def field(name: str, kind: ColumnType, header: str, description: str, *variants: str,
          codelist: str | None = None, mandatory: bool = False) -> Field:
    """One Annex A field; ``codelist`` is the list's name within ``annex_a.yml``."""
    column = Column(name, kind, description, mandatory=mandatory,
                    codelist=f"annex_a.{codelist}" if codelist else None)
    return Field(column, header, variants)


def _table(number: int, name: str, title: str, description: str, key: tuple[str, ...],
           fields: tuple[Field, ...], child_id: str | None = "child_unique_id") -> Table:
    return Table(
        name=f"annex_a_list_{number}",
        return_name="annex_a",
        title=f"List {number}: {title}",
        description=description,
        key=key,
        columns=tuple(f.column for f in fields),
        child_id=child_id,
        aliases={f.column.name: (f.header, *f.variants) for f in fields},
    )


def _child_id() -> Field:
    return field("child_unique_id", S, "Child Unique ID", "The local authority's unique "
                 "identifier of the child, as held in its case management system.",
                 "Child ID", "Unique ID", "Child Unique Identifier", "Child Identifier",
                 "LA Child ID", "Person ID", mandatory=True)


def _gender() -> Field:
    return field("gender", C, "Gender", "The child's gender as the template records it.",
                 "Sex", "Gender/Sex", codelist="gender", mandatory=True)


def _ethnicity() -> Field:
    return field("ethnicity", C, "Ethnicity", "The child's ethnicity (DfE ethnicity code).",
                 "Ethnic Group", "Ethnic Origin", "Ethnicity Code", codelist="ethnicity",
                 mandatory=True)


def _date_of_birth() -> Field:
    return field("date_of_birth", D, "Date of Birth", "The child's date of birth.", "DOB",
                 "Birth Date", "Child's Date of Birth")


def _age() -> Field:
    return field("age_of_child_years", DEC, "Age of Child (Years)", "The child's age in years "
                 "when the list was produced; exports often give a fraction of a year.", "Age",
                 "Age (Years)", "Age of Child", "Age in Years")


def _disability() -> Field:
    return field("disability", C, "Does the Child have a Disability", "Whether the child has a "
                 "disability.", "Disability", "Disabled", "Child has a Disability",
                 codelist="yes_no_unknown", mandatory=True)


def _team() -> Field:
    return field("allocated_team", S, "Allocated Team", "The team the child's case is "
                 "allocated to.", "Team", "Allocated Team Name", mandatory=True)


def _worker() -> Field:
    return field("allocated_worker", S, "Allocated Worker", "The worker the child's case is "
                 "allocated to.", "Worker", "Allocated Social Worker", "Allocated Worker Name",
                 mandatory=True)


def _common() -> tuple[Field, ...]:
    return (_child_id(), _gender(), _ethnicity(), _date_of_birth(), _age())


LIST_1 = _table(
    1, "contacts", "Contacts",
    "Every contact received about a child in the period the inspection asks for (usually the "
    "last six months); one row per contact.",
    key=("child_unique_id", "date_of_contact"),
    fields=(
        *_common(),
        field("date_of_contact", D, "Date of Contact", "The date the contact was received.",
              "Contact Date", mandatory=True),
        field("contact_source", C, "Contact Source", "Who made the contact (DfE referral "
              "source code).", "Source of Contact", codelist="source", mandatory=True),
    ),
)

LIST_2 = _table(
    2, "early_help", "Early help",
    "Every early help assessment started in the period; one row per assessment.",
    key=("child_unique_id", "assessment_start_date"),
    fields=(
        *_common(),
        field("assessment_start_date", D, "Assessment start date", "The date the early help "
              "assessment started.", "Early Help Assessment Start Date", mandatory=True),
        field("assessment_completion_date", D, "Assessment completion date", "The date the "
              "early help assessment was completed.", "Early Help Assessment Completion Date"),
        field("organisation_completing_assessment", S, "Organisation completing assessment",
              "The organisation or team that completed the early help assessment.",
              "Organisation Completing the Assessment", mandatory=True),
    ),
)

LIST_3 = _table(
    3, "referrals", "Referrals",
    "Every referral to children's social care in the period; one row per referral.",
    key=("child_unique_id", "date_of_referral"),
    fields=(
        *_common(),
        field("date_of_referral", D, "Date of Referral", "The date the referral was received.",
              "Referral Date", mandatory=True),
        field("referral_source", C, "Referral Source", "Who made the referral (DfE referral "
              "source code).", "Source of Referral", codelist="source", mandatory=True),
        field("referral_nfa", C, "Referral NFA?", "Whether the referral led to no further "
              "action.", "Referral NFA", "NFA", "Referral No Further Action", codelist="yes_no",
              mandatory=True),
        field("number_of_referrals_in_last_12_months", INT,
              "Number of Referrals in Last 12 Months", "How many referrals the child had in the "
              "12 months before this one.", "Referrals in Last 12 Months",
              "Number of Previous Referrals in Last 12 Months", mandatory=True),
        _team(), _worker(),
    ),
)

LIST_4 = _table(
    4, "assessments", "Assessments",
    "Every children's social care (continuous) assessment open or completed in the period; one "
    "row per assessment.",
    key=("child_unique_id", "continuous_assessment_start_date"),
    fields=(
        *_common(), _disability(),
        field("continuous_assessment_start_date", D, "Continuous Assessment Start Date",
              "The date the assessment started.", "Assessment Start Date", mandatory=True),
        field("child_seen_during_continuous_assessment", C,
              "Child Seen During Continuous Assessment", "Whether the child was seen during the "
              "assessment.", "Child Seen During Assessment", "Child Seen",
              codelist="yes_no_unknown", mandatory=True),
        field("continuous_assessment_date_of_authorisation", D,
              "Continuous Assessment Date of Authorisation", "The date a manager authorised the "
              "completed assessment.", "Assessment Date of Authorisation",
              "Assessment Authorisation Date"),
        field("assessed_as_requiring_social_care_support", C,
              "Was the child assessed as requiring LA children's social care support?",
              "Ofsted: 'Was the child assessed as requiring LA children's social care support?'",
              "Assessed as Requiring Social Care Support", codelist="yes_no_unknown"),
        _team(), _worker(),
    ),
)

LIST_5 = _table(
    5, "section_47", "Section 47 enquiries and initial child protection conferences",
    "Every section 47 enquiry started in the period, with its initial child protection "
    "conference if there was one; one row per enquiry.",
    key=("child_unique_id", "section_47_enquiry_start_date"),
    fields=(
        *_common(), _disability(),
        field("section_47_enquiry_start_date", D,
              "Strategy discussion initiating Section 47 Enquiry Start Date",
              "Ofsted: 'Strategy discussion initiating Section 47 Enquiry Start Date', the date "
              "of the strategy discussion that started the section 47 enquiry.",
              "Section 47 Enquiry Start Date", "S47 Start Date", "Strategy Discussion Date",
              mandatory=True),
        field("icpc_deemed_unnecessary", C,
              "Was an Initial Child Protection Conference deemed unnecessary?",
              "Whether an initial child protection conference was judged unnecessary.",
              "ICPC Deemed Unnecessary", "ICPC Unnecessary", codelist="yes_no"),
        field("date_of_icpc", D, "Date of Initial Child Protection Conference", "The date of "
              "the initial child protection conference.", "ICPC Date", "Date of ICPC"),
        field("icpc_resulted_in_cp_plan", C,
              "Did the Initial Child Protection Conference Result in a Child Protection Plan",
              "Whether the initial child protection conference resulted in a child protection "
              "plan.", "ICPC Resulted in CP Plan", "ICPC Outcome CP Plan", codelist="yes_no"),
        field("number_of_section_47_enquiries_in_last_12_months", INT,
              "Number of Section 47 Enquiries in the last 12 months", "How many section 47 "
              "enquiries the child had in the last 12 months.",
              "Number of S47 Enquiries in the Last 12 Months", mandatory=True),
        field("number_of_icpcs_in_last_12_months", INT, "Number of ICPCs in the last 12 months",
              "How many initial child protection conferences the child had in the last 12 "
              "months.", "Number of Initial Child Protection Conferences in the Last 12 Months",
              mandatory=True),
        _team(), _worker(),
    ),
)

LIST_6 = _table(
    6, "children_in_need", "Children in need",
    "Every child in need (including those on child protection plans and in care) open at any "
    "time in the period; one row per child in need episode.",
    key=("child_unique_id", "cin_start_date"),
    fields=(
        *_common(), _disability(),
        field("cin_start_date", D, "CIN Start Date", "The date the child in need episode "
              "started.", "Child in Need Start Date", "CIN Episode Start Date", mandatory=True),
        field("primary_need_code", C, "Primary Need Code", "The child's primary category of "
              "need (DfE N code).", "Primary Need", "Category of Need", codelist="primary_need",
              mandatory=True),
        field("date_child_was_last_seen", D, "Date Child Was Last Seen", "The date the child "
              "was last seen by a social worker.", "Date Last Seen", "Last Seen Date"),
        field("cin_closure_date", D, "CIN Closure Date", "The date the child in need episode "
              "closed.", "Child in Need Closure Date", "CIN End Date"),
        field("reason_for_closure", C, "Reason for Closure", "Why the episode closed (DfE RC "
              "code).", "Closure Reason", "CIN Closure Reason", codelist="reason_for_closure"),
        field("case_status", C, "Case Status", "What the child's case is at the end of the "
              "period: in care, child protection plan, child in need plan, open assessment or "
              "closed.", codelist="case_status", mandatory=True),
        _team(), _worker(),
    ),
)

LIST_7 = _table(
    7, "child_protection", "Child protection",
    "Every child subject to a child protection plan at any time in the period; one row per "
    "plan.",
    key=("child_unique_id", "cp_plan_start_date"),
    fields=(
        *_common(), _disability(),
        field("cp_plan_start_date", D, "Child Protection Plan Start Date", "The date the child "
              "protection plan started.", "CP Plan Start Date", "CPP Start Date",
              mandatory=True),
        field("initial_category_of_abuse", C, "Initial Category of Abuse", "The category of "
              "abuse when the plan started.", "Initial Category", codelist="category_of_abuse",
              mandatory=True),
        field("latest_category_of_abuse", C, "Latest Category of Abuse", "The category of abuse "
              "now, or when the plan ended.", "Latest Category", codelist="category_of_abuse",
              mandatory=True),
        field("date_of_last_statutory_visit", D, "Date of the Last Statutory Visit", "The date "
              "of the last statutory visit to the child.", "Date of Last Statutory Visit",
              "Last Statutory Visit Date"),
        field("child_seen_alone", C, "Was the Child Seen Alone?", "Whether the child was seen "
              "alone at that visit.", "Child Seen Alone", codelist="yes_no_unknown"),
        field("date_of_latest_review_conference", D, "Date of latest review conference",
              "The date of the latest child protection review conference.",
              "Latest Review Conference Date", "Date of Last Review Conference"),
        field("cp_plan_end_date", D, "Child Protection Plan End Date", "The date the plan "
              "ended.", "CP Plan End Date", "CPP End Date"),
        field("emergency_protection_last_six_months", C,
              "Subject to Emergency Protection Order or Protected Under Police Powers in Last "
              "Six Months (Y/N)", "Ofsted: 'Subject to Emergency Protection Order or Protected "
              "Under Police Powers in Last Six Months (Y/N)'.",
              "Subject to EPO or Police Protection in Last Six Months", codelist="yes_no",
              mandatory=True),
        field("number_of_previous_cp_plans", INT, "Number of Previous Child Protection Plans",
              "How many child protection plans the child had before this one.",
              "Number of Previous CP Plans", "Previous CP Plans", mandatory=True),
        _team(), _worker(),
    ),
)

LIST_8 = _table(
    8, "children_in_care", "Children in care",
    "Every child looked after at any time in the period; one row per period of care.",
    key=("child_unique_id", "date_started_to_be_looked_after"),
    fields=(
        *_common(),
        field("uasc_last_12_months", C,
              "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)",
              "Whether the child was an unaccompanied asylum-seeking child at any time in the "
              "last 12 months.", "UASC", "UASC within the Last 12 Months",
              codelist="yes_no", mandatory=True),
        _disability(),
        field("date_started_to_be_looked_after", D, "Date Started to be Looked After",
              "The date this period of care started.", "Date Became Looked After",
              "Date Started Care", "Period of Care Start Date", mandatory=True),
        field("category_of_need", C, "Child's Category of Need", "The child's category of need "
              "(DfE N code).", "Category of Need", "CIN Category of Need",
              codelist="primary_need", mandatory=True),
        field("second_period_last_12_months", C,
              "Is this a second or subsequent period of being a Looked After Child within the "
              "last 12 months (Y/N)", "Ofsted: 'Is this a second or subsequent period of being a "
              "Looked After Child within the last 12 months (Y/N)'.",
              "Second or Subsequent Period of Care in Last 12 Months", codelist="yes_no",
              mandatory=True),
        field("start_date_of_current_legal_status", D, "Start date of current legal status",
              "The date the child's current legal status started.",
              "Legal Status Start Date", mandatory=True),
        field("legal_status", C, "Child's Legal Status", "The child's legal status (DfE code).",
              "Legal Status", codelist="legal_status", mandatory=True),
        field("date_of_latest_statutory_review", D, "Date of Latest Statutory Review",
              "The date of the latest statutory looked-after review.",
              "Latest Statutory Review Date", "Date of Last Review"),
        field("date_of_last_social_work_visit", D, "Date of Last Social Work Visit",
              "The date of the last social work visit to the child.",
              "Last Social Work Visit Date", "Date of Last Visit"),
        field("permanence_plan", C, "What is the permanence plan for this child?",
              "The child's permanence plan.", "Permanence Plan", codelist="permanence_plan"),
        field("date_of_last_iro_visit", D, "Date of Last IRO Visit / Contact to the Child",
              "The date the independent reviewing officer last visited or contacted the child.",
              "Date of Last IRO Visit", "Last IRO Contact Date"),
        field("date_of_last_health_assessment", D, "Date of Last Health Assessment",
              "The date of the child's last health assessment.", "Last Health Assessment Date"),
        field("date_of_last_dental_check", D, "Date of Last Dental Check", "The date of the "
              "child's last dental check.", "Last Dental Check Date"),
        field("number_of_placements_in_last_12_months", INT,
              "Number of Placements in the Last 12 months", "How many placements the child had "
              "in the last 12 months.", "Placements in Last 12 Months", mandatory=True),
        field("date_ceased_to_be_looked_after", D, "Date Ceased to be Looked After",
              "The date this period of care ended.", "Date Ceased Care", "Date Left Care"),
        field("reason_ceased_to_be_looked_after", C, "Reason Ceased to be Looked After",
              "Why the period of care ended (DfE E code).", "Reason Ceased Care",
              "Reason Left Care", codelist="reason_ceased"),
        field("start_date_of_most_recent_placement", D, "Start Date of Most Recent Placement",
              "The date the child's latest placement started.", "Placement Start Date",
              "Latest Placement Start Date", mandatory=True),
        field("placement_type", C, "Placement Type", "The type of the latest placement (DfE "
              "code).", codelist="placement_type", mandatory=True),
        field("placement_provider", C, "Placement Provider", "Who provides the latest placement "
              "(DfE PR code).", codelist="placement_provider", mandatory=True),
        field("placement_postcode", S, "Placement postcode", "The postcode of the latest "
              "placement.", "Placement Post Code", mandatory=True),
        field("urn_of_placement", S, "URN of Placement", "Ofsted's unique reference number of "
              "the placement, where it has one.", "Placement URN", "URN"),
        field("placement_location", C, "Placement Location", "Whether the placement is inside "
              "or outside the local authority's area.", "Placement Location (In/Out)",
              codelist="placement_location", mandatory=True),
        field("la_of_placement", S, "LA of Placement", "The local authority area the child is "
              "placed in, or NIR, WAL, SCO, NUK or CON for Northern Ireland, Wales, Scotland, "
              "outside the UK or a confidential placement.", "Placement LA",
              "Local Authority of Placement", mandatory=True),
        field("missing_episodes_last_12_months", INT,
              "Number of Episodes the Child has been 'Missing' from their Placement in the last "
              "12 months", "Ofsted: 'Number of Episodes the Child has been Missing from their "
              "Placement in the last 12 months'.", "Missing Episodes in Last 12 Months",
              "Number of Missing Episodes", mandatory=True),
        field("absent_episodes_last_12_months", INT,
              "Number of Episodes the Child has been 'Absent' from their Placement in the last "
              "12 months", "Ofsted: 'Number of Episodes the Child has been Absent from their "
              "Placement in the last 12 months'.", "Absent Episodes in Last 12 Months",
              "Number of Absent Episodes", mandatory=True),
        field("return_interview_offered", C,
              "Was the child offered a Return Interview after their last missing episode (Y/N)?",
              "Whether the child was offered a return interview after the last missing "
              "episode.", "Return Interview Offered", codelist="yes_no_unknown"),
        field("return_interview_accepted", C,
              "Did the child accept a Return Interview after their last missing episode (Y/N)?",
              "Whether the child accepted that return interview.", "Return Interview Accepted",
              codelist="yes_no_unknown"),
        _team(), _worker(),
    ),
)

LIST_9 = _table(
    9, "care_leavers", "Care leavers",
    "Every care leaver the local authority supports (relevant, former relevant and qualifying) "
    "and eligible children aged 16 and 17; one row per young person.",
    key=("child_unique_id",),
    fields=(
        *_common(),
        field("uasc", C,
              "Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)",
              "Whether the young person is, or (if 18 or over) was, an unaccompanied "
              "asylum-seeking child.", "UASC", "Formerly UASC", codelist="yes_no"),
        _disability(), _team(), _worker(),
        field("allocated_personal_advisor", S, "Allocated Personal Advisor", "The young "
              "person's personal adviser.", "Allocated Personal Adviser", "Personal Advisor",
              "Personal Adviser", mandatory=True),
        field("eligibility_category", C, "Eligibility Category", "The young person's "
              "leaving-care eligibility category.", "Care Leaver Eligibility",
              codelist="eligibility", mandatory=True),
        field("latest_pathway_plan_review_date", D, "Latest Pathway Plan Review Date",
              "The date the pathway plan was last reviewed.", "Pathway Plan Review Date",
              "Date of Latest Pathway Plan Review"),
        field("la_in_touch", C, "LA in Touch", "Whether the local authority is in touch with "
              "the young person.", "In Touch", "Local Authority in Touch",
              codelist="in_touch", mandatory=True),
        field("latest_date_of_contact", D, "Latest Date of Contact", "The date of the latest "
              "contact with the young person.", "Date of Latest Contact", "Last Contact Date"),
        field("type_of_accommodation", C, "Type of Accommodation", "Where the young person "
              "lives (DfE care leaver accommodation type).", "Accommodation Type",
              "Accommodation", codelist="accommodation"),
        field("suitability_of_accommodation", C, "Suitability of Accommodation", "Whether that "
              "accommodation is suitable.", "Accommodation Suitability", "Suitability",
              codelist="suitability"),
        field("activity_status", C, "Activity Status", "The young person's main activity (DfE "
              "care leaver activity code).", "Activity", "Main Activity", codelist="activity"),
    ),
)

LIST_10 = _table(
    10, "adoption", "Adoption",
    "Every child with a decision that they should be placed for adoption, open or concluded in "
    "the period; one row per decision.",
    key=("child_unique_id", "date_of_decision_to_place_for_adoption"),
    fields=(
        _child_id(),
        field("family_identifier", S, "Family identifier", "An identifier shared by siblings "
              "placed together, linking the child to List 11's adopters.", "Family ID"),
        _gender(), _ethnicity(), _date_of_birth(), _age(), _disability(),
        field("date_entered_care", D, "Date the Child Entered Care", "The date the child "
              "became looked after.", "Date Entered Care", "Date Started to be Looked After",
              mandatory=True),
        field("date_of_decision_to_place_for_adoption", D,
              "Date of Decision that Child Should be Placed for Adoption", "The date of the "
              "agency decision that the child should be placed for adoption.",
              "Date of Adoption Decision", "Should be Placed for Adoption Date",
              mandatory=True),
        field("date_of_placement_order", D, "Date of Placement Order", "The date the court "
              "made a placement order.", "Placement Order Date"),
        field("date_of_matching", D, "Date of Matching Child and Prospective Adopters",
              "The date the child was matched with prospective adopters.", "Date of Matching",
              "Matching Date"),
        field("date_placed_for_adoption", D, "Date Placed for Adoption", "The date the child "
              "was placed for adoption.", "Placed for Adoption Date"),
        field("date_of_adoption_order", D, "Date of Adoption Order", "The date the adoption "
              "order was granted.", "Adoption Order Date"),
        field("date_of_decision_no_longer_placed", D,
              "Date of Decision that Child Should No Longer be Placed for Adoption",
              "The date of the decision that the child should no longer be placed for adoption.",
              "Date of Decision No Longer Placed for Adoption"),
        field("reason_no_longer_placed", C, "Reason Why Child No Longer Placed for Adoption",
              "Why the child should no longer be placed for adoption (DfE RD code).",
              "Reason No Longer Placed for Adoption", codelist="reason_no_longer_adoption"),
        field("date_placed_in_ffa_or_concurrent_planning", D,
              "Date the child was placed for fostering in FFA or concurrent planning placement",
              "Ofsted: 'Date the child was placed for fostering in FFA or concurrent planning "
              "placement'.", "Date Placed in FFA or Concurrent Planning Placement",
              "FFA Placement Date"),
    ),
)

LIST_11 = _table(
    11, "adopters", "Adopters",
    "Every prospective adopter who enquired or was in the adoption process in the period; one "
    "row per adopter.",
    key=("individual_adopter_identifier",),
    child_id=None,
    fields=(
        field("individual_adopter_identifier", S, "Individual adopter identifier", "The local "
              "authority's or agency's identifier of the adopter.", "Adopter ID",
              "Adopter Identifier", "Adopter Unique ID", mandatory=True),
        field("family_identifier", S, "Family identifier", "An identifier shared by the "
              "adopters of one household, linking them to the children in List 10.",
              "Family ID"),
        field("gender", C, "Gender", "The adopter's gender as the template records it.", "Sex",
              codelist="gender", mandatory=True),
        field("ethnicity", C, "Ethnicity", "The adopter's ethnicity (DfE ethnicity code).",
              "Ethnic Group", codelist="ethnicity", mandatory=True),
        field("disability", C, "Disability", "Whether the adopter has a disability.",
              "Does the Adopter have a Disability", codelist="yes_no", mandatory=True),
        field("fostering_for_adoption", C, "Is the (prospective) adopter fostering for adoption?",
              "Whether the (prospective) adopter is fostering for adoption.",
              "Fostering for Adoption", "FFA", codelist="yes_no", mandatory=True),
        field("date_enquiry_received", D, "Date enquiry received", "The date the adopter's "
              "enquiry was received.", "Enquiry Date", mandatory=True),
        field("date_stage_1_started", D, "Date Stage 1 started", "The date stage 1 of the "
              "approval process started.", "Stage 1 Start Date"),
        field("date_stage_1_ended", D, "Date Stage 1 ended", "The date stage 1 ended.",
              "Stage 1 End Date"),
        field("date_stage_2_started", D, "Date Stage 2 started", "The date stage 2 of the "
              "approval process started.", "Stage 2 Start Date"),
        field("date_stage_2_ended", D, "Date Stage 2 ended", "The date stage 2 ended.",
              "Stage 2 End Date"),
        field("date_application_submitted", D, "Date application submitted", "The date the "
              "adopter's application was submitted.", "Application Submitted Date"),
        field("date_application_approved", D, "Date application approved", "The date the "
              "adopter was approved.", "Application Approved Date", "Approval Date"),
        field("date_matched", D, "Date adopter matched with child(ren)", "The date the adopter "
              "was matched with a child or children.", "Date Matched", "Matching Date"),
        field("date_placed", D, "Date child/children placed with adopter(s)", "The date the "
              "child or children were placed with the adopter(s).", "Date Placed",
              "Placement Date"),
        field("number_of_children_placed", INT, "No. of children placed", "How many children "
              "were placed with the adopter(s).", "Number of Children Placed"),
        field("date_of_adoption_order", D, "Date of Adoption Order", "The date the adoption "
              "order was granted.", "Adoption Order Date"),
        field("date_left_adoption_process", D, "Date of leaving adoption process", "The date "
              "the adopter left the adoption process.", "Date Left Adoption Process"),
        field("reason_left_adoption_process", C, "Reason for leaving adoption process", "Why "
              "the adopter left the adoption process.", "Reason Left Adoption Process",
              codelist="adopter_leaving_reason"),
    ),
)

LISTS: tuple[Table, ...] = (LIST_1, LIST_2, LIST_3, LIST_4, LIST_5, LIST_6, LIST_7, LIST_8,
                            LIST_9, LIST_10, LIST_11)
"""The tables in list order: ``LISTS[n - 1]`` is List n."""

RETURN = ReturnSpec(
    name="annex_a",
    title="Ofsted Annex A (ILACS child-level data)",
    description="The eleven child-level lists a local authority gives Ofsted for an inspection "
    "of its children's services, as of the date the lists were produced.",
    tables=LISTS,
    years=tuple(range(FIRST_YEAR, 2028)),
)
