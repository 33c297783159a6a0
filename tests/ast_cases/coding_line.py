# -*- coding: utf-8 -*-
"""Module with an encoding declaration."""
x = "é"
ü = 1
