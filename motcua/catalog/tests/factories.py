from __future__ import annotations

from decimal import Decimal

import factory

from motcua.accounts.tests.factories import AgencyFactory
from motcua.catalog.models import Component, Fee, Field, Procedure, WorkflowStep


class FieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Field
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"LV{n:03d}")
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")


class ProcedureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Procedure

    code = factory.Sequence(lambda n: f"1.{n:06d}")
    national_code = factory.SelfAttribute("code")
    name = factory.Sequence(lambda n: f"Cấp giấy chứng nhận thử nghiệm {n}")
    field = factory.SubFactory(FieldFactory)
    level = Procedure.Level.PROVINCE
    agency = factory.SubFactory(AgencyFactory)
    service_level = Procedure.ServiceLevel.FULL
    limit_value = Decimal(5)
    limit_unit = "working_days"
    result_type = Procedure.ResultType.BOTH
    result_name = "Giấy chứng nhận"


class ComponentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Component

    procedure = factory.SubFactory(ProcedureFactory)
    name = factory.Sequence(lambda n: f"Đơn đề nghị số {n}")
    originals = 1


class FeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Fee

    procedure = factory.SubFactory(ProcedureFactory)
    name = "Phí thẩm định"
    amount = 200_000


class WorkflowStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkflowStep

    procedure = factory.SubFactory(ProcedureFactory)
    order = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Bước {n}")
    actor = WorkflowStep.Actor.DECIDING
    role = "specialist"
    share = Decimal("0.5")
