"""History tables (django-simple-history) of the records staff and imports change.

The historical models live in this app, so their migrations are ours and the audited apps keep
their model files as they are. Each history row says through which door the change came.
"""

import simple_history
from django.db import models

from beneficiaries.models import AggregateTally, Participation
from finance.models import (
    Agreement,
    AuditOpinion,
    Budget,
    Contribution,
    Donor,
    FinancialPosition,
    Income,
    StrategicFrameworkFundAllocation,
)
from programmes.models import Event, Indicator


class Door(models.TextChoices):
    IMPORT = "import", "Import"
    ADMIN = "admin", "Admin"
    API = "api", "API"
    PAGE = "page", "Other page"
    SYSTEM = "system", "Command line or task"


class DoorRecord(models.Model):
    """Base of every historical model: the door a change came through."""

    door = models.CharField(max_length=8, choices=Door.choices, default=Door.SYSTEM)

    class Meta:
        abstract = True


AUDITED = (
    Event,
    Participation,
    AggregateTally,
    Indicator,
    Donor,
    Agreement,
    Contribution,
    Income,
    Budget,
    FinancialPosition,
    StrategicFrameworkFundAllocation,
    AuditOpinion,
)
for audited in AUDITED:
    simple_history.register(audited, app="audit", bases=[DoorRecord])
