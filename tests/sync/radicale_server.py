"""A real CardDAV server for the sync tests and the bench: Radicale from PyPI, run as a
subprocess on 127.0.0.1 with a temporary storage folder and plain htpasswd users."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from pathlib import Path

USER = "alice"
PASSWORD = "s3cret pass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RadicaleServer:
    """One Radicale process. Private state: ``_proc`` (None while stopped), ``folder`` holds
    the config, users file and collections, so a restart keeps the address books."""

    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder = folder
        self.port = port or free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[rights]\n"
            "type = owner_only\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'collections'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = error\n"
            "mask_passwords = True\n",
            encoding="utf-8",
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def book_url(self, name: str = "contacts") -> str:
        return f"{self.url}{USER}/{name}/"

    def start(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.folder / "config")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self._proc.poll() is not None:
                    raise RuntimeError("Radicale exited at start-up") from None
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(timeout=10)
            self._proc = None

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        import base64

        auth = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=body,
                         headers={"Authorization": f"Basic {auth}", **(headers or {})})
            resp = conn.getresponse()
            return resp.status, resp.read()
        finally:
            conn.close()

    def make_book(self, name: str = "contacts", display: str = "Contacts") -> str:
        body = (
            '<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:carddav"><d:set><d:prop><d:resourcetype>'
            "<d:collection/><c:addressbook/></d:resourcetype>"
            f"<d:displayname>{display}</d:displayname></d:prop></d:set></d:mkcol>"
        ).encode()
        status, text = self.request("MKCOL", f"/{USER}/{name}/", body)
        assert status == 201, (status, text)
        return self.book_url(name)

    def upload_book(self, name: str, vcards: str) -> None:
        """Fill an address book with many vCards in one request (Radicale accepts a PUT of a
        whole collection): seeding 5,000 cards one PUT at a time would take minutes."""
        status, text = self.request("PUT", f"/{USER}/{name}/", vcards.encode("utf-8"),
                                    {"Content-Type": "text/vcard"})
        assert status in (200, 201, 204), (status, text[:300])

    def seed_files(self, name: str, cards: dict[str, str]) -> None:
        """Write vCards (file name -> text) straight into the address book's storage
        folder: Radicale reads its folders afresh on each request, and this skips the
        per-card validation of an upload (5 s for 1,000 cards on the CI machine)."""
        folder = self.folder / "collections" / "collection-root" / USER / name
        assert folder.is_dir(), folder
        for file_name, text in cards.items():
            (folder / file_name).write_text(text, encoding="utf-8", newline="")

    def put(self, path: str, vcard: str) -> None:
        status, text = self.request("PUT", path, vcard.encode("utf-8"),
                                    {"Content-Type": "text/vcard"})
        assert status in (201, 204), (status, text[:300])

    def get(self, path: str) -> bytes | None:
        status, body = self.request("GET", path)
        return body if status == 200 else None

    def delete(self, path: str) -> None:
        status, _ = self.request("DELETE", path)
        assert status in (200, 204), status

    def hrefs(self, name: str = "contacts") -> list[str]:
        import re

        status, body = self.request(
            "PROPFIND", f"/{USER}/{name}/",
            b'<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop>'
            b"</d:propfind>", {"Depth": "1"})
        assert status == 207
        hrefs = re.findall(rb"<[^>]*href>([^<]+)</", body)
        return sorted(h.decode() for h in hrefs if not h.endswith(b"/"))
