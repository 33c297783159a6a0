print(sep==='|')
