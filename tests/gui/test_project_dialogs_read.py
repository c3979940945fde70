"""The Evaluate and Predict dialogs read a file with the project's import settings."""

import numpy as np

from bpstudio.data import PreprocessConfig
from bpstudio.gui import project_tools


def write_ragged(path):
    """A semicolon file with decimal commas and one line with a missing field."""
    rng = np.random.default_rng(3)
    lines = ["x1;x2;label"]
    for index in range(40):
        a, b = rng.normal(size=2)
        lines.append(f"{a:.3f};{b:.3f};{'A' if a > b else 'B'}".replace(".", ","))
        if index == 10:
            lines.append("1,5;B")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load(window, path):
    window.session.open_csv(str(path), skip_bad_lines=True)
    window.session.set_preprocess(PreprocessConfig(target="label"))
    prepared = window.session.prepared
    window.session.model.fit(prepared.x_train, prepared.y_train, epochs=2, batch_size=16)
    window.session.weightsChanged.emit()


def test_evaluate_dialog_saved_skip_bad_lines(window, tmp_path):
    data = write_ragged(tmp_path / "ragged.csv")
    load(window, data)
    dialog = project_tools.open_evaluation(window.project_controller)
    try:
        dialog.file_radio.setChecked(True)
        dialog.path_edit.setText(str(data))

        result = dialog.evaluate()

        assert result is not None, dialog.summary_label.text()
        assert result.n_samples == 40
    finally:
        dialog.close()


def test_predict_dialog_saved_skip_bad_lines(window, tmp_path):
    data = write_ragged(tmp_path / "ragged.csv")
    load(window, data)
    dialog = project_tools.open_prediction(window.project_controller)
    try:
        dialog.input_edit.setText(str(data))

        predictions = dialog.predict()

        assert predictions is not None, dialog.status_label.text()
        assert predictions.n_rows == 40
    finally:
        dialog.close()
