print(x( // 2)
