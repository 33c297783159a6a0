# \N{...} named unicode escapes in string literals
print('\N{BULLET}', '\N{GREEK SMALL LETTER ALPHA}', len('\N{EM DASH}'))
print('a\N{LATIN SMALL LETTER E WITH ACUTE}b', ord('\N{SNOWMAN}'))
print(repr('\N{NO-BREAK SPACE}'), '\N{DIGIT ONE}' == '1')
