"""A team's own recognizers, written as Presidio documents them (used by test_detect_custom.py)."""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult


class EmployeeIdRecognizer(PatternRecognizer):
    """EMP- and six digits; context words raise the score."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="EMPLOYEE_ID",
            name="employee_id",
            patterns=[Pattern("employee id", r"\bEMP-\d{6}\b", 0.3)],
            context=["employee", "staff", "员工", "員工"],
        )


class BranchCodeRecognizer(EntityRecognizer):
    """BR followed by four digits whose digit sum is even (a made-up check)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["BRANCH_CODE"], name="branch_code")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        start = text.find("BR")
        while start != -1:
            digits = text[start + 2 : start + 6]
            if len(digits) == 4 and digits.isdigit() and sum(map(int, digits)) % 2 == 0:
                out.append(RecognizerResult("BRANCH_CODE", start, start + 6, 0.9))
            start = text.find("BR", start + 2)
        return out


def project_names() -> PatternRecognizer:
    """A deny list of code names."""
    return PatternRecognizer(supported_entity="PROJECT_NAME", deny_list=["Bluefin", "Redwood"], name="projects")
