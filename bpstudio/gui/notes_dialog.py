"""File → Project Notes: free text saved with the project, e.g. a teacher's instructions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NotesDialog(QDialog):
    """Edit ``session.notes``; OK stores the text and marks the project as changed."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectNotesDialog")
        self.setWindowTitle(self.tr("Project Notes"))
        self.session = session

        hint = QLabel(
            self.tr("Notes are saved in the project file: instructions, results, questions.")
        )
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("projectNotesEdit")
        self.editor.setPlainText(session.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("projectNotesButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, stretch=1)
        layout.addWidget(buttons)
        # Not tied to the content's minimum size: Qt's offscreen platform warns on each change.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.resize(520, 380)

    def accept(self) -> None:
        text = self.editor.toPlainText()
        if text != self.session.notes:
            self.session.notes = text
            self.session.set_modified()
        super().accept()
