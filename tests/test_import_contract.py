"""The import contract: the pillars (community, kennisbank, agenda) never
import each other, and nothing in platform/ imports a pillar, its tests
included. Only platform/config/, the composition root, installs the pillars.
This folder (tests/) and bench/ may use every pillar, so no source root may
import them either: going through them would hide a pillar import.

Python is read with `ast`, so comments, docstrings and URL names (routing by
name, `{% url %}` and `reverse()`, is allowed) are not imports, and relative
imports count as the absolute names they resolve to. Strings that amount to an
import count too: import_module(), apps.get_model(), mock.patch() targets,
include() and urlconf strings, model references and migration dependencies,
template names. Templates are checked for {% include %}, {% extends %} and
{% load %} naming another pillar's templates or tag library.
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
PILLARS = ("community", "kennisbank", "agenda")
SOURCE_ROOTS = ("platform", *PILLARS)
COMPOSITION_ROOT = "config"
# May use every pillar, so importing them from a source root smuggles pillars in.
USES_EVERY_PILLAR = ("tests", "bench")
MODEL_FIELDS = {"ForeignKey", "OneToOneField", "ManyToManyField", "ParentalKey",
                "ParentalManyToManyField"}
TEMPLATE_NAME = re.compile(r"^[a-z_]+/[\w./-]+\.(html|txt|xml|ics)$")
TEMPLATE_TAG = re.compile(r"{%\s*(include|extends)\s+([\"'])(.+?)\2")
LOAD_TAG = re.compile(r"{%\s*load\s+(.+?)\s*%}")


@dataclass(frozen=True)
class Reference:
    line: int
    name: str
    how: str


@dataclass(frozen=True)
class Violation:
    path: str
    line: int
    name: str
    how: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.name} ({self.how})"


# --- Whose is what -----------------------------------------------------------


def owner_of(path):
    """The folder a file belongs to: a pillar, "platform", or "config"."""
    parts = PurePosixPath(path).parts
    if parts[0] == "platform":
        return COMPOSITION_ROOT if parts[1] == COMPOSITION_ROOT else "platform"
    return parts[0]


def module_of(path):
    """The dotted module of a .py file (platform/ is a source root, not a package)."""
    parts = list(PurePosixPath(path).with_suffix("").parts)
    if parts[0] == "platform":
        parts = parts[1:]
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def package_of(path):
    module = module_of(path)
    return module if PurePosixPath(path).name == "__init__.py" else module.rpartition(".")[0]


def resolve(name, level, package):
    """`from ..name import x` in `package` as an absolute module name."""
    if not level:
        return name
    parts = package.split(".")[: len(package.split(".")) - (level - 1)]
    return ".".join(part for part in [*parts, name or ""] if part)


def forbidden(owner, name):
    """Whether the folder `owner` may not use the module or template `name`."""
    top = re.split(r"[./]", name, maxsplit=1)[0]
    if owner == COMPOSITION_ROOT:
        return False
    if top in USES_EVERY_PILLAR:
        return True
    return top in PILLARS and top != owner


# --- What Python code refers to ----------------------------------------------


def first_string(node):
    """The first positional argument of a call, if it is a string."""
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def call_name(node):
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def model_module(label_or_model, labels):
    """"agenda" or "agenda.Event" (an app label) as the package it names."""
    label, _, model = label_or_model.partition(".")
    return ".".join(part for part in [labels.get(label, label), model] if part)


def string_import(node, package, labels):
    """What a call that imports by string names, or None."""
    name, target = call_name(node), first_string(node)
    keywords = {k.arg: k.value.value for k in node.keywords
                if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)}
    if name in ("import_module", "__import__") and target:
        level = len(target) - len(target.lstrip("."))
        return resolve(target.lstrip("."), level, keywords.get("package", package))
    if name in ("get_model", "get_app_config") and target:
        return model_module(target, labels)
    if name in MODEL_FIELDS and (target or keywords.get("to")):
        return model_module(target or keywords["to"], labels)
    if name in ("patch", "dict", "multiple", "setattr", "delattr", "include", "urls"):
        return target if target and "." in target else None
    return keywords.get("ROOT_URLCONF")


class References(ast.NodeVisitor):
    """Every module, model and template a Python file refers to."""

    def __init__(self, package, labels):
        self.package, self.labels, self.found = package, labels, []

    def add(self, node, name, how):
        self.found.append(Reference(node.lineno, name, how))

    def visit_Import(self, node):
        for alias in node.names:
            self.add(node, alias.name, "import")

    def visit_ImportFrom(self, node):
        base = resolve(node.module, node.level, self.package)
        for alias in node.names:
            self.add(node, f"{base}.{alias.name}" if base else alias.name, "from-import")

    def visit_Call(self, node):
        target = string_import(node, self.package, self.labels)
        if target:
            self.add(node, target, f"{call_name(node)}() string")
        self.generic_visit(node)

    def visit_Assign(self, node):
        names = {getattr(t, "id", getattr(t, "attr", None)) for t in node.targets}
        if "ROOT_URLCONF" in names and isinstance(node.value, ast.Constant):
            self.add(node, str(node.value.value), "ROOT_URLCONF")
        if "dependencies" in names and isinstance(node.value, ast.List):
            for item in node.value.elts:
                if isinstance(item, ast.Tuple) and isinstance(item.elts[0].value, str):
                    self.add(item, model_module(item.elts[0].value, self.labels), "migration")
        self.generic_visit(node)

    def visit_Expr(self, node):
        if not isinstance(node.value, ast.Constant):  # a docstring refers to nothing
            self.generic_visit(node)

    def visit_Constant(self, node):
        if isinstance(node.value, str) and TEMPLATE_NAME.match(node.value):
            self.add(node, node.value, "template name")


def check_source(source, path, labels=None):
    """The violations in one Python file's `source`, as if it lived at `path`."""
    visitor = References(package_of(path), labels or {})
    visitor.visit(ast.parse(source, filename=str(path)))
    owner = owner_of(path)
    return [Violation(str(path), ref.line, ref.name, ref.how)
            for ref in visitor.found if forbidden(owner, ref.name)]


