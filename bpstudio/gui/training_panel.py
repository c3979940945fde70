"""The Training panel: loss, optimizer and its hyperparameters, run settings, run controls.

Widgets are bound to the session both ways: an edit calls ``session.set_training`` (or
``set_network`` for the loss and the initialisation), and the session's signals reload the
widgets with their own signals blocked. While a run is active the settings are locked.
The exceptions are the optimizer, its hyperparameters and the batch size, which may change
while paused: the controller applies them on Resume or Step and marks the loss curve.
"""

from __future__ import annotations

import copy
import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bpstudio.errors import BPStudioError
from bpstudio.gui.display_names import initializer_name
from bpstudio.gui.error_messages import error_message
from bpstudio.gui.run_progress import RunProgressDisplay
from bpstudio.gui.session import IDLE, PAUSED, RUNNING, Session
from bpstudio.gui.spin_boxes import LogSpinBox
from bpstudio.gui.training_controller import Progress, TrainingController

log = logging.getLogger(__name__)

OPTIMIZERS = ("gd", "sgd", "momentum", "nesterov", "adam", "rmsprop", "adagrad")
#: Settings the optimizer section edits; each is shown only for optimizers that use it.
HYPERPARAMETER_KEYS = (
    "learning_rate",
    "momentum",
    "beta_1",
    "beta_2",
    "epsilon",
    "rho",
    "batch_size",
)


