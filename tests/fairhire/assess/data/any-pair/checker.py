# Custom checker: input.txt output.txt expected.txt; accepts any two values of the list that sum
# to the target. Exit 0 = accepted, 1 = rejected.
import sys
inp, out, _ = (open(p).read().split() for p in sys.argv[1:4])
target, values = int(inp[0]), list(map(int, inp[1:]))
try:
    a, b = map(int, out)
except ValueError:
    print("expected two integers")
    sys.exit(1)
ok = a + b == target and a in values and b in values and (a != b or values.count(a) > 1)
sys.exit(0 if ok else 1)
