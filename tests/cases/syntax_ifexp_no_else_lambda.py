print((lambda: 0 if False 'lambda body')())
