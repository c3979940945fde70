"""Error and warning kinds of the CSV importer and the preprocessing, with English templates.

Errors are raised as :class:`bpstudio.errors.DataError`; warnings are the same objects kept
in ``Table.warnings`` or ``PreparedData.warnings`` and never raised. Each template names the
value, where it is (file, line, column) and what to do.
"""

from __future__ import annotations

from bpstudio.errors import DataError, register_messages

MESSAGES = {
    # Reading the file.
    "csv.file_not_found": "file not found: {path}. Check the path and the file name.",
    "csv.not_a_file": "{path} is a folder, not a file. Choose a CSV file inside it.",
    "csv.unreadable": "cannot read {path}: {reason}. Check that the file is not locked "
    "or protected.",
    "csv.empty_file": "{path} is empty (0 bytes). Choose a CSV file that contains data.",
    "csv.no_data_rows": "{path} has a header ({columns}) but no data rows. Add at least "
    "one row of values below the header.",
    "csv.no_columns": "{path} contains only blank lines or empty cells. Choose a CSV file "
    "that contains data.",
    "csv.binary_file": "{path} is not a text file ({reason}). Save it as CSV (comma "
    "separated values) and open that file.",
    "csv.too_large": "{path} is too large to load: it is {size_mb} MB and loading it needs "
    "about {needed_mb} MB of memory, but only {available_mb} MB are available. Use a "
    "smaller file or close other programs.",
    "csv.decode_failed": "{path} cannot be decoded as {encoding}: byte {value} on line "
    "{line} is invalid. Choose another encoding, such as utf-8 or gb18030.",
    "csv.unknown_encoding": "unknown encoding {value!r} for {path}. Use a Python codec "
    "name such as utf-8, gb18030, gbk, utf-16 or cp1252.",
    "csv.bad_delimiter": "invalid delimiter {value!r}: use one character such as ',' ';' "
    "or a tab, or 'whitespace' for runs of spaces and tabs.",
    "csv.unclosed_quote": "{path}: a quote opened on line {line} is never closed. Add the "
    'closing quote character (").',
    "csv.ragged_rows": "{path}: expected {expected} fields on every line, as in the "
    "{reference}, but {summary}. Fix those lines, or skip them (the option to skip bad "
    "lines; --skip-bad-lines on the command line).",
    "csv.cancelled": "loading {path} was cancelled.",
    # Warnings of the importer.
    "csv.encoding_fallback": "{path} is not valid UTF-8, so it was decoded as {encoding}. "
    "If the text looks wrong, choose the encoding yourself.",
    "csv.lost_bom": "the first header cell {value!r} of {path} starts with '?', the "
    "remains of a byte order mark lost in conversion; the column is named {column!r}.",
    "csv.skipped_lines": "{path}: skipped {count} lines whose field count differs from "
    "{expected}: {summary}.",
    "csv.dropped_empty_columns": "{path}: dropped {count} empty columns at the end of each line.",
    "csv.renamed_columns": "{path}: renamed columns to make the names unique or "
    "non-empty: {summary}.",
    "data.mixed_column": "column {column!r} is mostly numeric but has the non-numeric "
    "value {value!r} on line {line}{more}; it is treated as categorical. Correct the "
    "value, or mark it missing (empty or ?).",
    # Preprocessing.
    "data.unknown_column": "column {column!r} is not in the table. Available columns: {available}.",
    "data.target_is_feature": "the target column {column!r} is also listed as a "
    "feature. Remove it from the features.",
    "data.no_features": "no feature columns are left: {reason}. Choose at least one "
    "feature column.",
    "data.duplicate_feature": "feature column {column!r} is listed more than once.",
    "data.invalid_option": "invalid {option} {value!r}; valid values: {valid}.",
    "data.invalid_split": "invalid split: {reason}. The validation and test fractions "
    "must each be in [0, 1) and add up to less than 1.",
    "data.single_class": "the label column {column!r} has only one class ({value!r}) in "
    "{rows} rows. A classifier needs at least two classes: choose another target column "
    "(--target on the command line, the Role column in the window).",
    "data.too_few_rows": "too few rows for a {percent}% {split} split: {rows} rows give "
    "{count} {split} rows. Add more rows, or set the {split} split to 0.",
    "data.no_rows_left": "no rows are left after removing rows with missing values "
    "({reason}). Fill the missing values instead of dropping the rows.",
    "data.regression_target_not_numeric": "the target column {column!r} is categorical "
    "(for example {value!r} on line {line}), so it cannot be a regression target. Choose "
    "classification or another column.",
    "data.too_many_classes": "the target column {column!r} has {count} distinct values "
    "in {rows} rows, too many to be classes. Choose regression or another column.",
    "data.missing_values": "column {column!r} has missing values on lines {lines}, and "
    "the pipeline drops such rows instead of filling them. Fill those cells or choose "
    "another missing-value strategy.",
    "data.unknown_class": "column {column!r} has the label {value!r} on line {line}, "
    "which is not one of the classes the model was trained on: {classes}.",
    "data.not_numeric": "column {column!r} must be numeric, but it has the value "
    "{value!r} on line {line}.",
    # Warnings of the preprocessing.
    "data.constant_feature": "feature {column!r} has the same value ({value}) in every "
    "training row, so it carries no information{effect}.",
    "data.constant_features": "{count} features have the same value in every training "
    "row, so they carry no information{effect}: {columns}.",
    "data.many_categories_skipped": "left out the text columns {columns}: nearly every row "
    "has its own value, so one-hot encoding them would only memorise rows. List them with "
    "the features to use them anyway.",
    "data.sparse_column_skipped": "left out the text column {column!r}: {count} of its "
    "{rows} cells are missing and the rest have {distinct} different values. List it with "
    "the features to use it anyway, with a missing-value strategy that fills it.",
    "data.most_rows_dropped": "dropping the rows with missing values removes {count} of "
    "{rows} rows, most of the data; the columns missing most often are {columns}. Fill the "
    "missing values (mean, median or most frequent) or leave those columns out of the "
    "features.",
    "data.target_missing_dropped": "dropped {count} rows whose target {column!r} is "
    "missing (lines {lines}); the target is never filled in.",
    "data.missing_rows_dropped": "dropped {count} rows with missing feature values "
    "(lines {lines}).",
    "data.missing_filled": "filled {count} missing values of {column!r} with the "
    "training {strategy} {value}.",
    "data.unknown_categories": "column {column!r} has categories the model has not seen "
    "in training: {values} (lines {lines}); they are encoded as all zeros.",
    "data.class_missing_in_training": "class {value!r} has no rows in the training split; "
    "the model cannot learn it. Add rows of that class or lower the validation and test "
    "splits.",
    "data.id_column_feature": "feature {column!r} looks like an ID (a different value on "
    "every row); it rarely helps a network and may hurt it.",
    # Built-in samples.
    "data.unknown_sample": "unknown sample {value!r}. Built-in samples: {available}.",
    "data.invalid_sample_option": "invalid {option} {value!r} for sample {sample!r}: {reason}.",
}

register_messages(MESSAGES)


def data_error(kind: str, **fields: object) -> DataError:
    """Return a :class:`DataError` of a registered ``kind`` (checked, to catch typos)."""
    if kind not in MESSAGES:
        raise KeyError(f"unregistered data error kind {kind!r}")
    return DataError(kind, **fields)


def summarize_lines(lines: list[int], limit: int = 10) -> str:
    """Return ``"3, 4, 9"`` or ``"3, 4, ... (25 lines)"`` for a message."""
    shown = ", ".join(str(line) for line in lines[:limit])
    if len(lines) > limit:
        return f"{shown}, ... ({len(lines)} lines)"
    return shown
