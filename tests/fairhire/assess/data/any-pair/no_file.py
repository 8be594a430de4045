print("the answer goes to answer.txt, not stdout")
