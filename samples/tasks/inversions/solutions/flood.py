# Hostile on purpose: floods stdout. The supervisor caps the pipe and kills it: OLE.
import sys
line = "x" * 4096 + "\n"
while True:
    sys.stdout.write(line)
