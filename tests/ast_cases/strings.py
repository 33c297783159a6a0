a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = """multi
line
string"""
f = 'escapes: \n \t \\ \' \" \a \b \f \v \r \0 \x41 \101 \u00e9 \U0001F600 \N{BULLET}'
g = r'raw \n \d \\'
h = R"RAW \t"
i = b'bytes \x00 \xff \n'
j = B"BYTES"
k = rb'raw bytes \n'
l = Rb"\d"
m = bR'\w'
n = BR"x"
o = br"y"
p = u'unicode'
q = U"UNICODE"
r = 'implicit' "concatenation" '''of''' """strings"""
s = ('paren'
     'concat'
     "across lines")
t = b'a' b'b' rb'c'
u = ''
v = ""
w = ''''''
x = """"""
y = 'it\'s'
z = "say \"hi\""
aa = """contains "quotes" and 'single' ones"""
bb = '''a '' b'''
cc = 'line \
continuation'
dd = "\
"
ee = u'a' 'b'
ff = 'tab\there'
gg = '\777'
hh = "\N{LATIN SMALL LETTER E WITH ACUTE}"
ii = 'non-ascii: é ü ß 中文 😀'
jj = b'\\'
kk = r'\''
ll = r"\""
mm = '\q'
