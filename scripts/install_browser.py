"""Install headless Chromium for the browser tests, if it is not there yet.

Uses Debian's ``chromium`` package (no browser download from anywhere else;
``playwright install`` is never run). The browser tests drive
``/usr/bin/chromium`` through the Playwright Python package, which the
``test`` extra installs from PyPI and which ships its own driver.

Where Chromium cannot be installed (not root, no apt-get, apt fails), this
script says so and exits 0: the browser tests then skip and give the reason.
It never fails ``make test``. Set ``BRIEFINGS_NO_BROWSER=1`` to skip it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")  # where Debian's package puts it; the tests use this path
APT_TIMEOUT = 900  # seconds for one apt-get step (a slow mirror, not a hang)


def say(message: str) -> None:
    print(f"install_browser: {message}", file=sys.stderr)


def chromium_works() -> str | None:
    """Chromium's version line when /usr/bin/chromium runs, else None."""
    if not CHROMIUM.exists():
        return None
    try:
        result = subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--version"],
                                capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.strip() or "chromium"


def apt(*args: str, report: bool = True) -> bool:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "-o", "DPkg::Lock::Timeout=300", *args]
    try:
        result = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, timeout=APT_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        if report:
            say(f"{' '.join(cmd)} failed ({exc}); browser tests will be skipped")
        return False
    if result.returncode != 0:
        if report:
            say(f"{' '.join(cmd)} failed; browser tests will be skipped:\n{result.stderr[-2000:]}")
        return False
    return True


def main() -> int:
    if os.environ.get("BRIEFINGS_NO_BROWSER"):
        say("BRIEFINGS_NO_BROWSER is set; browser tests will be skipped")
        return 0
    if chromium_works():
        return 0
    if not shutil.which("apt-get"):
        say(f"no {CHROMIUM} and no apt-get to install Debian's chromium; browser tests will be skipped")
        return 0
    if os.geteuid() != 0:
        say(f"no {CHROMIUM} and not root (run `sudo apt-get install chromium`); browser tests will be skipped")
        return 0
    say("installing Debian's chromium with apt-get (once)...")
    # Try without refreshing the package lists first; a stale or empty list needs an update.
    if not apt("install", "-y", "-qq", "chromium", report=False):
        if not (apt("update", "-qq") and apt("install", "-y", "-qq", "chromium")):
            return 0
    version = chromium_works()
    say(f"installed: {version}" if version else f"{CHROMIUM} does not start; browser tests will fail to launch it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
