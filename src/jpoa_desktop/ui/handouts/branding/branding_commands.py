"""Undoable changes to a workshop's branding: each is written at once through the service and
pushed on the branding dialog's undo stack.

A removed image comes back with its uuid and place (`restore_image`); an added one is removed
on undo and restored on redo, so redo never reads the file again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.services.handouts.branding import BrandingService, RemovedImage


class _ImageCommand(QUndoCommand):
    """Removing an image and putting it back, as adding and removing both undo."""

    def __init__(
        self, service: BrandingService, image_id: int, text: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self._service = service
        self.image_id = image_id
        self._removed: RemovedImage | None = None
        self._changed = changed

    def _remove(self) -> None:
        self._removed = self._service.remove_image(self.image_id)
        self._changed()

    def _restore(self) -> None:
        if self._removed is not None:
            self.image_id = self._service.restore_image(self._removed)
        self._changed()


class AddImage(_ImageCommand):
    """Pushed after the image was added (the file was read and checked then)."""

    def __init__(
        self, service: BrandingService, image_id: int, text: str, changed: Callable[[], None]
    ) -> None:
        super().__init__(service, image_id, text, changed)
        self._first = True

    def redo(self) -> None:
        if self._first:  # already in the database
            self._first = False
            return
        self._restore()

    def undo(self) -> None:
        self._remove()


class RemoveImage(_ImageCommand):
    def redo(self) -> None:
        self._remove()

    def undo(self) -> None:
        self._restore()


class MoveImage(QUndoCommand):
    def __init__(
        self,
        service: BrandingService,
        image_id: int,
        moves: tuple[int, int],
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._image_id = image_id
        self._from, self._to = moves
        self._changed = changed

    def redo(self) -> None:
        self._service.move_image(self._image_id, self._to)
        self._changed()

    def undo(self) -> None:
        self._service.move_image(self._image_id, self._from)
        self._changed()


class ChangeSigner(QUndoCommand):
    def __init__(
        self,
        service: BrandingService,
        image_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._image_id = image_id
        self._before, self._after = before, after
        self._changed = changed

    def redo(self) -> None:
        self._service.update_signer(self._image_id, *self._after)
        self._changed()

    def undo(self) -> None:
        self._service.update_signer(self._image_id, *self._before)
        self._changed()


Style = tuple[str | None, float | None]  # accent, margins; None is the app's default


class ChangeStyle(QUndoCommand):
    def __init__(
        self,
        service: BrandingService,
        workshop_id: int,
        before: Style,
        after: Style,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._workshop_id = workshop_id
        self._before, self._after = before, after
        self._changed = changed

    def redo(self) -> None:
        self._service.update_style(self._workshop_id, accent=self._after[0],
                                   margin_mm=self._after[1])  # fmt: skip
        self._changed()

    def undo(self) -> None:
        self._service.update_style(self._workshop_id, accent=self._before[0],
                                   margin_mm=self._before[1])  # fmt: skip
        self._changed()
