import csv

totals = {}
with open("sales.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        q = int(row["quantity"])
        t = totals.setdefault(row["region"], [0, 0.0])
        t[0] += q
        t[1] += q * float(row["unit_price"])
for region, (q, revenue) in sorted(totals.items(), key=lambda kv: (-kv[1][1], kv[0])):
    print(f"{region};{q};{revenue:.2f}")
