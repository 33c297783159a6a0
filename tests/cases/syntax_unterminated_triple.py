print('fine')
s = """starts here
and never
ends
