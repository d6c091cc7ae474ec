from cscmonitor.rules.rule import Rule, Severity

RULE = Rule(
    code="1530",
    message="UPN invalid (characters 2-4 not a recognised LA code)",
    severity=Severity.ERROR,
    tables=("cin_child",),
    fields=("UPN",),
    sql="""
        SELECT _row FROM cin_child
        WHERE length(UPN) = 13 AND NOT coalesce(list_contains(flatten([
            range(1, 6), range(201, 214), range(301, 321), range(330, 337), range(340, 345),
            range(350, 360), range(370, 374), range(380, 385), range(390, 395),
            range(420, 421), range(660, 682), range(701, 709), range(800, 804),
            range(805, 809), range(810, 814), range(815, 817), range(820, 824),
            range(825, 827), range(830, 832), range(835, 842), range(845, 847),
            range(850, 853), range(855, 858), range(860, 862), range(865, 897),
            range(908, 910), range(916, 917), range(919, 920), range(921, 922),
            range(925, 927), range(928, 930), range(931, 932), range(933, 934),
            range(935, 939), range(940, 944)
        ]), TRY_CAST(substr(UPN, 2, 3) AS INTEGER)), false)
    """,
    note=(
        "DfE's list of post-April 1998 LA codes and pseudo-LA codes: 001-005, 201-213, 301-320, "
        "330-336, 340-344, 350-359, 370-373, 380-384, 390-394, 420, 660-681, 701-708, 800-803, "
        "805-808, 810-813, 815, 816, 820-823, 825, 826, 830, 831, 835-841, 845, 846, 850-852, "
        "855-857, 860, 861, 865-896, 908, 909, 916, 919, 921, 925, 926, 928, 929, 931, 933, "
        "935-938, 940-943 (942 Cumberland and 943 Westmorland and Furness since April 2023). Only "
        "13-character UPNs are checked, as the community validator does."
    ),
)
