"""One JSON error shape for every error the server returns.

    {"error": {"status": 404, "code": "not_found", "message": "...", "detail": null}}

Web pages (a browser asking for HTML outside ``/api``) get the same facts as
an HTML page; every other client gets the JSON body.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.errors import InputError, NewsgraphError

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "server_error",
}


class ErrorInfo(BaseModel):
    status: int
    code: str
    message: str
    detail: Any = None


class ErrorBody(BaseModel):
    error: ErrorInfo


class ApiError(Exception):
    """An error raised on purpose by an endpoint, with its own code."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str | None = None,
        detail: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.detail = detail
        self.headers = headers


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the given statuses, all with `ErrorBody`."""
    return {s: {"model": ErrorBody, "description": HTTPStatus(s).phrase} for s in statuses}


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith(("/api/", "/openapi")):
        return False
    return "text/html" in request.headers.get("accept", "")


def _respond(request: Request, error: ApiError) -> JSONResponse | HTMLResponse:
    body = ErrorBody(
        error=ErrorInfo(status=error.status, code=error.code, message=error.message, detail=error.detail)
    )
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(
            request, "error.html", {"error": body.error}, status_code=error.status, headers=error.headers
        )
    return JSONResponse(body.model_dump(mode="json"), status_code=error.status, headers=error.headers)


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in exc.errors()
    ]


def install(app: FastAPI) -> None:
    """Route every exception through `_respond` so that no error escapes the shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return _respond(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or endpoint at {request.url.path}; see /docs for the API"
        return _respond(request, ApiError(exc.status_code, message, headers=getattr(exc, "headers", None)))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        detail = _validation_detail(exc)
        where = ", ".join(".".join(d["loc"]) + ": " + d["msg"] for d in detail[:3])
        return _respond(
            request, ApiError(422, f"invalid request ({where}); fix the parameters", detail=detail)
        )

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return _respond(request, ApiError(400, str(exc), code="invalid_input"))

    @app.exception_handler(NewsgraphError)
    async def newsgraph_error(request: Request, exc: NewsgraphError):
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return _respond(request, ApiError(500, str(exc), code="store_error"))

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _respond(
            request,
            ApiError(500, f"internal error ({type(exc).__name__}); see the server log", code="server_error"),
        )
