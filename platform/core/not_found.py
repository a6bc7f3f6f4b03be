"""Numbers in an address too large for the database mean "not found"."""

from django.core.handlers.exception import response_for_exception
from django.http import Http404


class OverflowIsNotFoundMiddleware:
    """An id beyond what the database stores answers 404, like any unknown id.

    SQLite raises OverflowError for integers past 64 bits, on whichever
    query first uses the id; catching it here covers every <int:...> URL
    and query parameter at once. Any other OverflowError in a request also
    stems from a number someone typed (dates far out of range, for one).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OverflowError):
            return response_for_exception(request, Http404("Number out of range."))
        return None
