"""Error kinds of project files, evaluation, prediction and export ("project.*")."""

from __future__ import annotations

from bpstudio.errors import ProjectError, register_messages

__all__ = ["ProjectError"]

register_messages(
    {
        "project.not_found": "project file {path} was not found; check the path",
        "project.not_a_project": (
            "{path} is not a BP Studio project file ({reason}); open a file saved by BP Studio"
        ),
        "project.damaged": (
            "{path} is damaged ({reason}); open an earlier copy or the autosaved project"
        ),
        "project.missing_member": (
            "{path} has no '{member}' entry, so it is damaged or was not saved by BP Studio"
        ),
        "project.unsafe_member": (
            "{path} contains the entry '{member}', which is not part of a project file; "
            "the file was not opened"
        ),
        "project.too_large": (
            "{path}: '{member}' declares {size} bytes, more than the limit of {limit} bytes; "
            "the file was not opened"
        ),
        "project.newer_version": (
            "{path} was saved with project schema version {version}, but this BP Studio reads "
            "versions up to {supported}; update BP Studio to open it"
        ),
        "project.bad_version": (
            "{path} has an invalid schema version {value!r}; expected a positive integer"
        ),
        "project.invalid_document": "{path}: field '{field}' is invalid: {reason}",
        "project.unsafe_array": (
            "{path}: weight array '{name}' has dtype {dtype}; only float32 and float64 arrays "
            "are accepted, so the file was not opened"
        ),
        "project.weights_mismatch": "{path}: the weights do not match the network: {reason}",
        "project.non_finite_weights": (
            "the weights of layer {layer} contain NaN or infinity, so the project was not "
            "saved; reset the weights or lower the learning rate and train again"
        ),
        "project.save_failed": (
            "could not save {path}: {reason}; the previous file, if any, was left unchanged"
        ),
        "project.no_weights": (
            "the project has no trained weights; train the network and save it first"
        ),
        "project.no_data": (
            "the project does not record where its data came from; pass a CSV file to use"
        ),
        "project.data_not_found": (
            "the project's data file {path} was not found; put it beside the project file "
            "or choose the CSV file to use"
        ),
        "project.no_test_split": (
            "the project has no test split (test_split is 0); pass a CSV file to evaluate on"
        ),
        "project.no_rows": (
            "no row of {path} could be used ({reason}); check that the file has the columns "
            "the network was trained on"
        ),
        "project.target_missing": (
            "the target column '{column}' is not in {path}; evaluation needs it"
        ),
        "project.export_format": "unknown export format {value!r}; choose one of {choices}",
        "project.export_unsupported": "cannot export to {format}: {reason}",
        "project.write_failed": "could not write {path}: {reason}",
    }
)
