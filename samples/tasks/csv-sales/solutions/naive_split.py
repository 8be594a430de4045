# Wrong on purpose: splitting on "," breaks on quoted product names.
totals = {}
with open("sales.csv", encoding="utf-8") as f:
    next(f)
    for line in f:
        p = line.rstrip("\n").split(",")
        t = totals.setdefault(p[1], [0, 0.0])
        t[0] += int(p[3])
        t[1] += int(p[3]) * float(p[4])
for region, (q, revenue) in sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0])):
    print(f"{region};{q};{revenue:.2f}")