class TrainingPanel(QWidget):
    """Training settings and the Train/Pause/Resume/Step/Stop/Reset weights controls."""

    def __init__(self, session: Session, controller: TrainingController, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.session = session
        self.controller = controller
        self._loading = False

        self._build_actions()
        self._build_widgets()
        self._build_layout()
        self.run_progress = RunProgressDisplay(self)

        self._connect_edits()
        session.trainingSettingsChanged.connect(self._load_from_session)
        session.networkChanged.connect(self._load_from_session)
        session.dataChanged.connect(self._on_data_changed)
        session.weightsChanged.connect(self._update_enabled)
        session.stateChanged.connect(self._on_state_changed)
        controller.progressChanged.connect(self._show_progress)
        controller.runStarted.connect(self._on_run_started)
        controller.runFinished.connect(self._on_run_finished)
        self._load_from_session()

    # ----------------------------------------------------------------- construction

    def _action(self, object_name: str, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(object_name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.train_action = self._action("trainAction", self.tr("&Train"), "F5", self._train)
        self.pause_action = self._action(
            "pauseAction", self.tr("&Pause"), "F6", self.controller.pause
        )
        self.resume_action = self._action(
            "resumeAction", self.tr("R&esume"), "F7", self.controller.resume
        )
        self.step_action = self._action(
            "stepAction", self.tr("&Step one epoch"), "F10", self.controller.step
        )
        self.stop_action = self._action(
            "stopAction", self.tr("St&op"), "Shift+F5", self.controller.stop
        )
        self.reset_action = self._action(
            "resetWeightsAction", self.tr("&Reset weights"), None, self._reset_weights
        )
        self.actions_in_order = (
            self.train_action,
            self.pause_action,
            self.resume_action,
            self.step_action,
            self.stop_action,
            self.reset_action,
        )
        for action in self.actions_in_order:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build_widgets(self) -> None:
        from bpstudio.engine import initializers, losses

        self.loss_combo = self._combo("trainingLossCombo", [("auto", self.tr("Automatic"))])
        for name in losses.NAMES:
            self.loss_combo.addItem(self._loss_title(name), name)
        self.optimizer_combo = self._combo(
            "optimizerCombo", [(name, self._optimizer_title(name)) for name in OPTIMIZERS]
        )
        self.spins = {
            "learning_rate": LogSpinBox(1e-6, 10.0, 1e-6),
            "momentum": self._double_spin(0.0, 0.999, 0.05, 3),
            "beta_1": self._double_spin(0.0, 0.9999, 0.01, 4),
            "beta_2": self._double_spin(0.0, 0.99999, 0.001, 5),
            "epsilon": LogSpinBox(1e-12, 1.0, 1e-12),
            "rho": self._double_spin(0.0, 0.9999, 0.01, 4),
            "batch_size": QSpinBox(),
            "epochs": QSpinBox(),
            "l2": LogSpinBox(0.0, 10.0, 1e-6),
            "patience": QSpinBox(),
            "seed": QSpinBox(),
        }
        self.spins["batch_size"].setRange(1, 1_000_000)
        self.spins["epochs"].setRange(1, 10_000_000)
        self.spins["patience"].setRange(1, 100_000)
        self.spins["seed"].setRange(0, 2**31 - 1)
        names = {
            "learning_rate": "learningRateSpin",
            "momentum": "momentumSpin",
            "beta_1": "beta1Spin",
            "beta_2": "beta2Spin",
            "epsilon": "epsilonSpin",
            "rho": "rhoSpin",
            "batch_size": "batchSizeSpin",
            "epochs": "epochsSpin",
            "l2": "l2Spin",
            "patience": "patienceSpin",
            "seed": "seedSpin",
        }
        for key, spin in self.spins.items():
            spin.setObjectName(names[key])
            spin.setKeyboardTracking(False)
        self.initializer_combo = self._combo(
            "initializerCombo", [(name, initializer_name(name)) for name in initializers.NAMES]
        )
        self.early_stopping_check = QCheckBox(self.tr("Stop when the loss stops improving"))
        self.early_stopping_check.setObjectName("earlyStoppingCheck")

        self.buttons = {}
        for action in self.actions_in_order:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[action.objectName()] = button
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("trainingProgressBar")
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("Not started"))
        self.progress_label = QLabel(" ")
        self.progress_label.setObjectName("trainingProgressLabel")
        self.status_label = QLabel()
        self.status_label.setObjectName("trainingStatusLabel")
        self.status_label.setWordWrap(True)

    def _combo(self, object_name: str, items) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        for data, text in items:
            combo.addItem(text, data)
        return combo

    @staticmethod
    def _double_spin(minimum: float, maximum: float, step: float, decimals: int):
        spin = QDoubleSpinBox()
        spin.setRange(minimum, maximum)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        return spin

    def _build_layout(self) -> None:
        optimizer_box = QGroupBox(self.tr("Optimizer"))
        optimizer_box.setObjectName("optimizerGroup")
        self.optimizer_form = QFormLayout(optimizer_box)
        self.optimizer_form.addRow(self.tr("Loss:"), self.loss_combo)
        self.optimizer_form.addRow(self.tr("Optimizer:"), self.optimizer_combo)
        labels = {
            "learning_rate": self.tr("Learning rate:"),
            "momentum": self.tr("Momentum:"),
            "beta_1": self.tr("β₁:"),
            "beta_2": self.tr("β₂:"),
            "epsilon": self.tr("ε:"),
            "rho": self.tr("ρ:"),
            "batch_size": self.tr("Batch size:"),
        }
        for key in HYPERPARAMETER_KEYS:
            self.optimizer_form.addRow(labels[key], self.spins[key])

        run_box = QGroupBox(self.tr("Run"))
        run_box.setObjectName("runGroup")
        run_form = QFormLayout(run_box)
        run_form.addRow(self.tr("Epochs:"), self.spins["epochs"])
        run_form.addRow(self.tr("L2 penalty:"), self.spins["l2"])
        run_form.addRow(self.tr("Initialisation:"), self.initializer_combo)
        run_form.addRow(self.early_stopping_check)
        run_form.addRow(self.tr("Patience (epochs):"), self.spins["patience"])
        run_form.addRow(self.tr("Seed:"), self.spins["seed"])
        self.run_box = run_box
        self.optimizer_box = optimizer_box

        buttons = QGridLayout()
        for index, action in enumerate(self.actions_in_order):
            buttons.addWidget(self.buttons[action.objectName()], index // 3, index % 3)

        layout = QVBoxLayout(self)
        layout.addWidget(optimizer_box)
        layout.addWidget(run_box)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def _connect_edits(self) -> None:
        self.optimizer_combo.currentIndexChanged.connect(self._on_training_edited)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._on_training_edited)
        self.early_stopping_check.toggled.connect(self._on_training_edited)
        self.loss_combo.currentIndexChanged.connect(self._on_network_edited)
        self.initializer_combo.currentIndexChanged.connect(self._on_network_edited)

    # ----------------------------------------------------------------- session -> widgets

    @Slot()
    def _load_from_session(self) -> None:
        self._loading = True
        try:
            settings = self.session.training
            _select(self.optimizer_combo, settings.get("optimizer", "adam"))
            for key, spin in self.spins.items():
                if key in settings:
                    spin.setValue(settings[key])
            self.early_stopping_check.setChecked(bool(settings.get("early_stopping")))
            network = self.session.network
            _select(self.loss_combo, network.get("loss", "auto"))
            _select(self.initializer_combo, network.get("kernel_initializer", "glorot_uniform"))
            self._update_auto_loss_text()
        finally:
            self._loading = False
        self._update_visible_hyperparameters()
        self._update_enabled()

    def _update_auto_loss_text(self) -> None:
        auto_text = self.tr("Automatic")
        if self.session.prepared is not None:
            auto_text = self.tr("Automatic ({loss})").format(
                loss=self._loss_title(self.session.resolved_loss())
            )
        self.loss_combo.setItemText(0, auto_text)

    def _update_visible_hyperparameters(self) -> None:
        from bpstudio.engine import optimizers

        used = optimizers.HYPERPARAMETERS[self.optimizer_combo.currentData()]
        for key in HYPERPARAMETER_KEYS:
            self.optimizer_form.setRowVisible(self.spins[key], key in used)

    @Slot()
    def _update_enabled(self, *_args) -> None:
        state = self.session.state
        idle = state == IDLE
        can_train = self.controller.can_train()
        self.train_action.setEnabled(idle and can_train)
        self.pause_action.setEnabled(state == RUNNING)
        self.resume_action.setEnabled(state == PAUSED)
        self.step_action.setEnabled(state == PAUSED or (idle and can_train))
        self.stop_action.setEnabled(not idle)
        self.reset_action.setEnabled(idle and self.session.model is not None)
        self.optimizer_box.setEnabled(state != RUNNING)
        self.loss_combo.setEnabled(idle)
        self.run_box.setEnabled(idle)

    @Slot(str)
    def _on_state_changed(self, state: str) -> None:
        self._update_enabled()
        if state == PAUSED:
            self.status_label.setText(
                self.tr("Paused. Optimizer changes apply when you resume or step.")
            )
        elif state == RUNNING:
            self.status_label.setText(self.tr("Training…"))

    @Slot()
    def _on_data_changed(self) -> None:
        self._load_from_session()
        if self.session.prepared is None and self.session.prepare_error is not None:
            self.status_label.setText(self.tr("Training is not possible with this data."))
        else:
            self.status_label.setText("")

    # ----------------------------------------------------------------- widgets -> session

    def _settings_from_widgets(self) -> dict:
        settings = dict(self.session.training)
        settings["optimizer"] = self.optimizer_combo.currentData()
        for key, spin in self.spins.items():
            value = spin.value()
            settings[key] = int(value) if isinstance(spin, QSpinBox) else float(value)
        settings["early_stopping"] = self.early_stopping_check.isChecked()
        return settings

    @Slot()
    def _on_training_edited(self, *_args) -> None:
        self._update_visible_hyperparameters()
        if self._loading:
            return
        self.session.set_training(self._settings_from_widgets())

    @Slot()
    def _on_network_edited(self, *_args) -> None:
        if self._loading or self.session.is_training:
            return
        spec = copy.deepcopy(self.session.network)
        spec["loss"] = self.loss_combo.currentData()
        spec["kernel_initializer"] = self.initializer_combo.currentData()
        prepared = self.session.prepared
        if prepared is not None:
            from bpstudio.engine import network_spec

            try:
                network_spec.resolve_output(spec, prepared.task, prepared.n_outputs)
            except BPStudioError as error:
                self._load_from_session()
                self.status_label.setText(error_message(error))
                return
        self.session.set_network(spec)

    # ----------------------------------------------------------------- run controls

    @Slot()
    def _train(self) -> None:
        self.controller.start()

    @Slot()
    def _reset_weights(self) -> None:
        self.session.reset_weights()

    @Slot()
    def _on_run_started(self) -> None:
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)

    @Slot(str)
    def _on_run_finished(self, reason: str) -> None:
        texts = {
            "completed": self.tr("Finished after epoch {epoch}."),
            "stopped": self.tr("Stopped after epoch {epoch}."),
            "early_stopped": self.tr("Early stopping after epoch {epoch}."),
            "failed": self.tr("Training failed after epoch {epoch}; the weights were kept."),
        }
        text = texts.get(reason, texts["completed"])
        self._update_enabled()
        self.status_label.setText(text.format(epoch=self.session.epochs_trained))

    @Slot(object)
    def _show_progress(self, progress: Progress) -> None:
        self.run_progress.show(progress)

    def _optimizer_title(self, name: str) -> str:
        titles = {
            "gd": self.tr("Gradient descent (full batch)"),
            "sgd": self.tr("SGD (mini-batch)"),
            "momentum": self.tr("SGD with momentum"),
            "nesterov": self.tr("Nesterov momentum"),
            "adam": self.tr("Adam"),
            "rmsprop": self.tr("RMSprop"),
            "adagrad": self.tr("Adagrad"),
        }
        return titles.get(name, name)

    def _loss_title(self, name: str) -> str:
        titles = {
            "mse": self.tr("Mean squared error"),
            "mae": self.tr("Mean absolute error"),
            "binary_crossentropy": self.tr("Binary cross-entropy"),
            "categorical_crossentropy": self.tr("Categorical cross-entropy"),
            "bp_error": self.tr("BP error ½·Σ(d−o)²"),
        }
        return titles.get(name, name)


def _select(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