# --- What templates refer to -------------------------------------------------


def loaded_libraries(match):
    """`{% load a b %}` loads a and b; `{% load x y from lib %}` loads lib."""
    words = match.group(1).split()
    return [words[-1]] if "from" in words else words


def check_template(text, path, libraries):
    """The violations in one template; `libraries` maps a tag library to its folder."""
    def line(match):
        return text.count("\n", 0, match.start()) + 1

    owner, found = owner_of(path), []
    for match in TEMPLATE_TAG.finditer(text):
        if forbidden(owner, match.group(3)):
            found.append(Violation(str(path), line(match), match.group(3), match.group(1)))
    for match in LOAD_TAG.finditer(text):
        for library in loaded_libraries(match):
            if forbidden(owner, f"{libraries.get(library, '')}.{library}"):
                found.append(Violation(str(path), line(match), library, "load"))
    return sorted(found, key=lambda violation: violation.line)


# --- The whole tree ------------------------------------------------------------


def relative(path):
    return path.relative_to(ROOT).as_posix()


def python_files():
    return [path for root in SOURCE_ROOTS for path in sorted((ROOT / root).rglob("*.py"))]


def template_files():
    return [path for root in SOURCE_ROOTS for folder in sorted((ROOT / root).rglob("templates"))
            if folder.is_dir() for path in sorted(folder.rglob("*")) if path.is_file()]


def tag_libraries():
    """Template tag libraries by name, with the folder they belong to."""
    return {path.stem: owner_of(relative(path)) for path in python_files()
            if path.parent.name == "templatetags" and path.stem != "__init__"}


def app_labels():
    """App label -> top-level package: get_model("agenda", ...) reaches the agenda."""
    return {config.label: config.name.split(".")[0] for config in apps.get_app_configs()}


# --- The contract ----------------------------------------------------------------


def test_no_pillar_imports_another_and_the_platform_imports_none():
    labels, libraries = app_labels(), tag_libraries()
    violations = [
        *(v for path in python_files()
          for v in check_source(path.read_text(encoding="utf-8"), relative(path), labels)),
        *(v for path in template_files()
          for v in check_template(path.read_text(encoding="utf-8"), relative(path), libraries)),
    ]

    assert not violations, "Imports that break the contract:\n" + "\n".join(map(str, violations))


