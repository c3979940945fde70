"""Project files, evaluation, prediction and export (NumPy and the standard library, no Qt).

``save_project``/``load_project`` read and write ``.bpproj`` files, ``save_trained`` is what
``bpstudio train --save`` calls, ``evaluate_project`` and ``predict_table`` apply a saved
network to new data, and :mod:`bpstudio.project.export` writes weights, history and code.
"""

from bpstudio.project import errors  # noqa: F401  (registers the "project.*" messages)
from bpstudio.project.document import SCHEMA_VERSION, Project
from bpstudio.project.evaluation import EvaluationResult, evaluate_project
from bpstudio.project.files import (
    PROJECT_SUFFIX,
    is_project_file,
    load_project,
    save_project,
    weight_names,
)
from bpstudio.project.prediction import predict_table, write_predictions
from bpstudio.project.trained import project_from_training, save_trained

__all__ = [
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "EvaluationResult",
    "Project",
    "evaluate_project",
    "is_project_file",
    "load_project",
    "predict_table",
    "project_from_training",
    "save_project",
    "save_trained",
    "weight_names",
    "write_predictions",
]
