"""OpenAPI 3 documentation shared by every API v1 view: error bodies, parameter shapes, auth.

drf-spectacular builds the schema at /api/v1/schema/ from the views; what it cannot see (the
allowlists behind each filter, the errors every endpoint can give) is declared here once.
"""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, inline_serializer
from rest_framework import serializers

ErrorSerializer = inline_serializer(
    "ParameterError",
    {
        "error": serializers.CharField(help_text="Always `invalid parameter`."),
        "parameter": serializers.CharField(help_text="The parameter that was refused."),
        "detail": serializers.CharField(help_text="Why, in plain words."),
    },
)
DetailSerializer = inline_serializer("Detail", {"detail": serializers.CharField()})

ERROR_RESPONSES = {
    400: OpenApiResponse(ErrorSerializer, description="A parameter was unknown or malformed."),
    401: OpenApiResponse(DetailSerializer, description="No valid `Authorization: Token` header."),
    429: OpenApiResponse(
        DetailSerializer, description="Over the client's rate; `Retry-After` says when to retry."
    ),
}


def any_of(name: str, values, description: str) -> OpenApiParameter:
    """A filter taking one or more of `values`, comma-separated (`gender=female,other`)."""
    return OpenApiParameter(
        name,
        {"type": "array", "items": {"type": "string", "enum": list(values)}, "minItems": 1},
        description=f"{description} One or more, comma-separated: any of them matches.",
        style="form",
        explode=False,
    )


def any_matching(name: str, pattern: str, description: str) -> OpenApiParameter:
    """A filter taking one or more values that must match `pattern` and exist."""
    return OpenApiParameter(
        name,
        {
            "type": "array",
            "items": {"type": "string", "pattern": pattern, "maxLength": 80},
            "minItems": 1,
        },
        description=f"{description} One or more, comma-separated.",
        style="form",
        explode=False,
    )


def year(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, {"type": "integer", "minimum": 1963, "maximum": 2100}, description=description
    )


def true_or_false(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(
        name, {"type": "string", "enum": ["true", "false"]}, description=description
    )


def group_by(dimensions) -> OpenApiParameter:
    return OpenApiParameter(
        "group_by",
        {
            "type": "array",
            "items": {"type": "string", "enum": list(dimensions)},
            "uniqueItems": True,
        },
        description="Dimensions to group by, comma-separated; without it the answer is one row.",
        style="form",
        explode=False,
    )


class HashedTokenScheme(OpenApiAuthenticationExtension):
    target_class = "accounts.authentication.HashedTokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token <key>`; a key comes from `manage.py create_api_client NAME`.",
        }
