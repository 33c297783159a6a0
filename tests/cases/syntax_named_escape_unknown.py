s = '\N{NOPE}'