def test_the_contract_reads_files_of_every_kind():
    """An empty glob would let the contract pass without reading anything."""
    python = {owner_of(relative(path)) for path in python_files()}
    templates = {owner_of(relative(path)) for path in template_files()}

    assert python == {"platform", COMPOSITION_ROOT, *PILLARS}
    assert {"platform", *PILLARS} <= templates
    assert any(path.suffix == ".txt" for path in template_files())
    assert tag_libraries()["abbreviations"] == "kennisbank"


def test_the_composition_root_is_read_and_is_the_one_exception():
    path = ROOT / "platform" / "config" / "urls.py"
    visitor = References(package_of(relative(path)), app_labels())
    visitor.visit(ast.parse(path.read_text(encoding="utf-8")))

    assert {f"{pillar}.urls" for pillar in PILLARS} <= {ref.name for ref in visitor.found}
    assert check_source(path.read_text(encoding="utf-8"), relative(path)) == []


# --- The checker on made-up files ------------------------------------------------


def found(source, path):
    return [(v.line, v.name) for v in check_source(source, path, {"agenda": "agenda"})]


def test_a_pillar_importing_another_pillar_is_found():
    source = "import agenda.models\nfrom agenda.tests.factories import EventFactory\n"

    assert found(source, "community/tests/test_x.py") == [
        (1, "agenda.models"), (2, "agenda.tests.factories.EventFactory")]


def test_platform_may_import_no_pillar_except_in_its_composition_root():
    source = "def f():\n    from community.models import Profile\n"

    assert found(source, "platform/accounts/tests/test_x.py") == [(2, "community.models.Profile")]
    assert found(source, "platform/config/urls.py") == []
    assert found("from tests.urls import x\n", "platform/core/tests/test_x.py") == [
        (1, "tests.urls.x")]


@pytest.mark.parametrize(("module", "level", "package", "absolute"), [
    ("models", 2, "agenda.views", "agenda.models"),
    (None, 1, "community", "community"),
    ("urls_minimal", 1, "core.tests", "core.tests.urls_minimal"),
    ("agenda", 0, "community", "agenda"),
])
def test_relative_imports_resolve_against_the_files_package(module, level, package, absolute):
    assert resolve(module, level, package) == absolute


def test_relative_imports_stay_in_their_pillar():
    assert package_of("agenda/views/events.py") == "agenda.views"
    assert package_of("platform/core/tests/__init__.py") == "core.tests"
    assert found("from ..models import Event\nfrom . import demo\n", "agenda/views/x.py") == []


def test_a_pillar_may_use_platform_packages_and_itself():
    source = "from groups.panels import register_panel\nimport community.models\nimport django\n"

    assert found(source, "community/groups.py") == []


def test_string_imports_count_and_url_names_do_not():
    source = "\n".join([
        'import_module("kennisbank.sections")',
        'apps.get_model("agenda", "Event")',
        'apps.get_model("agenda.Event")',
        'mock.patch("agenda.mail.send")',
        'reverse("agenda:event_detail", args=[1])',
        'path("", include("agenda.urls"))',
        'render(request, "agenda/event_detail.html")',
        'models.ForeignKey("agenda.Event", on_delete=models.CASCADE)',
        '"""Mentions agenda/event_detail.html and agenda.models in prose."""',
    ])

    assert found(source, "community/views/x.py") == [
        (1, "kennisbank.sections"), (2, "agenda"), (3, "agenda.Event"), (4, "agenda.mail.send"),
        (6, "agenda.urls"), (7, "agenda/event_detail.html"), (8, "agenda.Event")]


def test_templates_may_not_name_another_pillars_templates():
    text = "\n".join([
        '{% extends "base.html" %}{% load i18n abbreviations %}',
        '{% include "agenda/includes/card.html" with event=event %}',
        '{% url "agenda:event_list" %}',
        "{% include 'community/includes/own.html' %}",
    ])
    libraries = {"abbreviations": "kennisbank", "i18n": "django"}

    found_here = check_template(text, "community/templates/community/x.html", libraries)
    in_platform = check_template(text, "platform/core/templates/core/x.html", libraries)

    assert [(v.line, v.name) for v in found_here] == [
        (1, "abbreviations"), (2, "agenda/includes/card.html")]
    assert {v.name for v in in_platform} == {
        "agenda/includes/card.html", "community/includes/own.html", "abbreviations"}
