#!/usr/bin/env python3
# leading comment

x = 1  # trailing comment
# comment between statements

def f():  # comment after colon
    # comment at body start
    return 1
    # comment at body end

# comment at top level


class C:

    # indented comment

    x = 1


    y = 2
if x:
        # deeper comment
    pass
  # odd indentation comment
z = [  # comment in brackets
    1,  # one
    # alone
    2,
]  # after
