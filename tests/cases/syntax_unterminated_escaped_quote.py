print("say \"hi\")
