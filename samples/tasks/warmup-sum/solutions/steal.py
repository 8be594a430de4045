# Hostile on purpose: tries to read host secrets. Only /usr is visible: the open fails.
for path in ["/etc/shadow", "/root/.ssh/id_rsa", "/proc/1/environ"]:
    print(open(path).read())
