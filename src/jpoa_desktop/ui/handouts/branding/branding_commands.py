"""Undoable changes to a workshop's branding: each is written at once through the service and
pushed on the branding dialog's undo stack.

A removed image comes back with its uuid and place (`restore_image`); an added one is removed
on undo and restored on redo, so redo never reads the file again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from jpoa_desktop.services.handouts.branding import BrandingService, RemovedImage

T = TypeVar("T")


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


class _Change(QUndoCommand, Generic[T]):
    """A value changed from `before` to `after`: redo writes one, undo the other."""

    def __init__(self, before: T, after: T, text: str, changed: Callable[[], None]) -> None:
        super().__init__(text)
        self._before, self._after = before, after
        self._changed = changed

    def _write(self, value: T) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._write(self._after)
        self._changed()

    def undo(self) -> None:
        self._write(self._before)
        self._changed()


class MoveImage(_Change[int]):
    def __init__(
        self,
        service: BrandingService,
        image_id: int,
        moves: tuple[int, int],
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(*moves, text, changed)
        self._service = service
        self._image_id = image_id

    def _write(self, value: int) -> None:
        self._service.move_image(self._image_id, value)


class ChangeSigner(_Change[tuple[str, str]]):
    def __init__(
        self,
        service: BrandingService,
        image_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(before, after, text, changed)
        self._service = service
        self._image_id = image_id

    def _write(self, value: tuple[str, str]) -> None:
        self._service.update_signer(self._image_id, *value)


Style = tuple[str | None, float | None]  # accent, margins; None is the app's default


class ChangeStyle(_Change[Style]):
    def __init__(
        self,
        service: BrandingService,
        workshop_id: int,
        before: Style,
        after: Style,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(before, after, text, changed)
        self._service = service
        self._workshop_id = workshop_id

    def _write(self, value: Style) -> None:
        self._service.update_style(self._workshop_id, accent=value[0], margin_mm=value[1])
