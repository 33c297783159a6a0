# Escape sequences and quoting styles
print('tab\there')
print('line1\nline2')
print('back\\slash')
print('it\'s')
print("say \"hi\"")
print('\x41\x42\x43')
print('caf\u00e9')
print(len('\u00e9'), len('\n'), len('\\'))
print(repr('a\nb\tc'))
print(repr('\x00\x7f'))
print(repr('\u00e9'))
print(repr('\\'))
t = '''triple
single'''
print(t)
d = """triple "double"
with 'quotes' inside"""
print(d)
print(repr(t))
print('adjacent' ' strings' " concatenate")
print('\101\102')
print('\'"', "'\"")
print('ends with newline\n', end='')
print('null: [' + '\x00'.upper() + ']' == 'null: [\x00]')
print("""a\
b""")
