from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="2885",
    message=(
        "Child protection plan shown as starting a different day to the initial child protection "
        "conference."
    ),
    severity=Severity.ERROR,
    tables=("cin_cpp", "cin_episode", "cin_section47"),
    fields=("CPPstartDate", "DateOfInitialCPC"),
    sql="""
        SELECT c._row FROM cin_cpp c
        WHERE c.CPPstartDate BETWEEN collection_start() AND collection_end()
          AND NOT EXISTS (
              SELECT 1 FROM cin_section47 s
              WHERE s.LAchildID = c.LAchildID AND s.CINdetailsID = c.CINdetailsID
                AND s.DateOfInitialCPC = c.CPPstartDate)
          AND NOT EXISTS (
              SELECT 1 FROM cin_episode e
              WHERE e.LAchildID = c.LAchildID AND e.CINdetailsID = c.CINdetailsID
                AND e.DateOfInitialCPC = c.CPPstartDate)
    """,
    note=(
        "A plan starting in the census year must start on the date of an initial conference of its "
        "episode, on a section 47 enquiry or on the CIN details module."
    ),
)
