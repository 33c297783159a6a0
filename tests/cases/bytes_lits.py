# Bytes literals and string prefixes
b1 = b'abc'
print(b1, len(b1), b1[0], b1[-1], b1[1:], b1[::-1])
print(b'\x00\xff\n\t', B'quote\'s', rb'\n', br'\x41')
print(b'a' + b'b', b'ab' * 3, b'abc' == b'abc', b'abc' < b'abd', b'' == b'')
print(list(b'hi'), tuple(b'\x01\x02'))
for byte in b'AZ':
    print(byte, chr(byte))
print(repr(b"double"), repr(b'it\'s'), repr(b'both\'"'))
print(r'raw\nstring', R'C:\path\to', r'\'', len(r'\\'))
print(u'unicode', U'x', 'a' 'b' "c" '''d''' """e""")
print('implicit' ' concat'
      ' across lines', b'b1' b'b2')
print('tab\there', 'nl\\n', 'quote\"s', "apos\'s", '\101\102', '\u00e9', '\U0001F600')
print(len('\u00e9'), len('\x41'), '\x41' == 'A', '\0' == chr(0))
print("""triple
with "quotes" and 'single'
  indented""")
print('''a\
b''')
