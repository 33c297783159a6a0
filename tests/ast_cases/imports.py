import os
import os.path
import a.b.c.d
import os as o
import os.path as osp
import a, b, c
import a as x, b.c as y, d
from os import path
from os import path as p, sep
from os import (path, sep)
from os import (
    path,
    sep as separator,
)
from os.path import *
from . import x
from .. import y
from ... import z
from .... import w
from ..... import v
from .mod import name
from ..pkg.mod import name as alias
from ...a.b import (c, d,)
from .a import *
from . import (a, b as c)
from __future__ import annotations
import a.b as c, d.e
from a import b, c, d
from . mod import x
from . . . mod import y
from .... . mod import z
from ...... import deep
