# Crashes on purpose.
raise SystemExit(3)
