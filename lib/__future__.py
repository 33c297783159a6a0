"""Future statements: every feature named here is accepted; annotations are
evaluated as they are written (see the README's limits)."""

all_feature_names = [
    "nested_scopes", "generators", "division", "absolute_import",
    "with_statement", "print_function", "unicode_literals",
    "barry_as_FLUFL", "generator_stop", "annotations",
]

nested_scopes = generators = division = absolute_import = None
with_statement = print_function = unicode_literals = None
barry_as_FLUFL = generator_stop = annotations = None
