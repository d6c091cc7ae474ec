from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2883",
    message="There are more child protection plans starting than initial conferences taking place",
    severity=Severity.ERROR,
    tables=("cin_header", "cin_cpp", "cin_episode", "cin_section47"),
    fields=("CPPstartDate", "DateOfInitialCPC"),
    sql="""
        WITH counts AS (
            SELECT
                (SELECT count(*) FROM cin_cpp
                 WHERE CPPstartDate BETWEEN collection_start() AND collection_end()) AS plans,
                (SELECT count(*) FROM cin_episode
                 WHERE DateOfInitialCPC BETWEEN collection_start() AND collection_end())
                + (SELECT count(*) FROM cin_section47
                   WHERE DateOfInitialCPC BETWEEN collection_start() AND collection_end())
                AS conferences
        )
        SELECT h._row FROM cin_header h, counts WHERE counts.plans > counts.conferences
    """,
    note=(
        "A return-level check, reported on the header: plans starting in the census year against "
        "initial conferences held in it, on the CIN details and the section 47 modules together."
    ),
)
