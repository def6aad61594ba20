"""The Library screen: navigation, reading pane, glossary."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from jpoa_desktop.ui.library.navigation import TARGET_ROLE, NavTarget
from jpoa_desktop.ui.main_window import MainWindow


def _section(window: MainWindow, pack: str) -> QTreeWidgetItem:
    tree = window.library.tree
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, NavTarget) and target.pack == pack:
            return item
    raise AssertionError(f"no section {pack}")


def test_tree_lists_the_sections_in_reading_order(window: MainWindow) -> None:
    tree = window.library.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    titles = [item.text(0) for item in items if item is not None]
    assert titles[0] == "The Joint Plan of Action"
    assert len(titles) == 6
    assert titles[-1] == "Glossary"


def test_pillars_section_lists_the_four_pillars(window: MainWindow) -> None:
    pillars = _section(window, "pillars")
    assert pillars.childCount() == 4
    first, last = pillars.child(0), pillars.child(3)
    assert first is not None and first.text(0).startswith("I. ")
    assert last is not None and last.text(0).startswith("IV. ")


def test_clicking_an_area_shows_its_text_and_the_framework_label(window: MainWindow) -> None:
    framework = _section(window, "framework")
    first_pillar = framework.child(0)
    assert first_pillar is not None and first_pillar.childCount() == 7
    area = first_pillar.child(1)
    assert area is not None
    window.library.tree.setCurrentItem(area)
    page = window.library.reader.toPlainText()
    assert "I.2 Youth" in page
    assert "protection against recruitment" in page
    assert "not official text of the Joint Plan of Action" in page


def test_pillar_page_links_to_its_areas(window: MainWindow) -> None:
    pillar = _section(window, "pillars").child(0)
    assert pillar is not None
    window.library.tree.setCurrentItem(pillar)
    html = window.library.reader.page_html
    assert "Thematic areas of the working framework" in html
    assert html.count('href="item:') == 7
    first_link = html.split('href="')[1].split('"')[0]
    window.library.reader.anchorClicked.emit(QUrl(first_link))
    assert "I.1 Prevention of violent extremism" in window.library.reader.toPlainText()


def test_content_from_the_database_is_escaped_in_the_page(window: MainWindow) -> None:
    from jpoa_desktop.ui.library.render import body_html

    assert body_html("a <b>bold</b> & claim") == "<p>a &lt;b&gt;bold&lt;/b&gt; &amp; claim</p>"


def test_glossary_opens_as_a_table_and_the_filter_reduces_its_rows(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.library.tree.setCurrentItem(_section(window, "glossary"))
    glossary = window.library.glossary
    assert window.library.right.currentWidget() is glossary
    everything = glossary.visible_rows()
    assert everything == 108  # with "violent extremism as and when conducive to terrorism"
    qtbot.keyClicks(glossary.filter_box, "financing")
    assert 0 < glossary.visible_rows() < everything
    assert all(
        "financ" in " ".join(glossary.proxy.index(row, col).data().casefold() for col in range(3))
        for row in range(glossary.visible_rows())
    )


def test_an_item_that_no_longer_exists_shows_a_note_instead_of_failing(
    window: MainWindow,
) -> None:
    window.library.open_target(NavTarget("item", "", 999_999))
    assert "no longer in the library" in window.library.reader.toPlainText()
