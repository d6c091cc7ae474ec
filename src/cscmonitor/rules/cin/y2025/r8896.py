from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8896",
    message="Within one CINDetails group there are 2 or more open Assessments groups",
    severity=Severity.ERROR,
    tables=("cin_assessment",),
    fields=("AssessmentAuthorisationDate",),
    sql="""
        SELECT _row FROM cin_assessment
        WHERE AssessmentAuthorisationDate IS NULL
        QUALIFY count(*) OVER (PARTITION BY LAchildID, CINdetailsID) > 1
    """,
    note="Every open assessment of the episode is flagged.",
)
