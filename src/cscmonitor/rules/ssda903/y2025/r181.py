from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="181",
    message="Data items relating to children looked after continuously for 12 months should be "
            "completed with a 0 or 1.",
    severity=Severity.ERROR,
    tables=("ssda903_oc2",),
    fields=(
        "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ),
    sql="""
        WITH yes_no AS (SELECT code FROM codes WHERE list = 'ssda903.yes_no')
        SELECT _row FROM ssda903_oc2
        WHERE CONVICTED NOT IN (SELECT code FROM yes_no)
           OR HEALTH_CHECK NOT IN (SELECT code FROM yes_no)
           OR IMMUNISATIONS NOT IN (SELECT code FROM yes_no)
           OR TEETH_CHECK NOT IN (SELECT code FROM yes_no)
           OR HEALTH_ASSESSMENT NOT IN (SELECT code FROM yes_no)
           OR SUBSTANCE_MISUSE NOT IN (SELECT code FROM yes_no)
           OR INTERVENTION_RECEIVED NOT IN (SELECT code FROM yes_no)
           OR INTERVENTION_OFFERED NOT IN (SELECT code FROM yes_no)
    """,
)
