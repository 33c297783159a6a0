# More string method behaviour
s = '  Mixed Case Text  '
print('[' + s.strip() + ']')
print('[' + s.upper() + ']', '[' + s.lower() + ']')
print('xxhixx'.strip('x'))
print('a,b,c'.split(','), 'a,b,c'.split(',', 1))
print('  lots   of   space  '.split())
print(''.split(), ''.split(','))
print('abc'.replace('', '-'))
print('aaa'.replace('a', 'b', 2))
print('hello'.find('l'), 'hello'.find('l', 3), 'hello'.find(''))
print('hello'.startswith(''), 'hello'.endswith('lo'), 'hello'.startswith('Hello'))
print(''.join([]), '+'.join(['only']), ', '.join(['a', 'b']))
print('CamelCase'.lower().upper())
path = 'dir/sub/file.txt'
parts = path.split('/')
print(parts, parts[-1].split('.')[0])
print('/'.join(parts[:-1]))
name = 'report.final.pdf'
dot = name.find('.')
print(name[:dot], name[dot + 1:])
print('ÉCOLE'.lower(), 'straße'.upper())
print('a\tb\nc d'.split())
