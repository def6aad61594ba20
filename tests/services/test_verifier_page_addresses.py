"""The verifier page opened from a certificate's QR code that carries the page's address (a
phone's camera), and given a whole address pasted or scanned into its box: both check the code
after the `#`, in a real headless browser."""

from __future__ import annotations

import re
from pathlib import Path

from tests.services.test_verifier_page_browser import RESULT, _dump, _result
from tests.services.test_verifier_page_browser import page_and_codes as page_and_codes  # fixture
from tests.services.verifier_codes import HOLDER, altered

from jpoa_desktop.services.handouts.certificate_codes import in_address

ADDRESS = "https://office.example.org/verify.html"

PASTE = """<script>
window.addEventListener("load", () => {{
  const box = document.getElementById("code");
  box.value = {text};
  document.getElementById("form").dispatchEvent(new Event("submit", {{cancelable: true}}));
}});
</script>
"""


def _pasted(page: Path, text: str, tmp_path: Path) -> tuple[str, str]:
    """(the result's state, its text) after `text` is put in the box and Enter pressed."""
    harness = page.read_text(encoding="utf-8").replace(
        "</body>", PASTE.format(text='"' + text + '"') + "</body>"
    )
    target = tmp_path / "pasted.html"
    target.write_text(harness, encoding="utf-8")
    dumped = _dump(target, tmp_path)
    [(attributes, body)] = RESULT.findall(dumped)
    state = re.search(r'data-state="([a-z]+)"', attributes)
    assert state is not None, attributes
    return state[1], body


def test_the_page_opened_from_a_printed_qr_code_checks_the_code_at_once(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [compact, _old] = page_and_codes
    printed = in_address(ADDRESS, compact)  # what the QR code carries
    state, text = _result(page, printed.split("#", 1)[1], tmp_path)
    assert state == "valid", text
    assert HOLDER in text


def test_a_whole_address_pasted_into_the_box_is_checked_as_its_code(
    page_and_codes: tuple[Path, list[str]], tmp_path: Path
) -> None:
    page, [compact, _old] = page_and_codes
    state, text = _pasted(page, in_address(ADDRESS, compact), tmp_path)
    assert state == "valid", text
    assert HOLDER in text
    state, text = _pasted(page, in_address(ADDRESS, altered(compact)), tmp_path)
    assert state == "invalid" and HOLDER not in text
