"""Module docstring."""

def f():
    """Function docstring."""
    return 1

def g():
    '''Single-quoted triple.'''

class C:
    """Class docstring.

    With several lines.
    """

    def m(self):
        r"""Raw docstring \d."""

async def h():
    """Async docstring."""
    await x

def k():
    "plain string docstring"
    "second string is an expression"

def u():
    b"bytes are not docstrings"

def v():
    f"f-strings are not docstrings"

def w():
    ("parenthesized"
     " concatenated docstring")
