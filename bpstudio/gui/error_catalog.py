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
    "csv.bad_delimiter": QT_TRANSLATE_NOOP(
        "Errors",
        "invalid delimiter {value!r}: use one character such as ',' ';' or a tab, or 'whitespace' for runs of spaces and tabs.",
        "csv.bad_delimiter",
    ),
    "csv.binary_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a text file ({reason}). Save it as CSV (comma separated values) and open that file.",
        "csv.binary_file",
    ),
    "csv.cancelled": QT_TRANSLATE_NOOP(
        "Errors",
        "loading {path} was cancelled.",
        "csv.cancelled",
    ),
    "csv.decode_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} cannot be decoded as {encoding}: byte {value} on line {line} is invalid. Choose another encoding, such as utf-8 or gb18030.",
        "csv.decode_failed",
    ),
    "csv.dropped_empty_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: dropped {count} empty columns at the end of each line.",
        "csv.dropped_empty_columns",
    ),
    "csv.empty_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is empty (0 bytes). Choose a CSV file that contains data.",
        "csv.empty_file",
    ),
    "csv.encoding_fallback": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not valid UTF-8, so it was decoded as {encoding}. If the text looks wrong, choose the encoding yourself.",
        "csv.encoding_fallback",
    ),
    "csv.file_not_found": QT_TRANSLATE_NOOP(
        "Errors",
        "file not found: {path}. Check the path and the file name.",
        "csv.file_not_found",
    ),
    "csv.lost_bom": QT_TRANSLATE_NOOP(
        "Errors",
        "the first header cell {value!r} of {path} starts with '?', the remains of a byte order mark lost in conversion; the column is named {column!r}.",
        "csv.lost_bom",
    ),
    "csv.no_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} contains only blank lines or empty cells. Choose a CSV file that contains data.",
        "csv.no_columns",
    ),
    "csv.no_data_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} has a header ({columns}) but no data rows. Add at least one row of values below the header.",
        "csv.no_data_rows",
    ),
    "csv.not_a_file": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a folder, not a file. Choose a CSV file inside it.",
        "csv.not_a_file",
    ),
    "csv.ragged_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: expected {expected} fields on every line, as in the {reference}, but {summary}. Fix those lines, or skip them (the option to skip bad lines; --skip-bad-lines on the command line).",
        "csv.ragged_rows",
    ),
    "csv.renamed_columns": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: renamed columns to make the names unique or non-empty: {summary}.",
        "csv.renamed_columns",
    ),
    "csv.skipped_lines": QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: skipped {count} lines whose field count differs from {expected}: {summary}.",
        "csv.skipped_lines",
    ),
    "csv.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is too large to load: it is {size_mb} MB and loading it needs about {needed_mb} MB of memory, but only {available_mb} MB are available. Use a smaller file or close other programs.",
        "csv.too_large",
    ),
    "csv.unclosed_quote": QT_TRANSLATE_NOOP(
        "Errors",
        '{path}: a quote opened on line {line} is never closed. Add the closing quote character (").',
        "csv.unclosed_quote",
    ),
    "csv.unknown_encoding": QT_TRANSLATE_NOOP(
        "Errors",
        "unknown encoding {value!r} for {path}. Use a Python codec name such as utf-8, gb18030, gbk, utf-16 or cp1252.",
        "csv.unknown_encoding",
    ),
    "csv.unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "cannot read {path}: {reason}. Check that the file is not locked or protected.",
        "csv.unreadable",
    ),
    "data.class_missing_in_training": QT_TRANSLATE_NOOP(
        "Errors",
        "class {value!r} has no rows in the training split; the model cannot learn it. Add rows of that class or lower the validation and test splits.",
        "data.class_missing_in_training",
    ),
    "data.constant_feature": QT_TRANSLATE_NOOP(
        "Errors",
        "feature {column!r} has the same value ({value}) in every training row, so it carries no information{effect}.",
        "data.constant_feature",
    ),
    "data.constant_features": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} features have the same value in every training row, so they carry no information{effect}: {columns}.",
        "data.constant_features",
    ),
    "data.dataset_length_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "the features have {x_rows} rows but the labels have {y_rows}; give one label per row.",
        "data.dataset_length_mismatch",
    ),
    "data.duplicate_feature": QT_TRANSLATE_NOOP(
        "Errors",
        "feature column {column!r} is listed more than once.",
        "data.duplicate_feature",
    ),
    "data.id_column_feature": QT_TRANSLATE_NOOP(
        "Errors",
        "feature {column!r} looks like an ID (a different value on every row); it rarely helps a network and may hurt it.",
        "data.id_column_feature",
    ),
    "data.invalid_batch_size": QT_TRANSLATE_NOOP(
        "Errors",
        "batch_size must be a positive integer or None, got {value!r}.",
        "data.invalid_batch_size",
    ),
    "data.invalid_option": QT_TRANSLATE_NOOP(
        "Errors",
        "invalid {option} {value!r}; valid values: {valid}.",
        "data.invalid_option",
    ),
    "data.invalid_sample_option": QT_TRANSLATE_NOOP(
        "Errors",
        "invalid {option} {value!r} for sample {sample!r}: {reason}.",
        "data.invalid_sample_option",
    ),
    "data.invalid_split": QT_TRANSLATE_NOOP(
        "Errors",
        "invalid split: {reason}. The validation and test fractions must each be in [0, 1) and add up to less than 1.",
        "data.invalid_split",
    ),
    "data.many_categories_skipped": QT_TRANSLATE_NOOP(
        "Errors",
        "left out the text columns {columns}: nearly every row has its own value, so one-hot encoding them would only memorise rows. List them with the features to use them anyway.",
        "data.many_categories_skipped",
    ),
    "data.missing_filled": QT_TRANSLATE_NOOP(
        "Errors",
        "filled {count} missing values of {column!r} with the training {strategy} {value}.",
        "data.missing_filled",
    ),
    "data.missing_rows_dropped": QT_TRANSLATE_NOOP(
        "Errors",
        "dropped {count} rows with missing feature values (lines {lines}).",
        "data.missing_rows_dropped",
    ),
    "data.missing_values": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} has missing values on lines {lines}, and the pipeline drops such rows instead of filling them. Fill those cells or choose another missing-value strategy.",
        "data.missing_values",
    ),
    "data.mixed_column": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} is mostly numeric but has the non-numeric value {value!r} on line {line}{more}; it is treated as categorical. Correct the value, or mark it missing (empty or ?).",
        "data.mixed_column",
    ),
    "data.most_rows_dropped": QT_TRANSLATE_NOOP(
        "Errors",
        "dropping the rows with missing values removes {count} of {rows} rows, most of the data; the columns missing most often are {columns}. Fill the missing values (mean, median or most frequent) or leave those columns out of the features.",
        "data.most_rows_dropped",
    ),
    "data.no_features": QT_TRANSLATE_NOOP(
        "Errors",
        "no feature columns are left: {reason}. Choose at least one feature column.",
        "data.no_features",
    ),
    "data.no_rows_left": QT_TRANSLATE_NOOP(
        "Errors",
        "no rows are left after removing rows with missing values ({reason}). Fill the missing values instead of dropping the rows.",
        "data.no_rows_left",
    ),
    "data.not_numeric": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} must be numeric, but it has the value {value!r} on line {line}.",
        "data.not_numeric",
    ),
    "data.regression_target_not_numeric": QT_TRANSLATE_NOOP(
        "Errors",
        "the target column {column!r} is categorical (for example {value!r} on line {line}), so it cannot be a regression target. Choose classification or another column.",
        "data.regression_target_not_numeric",
    ),
    "data.single_class": QT_TRANSLATE_NOOP(
        "Errors",
        "the label column {column!r} has only one class ({value!r}) in {rows} rows. A classifier needs at least two classes: choose another target column (--target on the command line, the Role column in the window).",
        "data.single_class",
    ),
    "data.sparse_column_skipped": QT_TRANSLATE_NOOP(
        "Errors",
        "left out the text column {column!r}: {count} of its {rows} cells are missing and the rest have {distinct} different values. List it with the features to use it anyway, with a missing-value strategy that fills it.",
        "data.sparse_column_skipped",
    ),
    "data.target_is_feature": QT_TRANSLATE_NOOP(
        "Errors",
        "the target column {column!r} is also listed as a feature. Remove it from the features.",
        "data.target_is_feature",
    ),
    "data.target_missing_dropped": QT_TRANSLATE_NOOP(
        "Errors",
        "dropped {count} rows whose target {column!r} is missing (lines {lines}); the target is never filled in.",
        "data.target_missing_dropped",
    ),
    "data.too_few_rows": QT_TRANSLATE_NOOP(
        "Errors",
        "too few rows for a {percent}% {split} split: {rows} rows give {count} {split} rows. Add more rows, or set the {split} split to 0.",
        "data.too_few_rows",
    ),
    "data.too_many_classes": QT_TRANSLATE_NOOP(
        "Errors",
        "the target column {column!r} has {count} distinct values in {rows} rows, too many to be classes. Choose regression or another column.",
        "data.too_many_classes",
    ),
    "data.unknown_categories": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} has categories the model has not seen in training: {values} (lines {lines}); they are encoded as all zeros.",
        "data.unknown_categories",
    ),
    "data.unknown_class": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} has the label {value!r} on line {line}, which is not one of the classes the model was trained on: {classes}.",
        "data.unknown_class",
    ),
    "data.unknown_column": QT_TRANSLATE_NOOP(
        "Errors",
        "column {column!r} is not in the table. Available columns: {available}.",
        "data.unknown_column",
    ),
    "data.unknown_sample": QT_TRANSLATE_NOOP(
        "Errors",
        "unknown sample {value!r}. Built-in samples: {available}.",
        "data.unknown_sample",
    ),
    "model.bad_combination": QT_TRANSLATE_NOOP(
        "Errors",
        "output activation {activation!r} with loss {loss!r} over {units} output units cannot train: {reason}",
        "model.bad_combination",
    ),
    "model.empty": QT_TRANSLATE_NOOP(
        "Errors",
        "the model has no layers; add at least one Dense layer.",
        "model.empty",
    ),
    "model.input_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "layer {layer} expects {expected} input features, but the data has {value} columns. Select {expected} feature columns or change the input layer.",
        "model.input_mismatch",
    ),
    "model.invalid_argument": QT_TRANSLATE_NOOP(
        "Errors",
        "{argument} must be {expected}, got {value!r}.",
        "model.invalid_argument",
    ),
    "model.invalid_hidden": QT_TRANSLATE_NOOP(
        "Errors",
        "hidden layer {position} in {value!r} is invalid: {reason} Write layers as UNITS:ACTIVATION separated by commas, e.g. 16:relu,8:tanh.",
        "model.invalid_hidden",
    ),
    "model.invalid_targets": QT_TRANSLATE_NOOP(
        "Errors",
        "{loss} needs targets {expected}, but {detail}.",
        "model.invalid_targets",
    ),
    "model.invalid_units": QT_TRANSLATE_NOOP(
        "Errors",
        "layer {layer}: `units` must be a positive integer, got {value!r}.",
        "model.invalid_units",
    ),
    "model.not_built": QT_TRANSLATE_NOOP(
        "Errors",
        "the model has no input width yet; give the first layer `input_shape` or call build(n_inputs) first.",
        "model.not_built",
    ),
    "model.not_compiled": QT_TRANSLATE_NOOP(
        "Errors",
        "the model is not compiled; call compile(optimizer=..., loss=...) first.",
        "model.not_compiled",
    ),
    "model.softmax_one_unit": QT_TRANSLATE_NOOP(
        "Errors",
        "layer {layer}: softmax over 1 unit always outputs 1, so the layer cannot learn; use sigmoid for a single unit or give the layer at least 2 units.",
        "model.softmax_one_unit",
    ),
    "model.target_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "the output layer {layer} has {expected} units, but the targets have shape {value}. Give targets with {expected} columns (one-hot encode class labels for softmax outputs).",
        "model.target_mismatch",
    ),
    "model.unknown_name": QT_TRANSLATE_NOOP(
        "Errors",
        "unknown {what} {value!r}; valid names are: {valid}.",
        "model.unknown_name",
    ),
    "model.weights_count": QT_TRANSLATE_NOOP(
        "Errors",
        "the model has {expected} weight arrays, but {value} were given.",
        "model.weights_count",
    ),
    "model.weights_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "weight array {index} ({name}) must have shape {expected}, got {value}.",
        "model.weights_mismatch",
    ),
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
        "the project's data file {path} was not found; put it beside the project file or choose the CSV file to use",
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
    "training.diverged": QT_TRANSLATE_NOOP(
        "Errors",
        "training stopped in epoch {epoch}: the {quantity} became NaN or infinite with learning rate {learning_rate:g}. Lower the learning rate or scale the inputs (standardize or min-max) and train again; the weights of the last finite epoch were kept.",
        "training.diverged",
    ),
    "training.empty_data": QT_TRANSLATE_NOOP(
        "Errors",
        "there are no {which} samples to train on; load data with at least one row.",
        "training.empty_data",
    ),
    "training.invalid_split": QT_TRANSLATE_NOOP(
        "Errors",
        "validation_split must be in [0, 1) and leave at least one training and one validation sample; got {value} for {samples} samples.",
        "training.invalid_split",
    ),
    "training.length_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "the inputs have {x_rows} rows but the targets have {y_rows}; give one target row per input row.",
        "training.length_mismatch",
    ),
    "training.non_finite_data": QT_TRANSLATE_NOOP(
        "Errors",
        "the {which} contain NaN or infinite values (first at row {row}); fill or drop the missing values before training.",
        "training.non_finite_data",
    ),
}
