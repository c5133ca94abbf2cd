"""Floor records made through plain factories; tickets through the real service."""

from __future__ import annotations

import factory

from motcua.accounts.models import Agency, Role
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory
from motcua.catalog.models import CounterGroup
from motcua.floor.models import Counter, GuidanceTeam, Hall, Kiosk


class CounterGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CounterGroup

    code = factory.Sequence(lambda n: "ABCDEFGH"[n % 8])
    name = factory.Sequence(lambda n: f"Nhóm quầy {n}")
    reception = factory.SubFactory(AgencyFactory, level=Agency.Level.RECEPTION)


class HallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Hall

    reception = factory.SubFactory(AgencyFactory, level=Agency.Level.RECEPTION)
    name = factory.Sequence(lambda n: f"Sảnh {n}")


class CounterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Counter
        skip_postgeneration_save = True

    hall = factory.SubFactory(HallFactory)
    number = factory.Sequence(lambda n: n + 1)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(extracted)


class KioskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Kiosk

    name = factory.Sequence(lambda n: f"Ki-ốt {n}")
    reception = factory.SubFactory(AgencyFactory, level=Agency.Level.RECEPTION)
    kind = Kiosk.Kind.TICKET


class GuidanceTeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuidanceTeam
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Tổ hướng dẫn {n}")
    agency = factory.SubFactory(AgencyFactory, level=Agency.Level.COMMUNE)

    @factory.post_generation
    def members(self, create, extracted, **kwargs):
        if create and extracted:
            self.members.set(extracted)


def reception_officer(reception: Agency, **kwargs):
    return OfficialFactory(agency=reception, roles=[Role.RECEPTION_OFFICER], **kwargs)
