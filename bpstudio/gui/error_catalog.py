"""English error templates, listed so that pyside6-lupdate extracts them into the .ts files.

Generated from bpstudio.errors.MESSAGES by tools/update_translations.py: do not edit, run
that command instead. Each entry is marked with the error kind as disambiguation, which is
how bpstudio.i18n and bpstudio.gui.error_messages look the translations up.
"""

# ruff: noqa: E501


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str) -> str:
    """Mark ``source`` for pyside6-lupdate and return it unchanged."""
    return source


#: Error kind -> English template, as registered when this file was generated.
ERROR_TEMPLATES: dict[str, str] = {
    "project.bad_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} has an invalid schema version {value!r}; expected a positive integer",
        "project.bad_version",
    ),
    "project.damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged ({reason}); open an earlier copy or the autosaved project",
        "project.damaged",
    ),
    "project.data_not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "the project's data file {path} was not found; pass the CSV file explicitly",
        "project.data_not_found",
    ),
    "project.export_format": QT_TRANSLATE_NOOP(
        "Errors",
        "unknown export format {value!r}; choose one of {choices}",
        "project.export_format",
    ),
    "project.export_unsupported": QT_TRANSLATE_NOOP(
        "Errors",
        "cannot export to {format}: {reason}",
        "project.export_unsupported",
    ),
    "project.invalid_document": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: field '{field}' is invalid: {reason}",
        "project.invalid_document",
    ),
    "project.missing_member": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} has no '{member}' entry, so it is damaged or was not saved by BP Studio",
        "project.missing_member",
    ),
    "project.newer_version": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was saved with project schema version {version}, but this BP Studio reads versions up to {supported}; update BP Studio to open it",
        "project.newer_version",
    ),
    "project.no_data": QT_TRANSLATE_NOOP(
        "Errors",
        "the project does not record where its data came from; pass a CSV file to use",
        "project.no_data",
    ),
    "project.no_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "no row of {path} could be used ({reason}); check that the file has the columns the network was trained on",
        "project.no_rows",
    ),
    "project.no_test_split": QT_TRANSLATE_NOOP(
        "Errors",
        "the project has no test split (test_split is 0); pass a CSV file to evaluate on",
        "project.no_test_split",
    ),
    "project.no_weights": QT_TRANSLATE_NOOP(
        "Errors",
        "the project has no trained weights; train the network and save it first",
        "project.no_weights",
    ),
    "project.non_finite_weights": QT_TRANSLATE_NOOP(
        "Errors",
        "the weights of layer {layer} contain NaN or infinity, so the project was not saved; reset the weights or lower the learning rate and train again",
        "project.non_finite_weights",
    ),
    "project.not_a_project": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a BP Studio project file ({reason}); open a file saved by BP Studio",
        "project.not_a_project",
    ),
    "project.not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "project file {path} was not found; check the path",
        "project.not_found",
    ),
    "project.save_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "could not save {path}: {reason}; the previous file, if any, was left unchanged",
        "project.save_failed",
    ),
    "project.target_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "the target column '{column}' is not in {path}; evaluation needs it",
        "project.target_missing",
    ),
    "project.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: '{member}' declares {size} bytes, more than the limit of {limit} bytes; the file was not opened",
        "project.too_large",
    ),
    "project.unsafe_array": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: weight array '{name}' has dtype {dtype}; only float32 and float64 arrays are accepted, so the file was not opened",
        "project.unsafe_array",
    ),
    "project.unsafe_member": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} contains the entry '{member}', which is not part of a project file; the file was not opened",
        "project.unsafe_member",
    ),
    "project.weights_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: the weights do not match the network: {reason}",
        "project.weights_mismatch",
    ),
    "project.write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "could not write {path}: {reason}",
        "project.write_failed",
    ),
}
