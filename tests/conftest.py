from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import settings

# CI gets the same examples every run (a fresh clone has no example database); local runs explore.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


def require_seeds() -> None:
    """The seed pages live beside the checkout (../shared/seeds), not in it: a clone from anywhere
    skips the tests that need them, with the reason; CI (CI=true) has them and must not skip."""
    if SEEDS.is_dir():
        return
    reason = f"the seed pages are not beside this checkout ({SEEDS})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason + " and CI=true: CI must run the seed tests", pytrace=False)
    pytest.skip(reason)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite samples/*.expected.json from the current output (review the diff!)")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads(resources.files("essayconv.data").joinpath("schema.json").read_text("utf-8"))
