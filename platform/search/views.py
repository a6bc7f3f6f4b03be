"""/zoeken/: the one search page, its autocomplete, and the parents' search."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from . import registry, service
from .forms import MAX_QUERY, SearchForm

PER_PAGE = 10


def _page_obj(results):
    """A Paginator page over the count alone, for includes/pagination.html."""
    shown = min(results.total, results.pages * results.per_page)
    paginator = Paginator(range(shown), results.per_page)
    return paginator.get_page(results.page)


def _with(request, **changes):
    """This page's query string with `changes` (None removes) and page 1."""
    params = request.GET.copy()
    params.pop("pagina", None)
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    return f"?{params.urlencode()}"


def _link_facets(request, results):
    """Give every facet value its link."""
    for facet in results.facets:
        param = "soort" if facet.name == "type" else facet.name
        for value in facet.values:
            value.url = _with(request, **{param: value.value})


def _chosen(request, types, facets):
    """The filters in use as (facet label, value label, link that removes it),
    from the request itself: also when they leave nothing to count."""
    chosen = []
    for name in types:
        label = registry.searchable_type(name).label
        chosen.append((service.FACET_LABELS["type"], label, _with(request, soort=None)))
    for name, value in facets:
        chosen.append((service.FACET_LABELS[name], value, _with(request, **{name: None})))
    return chosen


def _run(request, parents_only):
    form = SearchForm(request.GET)
    text, types, facets, order, page = form.criteria()
    results = service.search(
        text, request.user, types=types, facets=facets, order=order, page=page,
        per_page=PER_PAGE, parents_only=parents_only)
    _link_facets(request, results)
    chosen = _chosen(request, types, facets)
    return {
        "form": form, "results": results, "page_obj": _page_obj(results),
        "chosen": chosen, "too_long": "q" in form.errors,
        "too_long_message": _("Uw zoekvraag is te lang. Gebruik hooguit %(max)s tekens.")
        % {"max": MAX_QUERY},
        "parents_only": parents_only,
    }


@require_safe
def search(request):
    return render(request, "search/search.html", _run(request, parents_only=False))


@require_safe
def parents_search(request):
    """The parents' search: public pages for parents and youth only, plain words."""
    return render(request, "search/parents_search.html", _run(request, parents_only=True))


@require_safe
def suggestions(request):
    """Autocomplete for a search box: at most 8 titles the visitor may see."""
    text = request.GET.get("q", "")[:MAX_QUERY].replace("\x00", "")
    parents_only = request.GET.get("voor") == "ouders"
    items = service.suggest(text, request.user, parents_only=parents_only) if len(text) >= 2 else []
    return JsonResponse({"suggestions": items})
