pattern = compile(ur'\d+', flags)
