"""The mutation run's test selection by line (tests/helpers/mutmut_lines.py): a mutant runs the
tests that executed the statement it changes, and falls back to every test of its function
whenever that cannot be told. Checked on a file shaped as mutmut generates them, measured by
real coverage.py with one context per test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import coverage
import pytest

from tests.helpers.mutmut_lines import _File, changed_lines

GENERATED = '''\
def x_grade__mutmut_orig(score, pass_mark=50):
    if score >= pass_mark:
        return "pass"
    return describe(
        "fail",
        score,
    )


def x_grade__mutmut_1(score, pass_mark=50):
    if score >= pass_mark:
        return "PASS"
    return describe(
        "fail",
        score,
    )


def x_grade__mutmut_2(score, pass_mark=50):
    if score >= pass_mark:
        return "pass"
    return describe(
        "fail",
        None,
    )


def x_grade__mutmut_3(score, pass_mark=51):
    if score >= pass_mark:
        return "pass"
    return describe(
        "fail",
        score,
    )


def x_grade__mutmut_4(score, pass_mark=50):
    if score >= pass_mark:
        return "pass"
    return describe("fail", score)


def describe(word, score):
    return f"{word} ({score})"
'''


def test_a_changed_line_is_found_in_the_original_copy() -> None:
    assert changed_lines(GENERATED, "x_grade__mutmut_1") == [3]
    assert changed_lines(GENERATED, "x_grade__mutmut_2") == [6]  # inside a statement


def test_it_gives_up_where_lines_cannot_be_matched() -> None:
    assert changed_lines(GENERATED, "x_grade__mutmut_3") is None  # a default value
    assert changed_lines(GENERATED, "x_grade__mutmut_4") is None  # another length
    assert changed_lines(GENERATED, "x_grade__mutmut_9") is None  # no such mutant


def test_each_mutant_gets_the_tests_that_ran_its_statement(tmp_path: Path) -> None:
    path = tmp_path / "generated.py"
    path.write_text(GENERATED, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("generated_for_selection", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    measured = coverage.Coverage(data_file=None, include=[str(path)])
    was = sys.gettrace()
    measured.start()
    try:
        measured.switch_context("test_passes")
        assert module.x_grade__mutmut_orig(70) == "pass"
        measured.switch_context("test_fails")
        assert module.x_grade__mutmut_orig(10) == "fail (10)"
        measured.switch_context("test_fails_too")
        assert module.x_grade__mutmut_orig(49) == "fail (49)"
        measured.switch_context("test_with_a_lower_mark")
        assert module.x_grade__mutmut_orig(30, pass_mark=20) == "pass"
    finally:
        measured.stop()
        sys.settrace(was)

    generated = _File(path, measured.get_data(), {})
    assert generated.select("x_grade__mutmut_1") == {"test_passes", "test_with_a_lower_mark"}
    # The changed line is the third of a statement: the tests that ran the statement.
    assert generated.select("x_grade__mutmut_2") == {"test_fails", "test_fails_too"}
    assert generated.select("x_grade__mutmut_3") is None

    # A CLI process's lines count for the test that started it.
    child = _File(path, measured.get_data(), {"test_in_a_child": {str(path): [4, 5]}})
    assert child.select("x_grade__mutmut_2") == {"test_fails", "test_fails_too",
                                                 "test_in_a_child"}


def _mutation_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "mutation_script", Path(__file__).resolve().parent.parent / "scripts" / "mutation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("before", "after", "equivalent"), [
    ('("code = ?", code)', '("CODE = ?", code)', True),
    ('"UPDATE rows SET state = ? WHERE n = ?"', '"update rows set state = ? where n = ?"', True),
    ("\"(license_key LIKE ? ESCAPE '\\\\' OR x\"", "\"(license_key like ? escape '\\\\' or x\"",
     True),
    # A quoted value's case matters; a key of a dict or a file suffix is no SQL at all.
    ("\"WHERE k = 'finished_at'\"", "\"where k = 'FINISHED_AT'\"", False),
    ('{"license_key": key}', '{"LICENSE_KEY": key}', False),
    ('name + "-shm"', 'name + "-SHM"', False),
    ('"SELECT n FROM rows"', '"SELECT m FROM rows"', False),
])
def test_only_a_change_of_letter_case_in_sql_is_counted_equivalent(
        before: str, after: str, equivalent: bool) -> None:
    script = _mutation_script()
    assert script.sql_letter_case_only([f"-    {before}", f"+    {after}"]) is equivalent
