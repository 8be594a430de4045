import sys
data = sys.stdin.read().split()
t, v = int(data[0]), list(map(int, data[1:]))
for i in range(len(v)):
    for j in range(i + 1, len(v)):
        if v[i] + v[j] == t:
            open("answer.txt", "w").write(f"{v[i]} {v[j]}\n")
            sys.exit(0)
