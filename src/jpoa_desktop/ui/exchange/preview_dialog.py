"""What importing a package would do, before anything is written, and the user's choices.

Shown after the preview ran on a worker: who made the package and when, what it is about, what
would be added, updated and left as it is (in words: "12 people, 3 workshops"), then the
conflicts and the look-alike people, each with a tick per row and a button for all. Import
(the default button) hands back `choices()`; Cancel writes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jpoa_desktop.model.exchange import ImportPreview, MergeChoices, Side
from jpoa_desktop.model.packages import Json
from jpoa_desktop.texts.formatting import short_date_time
from jpoa_desktop.ui.exchange.choice_lists import ConflictList, MatchList
from jpoa_desktop.ui.exchange.table_words import counted
from jpoa_desktop.ui.retranslating import Retranslating


def held_titles(holds: Json, language: str) -> list[str]:
    """The titles in a package's `holds` ({"workshops": [{"titles": {"ru": …}}, …]}, a draft's,
    or a plain "title"), in `language` where there is one: a preview names what it can and
    skips the rest, whatever the exact shape."""
    if isinstance(holds, dict):
        titles = holds.get("titles")
        if isinstance(titles, dict):
            texts = [t for t in (titles.get(language), titles.get("en"), *titles.values()) if t]
            return [texts[0]] if texts and isinstance(texts[0], str) else []
        title = holds.get("title")
        if isinstance(title, str):
            return [title]
        return [t for value in holds.values() for t in held_titles(value, language)]
    if isinstance(holds, list):
        return [t for value in holds for t in held_titles(value, language)]
    return []


class ImportPreviewDialog(Retranslating, QDialog):
    def __init__(self, preview: ImportPreview, language: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("packagePreviewDialog")
        self.preview, self._language = preview, language
        self.summary = QLabel(self)
        self.summary.setObjectName("packagePreviewSummary")
        self.summary.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("packagePreviewCounts")
        self.counts.setWordWrap(True)
        self.conflicts = ConflictList(preview.conflicts, language, self)
        self.keep_all = QPushButton(self)
        self.keep_all.setObjectName("keepMineForAll")
        self.take_all = QPushButton(self)
        self.take_all.setObjectName("takeTheirsForAll")
        self.matches = MatchList(preview.person_matches, self)
        self.conflict_box = QGroupBox(self)
        self.match_box = QGroupBox(self)
        self._conflict_intro, self._match_intro = QLabel(self), QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build_layout()
        self.keep_all.clicked.connect(lambda: self.conflicts.tick_all(False))
        self.take_all.clicked.connect(lambda: self.conflicts.tick_all(True))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.retranslate()

    def _build_layout(self) -> None:
        all_row = QHBoxLayout()
        all_row.addWidget(self.keep_all)
        all_row.addWidget(self.take_all)
        all_row.addStretch(1)
        inside = QVBoxLayout(self.conflict_box)
        inside.addWidget(self._conflict_intro)
        inside.addLayout(all_row)
        inside.addWidget(self.conflicts)
        inside = QVBoxLayout(self.match_box)
        inside.addWidget(self._match_intro)
        inside.addWidget(self.matches)
        for intro in (self._conflict_intro, self._match_intro):
            intro.setWordWrap(True)
        self.conflict_box.setVisible(bool(self.preview.conflicts))
        self.match_box.setVisible(bool(self.preview.person_matches))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.conflict_box, 1)
        layout.addWidget(self.match_box, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)

    def choices(self) -> MergeChoices:
        """The conflicts' sides (all the package's when every one is ticked) and the merges."""
        sides = self.conflicts.sides()
        every: Side = "theirs" if sides and set(sides.values()) == {"theirs"} else "mine"
        return MergeChoices(
            conflicts=sides,
            all_conflicts=every,
            merge_people=frozenset(self.matches.ticked_keys()),
        )

    def retranslate(self) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Import a package"))
        made = short_date_time(preview.created_at.astimezone(), self._language)
        maker = preview.created_by or self.tr("another laptop")
        lines = [self.tr("Made on {laptop}, {when}.").format(laptop=maker, when=made)]
        titles = held_titles(preview.holds, self._language)
        if titles:
            shown = ", ".join(f"«{t}»" for t in titles[:5])
            more = len(titles) - 5
            holds = (self.tr("It holds {titles} and %n more.", "", more) if more > 0
                     else self.tr("It holds {titles}."))  # fmt: skip
            lines.append(holds.format(titles=shown))
        self.summary.setText("\n".join(lines))
        nothing = self.tr("nothing")
        self.counts.setText("\n".join((
            self.tr("To add: {what}").format(what=counted(preview.added) or nothing),
            self.tr("To update: {what}").format(what=counted(preview.updated) or nothing),
            self.tr("Already here as they are: %n record(s)", "", preview.unchanged),
        )))  # fmt: skip
        self.conflict_box.setTitle(
            self.tr("Changed on both laptops: %n record(s)", "", len(preview.conflicts))
        )
        self._conflict_intro.setText(self.tr(
            "These records were changed here and on the other laptop since they last exchanged "
            "them. A ticked record takes the package's version; the others keep this laptop's."
        ))  # fmt: skip
        self.keep_all.setText(self.tr("&Keep mine for all"))
        self.take_all.setText(self.tr("&Take theirs for all"))
        self.match_box.setTitle(
            self.tr("The same person? %n look-alike(s)", "", len(preview.person_matches))
        )
        self._match_intro.setText(self.tr(
            "These people in the package look like people already here under another record. "
            "Tick those who are the same person to merge them; the others are added as new "
            "people."
        ))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
