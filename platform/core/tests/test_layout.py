"""The source-root layout must not shadow the standard library."""

import sys
import sysconfig
from pathlib import Path


def test_platform_is_the_standard_library_module(settings):
    import platform

    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(platform.__file__).resolve().parent == stdlib
    assert platform.python_version() == ".".join(map(str, sys.version_info[:3]))


def test_platform_source_root_has_no_loose_python_files(settings):
    root = Path(settings.BASE_DIR) / "platform"
    assert not (root / "__init__.py").exists()
    assert list(root.glob("*.py")) == []
