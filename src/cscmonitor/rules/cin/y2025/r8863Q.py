from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="8863Q",
    message="An Assessment is shown as starting when there is another Assessment ongoing.",
    severity=Severity.QUERY,
    tables=("cin_assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
    sql="""
        SELECT DISTINCT a._row FROM cin_assessment a
        JOIN cin_assessment o
          ON o.LAchildID = a.LAchildID AND o.CINdetailsID = a.CINdetailsID AND o._row <> a._row
        WHERE a.AssessmentActualStartDate >= o.AssessmentActualStartDate
          AND a.AssessmentActualStartDate
              <= coalesce(o.AssessmentAuthorisationDate, collection_end())
    """,
    note=(
        "DfE: within one CIN details module, no assessment may start on or between another "
        "assessment's start and authorisation dates (or the reference date while it is "
        "unauthorised)."
    ),
)
